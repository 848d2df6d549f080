// link_scale: linking cost as the store grows. Generates N articles from the
// sentences of Timeline17-style topics (articles.jsonl under each TOPIC_DIR):
// synthetic story s draws its sentences from topic s % topics and carries three
// invented names of its own, so there are about N / 8 stories of about 8
// articles, each article 12 sentences; ids and dates are synthetic. Every
// article is analyzed as the walking skeleton does (a sentence per line, no
// timexes/mentions/quotes) outside the timed section; then Linker::Add is timed
// over all N, and BuildDossier separately.
//
//   link_scale [--sizes 1000,10000,100000] TOPIC_DIR...
//
// Prints per size: articles/s for Add (thread CPU time, one core; wall-clock in
// brackets, which suffers when the machine is shared), the rate over the last
// tenth of the articles (flat cost means it matches the average), BuildDossier
// seconds (CPU and wall), stories, copies found, and peak RSS (getrusage ru_maxrss, after
// linking and after building the dossier; sizes run in increasing order, so each
// figure is the peak up to and including that size).
#include <sys/resource.h>
#include <time.h>

#include <chrono>
#include <fstream>
#include <iostream>
#include <random>

#include "absl/strings/numbers.h"
#include "absl/strings/str_split.h"
#include "fmt/format.h"
#include "nlohmann/json.hpp"
#include "src/core/data_dir.h"
#include "src/link/linker.h"

using namespace storyline;

namespace {

std::vector<std::vector<std::string>> ReadPools(const std::vector<std::string>& topics) {
  std::vector<std::vector<std::string>> pools;
  for (const std::string& topic : topics) {
    std::vector<std::string> pool;
    std::ifstream in(topic + "/articles.jsonl");
    for (std::string line; std::getline(in, line);) {
      if (line.empty()) continue;
      std::string text = nlohmann::json::parse(line).value("text", "");
      for (const std::string& s : std::vector<std::string>(absl::StrSplit(text, '\n'))) {
        if (s.size() > 40) pool.emplace_back(s);
      }
    }
    if (!pool.empty()) pools.push_back(std::move(pool));
  }
  return pools;
}

std::pair<Document, Analysis> Generate(size_t i, size_t stories,
                                       const std::vector<std::vector<std::string>>& pools,
                                       std::mt19937_64& rng) {
  const size_t story = rng() % stories;
  const auto& pool = pools[story % pools.size()];
  Document doc;
  doc.id = fmt::format("gen-{}", i);
  const int day = static_cast<int>((story * 3 + i % 5) % 700);
  doc.published = fmt::format("2010-{:02}-{:02}", 1 + day / 60 % 12, 1 + day % 28);
  for (int k = 0; k < 12; ++k) {
    std::string s = pool[rng() % pool.size()];
    if (k % 3 == 0) s += fmt::format(" Zorv{}x met Quel{}an in Port{}ia.", story, story, story);
    doc.text += s;
    doc.text += '\n';
  }
  doc.body = {0, static_cast<uint32_t>(doc.text.size())};
  Analysis a;
  uint32_t start = 0;
  for (uint32_t p = 0; p < doc.text.size(); ++p) {
    if (doc.text[p] != '\n') continue;
    a.paragraphs.push_back({{start, p}, "en"});
    a.sentences.push_back({{start, p}, static_cast<uint32_t>(a.paragraphs.size() - 1)});
    start = p + 1;
  }
  a.languages = {"en"};
  a.published.date = doc.published;
  return {std::move(doc), std::move(a)};
}

double Seconds(std::chrono::steady_clock::time_point since) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - since).count();
}

double ProcessCpu() {
  timespec ts{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return ts.tv_sec + ts.tv_nsec * 1e-9;
}

double ThreadCpu() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec + ts.tv_nsec * 1e-9;
}

long PeakRssMb() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss / 1024;
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<size_t> sizes = {1000, 10000, 100000};
  std::vector<std::string> topics;
  for (int i = 1; i < argc; ++i) {
    if (std::string(argv[i]) == "--sizes" && i + 1 < argc) {
      sizes.clear();
      for (const std::string& s : std::vector<std::string>(absl::StrSplit(argv[++i], ','))) {
        size_t n = 0;
        if (absl::SimpleAtoi(s, &n)) sizes.push_back(n);
      }
    } else {
      topics.push_back(argv[i]);
    }
  }
  auto pools = ReadPools(topics);
  if (pools.empty()) {
    std::cerr << "usage: link_scale [--sizes 1000,10000] TOPIC_DIR...\n";
    return 1;
  }
  for (size_t n : sizes) {
    std::mt19937_64 rng(n);
    auto linker = link::Linker::Create({DefaultDataDir()});
    if (!linker.ok()) {
      std::cerr << linker.status().message() << "\n";
      return 1;
    }
    // Each article is generated just before it is added (only Add is timed), so
    // the input never sits in memory all at once.
    double add = 0, add_cpu = 0, last_tenth_cpu = 0;
    for (size_t i = 0; i < n; ++i) {
      auto [doc, analysis] = Generate(i, std::max<size_t>(1, n / 8), pools, rng);
      const double cpu0 = ThreadCpu();
      const auto start = std::chrono::steady_clock::now();
      (*linker)->Add(doc, analysis);
      add += Seconds(start);
      const double cpu = ThreadCpu() - cpu0;
      add_cpu += cpu;
      if (i >= n - n / 10) last_tenth_cpu += cpu;
    }
    const long rss_linked = PeakRssMb();
    // Process CPU time too (BuildDossier runs its stories on all cores):
    // wall-clock alone moved 12-21 s between runs at 100k on a shared machine.
    const double build_cpu0 = ProcessCpu();
    auto start = std::chrono::steady_clock::now();
    Dossier d = (*linker)->BuildDossier();
    const double build = Seconds(start), build_cpu = ProcessCpu() - build_cpu0;
    size_t copies = 0;
    for (const auto& doc : d.documents) copies += !doc.copy_of.empty();
    fmt::print("{:>7} articles: Add {:6.0f} articles/s CPU ({:6.0f} wall; last tenth {:6.0f}/s CPU)"
               "  BuildDossier {:.1f} s CPU, all threads ({:.1f} wall)  stories {}  copies {}  peak RSS {} MB linked, {} MB "
               "with dossier\n", n, n / add_cpu, n / add, (n / 10) / last_tenth_cpu, build_cpu, build,
               d.stories.size(), copies, rss_linked, PeakRssMb());
    std::fflush(stdout);
  }
  return 0;
}
