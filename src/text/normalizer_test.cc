// Normalizer offset map: every normalized span maps back to original bytes that
// hold the same content, through quotes, dashes, NFKC and collapsed spaces.
#include "src/text/normalizer.h"

#include <string>

#include "gtest/gtest.h"

namespace storyline::text {
namespace {

TEST(Normalizer, MapsBackToOriginalBytes) {
  const std::string orig = "  «Это»\u00A0— said  ﬁrst “HTS”";
  NormalizedText n = Normalizer().Normalize(orig);
  ASSERT_EQ(n.text, "\"Это\" - said first \"HTS\"");
  size_t at = n.text.find("said");
  EXPECT_EQ(n.ToOriginal(at, at + 4).Of(orig), "said");
  at = n.text.find("HTS");
  EXPECT_EQ(n.ToOriginal(at - 1, at + 4).Of(orig), "“HTS”");
  at = n.text.find("first");
  EXPECT_EQ(n.ToOriginal(at, at + 2).Of(orig), "ﬁ");  // a ligature maps whole
  at = n.text.find("Это");
  EXPECT_EQ(n.ToOriginal(at, at + 6).Of(orig), "Это");
}

TEST(Normalizer, MapIsMonotonic) {
  const std::string orig = "Cafe\u0301 \t\n x\u200By ＡＢ – “q” \xFF end";
  NormalizedText n = Normalizer({.fold_case = true, .keep_newlines = true}).Normalize(orig);
  ASSERT_EQ(n.norm_to_orig.size(), n.text.size() + 1);
  for (size_t i = 1; i < n.norm_to_orig.size(); ++i) {
    EXPECT_LE(n.norm_to_orig[i - 1], n.norm_to_orig[i]);
  }
  EXPECT_EQ(n.norm_to_orig.back(), orig.size());
}

TEST(Normalizer, EmptyInput) {
  NormalizedText n = Normalizer().Normalize("");
  EXPECT_TRUE(n.text.empty());
  ASSERT_EQ(n.norm_to_orig.size(), 1u);
  EXPECT_EQ(n.ToOriginal(0, 0), (ByteSpan{0, 0}));
}

}  // namespace
}  // namespace storyline::text
