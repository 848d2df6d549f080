// Failure paths on purpose: files that are not storyline databases, a newer
// schema, a database locked by another connection's write transaction, and a
// damaged analysis record. Every error must name the file.
#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "src/store/schema.h"
#include "src/store/sqlite.h"
#include "src/store/store.h"
#include "src/store/store_test_util.h"

namespace storyline::store {
namespace {

using testing::RichDocument;

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

// Copies a hostile file from testdata so the test cannot change the original.
std::string CopyOfTestdata(const std::string& name) {
  const std::string source = std::string(STORYLINE_TESTDATA_DIR) + "/store/" + name;
  const std::string copy = testing::TempDbPath("hostile_" + name);
  std::filesystem::copy_file(source, copy);
  return copy;
}

void ExpectRefused(const absl::Status& status, const std::string& path) {
  EXPECT_EQ(status.code(), absl::StatusCode::kFailedPrecondition) << status;
  EXPECT_NE(status.message().find(path), std::string_view::npos) << status;
}

TEST(StoreFailureTest, FileThatIsNotADatabaseIsRefusedUnchanged) {
  for (const std::string name : {"not_a_database.db", "truncated_header.db"}) {
    const std::string path = CopyOfTestdata(name);
    const std::string before = ReadFile(path);
    auto store = Store::Open(path);
    ASSERT_FALSE(store.ok()) << name;
    ExpectRefused(store.status(), path);
    EXPECT_NE(store.status().message().find("not an SQLite database"), std::string_view::npos)
        << store.status();
    EXPECT_EQ(ReadFile(path), before) << name;
    testing::RemoveDb(path);
  }
}

TEST(StoreFailureTest, SqliteFileOfAnotherProgramIsRefused) {
  const std::string path = testing::TempDbPath("foreign");
  {
    auto db = Database::Open(path, 100);
    ASSERT_TRUE(db.ok());
    ASSERT_TRUE(db->Exec("CREATE TABLE accounts (name TEXT)").ok());
  }
  auto store = Store::Open(path);
  ASSERT_FALSE(store.ok());
  ExpectRefused(store.status(), path);
  EXPECT_NE(store.status().message().find("not a storyline store"), std::string_view::npos);
  testing::RemoveDb(path);
}

TEST(StoreFailureTest, NewerSchemaVersionIsRefused) {
  const std::string path = testing::TempDbPath("newer");
  ASSERT_TRUE(Store::Open(path).ok());
  {
    auto db = Database::Open(path, 100);
    ASSERT_TRUE(db.ok());
    const int newer = CurrentSchemaVersion() + 1;
    ASSERT_TRUE(db->Exec("PRAGMA user_version=" + std::to_string(newer)).ok());
  }
  auto store = Store::Open(path);
  ASSERT_FALSE(store.ok());
  ExpectRefused(store.status(), path);
  EXPECT_NE(store.status().message().find("newer"), std::string_view::npos) << store.status();
  // Refusing must not downgrade the file.
  auto db = Database::Open(path, 100);
  EXPECT_EQ(*db->QueryInt("PRAGMA user_version"), CurrentSchemaVersion() + 1);
  testing::RemoveDb(path);
}

// Another connection holds a write transaction with uncommitted rows.
class LockedStoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    path_ = testing::TempDbPath("locked");
    auto store = Store::Open(path_, Options{.busy_timeout_ms = 150});
    ASSERT_TRUE(store.ok()) << store.status();
    store_ = std::move(*store);
    ASSERT_EQ(*store_->AddBatch({RichDocument(1)}), 1);
    auto other = Database::Open(path_, 0);
    ASSERT_TRUE(other.ok());
    other_.emplace(std::move(*other));
    ASSERT_TRUE(other_->Exec("BEGIN IMMEDIATE; DELETE FROM analyses;").ok());
  }
  void TearDown() override {
    store_.reset();
    other_.reset();
    testing::RemoveDb(path_);
  }
  std::string path_;
  std::unique_ptr<Store> store_;
  std::optional<Database> other_;
};

TEST_F(LockedStoreTest, WriteWaitsForTheBusyTimeoutThenFailsNamingTheFile) {
  const auto start = std::chrono::steady_clock::now();
  absl::StatusOr<int> added = store_->AddBatch({RichDocument(2)});
  const auto waited = std::chrono::steady_clock::now() - start;
  ASSERT_FALSE(added.ok());
  EXPECT_EQ(added.status().code(), absl::StatusCode::kUnavailable);
  EXPECT_NE(added.status().message().find(path_), std::string_view::npos) << added.status();
  EXPECT_NE(added.status().message().find("locked"), std::string_view::npos) << added.status();
  EXPECT_GE(waited, std::chrono::milliseconds(140));

  const absl::Status saved = store_->SaveDossier(testing::RichDossier());
  EXPECT_EQ(saved.code(), absl::StatusCode::kUnavailable) << saved;
}

TEST_F(LockedStoreTest, ReadersSeeTheLastCommitAndWritesWorkAfterRelease) {
  // WAL: readers are not blocked and do not see the uncommitted DELETE.
  int seen = 0;
  ASSERT_TRUE(store_->ForEachDocument([&](const Document&, const Analysis&) { ++seen; }).ok());
  EXPECT_EQ(seen, 1);
  EXPECT_TRUE(store_->LoadDossier().ok());
  ASSERT_TRUE(other_->Exec("ROLLBACK").ok());
  absl::StatusOr<int> added = store_->AddBatch({RichDocument(2)});
  ASSERT_TRUE(added.ok()) << added.status();
  EXPECT_EQ(*added, 1);
}

TEST(StoreFailureTest, DamagedAnalysisRecordIsDataLossNamingTheDocument) {
  const std::string path = testing::TempDbPath("damaged");
  auto store = Store::Open(path);
  ASSERT_TRUE(store.ok());
  ASSERT_EQ(*(*store)->AddBatch({RichDocument(1), RichDocument(2)}), 2);
  {
    auto db = Database::Open(path, 100);
    ASSERT_TRUE(db.ok());
    ASSERT_TRUE(db->Exec("UPDATE analyses SET data = substr(data, 1, 10) WHERE seq = 2").ok());
  }
  int seen = 0;
  const absl::Status status =
      (*store)->ForEachDocument([&](const Document&, const Analysis&) { ++seen; });
  EXPECT_EQ(status.code(), absl::StatusCode::kDataLoss) << status;
  EXPECT_NE(status.message().find("doc-2"), std::string_view::npos) << status;
  EXPECT_NE(status.message().find(path), std::string_view::npos) << status;
  EXPECT_EQ(seen, 1);
  store->reset();
  testing::RemoveDb(path);
}

TEST(StoreFailureTest, UnwritableLocationNamesTheFile) {
  const std::string path = "/nonexistent-dir/storyline.db";
  auto store = Store::Open(path);
  ASSERT_FALSE(store.ok());
  EXPECT_NE(store.status().message().find(path), std::string_view::npos) << store.status();
}

}  // namespace
}  // namespace storyline::store
