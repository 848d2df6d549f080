// store_bench: how fast the store takes and gives back analyzed articles, in
// SQLite and, with --pg or --pg-uri, in PostgreSQL side by side.
//
//   store_bench [--docs N] [--batch B] [--db PATH] [--fsync] [--pg | --pg-uri URI]
//
// Builds N synthetic articles (~3 KB of text each, with an Analysis of the size
// the pipeline produces for a news article: ~10 paragraphs, ~30 sentences, ~500
// tokens, ~30 mentions, timexes and quotes), inserts them in batches of B (one
// transaction each) into PATH (a fresh temp file by default), replays them with
// ForEachDocument, and saves/loads a dossier of proportional size. Prints
// articles/s and MB/s of article text for each phase (one core: the store is
// single-threaded), the file size, and peak RSS (getrusage ru_maxrss; it
// includes the N generated articles the program holds before inserting them).
//
// --pg starts a throwaway PostgreSQL server (pg_test_server.h, fsync on, unix
// socket) and runs the same phases on a fresh database in it; --pg-uri uses an
// existing empty database instead (its tables must not exist yet, or hold no
// synthetic articles). --fsync maps to synchronous=FULL / synchronous_commit=on.
#include <sys/resource.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "bench/store/synthetic.h"
#include "src/store/pg_test_server.h"
#include "src/store/store.h"

namespace storyline::store {
namespace {

struct Args {
  int docs = 10000;
  int batch = 256;
  std::string db;
  bool fsync = false;
  bool pg = false;     // start a throwaway server
  std::string pg_uri;  // or use this database
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
    else if (flag == "--pg") args.pg = true;
    else if (flag == "--pg-uri") args.pg_uri = value, ++i;
    else {
      std::fprintf(stderr, "usage: store_bench [--docs N] [--batch B] [--db PATH] [--fsync] "
                           "[--pg | --pg-uri URI]\n");
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

// What one backend did with the same articles and dossier.
struct Timings {
  int added = 0;
  double insert_s = 0;
  size_t replayed = 0, tokens = 0;
  double replay_s = 0;
  double save_s = 0, load_s = 0;
  size_t entities = 0, timeline = 0;
};

absl::StatusOr<Timings> Measure(const std::string& db, const Args& args,
                                const std::vector<AnalyzedDocument>& all, const Dossier& dossier) {
  ASSIGN_OR_RETURN(auto store, Store::Open(db, Options{.fsync_every_commit = args.fsync}));
  Timings t;
  auto start = std::chrono::steady_clock::now();
  for (int i = 0; i < args.docs; i += args.batch) {
    const std::vector<AnalyzedDocument> batch(all.begin() + i,
                                              all.begin() + std::min(args.docs, i + args.batch));
    ASSIGN_OR_RETURN(int n, store->AddBatch(batch));
    t.added += n;
  }
  t.insert_s = Seconds(start);

  start = std::chrono::steady_clock::now();
  RETURN_IF_ERROR(store->ForEachDocument([&](const Document&, const Analysis& a) {
    ++t.replayed;
    t.tokens += a.tokens.size();
  }));
  t.replay_s = Seconds(start);

  start = std::chrono::steady_clock::now();
  RETURN_IF_ERROR(store->SaveDossier(dossier));
  t.save_s = Seconds(start);
  start = std::chrono::steady_clock::now();
  ASSIGN_OR_RETURN(Dossier loaded, store->LoadDossier());
  t.load_s = Seconds(start);
  t.entities = loaded.entities.size();
  t.timeline = loaded.timeline.size();
  return t;
}

void PrintRow(const char* name, const Timings& t, double mb) {
  std::printf("  %-10s insert %8.0f articles/s %6.1f MB/s (%d added, %.2f s) | "
              "replay %8.0f articles/s %6.1f MB/s (%zu read, %.2f s) | "
              "dossier save %.3f s, load %.3f s\n",
              name, t.added / t.insert_s, mb / t.insert_s, t.added, t.insert_s,
              t.replayed / t.replay_s, mb / t.replay_s, t.replayed, t.replay_s, t.save_s, t.load_s);
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
  const Dossier dossier = SyntheticDossier(args.docs);

  absl::StatusOr<Timings> sqlite = Measure(path, args, all, dossier);
  if (!sqlite.ok()) return Fail(sqlite.status());
  const double file_mb = std::filesystem::file_size(path) / 1e6;
  if (args.db.empty()) {
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path + suffix);
  }

  std::unique_ptr<PgTestServer> server;  // stopped and deleted on return
  std::string pg_uri = args.pg_uri;
  if (args.pg) {
    auto started = PgTestServer::Start(PgTestServer::Options{.fsync = true});
    if (!started.ok()) return Fail(started.status());
    server = std::move(*started);
    auto uri = server->CreateDatabase();
    if (!uri.ok()) return Fail(uri.status());
    pg_uri = *uri;
  }
  absl::StatusOr<Timings> pg;
  if (!pg_uri.empty()) {
    pg = Measure(pg_uri, args, all, dossier);
    if (!pg.ok()) return Fail(pg.status());
  }

  const double mb = text_bytes / 1e6;
  std::printf("store_bench: %d synthetic articles (%.1f MB text, %zu tokens), batches of %d, %s\n",
              args.docs, mb, sqlite->tokens, args.batch,
              args.fsync ? "synchronous=FULL / synchronous_commit=on"
                         : "synchronous=NORMAL / synchronous_commit=off");
  std::printf("  dossier: %zu entities, %zu timeline entries\n", sqlite->entities, sqlite->timeline);
  PrintRow("SQLite", *sqlite, mb);
  if (!pg_uri.empty()) PrintRow("PostgreSQL", *pg, mb);
  std::printf("  SQLite file %.1f MB (+WAL), peak RSS %ld MB\n", file_mb, PeakRssMb());
  return 0;
}

}  // namespace
}  // namespace storyline::store

int main(int argc, char** argv) {
  return storyline::store::Run(storyline::store::ParseArgs(argc, argv));
}
