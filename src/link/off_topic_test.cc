// Off-topic judgement on invented paragraphs about a fictional port (Velmora):
// drift comes as a tail, a lone paragraph in its own words stays on topic.
#include "src/link/off_topic.h"

#include <algorithm>

#include "gtest/gtest.h"

namespace storyline::link {
namespace {

class OffTopicTest : public ::testing::Test {
 protected:
  // One document: each string a paragraph.
  ParagraphTerms Doc(const std::vector<std::string>& paragraphs) {
    ParagraphTerms doc;
    for (const std::string& p : paragraphs) {
      std::vector<uint32_t> terms = model_.Terms(p);
      std::sort(terms.begin(), terms.end());
      terms.erase(std::unique(terms.begin(), terms.end()), terms.end());
      doc.paragraphs.push_back(std::move(terms));
    }
    return doc;
  }
  // Two other reports of the story, then `article` (document 2).
  std::vector<std::vector<uint32_t>> Judge(const ParagraphTerms& article) {
    const ParagraphTerms other1 = Doc({
        "Ostria withdrew marines from the Velmora harbour in a convoy of ships",
        "Navy officials said the base on the coast would be evacuated by spring"});
    const ParagraphTerms other2 = Doc({
        "Ships left the Velmora port as Ostria evacuated its naval base",
        "The convoy of marines reached the coast, officials said"});
    return FindOffTopic({&other1, &other2, &article}, model_, {}, &coverage_);
  }
  TermModel model_{{"the", "a", "of", "in", "and", "to", "on", "its", "from"}};
  std::vector<std::vector<float>> coverage_;
};

TEST_F(OffTopicTest, TailDriftsLoneDetailStays) {
  const ParagraphTerms article = Doc({
      "Ostria pulled its marines out of the Velmora harbour in a convoy",
      "Navy ships left the base on the coast, officials said on Monday",
      "Marines also left two hilltop posts near Alder Creek and Tumble Ridge",
      "The convoy of ships carried officials from the evacuated base to the port",
      "Meanwhile the football club unveiled its new stadium and season tickets for fans",
      "The league season opens in August, the club coach told supporters at the stadium"});
  std::vector<std::vector<uint32_t>> off = Judge(article);
  EXPECT_TRUE(off[0].empty());
  EXPECT_TRUE(off[1].empty());
  // Paragraph 2 scores below min_coverage but sits between two on-topic ones.
  ASSERT_LT(coverage_[2][2], DriftOptions{}.min_coverage);
  ASSERT_GE(coverage_[2][2], DriftOptions{}.isolated_floor);
  EXPECT_EQ(off[2], (std::vector<uint32_t>{4, 5}));
}

TEST_F(OffTopicTest, LoneParagraphSharingAlmostNothingIsStillOffTopic) {
  const ParagraphTerms article = Doc({
      "Ostria pulled its marines out of the Velmora harbour in a convoy",
      "Navy ships left the base on the coast, officials said on Monday",
      "Meanwhile the football club unveiled its new stadium and season tickets for fans",
      "The convoy of ships carried officials from the evacuated base to the port"});
  std::vector<std::vector<uint32_t>> off = Judge(article);
  ASSERT_LT(coverage_[2][2], DriftOptions{}.isolated_floor);
  EXPECT_EQ(off[2], (std::vector<uint32_t>{2}));
}

}  // namespace
}  // namespace storyline::link
