// Text and Markdown dossiers for a person. One walk over the dossier
// (WriteDossier) drives a small Writer with two implementations, so both formats
// always show the same content: per story its summary, timeline with sources,
// conflicts, then entities, quotes, documents and warnings.
#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <string>

#include "src/report/render.h"
#include "src/report/writer.h"

namespace storyline::report {
namespace {

std::string Join(const std::vector<std::string>& items, std::string_view sep) {
  std::string out;
  for (const auto& item : items) {
    if (!out.empty()) out += sep;
    out += item;
  }
  return out;
}

// One line per report: which document, through which chain.
std::string ReportLine(const Report& r) {
  if (r.via.empty()) return r.doc;
  return fmt::format("{} (via {})", r.doc, Join(r.via, " → "));
}

void WriteTimeline(const Dossier& d, const Story& story, Writer& w) {
  bool any = false;
  for (const auto& t : d.timeline) {
    if (t.story != story.id) continue;
    if (!any) w.Heading(3, "Timeline");
    any = true;
    std::vector<std::string> reports;
    for (const auto& r : t.reports) reports.push_back(ReportLine(r));
    w.Entry(t.date, t.text,
            {fmt::format("{} independent source{}{}", t.independent_sources,
                         t.independent_sources == 1 ? "" : "s",
                         t.origins.empty() ? "" : ": " + Join(t.origins, ", ")),
             "reports: " + Join(reports, "; ")});
  }
}

void WriteConflicts(const Dossier& d, const Story& story, Writer& w) {
  bool any = false;
  for (const auto& c : d.conflicts) {
    if (c.story != story.id) continue;
    if (!any) w.Heading(3, "Conflicts");
    any = true;
    std::vector<std::string> sides;
    for (const auto& s : c.sides) {
      sides.push_back(fmt::format("\"{}\" — {} (origins: {})", s.claim, Join(s.docs, ", "),
                                  s.origins.empty() ? "unknown" : Join(s.origins, ", ")));
    }
    w.Entry("!", c.about, sides);
  }
}

void WriteStories(const Dossier& d, Writer& w) {
  for (const auto& story : d.stories) {
    w.Heading(2, fmt::format("Story {}: {}", story.id, story.title));
    w.Paragraph(fmt::format("{} article{}: {}", story.documents.size(),
                            story.documents.size() == 1 ? "" : "s", Join(story.documents, ", ")));
    if (!story.summary.empty()) w.Paragraph(story.summary);
    WriteTimeline(d, story, w);
    WriteConflicts(d, story, w);
  }
}

void WriteEntities(const Dossier& d, Writer& w) {
  if (d.entities.empty()) return;
  w.Heading(2, "Entities");
  std::vector<const Entity*> sorted;
  for (const auto& e : d.entities) sorted.push_back(&e);
  // Most-mentioned first: what the story is about comes before passing mentions.
  std::stable_sort(sorted.begin(), sorted.end(), [](const Entity* a, const Entity* b) {
    return a->mentions.size() > b->mentions.size();
  });
  for (const Entity* e : sorted) {
    std::vector<std::string> details;
    std::vector<std::string> others;
    for (const auto& v : e->variants)
      if (v != e->name) others.push_back(v);
    if (!others.empty()) details.push_back("also: " + Join(others, ", "));
    details.push_back(fmt::format("{} mention{}", e->mentions.size(),
                                  e->mentions.size() == 1 ? "" : "s"));
    if (e->geo) {
      details.push_back(fmt::format("{:.4f}, {:.4f} {}", e->geo->lat, e->geo->lon, e->geo->country));
    }
    w.Entry(std::string(EntityTypeName(e->type)), e->name, {Join(details, " · ")});
  }
}

void WriteQuotes(const Dossier& d, Writer& w) {
  if (d.quotes.empty()) return;
  w.Heading(2, "Quotes");
  for (const auto& q : d.quotes) {
    std::string who = q.speaker.empty() ? (q.anonymous ? "anonymous" : "unknown speaker") : q.speaker;
    if (q.anonymous && !q.speaker.empty()) who += " (anonymous)";
    std::vector<std::string> details = {fmt::format(
        "{} · {}{}{}", who, q.doc, q.cue.empty() ? "" : " · cue: " + q.cue,
        q.language.empty() ? "" : " · " + q.language)};
    if (!q.chain.empty()) details.push_back("chain: " + Join(q.chain, " → "));
    w.Entry("“", q.text, details);
  }
}

std::string PublishedLine(const PublishedDate& p) {
  if (p.date.empty()) return "date unknown";
  if (!p.inferred) return p.date;
  return fmt::format("{} (inferred{})", p.date, p.evidence.empty() ? "" : ": " + p.evidence);
}

void WriteDocuments(const Dossier& d, Writer& w) {
  if (d.documents.empty()) return;
  w.Heading(2, "Documents");
  for (const auto& doc : d.documents) {
    std::vector<std::string> details = {
        fmt::format("published {} · outlet {} · languages {}", PublishedLine(doc.published),
                    doc.outlet.empty() ? "unknown" : doc.outlet,
                    doc.languages.empty() ? "unknown" : Join(doc.languages, ", "))};
    if (!doc.copy_of.empty()) details.push_back("near-duplicate of " + doc.copy_of);
    for (const auto& b : doc.boilerplate)
      details.push_back(fmt::format("boilerplate ({}): {}", b.reason, b.text));
    for (const auto& o : doc.off_topic)
      details.push_back(fmt::format("off-topic ({}): {}", o.reason, o.text));
    w.Entry(doc.id, doc.title.empty() ? "(untitled)" : doc.title, details);
  }
}

// What a reader should know before trusting the dossier, counted in one place.
void WriteWarnings(const Dossier& d, Writer& w) {
  size_t copies = 0, undated = 0, inferred = 0, flagged = 0;
  for (const auto& doc : d.documents) {
    copies += !doc.copy_of.empty();
    undated += doc.published.date.empty();
    inferred += doc.published.inferred && !doc.published.date.empty();
    flagged += doc.boilerplate.size() + doc.off_topic.size();
  }
  std::vector<std::string> lines;
  if (copies) lines.push_back(fmt::format("{} near-duplicate article(s): not counted as corroboration", copies));
  if (!d.conflicts.empty()) lines.push_back(fmt::format("{} conflict(s) between reports", d.conflicts.size()));
  if (undated) lines.push_back(fmt::format("{} article(s) without a publication date", undated));
  if (inferred) lines.push_back(fmt::format("{} publication date(s) inferred from the text or its story", inferred));
  if (flagged) lines.push_back(fmt::format("{} boilerplate or off-topic span(s) set aside", flagged));
  if (lines.empty()) return;
  w.Heading(2, "Warnings");
  for (const auto& line : lines) w.Entry("!", line, {});
}

void WriteDossier(const Dossier& d, Writer& w) {
  w.Heading(1, fmt::format("storyline dossier: {} article{}, {} stor{}", d.documents.size(),
                           d.documents.size() == 1 ? "" : "s", d.stories.size(),
                           d.stories.size() == 1 ? "y" : "ies"));
  WriteWarnings(d, w);
  WriteStories(d, w);
  WriteEntities(d, w);
  WriteQuotes(d, w);
  WriteDocuments(d, w);
}

}  // namespace

std::string RenderText(const Dossier& dossier) {
  auto writer = MakePlainWriter();
  WriteDossier(dossier, *writer);
  return writer->Finish();
}

std::string RenderMarkdown(const Dossier& dossier) {
  auto writer = MakeMarkdownWriter();
  WriteDossier(dossier, *writer);
  return writer->Finish();
}

}  // namespace storyline::report
