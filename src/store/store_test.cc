// The store's normal behaviour, in memory and in a file: exact round trips of
// documents, analyses and dossiers, duplicates, ordering and reopening.
#include "src/store/store.h"

#include <gtest/gtest.h>

#include "src/store/schema.h"
#include "src/store/sqlite.h"
#include "src/store/store_contract.h"
#include "src/store/store_test_util.h"

namespace storyline::store {
namespace {

using testing::Describe;
using testing::RichDocument;
using testing::RichDossier;
using testing::Replay;

class StoreTest : public ::testing::TestWithParam<bool> {
 protected:
  void SetUp() override {
    path_ = GetParam() ? testing::TempDbPath("store_test") : ":memory:";
    auto store = Store::Open(path_);
    ASSERT_TRUE(store.ok()) << store.status();
    store_ = std::move(*store);
  }
  void TearDown() override {
    store_.reset();
    if (GetParam()) testing::RemoveDb(path_);
  }
  std::string path_;
  std::unique_ptr<Store> store_;
};

TEST_P(StoreTest, DocumentsReplayExactlyInInsertionOrder) {
  testing::CheckReplayInInsertionOrder(*store_);
}

TEST_P(StoreTest, DuplicatesByIdOrHashAreSkippedAndNotCounted) {
  testing::CheckDuplicatesSkippedAndNotCounted(*store_);
}

TEST_P(StoreTest, TextBytesAreKeptExactly) {
  testing::CheckTextBytesKeptExactly(*store_);
}

TEST_P(StoreTest, EmptyBatchAndEmptyStore) {
  testing::CheckEmptyBatchAndEmptyStore(*store_);
}

TEST_P(StoreTest, DossierRoundTripsEveryField) {
  testing::CheckDossierRoundTrip(*store_);
}

TEST_P(StoreTest, SaveDossierReplacesThePreviousOne) {
  testing::CheckSaveDossierReplacesThePreviousOne(*store_);
}

TEST_P(StoreTest, DossierIsCurrentOnlyAfterLinkingEveryDocument) {
  testing::CheckDossierIsCurrentOnlyAfterLinkingEveryDocument(*store_);
}

INSTANTIATE_TEST_SUITE_P(MemoryAndFile, StoreTest, ::testing::Values(false, true),
                         [](const auto& info) { return info.param ? "File" : "Memory"; });

TEST_P(StoreTest, DossierGenerationRisesByOnePerSave) {
  EXPECT_EQ(*store_->DossierGeneration(), 0);
  ASSERT_TRUE(store_->SaveDossier(RichDossier()).ok());
  EXPECT_EQ(*store_->DossierGeneration(), 1);
  ASSERT_TRUE(store_->SaveDossier(Dossier{}).ok());
  EXPECT_EQ(*store_->DossierGeneration(), 2);
  // Adding documents is not a new dossier: the linked tables are unchanged.
  ASSERT_EQ(*store_->AddBatch({RichDocument(1)}), 1);
  EXPECT_EQ(*store_->DossierGeneration(), 2);
}

TEST(StoreFileTest, ReopenedFileKeepsEverythingAndIsInWalMode) {
  const std::string path = testing::TempDbPath("reopen");
  {
    auto store = Store::Open(path);
    ASSERT_TRUE(store.ok()) << store.status();
    ASSERT_EQ(*(*store)->AddBatch({RichDocument(1), RichDocument(2)}), 2);
    ASSERT_TRUE((*store)->SaveDossier(RichDossier()).ok());
  }
  auto store = Store::Open(path);
  ASSERT_TRUE(store.ok()) << store.status();
  EXPECT_EQ(Replay(**store).size(), 2u);
  EXPECT_EQ(*(*store)->AddBatch({RichDocument(1)}), 0);
  EXPECT_EQ(Describe(*(*store)->LoadDossier()), Describe(RichDossier()));
  store->reset();

  auto db = Database::Open(path, 100);
  ASSERT_TRUE(db.ok());
  EXPECT_EQ(*db->QueryText("PRAGMA journal_mode"), "wal");
  EXPECT_EQ(*db->QueryInt("PRAGMA user_version"), CurrentSchemaVersion());
  EXPECT_EQ(*db->QueryText("PRAGMA integrity_check"), "ok");
  testing::RemoveDb(path);
}

TEST(StoreFileTest, TwoConnectionsSeeEachOthersCommits) {
  const std::string path = testing::TempDbPath("two_connections");
  auto writer = Store::Open(path);
  auto reader = Store::Open(path);
  ASSERT_TRUE(writer.ok() && reader.ok());
  ASSERT_EQ(*(*writer)->AddBatch({RichDocument(1)}), 1);
  EXPECT_TRUE(*(*reader)->Contains(RichDocument(1).document));
  EXPECT_EQ(*(*reader)->AddBatch({RichDocument(1)}), 0);
  writer->reset();
  reader->reset();
  testing::RemoveDb(path);
}

// What the server relies on to keep its loaded dossier: a save on another
// connection is visible to a long-lived reader as a new generation, and the
// dossier it then loads is the new one.
TEST(StoreFileTest, ReaderSeesAnotherConnectionsSaveAsANewGeneration) {
  const std::string path = testing::TempDbPath("generation");
  auto writer = Store::Open(path);
  auto reader = Store::Open(path);
  ASSERT_TRUE(writer.ok() && reader.ok());
  ASSERT_TRUE((*writer)->SaveDossier(RichDossier()).ok());
  const int64_t seen = *(*reader)->DossierGeneration();
  EXPECT_EQ(Describe(*(*reader)->LoadDossier()), Describe(RichDossier()));
  EXPECT_EQ(*(*reader)->DossierGeneration(), seen);
  ASSERT_TRUE((*writer)->SaveDossier(Dossier{}).ok());
  EXPECT_EQ(*(*reader)->DossierGeneration(), seen + 1);
  EXPECT_EQ(Describe(*(*reader)->LoadDossier()), Describe(Dossier{}));
  writer->reset();
  reader->reset();
  testing::RemoveDb(path);
}

// A file written by a version-1 binary (before dossier_generation) opens,
// migrates, keeps its documents and dossier, and counts saves from then on.
// Version 1 is the current layout without that table, so dropping it and
// setting the version back makes an exact version-1 file.
TEST(StoreFileTest, VersionOneFileMigratesAndKeepsItsData) {
  const std::string path = testing::TempDbPath("migrate_v1");
  {
    auto store = Store::Open(path);
    ASSERT_TRUE(store.ok()) << store.status();
    ASSERT_EQ(*(*store)->AddBatch({RichDocument(1)}), 1);
    ASSERT_TRUE((*store)->SaveDossier(RichDossier()).ok());
  }
  {
    auto db = Database::Open(path, 100);
    ASSERT_TRUE(db.ok());
    ASSERT_TRUE(db->Exec("DROP TABLE dossier_generation").ok());
    ASSERT_TRUE(db->Exec("PRAGMA user_version=1").ok());
  }
  auto store = Store::Open(path);
  ASSERT_TRUE(store.ok()) << store.status();
  EXPECT_EQ(Replay(**store).size(), 1u);
  EXPECT_EQ(Describe(*(*store)->LoadDossier()), Describe(RichDossier()));
  EXPECT_EQ(*(*store)->DossierGeneration(), 0);
  ASSERT_TRUE((*store)->SaveDossier(Dossier{}).ok());
  EXPECT_EQ(*(*store)->DossierGeneration(), 1);
  store->reset();
  auto db = Database::Open(path, 100);
  ASSERT_TRUE(db.ok());
  EXPECT_EQ(*db->QueryInt("PRAGMA user_version"), 2);
  EXPECT_EQ(*db->QueryText("PRAGMA integrity_check"), "ok");
  testing::RemoveDb(path);
}

}  // namespace
}  // namespace storyline::store
