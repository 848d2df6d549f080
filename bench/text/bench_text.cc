// bench_text PATH... [--own-jsonl] [--repeat N] [--dump] [--show-flags N]
//
// Throughput of readers + text layer: reads every PATH with ingest::ReadPaths (or,
// with --own-jsonl, parses .jsonl lines here, for when the readers are being
// rewritten), then runs text::TextAnalyzer over all documents with 1 thread and
// with all cores (TBB), and prints MB/s, articles/s per core and peak RSS.
// Also prints what the layer found (paragraphs, sentences, tokens, languages,
// boilerplate by reason) so a speed number never hides an empty result.
// --dump prints each document's analysis; --show-flags N prints N flagged lines.
#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <map>
#include <string>
#include <thread>
#include <vector>

#include <nlohmann/json.hpp>
#include <tbb/global_control.h>
#include <tbb/parallel_for.h>

#include "src/ingest/reader.h"
#include "src/text/text_analyzer.h"

namespace storyline {
namespace {

struct Flags {
  std::vector<std::string> paths;
  bool own_jsonl = false;
  bool dump = false;
  int repeat = 3;
  int show_flags = 0;
};

double Seconds(std::chrono::steady_clock::time_point since) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - since).count();
}

// User + system CPU seconds of the whole process so far.
double CpuSeconds() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_utime.tv_sec + usage.ru_stime.tv_sec +
         (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

long PeakRssMb() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss / 1024;  // Linux reports KiB
}

// One document per line of a .jsonl file: {"id", "text", ...}.
void ReadJsonl(const std::string& path, std::vector<Document>* docs) {
  std::ifstream in(path);
  std::string line;
  for (int number = 1; std::getline(in, line); ++number) {
    auto json = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
    if (!json.is_object() || !json.contains("text")) continue;
    Document doc;
    doc.id = json.value("id", path + ":" + std::to_string(number));
    doc.text = json["text"].get<std::string>();
    doc.body = {0, static_cast<uint32_t>(doc.text.size())};
    doc.published = json.value("published", "");
    docs->push_back(std::move(doc));
  }
}

std::vector<Document> ReadAll(const Flags& flags) {
  std::vector<Document> docs;
  if (flags.own_jsonl) {
    for (const auto& path : flags.paths) ReadJsonl(path, &docs);
    return docs;
  }
  size_t issues = 0;
  ingest::ReadPaths(
      flags.paths, {}, [&](Document doc) { docs.push_back(std::move(doc)); },
      [&](const ingest::ReadIssue& issue) {
        if (issue.skipped && ++issues <= 5) {
          std::fprintf(stderr, "%s: %s\n", issue.source.c_str(), issue.reason.c_str());
        }
      });
  return docs;
}

void Dump(const Document& doc, const Analysis& a) {
  std::printf("== %s  languages:", doc.id.c_str());
  for (const auto& l : a.languages) std::printf(" %s", l.c_str());
  std::printf("\n");
  for (size_t p = 0; p < a.paragraphs.size(); ++p) {
    std::printf("[p%zu %s]\n", p, a.paragraphs[p].language.c_str());
    for (const Sentence& s : a.sentences) {
      if (s.paragraph == p) std::printf("   | %.*s\n", (int)s.span.size(), doc.text.data() + s.span.begin);
    }
  }
  for (const FlaggedSpan& f : a.boilerplate) {
    std::printf("   BOILERPLATE %s: %.*s\n", f.reason.c_str(), (int)f.span.size(),
                doc.text.data() + f.span.begin);
  }
}

void PrintFindings(const Flags& flags, const std::vector<Document>& docs,
                   const std::vector<Analysis>& results) {
  size_t paragraphs = 0, sentences = 0, tokens = 0, shown = 0;
  std::map<std::string, size_t> languages, reasons;
  for (size_t i = 0; i < docs.size(); ++i) {
    const Analysis& a = results[i];
    paragraphs += a.paragraphs.size();
    sentences += a.sentences.size();
    tokens += a.tokens.size();
    for (const auto& l : a.languages) ++languages[l];
    for (const auto& f : a.boilerplate) {
      ++reasons[f.reason];
      if (static_cast<int>(shown++) < flags.show_flags) {
        std::printf("  flag %-16s %s: %.*s\n", f.reason.c_str(), docs[i].id.c_str(),
                    (int)f.span.size(), docs[i].text.data() + f.span.begin);
      }
    }
    if (flags.dump) Dump(docs[i], a);
  }
  std::printf("found: %zu paragraphs, %zu sentences, %zu tokens\n", paragraphs, sentences, tokens);
  std::printf("languages (documents):");
  for (const auto& [l, n] : languages) std::printf(" %s=%zu", l.c_str(), n);
  std::printf("\nboilerplate lines:");
  for (const auto& [r, n] : reasons) std::printf(" %s=%zu", r.c_str(), n);
  std::printf("\n");
}

struct Timing {
  double wall = 1e30;  // seconds, best pass
  double cpu = 1e30;   // CPU seconds of that pass, all threads
};

// The best of `repeat` passes over all documents with `threads` threads. CPU time
// is reported too: on a shared machine wall time counts other people's work.
Timing TimeAnalysis(const text::TextAnalyzer& analyzer, const std::vector<Document>& docs,
                    std::vector<Analysis>* results, int threads, int repeat) {
  tbb::global_control limit(tbb::global_control::max_allowed_parallelism, threads);
  Timing best;
  for (int r = 0; r < repeat; ++r) {
    const double cpu_start = CpuSeconds();
    auto start = std::chrono::steady_clock::now();
    tbb::parallel_for(size_t{0}, docs.size(), [&](size_t i) {
      Analysis a;
      analyzer.Analyze(docs[i], &a);
      (*results)[i] = std::move(a);
    });
    const double wall = Seconds(start);
    if (wall < best.wall) best = {wall, CpuSeconds() - cpu_start};
  }
  return best;
}

int Run(const Flags& flags) {
  auto start = std::chrono::steady_clock::now();
  std::vector<Document> docs = ReadAll(flags);
  const double read_s = Seconds(start);
  double mb = 0;
  for (const auto& d : docs) mb += d.text.size() / 1e6;
  std::printf("read: %zu articles, %.1f MB in %.2f s (%.1f MB/s, reader: %s)\n", docs.size(), mb,
              read_s, mb / read_s, flags.own_jsonl ? "bench's own JSONL" : "ingest::ReadPaths");
  auto analyzer = text::TextAnalyzer::Create({});
  if (!analyzer.ok()) {
    std::fprintf(stderr, "%s\n", std::string(analyzer.status().message()).c_str());
    return 1;
  }
  std::vector<Analysis> results(docs.size());
  const int cores = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  for (int threads : {1, cores}) {
    const Timing t = TimeAnalysis(*analyzer, docs, &results, threads, flags.repeat);
    std::printf("text layer, %d thread(s): %.3f s wall, %.1f MB/s (%.1f MB/s per core), "
                "%.0f articles/s per core; per CPU-second: %.1f MB, %.0f articles\n",
                threads, t.wall, mb / t.wall, mb / t.wall / threads,
                docs.size() / t.wall / threads, mb / t.cpu, docs.size() / t.cpu);
    if (cores == 1) break;
  }
  PrintFindings(flags, docs, results);
  std::printf("peak RSS: %ld MB\n", PeakRssMb());
  return 0;
}

}  // namespace
}  // namespace storyline

int main(int argc, char** argv) {
  storyline::Flags flags;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "--own-jsonl") flags.own_jsonl = true;
    else if (arg == "--dump") flags.dump = true;
    else if (arg == "--repeat" && i + 1 < argc) flags.repeat = std::max(1, std::atoi(argv[++i]));
    else if (arg == "--show-flags" && i + 1 < argc) flags.show_flags = std::atoi(argv[++i]);
    else flags.paths.push_back(arg);
  }
  if (flags.paths.empty()) {
    std::fprintf(stderr,
                 "usage: bench_text PATH... [--own-jsonl] [--repeat N] [--dump] [--show-flags N]\n");
    return 2;
  }
  return storyline::Run(flags);
}
