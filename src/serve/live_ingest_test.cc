// `serve --ingest`: articles POSTed to a real server on a loopback socket, over
// a store that starts empty. The articles are invented: two reports of one
// fictional dam failure (shared places, people, numbers) and one unrelated one.
#include <gtest/gtest.h>
#include <httplib.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <thread>

#include "src/serve/server.h"
#include "src/store/store.h"

namespace storyline::serve {
namespace {

using nlohmann::json;

json DamBreak() {
  return {{"id", "dam-1"}, {"published", "2031-05-12"}, {"outlet", "Valley Post"},
          {"title", "Mirova dam fails above Kestrel Falls"},
          {"text",
           "Floodwater broke through the Mirova dam above the town of Kestrel Falls on Sunday "
           "night, forcing 2,000 residents to leave their homes.\n"
           "Rescue crews from Kestrel Falls used boats to reach families trapped on rooftops.\n"
           "The regional governor, Anna Belsky, said the Mirova dam had been inspected last spring."}};
}

json DamAftermath() {
  return {{"id", "dam-2"}, {"published", "2031-05-14"}, {"outlet", "Northern Herald"},
          {"title", "Kestrel Falls cleans up after dam failure"},
          {"text",
           "Residents of Kestrel Falls returned on Tuesday to streets covered in mud after the "
           "Mirova dam failed.\n"
           "Governor Anna Belsky promised an inquiry into why the Mirova dam gave way and said "
           "2,000 residents had been evacuated by boat.\n"
           "Engineers are still inspecting the damaged wall of the Mirova dam."}};
}

json ChessFinal() {
  return {{"id", "chess"}, {"published", "2031-05-13"}, {"outlet", "Board Weekly"},
          {"text",
           "The Lindgate chess club won the national team championship after a tense final round "
           "against Harbor City.\n"
           "Its youngest player, aged fourteen, drew with a grandmaster to secure the title."}};
}

std::string Lines(std::initializer_list<json> items) {
  std::string out;
  for (const auto& item : items) out += item.dump() + "\n";
  return out;
}

class IngestServerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    db_ = (std::filesystem::temp_directory_path() /
           ("live_ingest_test_" + std::to_string(getpid()) + ".db")).string();
    std::filesystem::remove(db_);
    Start(/*ingest=*/true);
  }
  void TearDown() override {
    Stop();
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(db_ + suffix);
  }
  void Start(bool ingest) {
    ServerOptions options{db_, "127.0.0.1", 0};
    options.ingest = ingest;
    options.data_dir = STORYLINE_DATA_DIR;
    options.max_body_bytes = 8 << 10;
    auto server = Server::Create(options);
    ASSERT_TRUE(server.ok()) << server.status();
    server_ = std::move(*server);
    thread_ = std::thread([this] { (void)server_->Run(); });
    client_ = std::make_unique<httplib::Client>("127.0.0.1", server_->port());
    for (int i = 0; i < 100 && !client_->Get("/api/health"); ++i) usleep(10000);
  }
  void Stop() {
    if (server_) server_->Stop();
    if (thread_.joinable()) thread_.join();
    server_.reset();
  }
  json Post(const std::string& body, int expected_status) {
    auto res = client_->Post("/api/articles", body, "application/json");
    EXPECT_TRUE(res);
    if (!res) return {};
    EXPECT_EQ(res->status, expected_status) << res->body;
    return json::parse(res->body);
  }
  json GetJson(const std::string& path) {
    auto res = client_->Get(path.c_str());
    EXPECT_TRUE(res);
    if (!res) return {};
    EXPECT_EQ(res->status, 200) << path;
    return json::parse(res->body);
  }
  // The story holding document `doc`, or null.
  json StoryOf(const json& stories, const std::string& doc) {
    for (const auto& story : stories["stories"]) {
      const auto& docs = story["documents"];
      if (std::find(docs.begin(), docs.end(), doc) != docs.end()) return story;
    }
    return nullptr;
  }
  std::vector<std::string> DocumentIds() {
    std::vector<std::string> ids;
    const json dossier = GetJson("/api/dossier");  // named: must outlive the loop
    for (const auto& d : dossier["documents"]) ids.push_back(d["id"]);
    std::sort(ids.begin(), ids.end());
    return ids;
  }

  std::string db_;
  std::unique_ptr<Server> server_;
  std::thread thread_;
  std::unique_ptr<httplib::Client> client_;
};

TEST_F(IngestServerTest, PostedArticlesAreGroupedIntoStories) {
  EXPECT_TRUE(GetJson("/api/stories")["stories"].empty());
  json r = Post(Lines({DamBreak(), DamAftermath(), ChessFinal()}), 200);
  EXPECT_EQ(r["added"], 3);
  EXPECT_EQ(r["duplicates"], 0);
  EXPECT_TRUE(r["errors"].empty());
  EXPECT_EQ(r["ids"], json({"dam-1", "dam-2", "chess"}));

  json stories = GetJson("/api/stories");
  json dam = StoryOf(stories, "dam-1");
  ASSERT_FALSE(dam.is_null()) << stories.dump(1);
  EXPECT_EQ(dam["documents"], json({"dam-1", "dam-2"})) << stories.dump(1);
  json chess = StoryOf(stories, "chess");
  ASSERT_FALSE(chess.is_null());
  EXPECT_NE(chess["id"], dam["id"]);
  EXPECT_EQ(DocumentIds(), (std::vector<std::string>{"chess", "dam-1", "dam-2"}));

  json one = GetJson("/api/stories/" + dam["id"].get<std::string>());
  EXPECT_EQ(one["documents"].size(), 2u);
}

TEST_F(IngestServerTest, ArticlesPostedOneAtATimeJoinTheSameStory) {
  EXPECT_EQ(Post(DamBreak().dump(), 200)["added"], 1);
  EXPECT_EQ(GetJson("/api/stories")["stories"].size(), 1u);  // a build between the posts
  EXPECT_EQ(Post(ChessFinal().dump(), 200)["added"], 1);
  EXPECT_EQ(Post(DamAftermath().dump(), 200)["added"], 1);
  json dam = StoryOf(GetJson("/api/stories"), "dam-2");
  ASSERT_FALSE(dam.is_null());
  EXPECT_EQ(dam["documents"], json({"dam-1", "dam-2"}));
}

TEST_F(IngestServerTest, RepostedArticleIsADuplicate) {
  Post(Lines({DamBreak(), ChessFinal()}), 200);
  json again = Post(DamBreak().dump(), 200);
  EXPECT_EQ(again["added"], 0);
  EXPECT_EQ(again["duplicates"], 1);
  // Same text under another id: still the same article.
  json renamed = ChessFinal();
  renamed["id"] = "chess-copy";
  EXPECT_EQ(Post(renamed.dump(), 200)["duplicates"], 1);
  // Repeated inside one body: the first is kept.
  json twice = Post(Lines({DamAftermath(), DamAftermath()}), 200);
  EXPECT_EQ(twice["added"], 1);
  EXPECT_EQ(twice["duplicates"], 1);
  EXPECT_EQ(DocumentIds(), (std::vector<std::string>{"chess", "dam-1", "dam-2"}));
}

TEST_F(IngestServerTest, BrokenJsonIs400AndKeepsWhatWasStored) {
  Post(DamBreak().dump(), 200);
  json r = Post(ChessFinal().dump() + "\n{\"id\": \"half\", \"text\": \"Cut of", 400);
  const std::string error = r["error"];
  EXPECT_NE(error.find("body:2"), std::string::npos) << error;
  EXPECT_NE(error.find("invalid JSON"), std::string::npos) << error;
  EXPECT_EQ(r["added"], 0);  // the good first line is refused with the body
  EXPECT_EQ(DocumentIds(), std::vector<std::string>{"dam-1"});
  EXPECT_EQ(StoryOf(GetJson("/api/stories"), "dam-1")["documents"], json({"dam-1"}));
}

TEST_F(IngestServerTest, EmptyBodyIs400) {
  EXPECT_NE(Post("  \n", 400)["error"].get<std::string>().find("empty"), std::string::npos);
}

TEST_F(IngestServerTest, ItemThatIsNotAnArticleIsListedAndTheRestAdded) {
  json body = json::array({json{{"id", "no-text"}, {"title", "Only a title"}}, ChessFinal()});
  json r = Post(body.dump(), 200);
  EXPECT_EQ(r["added"], 1);
  ASSERT_EQ(r["errors"].size(), 1u);
  EXPECT_EQ(r["errors"][0]["index"], 0);
  EXPECT_NE(r["errors"][0]["reason"].get<std::string>().find("body[0]"), std::string::npos);
}

TEST_F(IngestServerTest, OversizedBodyIs413) {
  json big = ChessFinal();
  big["text"] = std::string(9000, 'a');
  json r = Post(big.dump(), 413);
  EXPECT_NE(r["error"].get<std::string>().find("limit"), std::string::npos);
  EXPECT_TRUE(DocumentIds().empty());
}

TEST_F(IngestServerTest, ReadOnlyRestartSeesPostedArticlesEvenWithoutARead) {
  Post(Lines({DamBreak(), DamAftermath()}), 200);
  Stop();  // nothing read the dossier: the shutdown saves it
  Start(/*ingest=*/false);
  json dam = StoryOf(GetJson("/api/stories"), "dam-1");
  ASSERT_FALSE(dam.is_null());
  EXPECT_EQ(dam["documents"], json({"dam-1", "dam-2"}));
}

TEST_F(IngestServerTest, RestartReplaysTheStoreIntoTheLinker) {
  Post(DamBreak().dump(), 200);
  Stop();
  Start(/*ingest=*/true);
  EXPECT_EQ(Post(DamBreak().dump(), 200)["duplicates"], 1);
  Post(DamAftermath().dump(), 200);
  json dam = StoryOf(GetJson("/api/stories"), "dam-2");
  ASSERT_FALSE(dam.is_null());
  EXPECT_EQ(dam["documents"], json({"dam-1", "dam-2"}));
}

TEST_F(IngestServerTest, ConcurrentPostsAllLand) {
  std::vector<std::thread> clients;
  const json articles[] = {DamBreak(), DamAftermath(), ChessFinal()};
  for (const auto& article : articles) {
    clients.emplace_back([this, article] {
      httplib::Client client("127.0.0.1", server_->port());
      for (int i = 0; i < 3; ++i) {
        auto res = client.Post("/api/articles", article.dump(), "application/json");
        EXPECT_TRUE(res && res->status == 200);
        (void)client.Get("/api/stories");
      }
    });
  }
  for (auto& t : clients) t.join();
  EXPECT_EQ(DocumentIds(), (std::vector<std::string>{"chess", "dam-1", "dam-2"}));
}

}  // namespace
}  // namespace storyline::serve
