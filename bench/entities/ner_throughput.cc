// ner_throughput FILE.jsonl...: runs the full recognizer (tokenize, tag, refine)
// over the "text" of every JSON line (e.g. timeline17/*/articles.jsonl) on one
// core and prints tokens/s, MB/s, articles/s and peak RSS, by wall time and by
// the thread's CPU time (steadier on a loaded machine).
#include <sys/resource.h>
#include <time.h>

#include <chrono>
#include <fstream>
#include <iostream>

#include "src/core/data_dir.h"
#include "src/extract/entities/entity_recognizer.h"
#include "src/ingest/reader.h"
#include "src/text/segmenter.h"

namespace {
double ThreadCpuSeconds() {
  timespec t{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) * 1e-9;
}
}  // namespace

int main(int argc, char** argv) {
  using namespace storyline;
  if (argc < 2) { std::cerr << "usage: ner_throughput FILE.jsonl...\n"; return 2; }
  std::vector<Document> docs;
  ingest::ReadPaths(std::vector<std::string>(argv + 1, argv + argc), {},
                    [&](Document d) { docs.push_back(std::move(d)); }, [](const ingest::ReadIssue&) {});
  auto recognizer = entities::EntityRecognizer::Load(DefaultDataDir());
  if (!recognizer.ok()) { std::cerr << recognizer.status() << "\n"; return 1; }
  size_t bytes = 0, tokens = 0, mentions = 0;
  double secs = 0, cpu_secs = 0;
  for (const Document& d : docs) {
    Analysis a;  // the recognizer tokenizes itself; timed as part of its work
    auto start = std::chrono::steady_clock::now();
    double cpu_start = ThreadCpuSeconds();
    (*recognizer)->Analyze(d, &a);
    cpu_secs += ThreadCpuSeconds() - cpu_start;
    secs += std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::vector<Token> t;
    text::Segmenter::Tokens(d.text, {0, static_cast<uint32_t>(d.text.size())}, &t);
    tokens += t.size();
    bytes += d.text.size();
    mentions += a.mentions.size();
  }
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  std::cout << docs.size() << " articles, " << tokens << " tokens, " << mentions << " mentions in " << secs
            << " s\n" << tokens / secs << " tokens/s per core, " << bytes / secs / 1e6 << " MB/s, "
            << docs.size() / secs << " articles/s, peak RSS " << usage.ru_maxrss / 1024 << " MB\n"
            << tokens / cpu_secs << " tokens per CPU second (" << cpu_secs << " s CPU)\n";
  return 0;
}
