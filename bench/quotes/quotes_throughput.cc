// quotes_throughput [--raw] FILE.jsonl...: single-thread throughput of the quotes
// stage over articles.jsonl files such as Timeline17's, as the pipeline runs it:
// after the text layer (paragraphs, sentences, paragraph languages), which is
// run first and not timed. --raw gives the stage bare text instead (it then
// splits and detects languages itself). Prints MB/s and articles/s for one core
// and the peak RSS. Articles are read into memory first.
#include <sys/resource.h>
#include <time.h>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

#include "src/extract/quotes/quote_extractor.h"
#include "src/ingest/reader.h"
#include "src/text/text_analyzer.h"

int main(int argc, char** argv) {
  const bool raw = argc > 1 && std::string(argv[1]) == "--raw";
  if (argc < 2 + raw) {
    std::fprintf(stderr, "usage: quotes_throughput [--raw] FILE.jsonl...\n");
    return 2;
  }
  auto extractor = storyline::quotes::QuoteExtractor::Load(STORYLINE_DATA_DIR);
  auto text = storyline::text::TextAnalyzer::Create({.data_dir = STORYLINE_DATA_DIR});
  if (!extractor.ok() || !text.ok()) return 1;
  std::vector<storyline::Document> docs;
  size_t bytes = 0;
  storyline::ingest::ReadPaths(
      std::vector<std::string>(argv + 1 + raw, argv + argc), {},
      [&](storyline::Document doc) {
        bytes += doc.text.size();
        docs.push_back(std::move(doc));
      },
      [](const storyline::ingest::ReadIssue&) {});
  std::vector<storyline::Analysis> analyses(docs.size());
  for (size_t i = 0; i < docs.size() && !raw; ++i) text->Analyze(docs[i], &analyses[i]);
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
  for (size_t i = 0; i < docs.size(); ++i) {
    (*extractor)->Analyze(docs[i], &analyses[i]);
    quotes += analyses[i].quotes.size();
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
