// A real kill: a forked child writes batches in a loop and reports over a pipe
// when it starts and when it has committed each batch; the parent SIGKILLs it a
// moment after a batch has started (so, usually, inside the transaction), then
// reopens the file and checks: integrity_check is ok, every batch the child
// reported committed is there in full, and no batch is there in part. Three
// rounds append to the same file, so recovery of a killed writer's WAL is itself
// followed by more writes and another kill.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <iostream>

#include "absl/strings/str_cat.h"
#include "src/store/sqlite.h"
#include "src/store/store.h"
#include "src/store/store_test_util.h"

namespace storyline::store {
namespace {

constexpr int kBatchSize = 400;
constexpr int kRounds = 3;
constexpr int kMaxBatches = 8;

std::string DocId(int round, int batch, int i) {
  return absl::StrCat("r", round, "-b", batch, "-d", i);
}

std::vector<AnalyzedDocument> MakeBatch(int round, int batch) {
  std::vector<AnalyzedDocument> docs;
  for (int i = 0; i < kBatchSize; ++i) {
    AnalyzedDocument d = testing::RichDocument(i);
    d.document.id = DocId(round, batch, i);
    d.document.text += " " + d.document.id;  // unique text, so no hash duplicates
    d.document.content_hash = ContentHash(d.document.text);
    docs.push_back(std::move(d));
  }
  return docs;
}

// The child: +k+1 on the pipe when batch k starts, -(k+1) once it is committed.
[[noreturn]] void RunWriter(const std::string& path, int round, int fd) {
  auto store = Store::Open(path);
  if (!store.ok()) _exit(2);
  // Built up front so that nearly all the child's time is spent inside AddBatch,
  // where the kill should land.
  std::vector<std::vector<AnalyzedDocument>> batches;
  for (int batch = 0; batch < kMaxBatches; ++batch) batches.push_back(MakeBatch(round, batch));
  for (int batch = 0; batch < kMaxBatches; ++batch) {
    const std::vector<AnalyzedDocument>& docs = batches[batch];
    int message = batch + 1;
    if (write(fd, &message, sizeof message) != sizeof message) _exit(3);
    absl::StatusOr<int> added = (*store)->AddBatch(docs);
    if (!added.ok() || *added != kBatchSize) _exit(4);
    message = -(batch + 1);
    if (write(fd, &message, sizeof message) != sizeof message) _exit(3);
  }
  _exit(5);  // never killed: the parent's EXPECT on the signal reports it
}

struct Progress {
  int started = -1;    // last batch the child began
  int committed = -1;  // last batch the child saw committed
};

// Kills the child shortly after it starts a batch following `min_commits` commits.
Progress KillMidBatch(pid_t child, int fd, int min_commits) {
  Progress progress;
  int message = 0;
  while (read(fd, &message, sizeof message) == sizeof message) {
    if (message > 0) progress.started = message - 1;
    if (message < 0) progress.committed = -message - 1;
    if (message > 0 && progress.committed + 1 >= min_commits) {
      usleep(3000);  // well inside a batch that takes tens of milliseconds
      kill(child, SIGKILL);
      break;
    }
  }
  int status = 0;
  waitpid(child, &status, 0);
  EXPECT_TRUE(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL) << "child exited " << status;
  // Messages written before the kill landed are still in the pipe.
  while (read(fd, &message, sizeof message) == sizeof message) {
    if (message > 0) progress.started = message - 1;
    if (message < 0) progress.committed = -message - 1;
  }
  return progress;
}

int64_t CountBatch(Database& db, int round, int batch) {
  auto stmt = Statement::Prepare(db, "SELECT count(*) FROM documents d JOIN analyses a "
                                     "ON a.seq = d.seq WHERE d.id GLOB ?1");
  EXPECT_TRUE(stmt.ok());
  const std::string pattern = absl::StrCat("r", round, "-b", batch, "-d*");
  stmt->Bind(1, pattern);
  EXPECT_TRUE(*stmt->Step());
  return stmt->ColumnInt(0);
}

// Returns true when the kill landed inside a batch (which then was rolled back).
bool CheckAfterKill(const std::string& path, int round, const Progress& progress) {
  auto db = Database::Open(path, 1000);
  EXPECT_TRUE(db.ok()) << db.status();
  if (!db.ok()) return false;
  bool rolled_back = false;
  EXPECT_EQ(*db->QueryText("PRAGMA integrity_check"), "ok");
  for (int batch = 0; batch <= progress.started; ++batch) {
    const int64_t n = CountBatch(*db, round, batch);
    if (batch <= progress.committed) {
      EXPECT_EQ(n, kBatchSize) << "committed batch " << batch << " of round " << round;
    } else {
      // The batch in flight: all or nothing (it may have committed just before the kill).
      EXPECT_TRUE(n == 0 || n == kBatchSize) << "partial batch " << batch << ": " << n;
      rolled_back = rolled_back || n == 0;
    }
  }
  EXPECT_EQ(*db->QueryInt("SELECT count(*) FROM documents"),
            *db->QueryInt("SELECT count(*) FROM analyses"));
  std::cout << "round " << round << ": " << progress.committed + 1 << " batches committed, "
            << (rolled_back ? "killed inside a batch, which was rolled back"
                            : "killed between batches") << "\n";
  return rolled_back;
}

TEST(StoreKillTest, KilledWriterLosesNothingCommittedAndLeavesNoPartialBatch) {
  const std::string path = testing::TempDbPath("kill");
  ASSERT_TRUE(Store::Open(path).ok());  // created and closed before any fork
  int killed_inside = 0;
  for (int round = 0; round < kRounds; ++round) {
    int fds[2];
    ASSERT_EQ(pipe(fds), 0);
    const pid_t child = fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
      close(fds[0]);
      RunWriter(path, round, fds[1]);
    }
    close(fds[1]);
    const Progress progress = KillMidBatch(child, fds[0], 2 + round);
    close(fds[0]);
    EXPECT_GE(progress.committed, 1 + round);
    killed_inside += CheckAfterKill(path, round, progress) ? 1 : 0;
  }
  // The 3 ms delay puts the kill inside a batch that takes far longer; if no
  // round did, the test did not test what it claims to.
  EXPECT_GT(killed_inside, 0);
  // The store itself reopens and replays every stored document.
  auto store = Store::Open(path);
  ASSERT_TRUE(store.ok()) << store.status();
  int replayed = 0;
  ASSERT_TRUE((*store)->ForEachDocument([&](const Document&, const Analysis&) { ++replayed; }).ok());
  EXPECT_EQ(replayed % kBatchSize, 0);
  EXPECT_GT(replayed, 0);
  store->reset();
  testing::RemoveDb(path);
}

}  // namespace
}  // namespace storyline::store
