// timex_throughput FILE.jsonl... — tagging + normalization speed over Timeline17
// articles ({"id","published","text"} per line), one thread, so the printed MB/s
// is per core. Also measures publication-date inference on the same articles
// (their metadata date hidden): how often a date is inferred, and how often it is
// exactly the metadata date or within 7 days of it.
#include <sys/resource.h>

#include <chrono>
#include <ctime>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>
#include <vector>


#include "src/ingest/reader.h"
#include "src/core/data_dir.h"
#include "src/extract/time/calendar.h"
#include "src/extract/time/time_tagger.h"

namespace {

struct Article {
  std::string text, published;
};

std::vector<Article> ReadArticles(int argc, char** argv) {
  std::vector<Article> out;
  storyline::ingest::ReadPaths(
      std::vector<std::string>(argv + 1, argv + argc), {},
      [&](storyline::Document d) { out.push_back({std::move(d.text), std::move(d.published)}); },
      [](const storyline::ingest::ReadIssue&) {});
  return out;
}

void PubdateReport(const storyline::temporal::TimeTagger& tagger, const std::vector<Article>& as) {
  int inferred = 0, exact = 0, week = 0;
  for (const Article& a : as) {
    storyline::Document doc;
    doc.text = a.text;
    storyline::Analysis analysis;
    tagger.Analyze(doc, &analysis);
    auto got = storyline::temporal::ParseDay(analysis.published.date);
    auto gold = storyline::temporal::ParseDay(a.published);
    if (!got || !gold) continue;
    ++inferred;
    exact += *got == *gold;
    week += std::llabs(*got - *gold) <= 7;
    if (std::getenv("PUBDATE_DEBUG")) {
      std::printf("PUB\t%ld\t%s\n", static_cast<long>(*got - *gold), analysis.published.evidence.c_str());
    }
  }
  std::printf("publication date inference: %zu articles, %d inferred (%.1f%%), exact %d (%.1f%% of "
              "inferred), within 7 days %d (%.1f%%)\n",
              as.size(), inferred, 100.0 * inferred / as.size(), exact,
              inferred ? 100.0 * exact / inferred : 0, week, inferred ? 100.0 * week / inferred : 0);
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: timex_throughput FILE.jsonl...\n");
    return 1;
  }
  auto tagger = storyline::temporal::TimeTagger::Load(storyline::DefaultDataDir());
  if (!tagger.ok()) {
    std::fprintf(stderr, "error: %s\n", std::string(tagger.status().message()).c_str());
    return 1;
  }
  std::vector<Article> articles = ReadArticles(argc, argv);
  size_t bytes = 0, timexes = 0;
  for (const Article& a : articles) bytes += a.text.size();
  // CPU time, not wall time: the machine is shared, and "per core" means per
  // CPU-second actually spent (wall-clock rate printed too).
  auto start = std::chrono::steady_clock::now();
  std::clock_t cpu_start = std::clock();
  constexpr int kRounds = 3;
  for (int r = 0; r < kRounds; ++r) {
    for (const Article& a : articles) timexes += (*tagger)->Tag(a.text, a.published).size();
  }
  double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  double s = double(std::clock() - cpu_start) / CLOCKS_PER_SEC;
  rusage usage;
  getrusage(RUSAGE_SELF, &usage);
  std::printf("%zu articles, %.1f MB, %zu timexes/round: %.1f MB/s per core (CPU time; %.1f MB/s "
              "wall), %.0f articles/s, peak RSS %ld MB\n",
              articles.size(), bytes / 1e6, timexes / kRounds, kRounds * bytes / 1e6 / s,
              kRounds * bytes / 1e6 / wall, kRounds * articles.size() / s, usage.ru_maxrss / 1024);
  PubdateReport(**tagger, articles);
  return 0;
}
