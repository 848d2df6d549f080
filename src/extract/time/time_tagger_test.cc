// Data-driven tests for the time stage: every line of
// tests/testdata/time/cases.tsv (text, DCT, expected timexes) and
// published.tsv (undated text → inferred publication date) is one case.
#include "src/extract/time/time_tagger.h"

#include <fstream>
#include <string>
#include <vector>

#include "absl/strings/str_join.h"
#include "absl/strings/str_replace.h"
#include "absl/strings/str_split.h"
#include "gtest/gtest.h"
#include "src/extract/time/grammar.h"
#include "src/extract/time/pubdate.h"

namespace storyline::temporal {
namespace {

std::vector<std::vector<std::string>> ReadCases(const std::string& name) {
  std::ifstream in(std::string(STORYLINE_TESTDATA_DIR) + "/time/" + name);
  std::vector<std::vector<std::string>> cases;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    cases.push_back(absl::StrSplit(line, '\t'));
  }
  return cases;
}

class TimeTaggerTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto loaded = TimeTagger::Load(STORYLINE_DATA_DIR);
    ASSERT_TRUE(loaded.ok()) << loaded.status();
    tagger_ = loaded->release();
  }
  static TimeTagger* tagger_;
};
TimeTagger* TimeTaggerTest::tagger_ = nullptr;

std::string Describe(std::string_view text, const std::vector<Timex>& timexes) {
  std::vector<std::string> parts;
  for (const Timex& t : timexes) {
    parts.push_back(absl::StrCat(AbslView(t.span.Of(text)), "=", AbslView(TimexTypeName(t.type)), ":", t.value));
  }
  return parts.empty() ? "-" : absl::StrJoin(parts, "|");
}

TEST_F(TimeTaggerTest, Cases) {
  auto cases = ReadCases("cases.tsv");
  ASSERT_GT(cases.size(), 30u);
  for (const auto& c : cases) {
    ASSERT_EQ(c.size(), 3u) << absl::StrJoin(c, "\\t");
    EXPECT_EQ(Describe(c[0], tagger_->Tag(c[0], c[1])), c[2]) << c[0];
  }
}

TEST_F(TimeTaggerTest, PublishedDates) {
  auto cases = ReadCases("published.tsv");
  ASSERT_GT(cases.size(), 4u);
  for (const auto& c : cases) {
    Document doc;
    doc.text = absl::StrReplaceAll(c[0], {{"\\n", "\n"}});
    Analysis analysis;
    tagger_->Analyze(doc, &analysis);
    EXPECT_EQ(analysis.published.date.empty() ? "-" : analysis.published.date, c[1]) << c[0];
    if (c[2] != "-") EXPECT_NE(analysis.published.evidence.find(c[2]), std::string::npos) << c[0];
    EXPECT_EQ(analysis.published.inferred, c[1] != "-") << c[0];
  }
}

TEST_F(TimeTaggerTest, MetadataDateWinsAndAnchors) {
  Document doc;
  doc.text = "Officials said on Friday that talks continue.";
  doc.published = "2024-12-13T10:00:00Z";
  Analysis analysis;
  tagger_->Analyze(doc, &analysis);
  EXPECT_EQ(analysis.published.date, "2024-12-13");
  EXPECT_FALSE(analysis.published.inferred);
  ASSERT_EQ(analysis.timexes.size(), 1u);
  EXPECT_EQ(analysis.timexes[0].value, "2024-12-13");
}

TEST_F(TimeTaggerTest, BoilerplateDatesAreNoPublicationEvidence) {
  Document doc;
  doc.text = "Talks resumed on March 3, 2023 in the capital.\nPosted 7:01 pm June 9, 2025";
  Analysis analysis;
  analysis.boilerplate = {{{48, static_cast<uint32_t>(doc.text.size())}, "widget"}};
  tagger_->Analyze(doc, &analysis);
  EXPECT_EQ(analysis.published.date, "2023-03-03");
}

TEST_F(TimeTaggerTest, UsesSentencesFromTextLayer) {
  Document doc;
  doc.text = "He will go on Monday. They left on Friday.";
  doc.published = "2024-12-11";
  Analysis analysis;
  analysis.sentences = {{{0, 21}, 0}, {{22, 42}, 0}};
  tagger_->Analyze(doc, &analysis);
  ASSERT_EQ(analysis.timexes.size(), 2u);
  EXPECT_EQ(analysis.timexes[0].value, "2024-12-16");
  EXPECT_EQ(analysis.timexes[1].value, "2024-12-06");
}

TEST_F(TimeTaggerTest, SurvivesHostileInput) {
  std::string junk = "\xff\xfe 2024-13-45 99:99 \xd0 " + std::string(100000, '1') + " May";
  for (const Timex& t : tagger_->Tag(junk, "2024-12-13")) {
    EXPECT_LE(t.span.end, junk.size());
  }
  EXPECT_TRUE(tagger_->Tag("", "").empty());
}

TEST(TimeTaggerLoad, MissingDataIsNotFound) {
  auto loaded = TimeTagger::Load("/nonexistent");
  EXPECT_EQ(loaded.status().code(), absl::StatusCode::kNotFound);
}

// The sentence around a date ends at a full stop or a line break, and never
// reaches further than kSentenceReach either side: a text without either stays
// linear to scan, however many dates it holds.
TEST(SentenceAroundTest, EndsAtStopsAndStaysBounded) {
  const std::string text = "The ferry sank. The vote is on May 3 next year. Crowds left.";
  const ByteSpan s = SentenceAround(text, static_cast<uint32_t>(text.find("May")));
  EXPECT_EQ(s.Of(text), "The vote is on May 3 next year");
  EXPECT_TRUE(SentenceLooksAhead(text, s));
  EXPECT_FALSE(SentenceLooksAhead(text, {0, 5}));
  std::string run;
  while (run.size() < 100000) run += "on May 3 crowds met ";
  const ByteSpan r = SentenceAround(run, 50000);
  EXPECT_LE(r.size(), 2 * kSentenceReach);
}

}  // namespace
}  // namespace storyline::temporal

