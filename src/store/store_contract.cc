#include "src/store/store_contract.h"

#include <gtest/gtest.h>

#include "src/store/store_test_util.h"

namespace storyline::store::testing {

std::vector<AnalyzedDocument> Replay(Store& store) {
  std::vector<AnalyzedDocument> out;
  const absl::Status status = store.ForEachDocument(
      [&](const Document& d, const Analysis& a) { out.push_back({d, a}); });
  EXPECT_TRUE(status.ok()) << status;
  return out;
}

void CheckReplayInInsertionOrder(Store& store) {
  const std::vector<AnalyzedDocument> batch1 = {RichDocument(7), RichDocument(2)};
  const std::vector<AnalyzedDocument> batch2 = {RichDocument(5)};
  ASSERT_EQ(*store.AddBatch(batch1), 2);
  ASSERT_EQ(*store.AddBatch(batch2), 1);
  const std::vector<AnalyzedDocument> replayed = Replay(store);
  ASSERT_EQ(replayed.size(), 3u);
  const std::vector<AnalyzedDocument> expected = {batch1[0], batch1[1], batch2[0]};
  for (size_t i = 0; i < expected.size(); ++i) {
    EXPECT_EQ(Describe(replayed[i].document), Describe(expected[i].document));
    EXPECT_EQ(Describe(replayed[i].analysis), Describe(expected[i].analysis));
  }
}

void CheckDuplicatesSkippedAndNotCounted(Store& store) {
  const AnalyzedDocument original = RichDocument(1);
  ASSERT_EQ(*store.AddBatch({original}), 1);
  AnalyzedDocument same_id = RichDocument(2);
  same_id.document.id = original.document.id;
  AnalyzedDocument same_text = original;
  same_text.document.id = "another-id";
  same_text.document.title = "changed";
  const AnalyzedDocument fresh = RichDocument(3);
  // The fresh one appears twice in the batch: only the first counts.
  absl::StatusOr<int> added = store.AddBatch({same_id, same_text, fresh, fresh});
  ASSERT_TRUE(added.ok()) << added.status();
  EXPECT_EQ(*added, 1);
  EXPECT_TRUE(*store.Contains(same_id.document));
  EXPECT_TRUE(*store.Contains(same_text.document));
  EXPECT_FALSE(*store.Contains(RichDocument(4).document));
  const std::vector<AnalyzedDocument> replayed = Replay(store);
  ASSERT_EQ(replayed.size(), 2u);
  // The stored original is unchanged by the later duplicates.
  EXPECT_EQ(Describe(replayed[0].document), Describe(original.document));
  EXPECT_EQ(Describe(replayed[0].analysis), Describe(original.analysis));
  EXPECT_EQ(replayed[1].document.id, fresh.document.id);
}

void CheckTextBytesKeptExactly(Store& store) {
  AnalyzedDocument odd = RichDocument(1);
  odd.document.text = std::string("before\0after \x80 \xEF\xBF\xBD end", 22);
  odd.document.title = std::string("t\0t", 3);
  odd.document.content_hash = ContentHash(odd.document.text);
  ASSERT_EQ(*store.AddBatch({odd}), 1);
  const std::vector<AnalyzedDocument> replayed = Replay(store);
  ASSERT_EQ(replayed.size(), 1u);
  EXPECT_EQ(replayed[0].document.text, odd.document.text);
  EXPECT_EQ(replayed[0].document.title, odd.document.title);
}

void CheckEmptyBatchAndEmptyStore(Store& store) {
  EXPECT_EQ(*store.AddBatch({}), 0);
  EXPECT_TRUE(Replay(store).empty());
  absl::StatusOr<Dossier> dossier = store.LoadDossier();
  ASSERT_TRUE(dossier.ok()) << dossier.status();
  EXPECT_EQ(Describe(*dossier), Describe(Dossier{}));
}

void CheckDossierRoundTrip(Store& store) {
  const Dossier original = RichDossier();
  const absl::Status saved = store.SaveDossier(original);
  ASSERT_TRUE(saved.ok()) << saved;
  absl::StatusOr<Dossier> loaded = store.LoadDossier();
  ASSERT_TRUE(loaded.ok()) << loaded.status();
  EXPECT_EQ(Describe(*loaded), Describe(original));
}

void CheckSaveDossierReplacesThePreviousOne(Store& store) {
  ASSERT_TRUE(store.SaveDossier(RichDossier()).ok());
  Dossier smaller;
  smaller.stories.push_back({"s9", "Only story", "", {"doc-9"}});
  ASSERT_TRUE(store.SaveDossier(smaller).ok());
  absl::StatusOr<Dossier> loaded = store.LoadDossier();
  ASSERT_TRUE(loaded.ok()) << loaded.status();
  EXPECT_EQ(Describe(*loaded), Describe(smaller));
}

void CheckDossierIsCurrentOnlyAfterLinkingEveryDocument(Store& store) {
  EXPECT_FALSE(*store.DossierIsCurrent());  // nothing ever saved
  ASSERT_EQ(*store.AddBatch({RichDocument(1)}), 1);
  EXPECT_FALSE(*store.DossierIsCurrent());
  Dossier one;
  one.documents.push_back({});
  one.documents[0].id = "doc-1";
  ASSERT_TRUE(store.SaveDossier(one).ok());
  EXPECT_TRUE(*store.DossierIsCurrent());
  ASSERT_EQ(*store.AddBatch({RichDocument(2)}), 1);  // stored, not linked yet
  EXPECT_FALSE(*store.DossierIsCurrent());
}

}  // namespace storyline::store::testing
