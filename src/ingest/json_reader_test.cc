// JSON lines and .json: field rules, derived ids, bad lines reported by number.
#include "src/ingest/json_reader.h"

#include <gtest/gtest.h>

#include "src/ingest/test_util.h"

namespace storyline::ingest {
namespace {

using testing::Parse;
using testing::Read;
using testing::TestData;

TEST(JsonLines, ReadsEveryFieldOfTheFeed) {
  auto c = Read({TestData("ingest/feed.jsonl")});
  ASSERT_EQ(c.docs.size(), 4u);
  EXPECT_TRUE(c.issues.empty()) << c.issues[0].reason;
  const Document& d = c.docs[0];
  EXPECT_EQ(d.id, "f1");
  EXPECT_EQ(d.title, "Port lease extended");
  EXPECT_EQ(d.published, "2024-12-20");
  EXPECT_EQ(d.outlet, "Coast Daily");
  EXPECT_EQ(d.url, "https://coast.example/1");
  EXPECT_EQ(d.language, "en");
  EXPECT_EQ(d.title_span.Of(d.text), "Port lease extended") << "text opens with its title";
  EXPECT_EQ(d.body.Of(d.text), "The lease was extended by ten years.");
  EXPECT_EQ(d.source, TestData("ingest/feed.jsonl") + ":1");
  EXPECT_EQ(c.docs[1].published, "2025-01-28T10:15:00Z");
  EXPECT_EQ(c.docs[3].title, "Not at the start");
  EXPECT_TRUE(c.docs[3].title_span.empty());
  EXPECT_EQ(c.docs[3].body.begin, 0u);
}

TEST(JsonLines, MissingIdIsDerivedFromStemAndTextHash) {
  const std::string line = R"({"text": "No id on this line."})";
  auto a = Parse(Format::kJsonLines, line + "\n", "feed");
  auto b = Parse(Format::kJsonLines, "\n\n" + line + "\n", "feed");
  ASSERT_EQ(a.docs.size(), 1u);
  ASSERT_EQ(b.docs.size(), 1u);
  EXPECT_EQ(a.docs[0].id.rfind("feed-", 0), 0u) << a.docs[0].id;
  EXPECT_EQ(a.docs[0].id.size(), 5u + 16u);
  EXPECT_EQ(a.docs[0].id, b.docs[0].id) << "stable when the line moves";
  EXPECT_EQ(b.docs[0].source, "feed.in:3");
}

TEST(JsonLines, TruncatedLineIsReportedAndTheRestGoesOn) {
  auto c = Parse(Format::kJsonLines,
                 "{\"id\":\"a\",\"text\":\"One.\"}\n{\"id\":\"b\",\"text\":\"Tw\n{\"id\":\"c\",\"text\":\"Three.\"}",
                 "feed");
  ASSERT_EQ(c.docs.size(), 2u);
  EXPECT_EQ(c.docs[1].id, "c");
  ASSERT_EQ(c.issues.size(), 1u);
  EXPECT_EQ(c.issues[0].source, "feed.in:2");
  EXPECT_TRUE(c.issues[0].skipped);
  EXPECT_NE(c.issues[0].reason.find("invalid JSON"), std::string::npos) << c.issues[0].reason;
}

TEST(JsonLines, ErrorMessageStaysShortAndValid) {
  const std::string line = "{\"id\":\"b\",\"text\":\"" + std::string(5000, 'x') + "\u00e9\u00e9";
  auto c = Parse(Format::kJsonLines, line);
  ASSERT_EQ(c.issues.size(), 1u);
  EXPECT_LT(c.issues[0].reason.size(), 260u);
}

TEST(JsonLines, CrlfLineEndsAreTolerated) {
  auto c = Parse(Format::kJsonLines, "{\"id\":\"a\",\"text\":\"One.\"}\r\n{\"id\":\"b\",\"text\":\"Two.\"}\r\n");
  EXPECT_EQ(c.docs.size(), 2u);
  EXPECT_TRUE(c.issues.empty());
}

TEST(JsonLines, LineOverTheLimitIsSkipped) {
  ReaderOptions options;
  options.max_file_bytes = 40;
  auto c = Parse(Format::kJsonLines,
                 "{\"id\":\"a\",\"text\":\"One.\"}\n{\"id\":\"b\",\"text\":\"A much longer line of text.\"}\n",
                 "feed", options);
  ASSERT_EQ(c.docs.size(), 1u);
  ASSERT_EQ(c.issues.size(), 1u);
  EXPECT_EQ(c.issues[0].source, "feed.in:2");
}

TEST(JsonFile, ArrayOfArticles) {
  auto c = Parse(Format::kJson, R"([{"id":"x","text":"One."}, {"text":5}, {"id":"z","text":"Three."}])",
                 "dump");
  ASSERT_EQ(c.docs.size(), 2u);
  EXPECT_EQ(c.docs[1].source, "dump.in[2]");
  ASSERT_EQ(c.issues.size(), 1u);
  EXPECT_EQ(c.issues[0].source, "dump.in[1]");
}

TEST(JsonFile, OnePrettyPrintedObject) {
  auto c = Parse(Format::kJson, "{\n  \"id\": \"p\",\n  \"text\": \"Pretty.\"\n}\n", "one");
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_EQ(c.docs[0].id, "p");
}

TEST(JsonFile, JsonLinesInADotJsonFile) {
  auto c = Parse(Format::kJson, "{\"id\":\"a\",\"text\":\"One.\"}\n{\"id\":\"b\",\"text\":\"Two.\"}\n");
  EXPECT_EQ(c.docs.size(), 2u);
}

}  // namespace
}  // namespace storyline::ingest
