// Runs the recognizer over tests/testdata/entities/mentions.tsv: each case is an
// invented sentence and the mentions it must contain ("type:surface", "|"-joined)
// and, optionally, surfaces it must NOT produce as mentions.
#include "src/extract/entities/entity_recognizer.h"

#include "src/core/fields.h"

#include <gtest/gtest.h>

#include <fstream>

#include "src/extract/entities/features.h"

namespace storyline::entities {
namespace {

std::string Describe(const Document& doc, const Analysis& a) {
  std::string out;
  for (const Mention& m : a.mentions) {
    out += std::string(EntityTypeName(m.type)) + ":" + std::string(m.span.Of(doc.text)) + " ";
  }
  return out;
}

TEST(EntityRecognizerTest, Cases) {
  auto recognizer = EntityRecognizer::Load(STORYLINE_DATA_DIR);
  ASSERT_TRUE(recognizer.ok()) << recognizer.status();
  std::ifstream in(std::string(STORYLINE_TESTDATA_DIR) + "/entities/mentions.tsv");
  ASSERT_TRUE(in);
  std::string line;
  int cases = 0;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    auto cols = SplitFields(line);
    ASSERT_GE(cols.size(), 2u) << line;
    Document doc;
    doc.text = std::string(cols[0]);
    Analysis analysis;  // no text layer: the recognizer tokenizes itself
    (*recognizer)->Analyze(doc, &analysis);
    std::string got = Describe(doc, analysis);
    for (auto want : SplitAny(cols[1], "|")) {
      EXPECT_NE(got.find(std::string(want) + " "), std::string::npos)
          << "missing " << want << " in: " << doc.text << "\n got: " << got;
    }
    if (cols.size() > 2) {
      for (auto bad : SplitAny(cols[2], "|")) {
        EXPECT_EQ(got.find(":" + std::string(bad) + " "), std::string::npos)
            << "unexpected " << bad << " in: " << doc.text << "\n got: " << got;
      }
    }
    ++cases;
  }
  EXPECT_GT(cases, 5);
}

TEST(EntityRecognizerTest, EmptyAndOddInput) {
  auto recognizer = EntityRecognizer::Load(STORYLINE_DATA_DIR);
  ASSERT_TRUE(recognizer.ok());
  for (std::string text : {std::string(), std::string("\n\n\n"), std::string("\xEF\xBF\xBD\xEF\xBF\xBD"),
                           std::string(5000, 'A'), std::string("( ) ( HTS ) ()")}) {
    Document doc;
    doc.text = text;
    Analysis analysis;
    (*recognizer)->Analyze(doc, &analysis);
    for (const Mention& m : analysis.mentions) EXPECT_LE(m.span.end, text.size());
  }
}

TEST(EntityRecognizerTest, MissingModelIsAnError) {
  auto recognizer = EntityRecognizer::Load("/nonexistent");
  EXPECT_FALSE(recognizer.ok());
}

}  // namespace
}  // namespace storyline::entities
