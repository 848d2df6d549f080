// The store's normal behaviour, in memory and in a file: exact round trips of
// documents, analyses and dossiers, duplicates, ordering and reopening.
#include "src/store/store.h"

#include <gtest/gtest.h>

#include "src/store/schema.h"
#include "src/store/sqlite.h"
#include "src/store/store_test_util.h"

namespace storyline::store {
namespace {

using testing::Describe;
using testing::RichDocument;
using testing::RichDossier;

std::vector<AnalyzedDocument> Replay(Store& store) {
  std::vector<AnalyzedDocument> out;
  const absl::Status status = store.ForEachDocument(
      [&](const Document& d, const Analysis& a) { out.push_back({d, a}); });
  EXPECT_TRUE(status.ok()) << status;
  return out;
}

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
  const std::vector<AnalyzedDocument> batch1 = {RichDocument(7), RichDocument(2)};
  const std::vector<AnalyzedDocument> batch2 = {RichDocument(5)};
  ASSERT_EQ(*store_->AddBatch(batch1), 2);
  ASSERT_EQ(*store_->AddBatch(batch2), 1);
  const std::vector<AnalyzedDocument> replayed = Replay(*store_);
  ASSERT_EQ(replayed.size(), 3u);
  const std::vector<AnalyzedDocument> expected = {batch1[0], batch1[1], batch2[0]};
  for (size_t i = 0; i < expected.size(); ++i) {
    EXPECT_EQ(Describe(replayed[i].document), Describe(expected[i].document));
    EXPECT_EQ(Describe(replayed[i].analysis), Describe(expected[i].analysis));
  }
}

TEST_P(StoreTest, DuplicatesByIdOrHashAreSkippedAndNotCounted) {
  const AnalyzedDocument original = RichDocument(1);
  ASSERT_EQ(*store_->AddBatch({original}), 1);
  AnalyzedDocument same_id = RichDocument(2);
  same_id.document.id = original.document.id;
  AnalyzedDocument same_text = original;
  same_text.document.id = "another-id";
  same_text.document.title = "changed";
  const AnalyzedDocument fresh = RichDocument(3);
  // The fresh one appears twice in the batch: only the first counts.
  absl::StatusOr<int> added = store_->AddBatch({same_id, same_text, fresh, fresh});
  ASSERT_TRUE(added.ok()) << added.status();
  EXPECT_EQ(*added, 1);
  EXPECT_TRUE(*store_->Contains(same_id.document));
  EXPECT_TRUE(*store_->Contains(same_text.document));
  EXPECT_FALSE(*store_->Contains(RichDocument(4).document));
  const std::vector<AnalyzedDocument> replayed = Replay(*store_);
  ASSERT_EQ(replayed.size(), 2u);
  // The stored original is unchanged by the later duplicates.
  EXPECT_EQ(Describe(replayed[0].document), Describe(original.document));
  EXPECT_EQ(Describe(replayed[0].analysis), Describe(original.analysis));
  EXPECT_EQ(replayed[1].document.id, fresh.document.id);
}

TEST_P(StoreTest, TextBytesAreKeptExactly) {
  // Embedded NUL, a lone continuation byte, and U+FFFD: stored and returned byte for byte.
  AnalyzedDocument odd = RichDocument(1);
  odd.document.text = std::string("before\0after \x80 \xEF\xBF\xBD end", 22);
  odd.document.title = std::string("t\0t", 3);
  odd.document.content_hash = ContentHash(odd.document.text);
  ASSERT_EQ(*store_->AddBatch({odd}), 1);
  const std::vector<AnalyzedDocument> replayed = Replay(*store_);
  ASSERT_EQ(replayed.size(), 1u);
  EXPECT_EQ(replayed[0].document.text, odd.document.text);
  EXPECT_EQ(replayed[0].document.title, odd.document.title);
}

TEST_P(StoreTest, EmptyBatchAndEmptyStore) {
  EXPECT_EQ(*store_->AddBatch({}), 0);
  EXPECT_TRUE(Replay(*store_).empty());
  absl::StatusOr<Dossier> dossier = store_->LoadDossier();
  ASSERT_TRUE(dossier.ok()) << dossier.status();
  EXPECT_EQ(Describe(*dossier), Describe(Dossier{}));
}

TEST_P(StoreTest, DossierRoundTripsEveryField) {
  const Dossier original = RichDossier();
  ASSERT_TRUE(store_->SaveDossier(original).ok());
  absl::StatusOr<Dossier> loaded = store_->LoadDossier();
  ASSERT_TRUE(loaded.ok()) << loaded.status();
  EXPECT_EQ(Describe(*loaded), Describe(original));
}

TEST_P(StoreTest, SaveDossierReplacesThePreviousOne) {
  ASSERT_TRUE(store_->SaveDossier(RichDossier()).ok());
  Dossier smaller;
  smaller.stories.push_back({"s9", "Only story", "", {"doc-9"}});
  ASSERT_TRUE(store_->SaveDossier(smaller).ok());
  absl::StatusOr<Dossier> loaded = store_->LoadDossier();
  ASSERT_TRUE(loaded.ok()) << loaded.status();
  EXPECT_EQ(Describe(*loaded), Describe(smaller));
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
