// Reader throughput: runs ingest::ReadPaths over the given files/directories
// (e.g. ../shared/data/timeline17/*/articles.jsonl) and prints input MB/s,
// articles/s (one core: the readers are single-threaded) and peak RSS.
//   ingest_read_bench [--repeat N] [--issues] PATH...   (--issues: print each problem;
//   --list: print id, title, published and body start of each article)
// The first pass warms the page cache and is not timed.
#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <string>
#include <vector>

#include "src/ingest/reader.h"

namespace {

uint64_t InputBytes(const std::vector<std::string>& paths) {
  namespace fs = std::filesystem;
  uint64_t total = 0;
  std::error_code ec;
  for (const auto& p : paths) {
    if (fs::is_directory(p, ec)) {
      for (const auto& e : fs::recursive_directory_iterator(p, ec)) {
        if (e.is_regular_file(ec)) total += e.file_size(ec);
      }
    } else if (fs::is_regular_file(p, ec)) {
      total += fs::file_size(p, ec);
    }
  }
  return total;
}

struct Pass {
  size_t docs = 0, issues = 0, text_bytes = 0;
};

double CpuSeconds() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return u.ru_utime.tv_sec + u.ru_stime.tv_sec + (u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

bool print_issues = false;
bool print_list = false;

Pass ReadOnce(const std::vector<std::string>& paths) {
  Pass pass;
  storyline::ingest::ReadPaths(
      paths, {},
      [&](storyline::Document d) {
        ++pass.docs, pass.text_bytes += d.text.size();
        if (print_list) {
          std::printf("%s\t%s\t%s\tbody@%u\n", d.id.c_str(), d.title.c_str(), d.published.c_str(),
                      d.body.begin);
        }
      },
      [&](const storyline::ingest::ReadIssue& issue) {
        ++pass.issues;
        if (print_issues) {
          std::fprintf(stderr, "%s: %s\n", issue.source.c_str(), issue.reason.c_str());
        }
      });
  return pass;
}

}  // namespace

int main(int argc, char** argv) {
  int repeat = 5;
  std::vector<std::string> paths;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--repeat") == 0 && i + 1 < argc) {
      repeat = std::max(1, std::atoi(argv[++i]));
    } else if (std::strcmp(argv[i], "--list") == 0) {
      print_list = true;
    } else if (std::strcmp(argv[i], "--issues") == 0) {
      print_issues = true;
    } else {
      paths.push_back(argv[i]);
    }
  }
  if (paths.empty()) {
    std::fprintf(stderr, "usage: ingest_read_bench [--repeat N] [--issues] [--list] PATH...\n");
    return 2;
  }
  const uint64_t bytes = InputBytes(paths);
  Pass pass = ReadOnce(paths);  // warm-up
  print_issues = print_list = false;
  const double cpu_start = CpuSeconds();
  const auto start = std::chrono::steady_clock::now();
  for (int r = 0; r < repeat; ++r) pass = ReadOnce(paths);
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count() / repeat;
  const double cpu = (CpuSeconds() - cpu_start) / repeat;
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  std::printf("input %.1f MB, %zu articles, %zu issues, text %.1f MB\n", bytes / 1e6, pass.docs,
              pass.issues, pass.text_bytes / 1e6);
  std::printf("wall %.3f s/pass  %.1f MB/s  %.0f articles/s (1 thread)  peak RSS %.1f MB\n",
              seconds, bytes / 1e6 / seconds, pass.docs / seconds, usage.ru_maxrss / 1024.0);
  // CPU time is what a core costs; on a shared, loaded machine wall time overstates it.
  std::printf("cpu  %.3f s/pass  %.1f MB/s per core  %.0f articles/s per core\n", cpu,
              bytes / 1e6 / cpu, pass.docs / cpu);
  return 0;
}
