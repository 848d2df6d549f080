// store_bench: how fast the SQLite store takes and gives back analyzed articles.
//
//   store_bench [--docs N] [--batch B] [--db PATH] [--fsync]
//
// Builds N synthetic articles (~3 KB of text each, with an Analysis of the size
// the pipeline produces for a news article: ~10 paragraphs, ~30 sentences, ~500
// tokens, ~30 mentions, timexes and quotes), inserts them in batches of B (one
// transaction each) into PATH (a fresh temp file by default), replays them with
// ForEachDocument, and saves/loads a dossier of proportional size. Prints
// articles/s and MB/s of article text for each phase (one core: the store is
// single-threaded), the file size, and peak RSS (getrusage ru_maxrss; it
// includes the N generated articles the program holds before inserting them).
#include <sys/resource.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <string>
#include <vector>

#include "bench/store/synthetic.h"
#include "src/store/store.h"

namespace storyline::store {
namespace {

struct Args {
  int docs = 10000;
  int batch = 256;
  std::string db;
  bool fsync = false;
};

Args ParseArgs(int argc, char** argv) {
  Args args;
  for (int i = 1; i < argc; ++i) {
    const std::string flag = argv[i];
    const char* value = i + 1 < argc ? argv[i + 1] : "";
    if (flag == "--docs") args.docs = std::atoi(value), ++i;
    else if (flag == "--batch") args.batch = std::atoi(value), ++i;
    else if (flag == "--db") args.db = value, ++i;
    else if (flag == "--fsync") args.fsync = true;
    else {
      std::fprintf(stderr, "usage: store_bench [--docs N] [--batch B] [--db PATH] [--fsync]\n");
      std::exit(1);
    }
  }
  return args;
}

double Seconds(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

long PeakRssMb() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss / 1024;
}

int Fail(const absl::Status& status) {
  std::fprintf(stderr, "store_bench: %s\n", std::string(status.message()).c_str());
  return 1;
}

int Run(const Args& args) {
  const std::string path = args.db.empty()
      ? (std::filesystem::temp_directory_path() / ("store_bench_" + std::to_string(getpid()) + ".db")).string()
      : args.db;
  std::vector<AnalyzedDocument> all;
  double text_bytes = 0;
  for (int i = 0; i < args.docs; ++i) {
    all.push_back(SyntheticDocument(i));
    text_bytes += all.back().document.text.size();
  }
  auto store = Store::Open(path, Options{.fsync_every_commit = args.fsync});
  if (!store.ok()) return Fail(store.status());

  auto start = std::chrono::steady_clock::now();
  int added = 0;
  for (int i = 0; i < args.docs; i += args.batch) {
    const std::vector<AnalyzedDocument> batch(all.begin() + i, all.begin() + std::min(args.docs, i + args.batch));
    absl::StatusOr<int> n = (*store)->AddBatch(batch);
    if (!n.ok()) return Fail(n.status());
    added += *n;
  }
  const double insert_s = Seconds(start);
  all.clear();
  all.shrink_to_fit();

  start = std::chrono::steady_clock::now();
  size_t replayed = 0, tokens = 0;
  absl::Status status = (*store)->ForEachDocument([&](const Document&, const Analysis& a) {
    ++replayed;
    tokens += a.tokens.size();
  });
  if (!status.ok()) return Fail(status);
  const double load_s = Seconds(start);

  const Dossier dossier = SyntheticDossier(args.docs);
  start = std::chrono::steady_clock::now();
  if (status = (*store)->SaveDossier(dossier); !status.ok()) return Fail(status);
  const double save_s = Seconds(start);
  start = std::chrono::steady_clock::now();
  absl::StatusOr<Dossier> loaded = (*store)->LoadDossier();
  if (!loaded.ok()) return Fail(loaded.status());
  const double load_dossier_s = Seconds(start);
  store->reset();

  const double mb = text_bytes / 1e6;
  std::printf("store_bench: %d synthetic articles (%.1f MB text, %zu tokens), batches of %d, %s\n",
              args.docs, mb, tokens, args.batch, args.fsync ? "synchronous=FULL" : "synchronous=NORMAL");
  std::printf("  insert  %8.0f articles/s  %6.1f MB/s  (%d added, %.2f s)\n", added / insert_s, mb / insert_s, added, insert_s);
  std::printf("  replay  %8.0f articles/s  %6.1f MB/s  (%zu read, %.2f s)\n", replayed / load_s, mb / load_s, replayed, load_s);
  std::printf("  dossier save %.3f s, load %.3f s  (%zu entities, %zu timeline entries)\n", save_s,
              load_dossier_s, loaded->entities.size(), loaded->timeline.size());
  std::printf("  file %.1f MB (+WAL), peak RSS %ld MB\n",
              std::filesystem::file_size(path) / 1e6, PeakRssMb());
  if (args.db.empty()) {
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path + suffix);
  }
  return 0;
}

}  // namespace
}  // namespace storyline::store

int main(int argc, char** argv) {
  return storyline::store::Run(storyline::store::ParseArgs(argc, argv));
}
