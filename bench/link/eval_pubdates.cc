// eval_pubdates: publication dates inferred with the story's help, against the
// metadata dates of Timeline17-style topics (articles.jsonl: {"id","published",
// "text"}), whose dates are hidden from the pipeline.
//
//   eval_pubdates [--data DATA_DIR] [--errors] [--keep-every N] TOPIC_DIR...
//
// Every topic's articles are analyzed (DocumentAnalyzer, as the CLI does) and
// linked with the normal story linking, then two answers are scored against the
// hidden date: the article's own (the time stage alone: datelines, page stamps,
// the latest full date it reports) and the dossier's (the link stage adds years
// from the story, weekday consistency, event offsets, near-duplicates). Printed
// per kind of evidence: how many articles got a date, and how many of those are
// exact, within a day and within a week of the metadata date. --errors also
// lists every dossier date more than a week off, with its evidence.
// --keep-every N gives every Nth article of a topic its metadata date (a feed
// where some articles come dated) and scores the others.
#include <chrono>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <string>
#include <vector>

#include "absl/time/civil_time.h"
#include "fmt/format.h"
#include "nlohmann/json.hpp"
#include "src/core/data_dir.h"
#include "src/core/document.h"
#include "src/extract/document_analyzer.h"
#include "src/link/linker.h"
#include "tbb/parallel_for.h"

using namespace storyline;

namespace {

struct Article {
  Document doc;
  std::string gold;  // "YYYY-MM-DD", hidden from the pipeline
  Analysis analysis;
};

std::vector<Article> ReadArticles(const std::string& path) {
  std::vector<Article> out;
  std::ifstream in(path);
  for (std::string line; std::getline(in, line);) {
    if (line.empty()) continue;
    auto j = nlohmann::json::parse(line);
    Article a;
    a.doc.id = j.value("id", "");
    a.gold = j.value("published", "").substr(0, 10);
    a.doc.text = j.value("text", "");
    a.doc.body = {0, static_cast<uint32_t>(a.doc.text.size())};
    a.doc.source = path;
    a.doc.content_hash = ContentHash(a.doc.text);
    out.push_back(std::move(a));
  }
  return out;
}

// Days from `b` to `a` ("YYYY-MM-DD" strings; negative when a is earlier); a
// large number when one does not parse.
long DaysFrom(const std::string& a, const std::string& b) {
  absl::CivilDay x, y;
  if (!absl::ParseCivilTime(a.substr(0, 10), &x) || !absl::ParseCivilTime(b.substr(0, 10), &y)) {
    return 1L << 30;
  }
  return static_cast<long>(x - y);
}

// The rule behind an evidence string, for the breakdown.
std::string EvidenceKind(const std::string& evidence) {
  if (evidence.starts_with("near-duplicate")) return "near-duplicate of a dated article";
  if (evidence.find("weekday consistency") != std::string::npos) return "story: weekday consistency";
  if (evidence.find(" days)") != std::string::npos || evidence.find(" weeks)") != std::string::npos ||
      evidence.find(" + ") != std::string::npos) {
    return "story: event offset";
  }
  if (evidence.starts_with("story context: most similar")) return "story: most similar dated article";
  if (evidence.starts_with("story context")) return "story: latest reported date";
  const size_t cut = evidence.find_first_of("'\"(");
  std::string head = evidence.substr(0, cut == std::string::npos ? evidence.size() : cut);
  while (!head.empty() && head.back() == ' ') head.pop_back();
  return "article: " + head;
}

// `late` is the inferred date minus the true one: a lower bound holds when it
// is <= 0, which the last column counts.
struct Tally {
  long dated = 0, exact = 0, day = 0, week = 0, not_after = 0;
  void Add(long late) {
    const long apart = std::labs(late);
    ++dated;
    exact += apart == 0;
    day += apart <= 1;
    week += apart <= 7;
    not_after += late <= 0;
  }
  void Print(const std::string& name, long articles) const {
    auto pct = [](long n, long d) { return d > 0 ? 100.0 * n / d : 0.0; };
    fmt::print("  {:<38} {:>5} dated ({:5.1f}% of {}) exact {:5.1f}%  <=1 day {:5.1f}%  <=7 days {:5.1f}%  "
               "not after {:5.1f}%\n",
               name, dated, pct(dated, articles), articles, pct(exact, dated), pct(day, dated),
               pct(week, dated), pct(not_after, dated));
  }
};

}  // namespace

int main(int argc, char** argv) {
  std::string data = DefaultDataDir();
  bool errors = false;
  size_t keep_every = 0;
  std::vector<std::string> topics;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--data" && i + 1 < argc) {
      data = argv[++i];
    } else if (a == "--errors") {
      errors = true;
    } else if (a == "--keep-every" && i + 1 < argc) {
      keep_every = std::stoul(argv[++i]);
    } else {
      topics.push_back(a);
    }
  }
  if (topics.empty()) {
    std::cerr << "usage: eval_pubdates [--data DIR] [--errors] [--keep-every N] TOPIC_DIR...\n";
    return 1;
  }
  auto analyzer = DocumentAnalyzer::Load(data);
  if (!analyzer.ok()) {
    std::cerr << analyzer.status().message() << "\n";
    return 1;
  }
  Tally article_total, dossier_total;
  std::map<std::string, Tally> by_kind;
  long articles = 0;
  const auto start = std::chrono::steady_clock::now();
  for (const std::string& topic : topics) {
    std::vector<Article> docs = ReadArticles(topic + "/articles.jsonl");
    auto kept = [&](size_t i) { return keep_every > 0 && i % keep_every == 0; };
    for (size_t i = 0; i < docs.size(); ++i) {
      if (kept(i)) docs[i].doc.published = docs[i].gold;
    }
    tbb::parallel_for(size_t{0}, docs.size(),
                      [&](size_t i) { docs[i].analysis = (*analyzer)->Analyze(docs[i].doc); });
    auto linker = link::Linker::Create({data});
    if (!linker.ok()) {
      std::cerr << linker.status().message() << "\n";
      return 1;
    }
    for (const Article& a : docs) (*linker)->Add(a.doc, a.analysis);
    const Dossier dossier = (*linker)->BuildDossier();
    Tally article_topic, dossier_topic;
    long scored = 0;
    for (size_t i = 0; i < docs.size(); ++i) {
      const Article& a = docs[i];
      if (a.gold.size() < 10 || kept(i)) continue;
      ++articles;
      ++scored;
      if (!a.analysis.published.date.empty()) {
        const long late = DaysFrom(a.analysis.published.date, a.gold);
        article_topic.Add(late);
        article_total.Add(late);
      }
      // The dossier lists documents in the order they were added.
      const PublishedDate& p = dossier.documents[i].published;
      if (p.date.empty()) continue;
      const long late = DaysFrom(p.date, a.gold);
      dossier_topic.Add(late);
      dossier_total.Add(late);
      by_kind[EvidenceKind(p.evidence)].Add(late);
      if (errors && std::labs(late) > 7) {
        fmt::print("  off by {:>6} days: {} gold {} got {} ({})\n", late, a.doc.id, a.gold, p.date,
                   p.evidence);
      }
    }
    fmt::print("{} ({} articles, {} stories)\n", std::filesystem::path(topic).filename().string(),
               docs.size(), dossier.stories.size());
    article_topic.Print("article alone", scored);
    dossier_topic.Print("with the story", scored);
  }
  fmt::print("all topics, {:.1f} s\n",
             std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
  article_total.Print("article alone", articles);
  dossier_total.Print("with the story", articles);
  fmt::print("with the story, by evidence:\n");
  for (const auto& [kind, tally] : by_kind) tally.Print(kind, articles);
  return 0;
}
