// The PostgreSQL store against a throwaway server (pg_test_server.h): the same
// round trips, duplicate and ordering contract as store_test.cc, plus what only
// a server database has: concurrent writers, connection errors, and a schema
// version table. Skipped, saying what is missing, where PostgreSQL is not
// installed (scripts/setup.sh installs it, so CI runs these).
#include <gtest/gtest.h>

#include <set>
#include <thread>

#include "src/store/pg_connection.h"
#include "src/store/pg_schema.h"
#include "src/store/pg_test_server.h"
#include "src/store/store.h"
#include "src/store/store_contract.h"
#include "src/store/store_test_util.h"

namespace storyline::store {
namespace {

using testing::Describe;
using testing::RichDocument;
using testing::RichDossier;
using testing::Replay;

std::unique_ptr<Store> OpenOrDie(const std::string& uri) {
  auto store = Store::Open(uri);
  EXPECT_TRUE(store.ok()) << store.status();
  return store.ok() ? std::move(*store) : nullptr;
}

// One server per test program (gtest_discover_tests runs each test in its own
// process, so this is one per test); a fresh database per test.
class PgStoreTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto server = PgTestServer::Start();
    if (server.ok()) {
      server_ = server->release();
    } else {
      start_error_ = new absl::Status(server.status());
    }
  }
  static void TearDownTestSuite() {
    delete server_;
    server_ = nullptr;
  }
  void SetUp() override {
    // Only a missing installation skips; a server that fails to start fails.
    if (server_ == nullptr && absl::IsNotFound(*start_error_)) {
      GTEST_SKIP() << "no PostgreSQL test server: " << start_error_->message();
    }
    ASSERT_NE(server_, nullptr) << "PostgreSQL test server did not start: " << *start_error_;
    auto uri = server_->CreateDatabase();
    ASSERT_TRUE(uri.ok()) << uri.status();
    uri_ = *uri;
    store_ = OpenOrDie(uri_);
    ASSERT_NE(store_, nullptr);
  }

  static PgTestServer* server_;
  static absl::Status* start_error_;
  std::string uri_;
  std::unique_ptr<Store> store_;
};

PgTestServer* PgStoreTest::server_ = nullptr;
absl::Status* PgStoreTest::start_error_ = nullptr;

TEST_F(PgStoreTest, DocumentsReplayExactlyInInsertionOrder) {
  testing::CheckReplayInInsertionOrder(*store_);
}

TEST_F(PgStoreTest, ReplayPagesThroughManyDocumentsInOrder) {
  // More than two pages of ForEach's keyset query, added in one large batch
  // (several pipeline syncs) and a few small ones.
  std::vector<AnalyzedDocument> big;
  for (int i = 0; i < 1100; ++i) big.push_back(RichDocument(1000 + i));
  ASSERT_EQ(*store_->AddBatch(big), 1100);
  ASSERT_EQ(*store_->AddBatch({RichDocument(1), RichDocument(2)}), 2);
  std::vector<std::string> ids;
  ASSERT_TRUE(
      store_->ForEachDocument([&](const Document& d, const Analysis&) { ids.push_back(d.id); })
          .ok());
  ASSERT_EQ(ids.size(), 1102u);
  for (int i = 0; i < 1100; ++i) ASSERT_EQ(ids[i], big[i].document.id) << i;
  EXPECT_EQ(ids[1100], RichDocument(1).document.id);
  EXPECT_EQ(ids[1101], RichDocument(2).document.id);
}

TEST_F(PgStoreTest, DuplicatesByIdOrHashAreSkippedAndNotCounted) {
  testing::CheckDuplicatesSkippedAndNotCounted(*store_);
}

TEST_F(PgStoreTest, TextBytesAreKeptExactly) {
  // PostgreSQL's text type refuses NUL and stray bytes: title and text are bytea.
  testing::CheckTextBytesKeptExactly(*store_);
}

TEST_F(PgStoreTest, AFailedBatchKeepsNothingAndNamesTheCause) {
  AnalyzedDocument bad = RichDocument(2);
  bad.document.outlet = std::string("nul\0outlet", 10);  // text columns refuse NUL
  absl::StatusOr<int> added = store_->AddBatch({RichDocument(1), bad, RichDocument(3)});
  ASSERT_FALSE(added.ok());
  EXPECT_TRUE(absl::IsInvalidArgument(added.status())) << added.status();
  EXPECT_NE(added.status().message().find(uri_), std::string::npos) << added.status();
  EXPECT_TRUE(Replay(*store_).empty());
  // The connection is usable again, and the statement it prepared still works.
  EXPECT_EQ(*store_->AddBatch({RichDocument(1)}), 1);
}

TEST_F(PgStoreTest, EmptyBatchAndEmptyStore) {
  testing::CheckEmptyBatchAndEmptyStore(*store_);
}

TEST_F(PgStoreTest, DossierRoundTripsEveryField) {
  testing::CheckDossierRoundTrip(*store_);
}

TEST_F(PgStoreTest, SaveDossierReplacesThePreviousOne) {
  testing::CheckSaveDossierReplacesThePreviousOne(*store_);
}

TEST_F(PgStoreTest, DossierIsCurrentOnlyAfterLinkingEveryDocument) {
  testing::CheckDossierIsCurrentOnlyAfterLinkingEveryDocument(*store_);
}

TEST_F(PgStoreTest, AFailedSaveKeepsThePreviousDossier) {
  ASSERT_TRUE(store_->SaveDossier(RichDossier()).ok());
  Dossier bad = RichDossier();
  bad.quotes.back().text = std::string("a\0b", 3);  // text columns refuse NUL
  const absl::Status saved = store_->SaveDossier(bad);
  ASSERT_FALSE(saved.ok());
  EXPECT_TRUE(absl::IsInvalidArgument(saved)) << saved;
  EXPECT_NE(saved.message().find("COPY quotes"), std::string::npos) << saved;
  absl::StatusOr<Dossier> loaded = store_->LoadDossier();
  ASSERT_TRUE(loaded.ok()) << loaded.status();
  EXPECT_EQ(Describe(*loaded), Describe(RichDossier()));
  EXPECT_EQ(*store_->DossierGeneration(), 1);  // the failed save counted nothing
}

// What the server relies on to keep its loaded dossier (see store_test.cc).
TEST_F(PgStoreTest, DossierGenerationRisesPerSaveAndOtherConnectionsSeeIt) {
  auto reader = OpenOrDie(uri_);
  ASSERT_NE(reader, nullptr);
  EXPECT_EQ(*reader->DossierGeneration(), 0);
  ASSERT_TRUE(store_->SaveDossier(RichDossier()).ok());
  EXPECT_EQ(*reader->DossierGeneration(), 1);
  EXPECT_EQ(Describe(*reader->LoadDossier()), Describe(RichDossier()));
  ASSERT_EQ(*store_->AddBatch({RichDocument(1)}), 1);
  EXPECT_EQ(*reader->DossierGeneration(), 1);  // documents are not a new dossier
  ASSERT_TRUE(store_->SaveDossier(Dossier{}).ok());
  EXPECT_EQ(*reader->DossierGeneration(), 2);
  EXPECT_EQ(Describe(*reader->LoadDossier()), Describe(Dossier{}));
}

// A database written by a version-1 binary (the current layout without
// dossier_generation) migrates on open and keeps its data.
TEST_F(PgStoreTest, VersionOneDatabaseMigratesAndKeepsItsData) {
  ASSERT_EQ(*store_->AddBatch({RichDocument(1)}), 1);
  ASSERT_TRUE(store_->SaveDossier(RichDossier()).ok());
  store_.reset();
  {
    auto conn = PgConnection::Open(uri_);
    ASSERT_TRUE(conn.ok()) << conn.status();
    ASSERT_TRUE(conn->Exec("DROP TABLE dossier_generation; UPDATE storyline_schema SET version = 1")
                    .ok());
  }
  auto store = OpenOrDie(uri_);
  ASSERT_NE(store, nullptr);
  EXPECT_EQ(Replay(*store).size(), 1u);
  EXPECT_EQ(Describe(*store->LoadDossier()), Describe(RichDossier()));
  EXPECT_EQ(*store->DossierGeneration(), 0);
  ASSERT_TRUE(store->SaveDossier(Dossier{}).ok());
  EXPECT_EQ(*store->DossierGeneration(), 1);
  auto conn = PgConnection::Open(uri_);
  ASSERT_TRUE(conn.ok()) << conn.status();
  EXPECT_EQ(*PgSchemaVersion(*conn), 2);
}

TEST_F(PgStoreTest, ReopenedDatabaseKeepsEverything) {
  ASSERT_EQ(*store_->AddBatch({RichDocument(1), RichDocument(2)}), 2);
  ASSERT_TRUE(store_->SaveDossier(RichDossier()).ok());
  store_.reset();
  std::unique_ptr<Store> store = OpenOrDie(uri_);
  ASSERT_NE(store, nullptr);
  EXPECT_EQ(Replay(*store).size(), 2u);
  EXPECT_EQ(*store->AddBatch({RichDocument(1)}), 0);
  EXPECT_EQ(Describe(*store->LoadDossier()), Describe(RichDossier()));
  auto conn = PgConnection::Open(uri_);
  ASSERT_TRUE(conn.ok()) << conn.status();
  EXPECT_EQ(*PgSchemaVersion(*conn), CurrentPgSchemaVersion());
}

// Two processes' worth of writers (one connection each) add overlapping
// batches in opposite orders at once: every document ends up stored once, and
// the counts the two report add up to the number of distinct documents, even
// when the server aborts one writer's batch for a deadlock and it retries.
TEST_F(PgStoreTest, ConcurrentWritersWithOverlappingBatches) {
  constexpr int kDocs = 400, kBatch = 40;
  std::vector<AnalyzedDocument> docs;
  for (int i = 0; i < kDocs; ++i) docs.push_back(RichDocument(i));
  std::vector<AnalyzedDocument> reversed(docs.rbegin(), docs.rend());
  int added[2] = {0, 0};
  absl::Status errors[2];
  auto writer = [&](int w, const std::vector<AnalyzedDocument>& order) {
    auto store = Store::Open(uri_);
    if (!store.ok()) {
      errors[w] = store.status();
      return;
    }
    for (int i = 0; i < kDocs && errors[w].ok(); i += kBatch) {
      const std::vector<AnalyzedDocument> batch(order.begin() + i, order.begin() + i + kBatch);
      absl::StatusOr<int> n = (*store)->AddBatch(batch);
      if (n.ok())
        added[w] += *n;
      else
        errors[w] = n.status();
    }
  };
  std::thread a(writer, 0, std::cref(docs));
  std::thread b(writer, 1, std::cref(reversed));
  a.join();
  b.join();
  ASSERT_TRUE(errors[0].ok()) << errors[0];
  ASSERT_TRUE(errors[1].ok()) << errors[1];
  EXPECT_EQ(added[0] + added[1], kDocs);
  std::multiset<std::string> ids;
  for (const AnalyzedDocument& d : Replay(*store_)) ids.insert(d.document.id);
  EXPECT_EQ(ids.size(), static_cast<size_t>(kDocs));
  for (const AnalyzedDocument& d : docs) EXPECT_EQ(ids.count(d.document.id), 1u);
}

TEST_F(PgStoreTest, ConcurrentSavesLeaveOneWholeDossier) {
  Dossier smaller;
  smaller.stories.push_back({"s9", "Only story", "", {"doc-9"}});
  absl::Status errors[2];
  std::thread a([&] {
    auto store = Store::Open(uri_);
    errors[0] = store.ok() ? (*store)->SaveDossier(RichDossier()) : store.status();
  });
  std::thread b([&] {
    auto store = Store::Open(uri_);
    errors[1] = store.ok() ? (*store)->SaveDossier(smaller) : store.status();
  });
  a.join();
  b.join();
  ASSERT_TRUE(errors[0].ok()) << errors[0];
  ASSERT_TRUE(errors[1].ok()) << errors[1];
  const std::string loaded = Describe(*store_->LoadDossier());
  EXPECT_TRUE(loaded == Describe(RichDossier()) || loaded == Describe(smaller));
}

TEST_F(PgStoreTest, NewerSchemaVersionIsRefused) {
  store_.reset();
  {
    auto conn = PgConnection::Open(uri_);
    ASSERT_TRUE(conn.ok()) << conn.status();
    ASSERT_TRUE(conn->Query("UPDATE storyline_schema SET version = $1",
                            PgParams().Int(CurrentPgSchemaVersion() + 1))
                    .ok());
  }
  auto store = Store::Open(uri_);
  ASSERT_FALSE(store.ok());
  EXPECT_TRUE(absl::IsFailedPrecondition(store.status())) << store.status();
  const std::string message(store.status().message());
  EXPECT_NE(message.find(uri_), std::string::npos) << message;
  EXPECT_NE(message.find("schema version " + std::to_string(CurrentPgSchemaVersion() + 1)),
            std::string::npos)
      << message;
}

TEST_F(PgStoreTest, TwoStoresOpeningAFreshDatabaseAtOnceBothSucceed) {
  auto uri = server_->CreateDatabase();
  ASSERT_TRUE(uri.ok());
  absl::Status errors[4];
  std::vector<std::thread> openers;
  for (int i = 0; i < 4; ++i) {
    openers.emplace_back([&, i] { errors[i] = Store::Open(*uri).status(); });
  }
  for (std::thread& t : openers) t.join();
  for (const absl::Status& e : errors) EXPECT_TRUE(e.ok()) << e;
}

// Connection errors need no server.
TEST(PgStoreErrorTest, MalformedUriIsNamedWithoutItsPassword) {
  auto store = Store::Open("postgresql://ana:s3cret@localhost/news?nosuchoption=1");
  ASSERT_FALSE(store.ok());
  EXPECT_TRUE(absl::IsInvalidArgument(store.status())) << store.status();
  const std::string message(store.status().message());
  EXPECT_NE(message.find("'postgresql://ana@localhost/news?nosuchoption=1'"), std::string::npos)
      << message;
  EXPECT_NE(message.find("nosuchoption"), std::string::npos) << message;
  EXPECT_EQ(message.find("s3cret"), std::string::npos) << message;
}

TEST(PgStoreErrorTest, UnreachableServerIsUnavailableAndNamed) {
  const std::string uri =
      "postgres://ana@/news?host=/nonexistent-storyline-dir&port=5999&password=s3cret";
  auto store = Store::Open(uri);
  ASSERT_FALSE(store.ok());
  EXPECT_TRUE(absl::IsUnavailable(store.status())) << store.status();
  const std::string message(store.status().message());
  EXPECT_NE(message.find("'postgres://ana@/news?host=/nonexistent-storyline-dir&port=5999'"),
            std::string::npos)
      << message;
  EXPECT_NE(message.find("cannot connect"), std::string::npos) << message;
  EXPECT_NE(message.find("No such file or directory"), std::string::npos) << message;
  EXPECT_EQ(message.find("s3cret"), std::string::npos) << message;
}

TEST(PgUriTest, RedactPasswordAndDispatch) {
  const std::pair<const char*, const char*> cases[] = {
      {"postgresql://u:p@h/db", "postgresql://u@h/db"},
      {"postgresql://u:p@ss@h:5432/db?sslmode=require", "postgresql://u@h:5432/db?sslmode=require"},
      {"postgresql://u@h/db?password=p&sslmode=require", "postgresql://u@h/db?sslmode=require"},
      {"postgresql://h/db?password=p", "postgresql://h/db"},
      {"postgres:///db?host=/tmp/x", "postgres:///db?host=/tmp/x"},
      {"postgresql://", "postgresql://"},
  };
  for (const auto& [uri, expected] : cases) EXPECT_EQ(RedactPassword(uri), expected) << uri;
  EXPECT_TRUE(IsPostgresUri("postgresql://h/db"));
  EXPECT_TRUE(IsPostgresUri("postgres://h/db"));
  EXPECT_FALSE(IsPostgresUri("news.db"));
  EXPECT_FALSE(IsPostgresUri(":memory:"));
  EXPECT_FALSE(IsPostgresUri("postgresql.db"));
}

}  // namespace
}  // namespace storyline::store
