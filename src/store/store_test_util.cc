#include "src/store/store_test_util.h"

#include <unistd.h>

#include <filesystem>
#include <sstream>

namespace storyline::store::testing {
namespace {

// Invented text; the quote is in Cyrillic to keep multi-byte offsets honest.
constexpr std::string_view kTitle = "Barge blocks the river port";
constexpr std::string_view kBody =
    "A grain barge ran aground near the port of Tulcea on Monday, officials said.\n"
    "\"\xD0\x9C\xD1\x8B \xD1\x80\xD0\xB0\xD0\xB1\xD0\xBE\xD1\x82\xD0\xB0\xD0\xB5\xD0\xBC,\" "
    "the captain told the Danube Herald, according to a local radio station.\n"
    "Reporting by A. Writer.\n";

std::ostream& operator<<(std::ostream& out, const ByteSpan& s) {
  return out << '[' << s.begin << ',' << s.end << ')';
}

template <typename T, typename F>
void List(std::ostream& out, std::string_view name, const std::vector<T>& items, F each) {
  out << name << ' ' << items.size() << ":";
  for (const T& item : items) {
    out << " {";
    each(item);
    out << '}';
  }
  out << '\n';
}

void Strings(std::ostream& out, std::string_view name, const std::vector<std::string>& v) {
  List(out, name, v, [&](const std::string& s) { out << '"' << s << '"'; });
}

void DescribeFlagged(std::ostream& out, std::string_view name, const std::vector<FlaggedSpan>& v) {
  List(out, name, v, [&](const FlaggedSpan& f) { out << f.span << ' ' << f.reason; });
}

void DescribeTextSpans(std::ostream& out, std::string_view name, const std::vector<TextSpan>& v) {
  List(out, name, v, [&](const TextSpan& t) {
    out << t.begin << ',' << t.end << " \"" << t.text << "\" " << t.reason;
  });
}

void DescribePublished(std::ostream& out, const PublishedDate& p) {
  out << "published " << p.date << ' ' << p.inferred << ' ' << std::hexfloat << p.confidence
      << std::defaultfloat << " \"" << p.evidence << "\"\n";
}

Analysis RichAnalysis(int n) {
  Analysis a;
  const uint32_t t = static_cast<uint32_t>(kTitle.size()) + 1;  // body starts after "\n"
  a.paragraphs = {{{t, t + 76}, "en"}, {{t + 77, t + 180}, "ru"}, {{t + 181, t + 204}, "un"}};
  a.sentences = {{{t, t + 76}, 0}, {{t + 77, t + 180}, 1}, {{t + 181, t + 204}, 2}};
  for (uint32_t b = t; b < t + 70; b += 7) a.tokens.push_back({{b, b + 5}});
  a.tokens.push_back({{t + 3, t + 2}});  // malformed (end < begin) must still round-trip
  a.languages = {"en", "ru"};
  a.boilerplate = {{{t + 181, t + 204}, "sign-off"}};
  a.off_topic = {{{t + 100, t + 120}, "related-headline"}, {{0, 4}, ""}};
  a.timexes = {{{t + 63, t + 69}, TimexType::kDate, "2025-03-03"},
               {{t + 1, t + 9}, TimexType::kDuration, "P1W"},
               {{t + 10, t + 12}, TimexType::kSet, "XXXX-WXX-1"}};
  a.mentions = {{{t + 43, t + 49}, EntityType::kLocation, 0.875f},
                {{t + 140, t + 152}, EntityType::kMedia, 0.1f},
                {{t + 2, t + 7}, EntityType::kFacility, 1.0f}};
  Quote direct{{t + 78, t + 99}, ByteSpan{t + 101, t + 112}, "the captain", false,
               ByteSpan{t + 113, t + 117}, true, "ru", {"local radio", "Danube Herald", "captain"}};
  Quote anonymous{{t + 2, t + 60}, std::nullopt, "", true, std::nullopt, false, "en", {}};
  a.quotes = {direct, anonymous};
  a.published = {"2025-03-0" + std::to_string(1 + n % 9), true, 0.625f, "relative: 'on Monday'"};
  a.outlet = "Danube Herald";
  a.outlet_evidence = "self-reference: 'the Danube Herald'";
  return a;
}

}  // namespace

AnalyzedDocument RichDocument(int n) {
  Document d;
  d.id = "doc-" + std::to_string(n);
  d.text = std::string(kTitle) + "\n" + std::string(kBody) + "Update " + std::to_string(n) + ".";
  d.title = std::string(kTitle);
  d.title_span = {0, static_cast<uint32_t>(kTitle.size())};
  d.body = {static_cast<uint32_t>(kTitle.size()) + 1, static_cast<uint32_t>(d.text.size())};
  d.outlet = n % 2 ? "Danube Herald" : "";
  d.url = "https://example.org/barge/" + std::to_string(n);
  d.published = "2025-03-03T08:15:00Z";
  d.language = "en";
  d.source = "feed.jsonl:" + std::to_string(n + 1);
  d.content_hash = ContentHash(d.text);
  return {d, RichAnalysis(n)};
}

Dossier RichDossier() {
  Dossier d;
  d.documents.push_back({"doc-1", "Barge blocks the port", "Danube Herald", "self-reference",
                         "https://example.org/1", {"2025-03-03", true, 0.75f, "'on Monday'"},
                         {"en", "ru"}, {{0, 27, "", ""}, {28, 90, "", ""}},
                         {{91, 110, "Reporting by A. Writer.", "sign-off"}},
                         {{111, 140, "Other news: a match.", "related-headline"}}, "", 140});
  d.documents.push_back({"doc-2", "", "", "", "", {"", false, 0.0f, ""}, {}, {}, {}, {},
                         "doc-1", 7});
  d.stories = {{"s1", "Barge aground", "A barge blocks a port.", {"doc-1", "doc-2"}},
               {"s2", "", "", {}}};
  d.entities.push_back({"e1", "Port of Tulcea", EntityType::kLocation,
                        {"Tulcea", "port of Tulcea", "Tulcha"},
                        {{"doc-1", 43, 49}, {"doc-2", 0, 6}}, Geo{45.1716, 28.7914, "RO"}});
  d.entities.push_back({"e2", "Danube Herald", EntityType::kMedia, {"Danube Herald"}, {},
                        std::nullopt});
  d.timeline.push_back({"s1", "2025-03-03", "A barge ran aground.", 2.5, {"e1", "e2"},
                        {{"doc-1", 0, 28, 90, {"Danube Herald", "captain"}}, {"doc-2", 3, 1, 2, {}}},
                        {"captain", "port authority"}, 2});
  d.timeline.push_back({"s2", "2025-W10", "", 0.0, {}, {}, {}, 0});
  d.quotes.push_back({"doc-1", 78, 99, "\xD0\x9C\xD1\x8B", "ru", "the captain", "e3", "told",
                      false, {"Danube Herald", "captain"}});
  d.quotes.push_back({"doc-2", 1, 5, "x", "en", "", "", "", true, {}});
  d.conflicts.push_back({"s1", "cause of grounding",
                         {{"low water", {"doc-1"}, {"captain"}},
                          {"engine failure", {"doc-2", "doc-1"}, {}}}});
  return d;
}

std::string Describe(const Document& d) {
  std::ostringstream out;
  out << d.id << " | " << d.title << ' ' << d.title_span << ' ' << d.body << " | " << d.outlet
      << " | " << d.url << " | " << d.published << " | " << d.language << " | " << d.source
      << " | " << d.content_hash << " | " << d.text;
  return out.str();
}

std::string Describe(const Analysis& a) {
  std::ostringstream out;
  List(out, "paragraphs", a.paragraphs, [&](const Paragraph& p) { out << p.span << p.language; });
  List(out, "sentences", a.sentences, [&](const Sentence& s) { out << s.span << s.paragraph; });
  List(out, "tokens", a.tokens, [&](const Token& t) { out << t.span; });
  Strings(out, "languages", a.languages);
  DescribeFlagged(out, "boilerplate", a.boilerplate);
  DescribeFlagged(out, "off_topic", a.off_topic);
  List(out, "timexes", a.timexes, [&](const Timex& t) {
    out << t.span << TimexTypeName(t.type) << ' ' << t.value;
  });
  List(out, "mentions", a.mentions, [&](const Mention& m) {
    out << m.span << EntityTypeName(m.type) << ' ' << std::hexfloat << m.confidence
        << std::defaultfloat;
  });
  List(out, "quotes", a.quotes, [&](const Quote& q) {
    out << q.content << " speaker=";
    if (q.speaker) out << *q.speaker;
    out << " name=" << q.speaker_name << " anon=" << q.anonymous << " cue=";
    if (q.cue) out << *q.cue;
    out << " direct=" << q.direct << " lang=" << q.language << ' ';
    Strings(out, "chain", q.chain);
  });
  DescribePublished(out, a.published);
  out << "outlet " << a.outlet << " | " << a.outlet_evidence << '\n';
  return out.str();
}

std::string Describe(const Dossier& d) {
  std::ostringstream out;
  List(out, "documents", d.documents, [&](const DossierDocument& x) {
    out << x.id << " | " << x.title << " | " << x.outlet << " | " << x.outlet_evidence << " | "
        << x.url << " | " << x.copy_of << " | " << x.bytes << '\n';
    DescribePublished(out, x.published);
    Strings(out, "languages", x.languages);
    DescribeTextSpans(out, "paragraphs", x.paragraphs);
    DescribeTextSpans(out, "boilerplate", x.boilerplate);
    DescribeTextSpans(out, "off_topic", x.off_topic);
  });
  List(out, "stories", d.stories, [&](const Story& s) {
    out << s.id << " | " << s.title << " | " << s.summary << ' ';
    Strings(out, "documents", s.documents);
  });
  List(out, "entities", d.entities, [&](const Entity& e) {
    out << e.id << " | " << e.name << " | " << EntityTypeName(e.type) << ' ';
    Strings(out, "variants", e.variants);
    List(out, "mentions", e.mentions, [&](const EntityMention& m) {
      out << m.doc << ' ' << m.begin << ',' << m.end;
    });
    if (e.geo) out << "geo " << std::hexfloat << e.geo->lat << ' ' << e.geo->lon
                   << std::defaultfloat << ' ' << e.geo->country;
  });
  List(out, "timeline", d.timeline, [&](const TimelineEntry& t) {
    out << t.story << " | " << t.date << " | " << t.text << " | " << std::hexfloat << t.weight
        << std::defaultfloat << " | " << t.independent_sources << ' ';
    Strings(out, "entities", t.entities);
    List(out, "reports", t.reports, [&](const Report& r) {
      out << r.doc << ' ' << r.sentence << ' ' << r.begin << ',' << r.end << ' ';
      Strings(out, "via", r.via);
    });
    Strings(out, "origins", t.origins);
  });
  List(out, "quotes", d.quotes, [&](const DossierQuote& q) {
    out << q.doc << ' ' << q.begin << ',' << q.end << " | " << q.text << " | " << q.language
        << " | " << q.speaker << " | " << q.speaker_entity << " | " << q.cue << " | "
        << q.anonymous << ' ';
    Strings(out, "chain", q.chain);
  });
  List(out, "conflicts", d.conflicts, [&](const Conflict& c) {
    out << c.story << " | " << c.about << ' ';
    List(out, "sides", c.sides, [&](const ConflictSide& s) {
      out << s.claim << ' ';
      Strings(out, "docs", s.docs);
      Strings(out, "origins", s.origins);
    });
  });
  return out.str();
}

std::string TempDbPath(const std::string& name) {
  const std::string path = (std::filesystem::temp_directory_path() /
                            ("storyline_" + name + "_" + std::to_string(getpid()) + ".db"))
                               .string();
  RemoveDb(path);
  return path;
}

void RemoveDb(const std::string& path) {
  for (const char* suffix : {"", "-wal", "-shm", "-journal"}) {
    std::filesystem::remove(path + suffix);
  }
}

}  // namespace storyline::store::testing
