// eval_timeline: timeline summarization quality on Timeline17-style topics.
//
//   eval_timeline [--rouge ROUGE_DIR] [--data DATA_DIR] TOPIC_DIR...
//
// Each TOPIC_DIR holds articles.jsonl ({"id","published","text"}, one sentence
// per line) and timelines.jsonl (one gold timeline per line: [[date,[sentences]],
// ...]). For every gold timeline the articles are analyzed (DocumentAnalyzer, as
// the CLI does), linked as one story with N = the gold's number of dates and
// K = its average sentences per date (rounded, >= 1) -- exactly what
// `storyline timeline --max-dates N --per-date K` does -- and scored:
// date P/R/F1; ROUGE-1/2 F1 concatenated, date-agreement (only same-date
// sentences compared) and many-to-one aligned (near dates, discounted).
// ROUGE_DIR defaults to TOPIC_DIR/../../rouge155 (the stop words and WordNet
// exceptions of ROUGE-1.5.5).
//
// eval_timeline_lines is the same program without the per-document stages:
// one paragraph and sentence per line, the metadata's publication date, no
// timexes, mentions or quotes -- the baseline the link stage reaches alone, and a
// way to measure it while the other stages are being rebuilt.
#include <tbb/parallel_for.h>

#include <chrono>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <iostream>

#include "bench/link/rouge.h"
#include "fmt/format.h"
#include "nlohmann/json.hpp"
#include "src/core/data_dir.h"
#ifndef STORYLINE_LINES_ONLY
#include "src/extract/document_analyzer.h"
#endif
#include "src/link/linker.h"

using namespace storyline;
using bench::Timeline;

namespace {

#ifdef STORYLINE_LINES_ONLY
// Stand-in for DocumentAnalyzer: what the walking skeleton's stages produce.
class LineAnalyzer {
 public:
  Analysis Analyze(const Document& doc) const {
    Analysis a;
    uint32_t start = 0;
    for (uint32_t i = 0; i <= doc.text.size(); ++i) {
      if (i < doc.text.size() && doc.text[i] != '\n') continue;
      if (i > start) {
        a.paragraphs.push_back({{start, i}, "en"});
        a.sentences.push_back({{start, i}, static_cast<uint32_t>(a.paragraphs.size() - 1)});
      }
      start = i + 1;
    }
    a.languages = {"en"};
    if (!doc.published.empty()) a.published.date = doc.published.substr(0, 10);
    return a;
  }
};
absl::StatusOr<std::unique_ptr<LineAnalyzer>> LoadAnalyzer(const std::string&) {
  return std::make_unique<LineAnalyzer>();
}
#else
absl::StatusOr<std::unique_ptr<DocumentAnalyzer>> LoadAnalyzer(const std::string& data) {
  return DocumentAnalyzer::Load(data);
}
#endif

std::vector<Timeline> ReadGold(const std::string& path) {
  std::vector<Timeline> out;
  std::ifstream in(path);
  for (std::string line; std::getline(in, line);) {
    if (line.empty()) continue;
    Timeline t;
    for (const auto& entry : nlohmann::json::parse(line)) {
      auto& sentences = t[entry[0].get<std::string>().substr(0, 10)];
      for (const auto& s : entry[1]) sentences.push_back(s.get<std::string>());
    }
    out.push_back(std::move(t));
  }
  return out;
}

// The articles as the JSON-lines reader would give them (read here so the
// evaluation does not depend on the reader's state).
std::vector<std::pair<Document, Analysis>> ReadArticles(const std::string& path) {
  std::vector<std::pair<Document, Analysis>> docs;
  std::ifstream in(path);
  for (std::string line; std::getline(in, line);) {
    if (line.empty()) continue;
    auto j = nlohmann::json::parse(line);
    Document d;
    d.id = j.value("id", "");
    d.published = j.value("published", "");
    d.text = j.value("text", "");
    d.body = {0, static_cast<uint32_t>(d.text.size())};
    d.source = path;
    d.content_hash = ContentHash(d.text);
    docs.emplace_back(std::move(d), Analysis{});
  }
  return docs;
}

Timeline Predict(const std::vector<std::pair<Document, Analysis>>& docs, const std::string& data,
                 size_t n, size_t k) {
  auto linker = link::Linker::Create({data, true, n, k, true});
  if (!linker.ok()) {
    std::cerr << linker.status().message() << "\n";
    std::exit(1);
  }
  for (const auto& [doc, analysis] : docs) (*linker)->Add(doc, analysis);
  Timeline t;
  for (const auto& e : (*linker)->BuildDossier().timeline) t[e.date].push_back(e.text);
  return t;
}

struct Scores {
  double date_f = 0, c1 = 0, c2 = 0, a1 = 0, a2 = 0, m1 = 0, m2 = 0;
  void Add(const Scores& o) {
    date_f += o.date_f, c1 += o.c1, c2 += o.c2, a1 += o.a1, a2 += o.a2, m1 += o.m1, m2 += o.m2;
  }
  void Print(const std::string& name, double divide) const {
    fmt::print("{:<24} date-F1 {:.3f}  concat R1 {:.3f} R2 {:.3f}  agreement R1 {:.3f} R2 {:.3f}"
               "  align-m:1 R1 {:.3f} R2 {:.3f}\n", name, date_f / divide, c1 / divide,
               c2 / divide, a1 / divide, a2 / divide, m1 / divide, m2 / divide);
  }
};

}  // namespace

int main(int argc, char** argv) {
  std::string rouge_dir, data = DefaultDataDir();
  std::vector<std::string> topics;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--rouge" && i + 1 < argc) {
      rouge_dir = argv[++i];
    } else if (a == "--data" && i + 1 < argc) {
      data = argv[++i];
    } else {
      topics.push_back(a);
    }
  }
  if (topics.empty()) {
    std::cerr << "usage: eval_timeline [--rouge DIR] [--data DIR] TOPIC_DIR...\n";
    return 1;
  }
  if (rouge_dir.empty()) rouge_dir = topics[0] + "/../../rouge155";
  bench::Rouge rouge(rouge_dir);
  auto analyzer = LoadAnalyzer(data);
  if (!analyzer.ok()) {
    std::cerr << analyzer.status().message() << "\n";
    return 1;
  }
  Scores total;
  int timelines = 0;
  for (const std::string& topic : topics) {
    const auto start = std::chrono::steady_clock::now();
    std::vector<std::pair<Document, Analysis>> docs = ReadArticles(topic + "/articles.jsonl");
    tbb::parallel_for(size_t{0}, docs.size(),
                      [&](size_t i) { docs[i].second = (*analyzer)->Analyze(docs[i].first); });
    for (const Timeline& gold : ReadGold(topic + "/timelines.jsonl")) {
      size_t sentences = 0;
      for (const auto& [d, s] : gold) sentences += s.size();
      const size_t n = gold.size();
      const size_t k = std::max<size_t>(1, std::lround(double(sentences) / n));
      Timeline pred = Predict(docs, data, n, k);
      Scores s{bench::DateF1(pred, gold).f,
               rouge.Concat(pred, gold, 1).f, rouge.Concat(pred, gold, 2).f,
               rouge.Agreement(pred, gold, 1).f, rouge.Agreement(pred, gold, 2).f,
               rouge.AlignedManyToOne(pred, gold, 1).f, rouge.AlignedManyToOne(pred, gold, 2).f};
      s.Print(std::filesystem::path(topic).filename().string() + fmt::format(" N={} K={}", n, k), 1);
      total.Add(s);
      ++timelines;
    }
    fmt::print("  ({} articles, {:.1f} s)\n", docs.size(),
               std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
  }
  total.Print(fmt::format("mean over {}", timelines), timelines);
  return 0;
}
