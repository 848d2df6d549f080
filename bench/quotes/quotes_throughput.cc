// quotes_throughput FILE.jsonl...: single-thread throughput of the quotes stage
// (alone, on raw article text) over articles.jsonl files such as Timeline17's.
// Prints MB/s and articles/s for one core and the peak RSS. Articles are read
// into memory first so that only extraction is timed.
#include <sys/resource.h>
#include <time.h>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

#include "src/ingest/reader.h"
#include "src/extract/quotes/quote_extractor.h"

int main(int argc, char** argv) {
  if (argc < 2) { std::fprintf(stderr, "usage: quotes_throughput FILE.jsonl...\n"); return 2; }
  auto extractor = storyline::quotes::QuoteExtractor::Load(STORYLINE_DATA_DIR);
  if (!extractor.ok()) return 1;
  std::vector<storyline::Document> docs;
  size_t bytes = 0;
  storyline::ingest::ReadPaths(
      std::vector<std::string>(argv + 1, argv + argc), {},
      [&](storyline::Document doc) {
        bytes += doc.text.size();
        docs.push_back(std::move(doc));
      },
      [](const storyline::ingest::ReadIssue&) {});
  size_t quotes = 0;
  // CPU time of this process, not wall time: the bench machine is shared, and
  // "per core" means per CPU-second actually spent.
  auto cpu_now = [] {
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
  };
  double cpu_start = cpu_now();
  auto start = std::chrono::steady_clock::now();
  for (const auto& doc : docs) {
    storyline::Analysis analysis;
    (*extractor)->Analyze(doc, &analysis);
    quotes += analysis.quotes.size();
  }
  double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  double secs = cpu_now() - cpu_start;
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  std::printf("%zu articles, %.1f MB, %zu quotes in %.2f CPU s (%.2f s wall): %.1f MB/s, "
              "%.0f articles/s per core; peak RSS %ld MB\n",
              docs.size(), bytes / 1e6, quotes, secs, wall, bytes / 1e6 / secs, docs.size() / secs,
              usage.ru_maxrss / 1024);
  return 0;
}
