// link_report: what the linker decided about a few articles, for a person
// tuning thresholds: stories, near-duplicates, every paragraph's off-topic
// coverage score (and whether it was flagged), timeline entries and conflicts.
//
//   link_report [--single-story] PATH...
#include <tbb/parallel_for.h>

#include <cstring>
#include <iostream>

#include "fmt/format.h"
#include "src/core/data_dir.h"
#include "src/extract/document_analyzer.h"
#include "src/ingest/reader.h"
#include "src/link/linker_impl.h"

using namespace storyline;

int main(int argc, char** argv) {
  link::LinkOptions options{DefaultDataDir()};
  std::vector<std::string> paths;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--single-story") == 0) {
      options.single_story = true;
    } else {
      paths.push_back(argv[i]);
    }
  }
  auto analyzer = DocumentAnalyzer::Load(options.data_dir);
  auto linker = link::StoryLinker::Create(options);
  if (!analyzer.ok() || !linker.ok()) {
    std::cerr << (analyzer.ok() ? linker.status() : analyzer.status()).message() << "\n";
    return 1;
  }
  std::vector<std::pair<Document, Analysis>> docs;
  ingest::ReadPaths(paths, {}, [&](Document d) { docs.emplace_back(std::move(d), Analysis{}); },
                    [](const ingest::ReadIssue& i) { std::cerr << i.source << ": " << i.reason << "\n"; });
  for (auto& [doc, analysis] : docs) {
    analysis = (*analyzer)->Analyze(doc);
    (*linker)->Add(doc, analysis);
  }
  Dossier dossier = (*linker)->BuildDossier();
  auto drift = (*linker)->DriftScores();
  for (const Story& s : dossier.stories) {
    fmt::print("story {} ({} docs): {}\n  summary: {}\n", s.id, s.documents.size(), s.title, s.summary);
  }
  for (size_t d = 0; d < docs.size(); ++d) {
    const auto& meta = dossier.documents[d];
    fmt::print("\n{} copy_of={} published={}\n", meta.id, meta.copy_of, meta.published.date);
    for (size_t p = 0; p < docs[d].second.paragraphs.size() && p < drift[d].size(); ++p) {
      ByteSpan span = docs[d].second.paragraphs[p].span;
      bool off = false;
      for (const auto& o : meta.off_topic) off |= o.begin == span.begin;
      fmt::print("  {:5.2f} {} {}\n", drift[d][p], off ? "OFF" : "   ",
                 docs[d].first.text.substr(span.begin, std::min<uint32_t>(span.size(), 90)));
    }
  }
  fmt::print("\ntimeline ({} entries)\n", dossier.timeline.size());
  for (const auto& t : dossier.timeline) {
    fmt::print("  {} w={:.1f} reports={} origins=[{}] indep={}\n      {}\n", t.date, t.weight,
               t.reports.size(), fmt::join(t.origins, "; "), t.independent_sources, t.text);
    for (const Report& r : t.reports) {
      for (const auto& [doc, analysis] : docs) {
        if (doc.id == r.doc) {
          fmt::print("      <- {} via [{}]: {}\n", r.doc, fmt::join(r.via, " > "),
                     doc.text.substr(r.begin, std::min<uint32_t>(r.end - r.begin, 110)));
        }
      }
    }
  }
  for (const auto& c : dossier.conflicts) {
    fmt::print("conflict {}:\n", c.about);
    for (const auto& side : c.sides) fmt::print("   - {} [{}]\n", side.claim, fmt::join(side.docs, ","));
  }
  return 0;
}
