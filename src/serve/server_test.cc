// The HTTP API against a real store file and a real socket on loopback.
#include "src/serve/server.h"

#include <gtest/gtest.h>
#include <httplib.h>
#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <thread>
#include <vector>

#include "src/store/store.h"

namespace storyline::serve {
namespace {

class ServerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    db_ = (std::filesystem::temp_directory_path() /
           ("serve_test_" + std::to_string(getpid()) + ".db")).string();
    std::filesystem::remove(db_);
    auto store = store::Store::Open(db_);
    ASSERT_TRUE(store.ok()) << store.status();
    Dossier d;
    d.documents.push_back(DossierDocument{.id = "a1", .title = "Ferry stuck on the river"});
    d.documents.push_back(DossierDocument{.id = "b1", .title = "Unrelated match report"});
    d.stories.push_back(Story{"s1", "Ferry stuck", "A ferry ran aground.", {"a1"}});
    d.stories.push_back(Story{"s2", "Football", "", {"b1"}});
    d.entities.push_back(Entity{.id = "e1", .name = "Izmail", .type = EntityType::kLocation,
                                .variants = {"Izmail", "Ismail"}, .mentions = {{"a1", 0, 6}},
                                .geo = Geo{45.35, 28.84, "UA"}});
    d.timeline.push_back(TimelineEntry{.story = "s1", .date = "2025-03-03", .text = "A ferry ran aground."});
    ASSERT_TRUE((*store)->SaveDossier(d).ok());
    store->reset();
    auto server = Server::Create({db_, "127.0.0.1", 0});
    ASSERT_TRUE(server.ok()) << server.status();
    server_ = std::move(*server);
    thread_ = std::thread([this] { (void)server_->Run(); });
    client_ = std::make_unique<httplib::Client>("127.0.0.1", server_->port());
    for (int i = 0; i < 100 && !client_->Get("/api/health"); ++i) usleep(10000);
  }
  void TearDown() override {
    if (server_) server_->Stop();
    if (thread_.joinable()) thread_.join();
    std::filesystem::remove(db_);
  }
  nlohmann::json GetJson(const std::string& path, int expected_status = 200) {
    auto res = client_->Get(path.c_str());
    EXPECT_TRUE(res);
    if (!res) return {};
    EXPECT_EQ(res->status, expected_status) << path;
    return nlohmann::json::parse(res->body);
  }

  std::string db_;
  std::unique_ptr<Server> server_;
  std::thread thread_;
  std::unique_ptr<httplib::Client> client_;
};

TEST_F(ServerTest, ListsStories) {
  auto j = GetJson("/api/stories");
  ASSERT_EQ(j["stories"].size(), 2u);
  EXPECT_EQ(j["stories"][0]["id"], "s1");
}

TEST_F(ServerTest, OneStoryHoldsOnlyItsDocumentsAndEntities) {
  auto j = GetJson("/api/stories/s1");
  ASSERT_EQ(j["documents"].size(), 1u);
  EXPECT_EQ(j["documents"][0]["id"], "a1");
  ASSERT_EQ(j["entities"].size(), 1u);
  EXPECT_EQ(j["entities"][0]["geo"]["country"], "UA");
  EXPECT_EQ(j["timeline"].size(), 1u);
  EXPECT_TRUE(GetJson("/api/stories/s2")["entities"].empty());
}

TEST_F(ServerTest, UnknownStoryIs404WithJsonError) {
  auto j = GetJson("/api/stories/nope", 404);
  EXPECT_NE(j["error"].get<std::string>().find("nope"), std::string::npos);
}

TEST_F(ServerTest, EntitiesFilterByType) {
  EXPECT_EQ(GetJson("/api/entities?type=location")["entities"].size(), 1u);
  EXPECT_EQ(GetJson("/api/entities?type=person")["entities"].size(), 0u);
}

TEST_F(ServerTest, ServesThePage) {
  auto res = client_->Get("/");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 200);
  EXPECT_NE(res->body.find("Source graph"), std::string::npos);
}

TEST_F(ServerTest, ReadOnlyServerRefusesArticles) {
  auto res = client_->Post("/api/articles", R"({"id": "n1", "text": "A new article."})",
                           "application/json");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 405);
  EXPECT_NE(nlohmann::json::parse(res->body)["error"].get<std::string>().find("--ingest"),
            std::string::npos);
  EXPECT_EQ(GetJson("/api/stories")["stories"].size(), 2u);
}

// Another process (`storyline ingest`) saving while the server runs: the
// server keeps its loaded dossier between requests, so this checks it notices.
TEST_F(ServerTest, DossierSavedByAnotherConnectionIsServedNext) {
  ASSERT_EQ(GetJson("/api/stories")["stories"].size(), 2u);
  ASSERT_EQ(GetJson("/api/dossier")["documents"].size(), 2u);
  ASSERT_EQ(GetJson("/api/stories/s1")["documents"].size(), 1u);
  auto writer = store::Store::Open(db_);
  ASSERT_TRUE(writer.ok()) << writer.status();
  Dossier changed;
  changed.documents.push_back(DossierDocument{.id = "c1", .title = "Bridge reopens"});
  changed.documents.push_back(DossierDocument{.id = "c2", .title = "Bridge reopens, traffic"});
  changed.stories.push_back(Story{"s1", "Bridge", "The bridge reopened.", {"c1", "c2"}});
  ASSERT_TRUE((*writer)->SaveDossier(changed).ok());

  auto stories = GetJson("/api/stories")["stories"];
  ASSERT_EQ(stories.size(), 1u);
  EXPECT_EQ(stories[0]["title"], "Bridge");
  EXPECT_EQ(GetJson("/api/dossier")["documents"][0]["id"], "c1");
  EXPECT_EQ(GetJson("/api/stories/s1")["documents"].size(), 2u);
  EXPECT_TRUE(GetJson("/api/entities")["entities"].empty());
  GetJson("/api/stories/s2", 404);
}

// Readers on several threads (httplib's pool, pooled stores) while another
// connection keeps saving: every answer is one whole dossier, and the last
// save is what is served afterwards.
TEST_F(ServerTest, ConcurrentReadersDuringSavesSeeWholeDossiers) {
  auto writer = store::Store::Open(db_);
  ASSERT_TRUE(writer.ok()) << writer.status();
  auto dossier_with = [](size_t n) {
    Dossier d;
    for (size_t i = 0; i < n; ++i) d.stories.push_back(Story{"t" + std::to_string(i), "T", "", {}});
    return d;
  };
  std::atomic<bool> done = false;
  std::atomic<int> bad = 0;
  std::vector<std::thread> readers;
  for (int r = 0; r < 4; ++r) {
    readers.emplace_back([&] {
      httplib::Client client("127.0.0.1", server_->port());
      while (!done) {
        auto res = client.Get("/api/stories");
        if (!res || res->status != 200) { ++bad; continue; }
        const auto stories = nlohmann::json::parse(res->body)["stories"];
        // Dossier n has stories t0..t(n-1); the seeded one has 2 (s1, s2).
        if (!stories.empty() && stories.back()["id"] != "s2" &&
            stories.back()["id"] != "t" + std::to_string(stories.size() - 1)) {
          ++bad;
        }
      }
    });
  }
  for (size_t n = 1; n <= 20; ++n) ASSERT_TRUE((*writer)->SaveDossier(dossier_with(n)).ok());
  done = true;
  for (std::thread& t : readers) t.join();
  EXPECT_EQ(bad, 0);
  EXPECT_EQ(GetJson("/api/stories")["stories"].size(), 20u);
}

TEST(ServerCreateTest, UnusableDatabaseIsAnError) {
  auto server = Server::Create({"/nonexistent-dir/x.db", "127.0.0.1", 0});
  EXPECT_FALSE(server.ok());
}

}  // namespace
}  // namespace storyline::serve
