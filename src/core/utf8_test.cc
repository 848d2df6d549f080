#include "src/core/utf8.h"

#include <gtest/gtest.h>

namespace storyline {
namespace {

TEST(Utf8Test, ValidTextIsUnchanged) {
  const std::string text = "Khmeimim, Хмеймим, «Москва» — ok";
  EXPECT_TRUE(IsValidUtf8(text));
  Utf8Repair repaired = RepairUtf8(text);
  EXPECT_EQ(repaired.text, text);
  EXPECT_EQ(repaired.replaced, 0u);
}

TEST(Utf8Test, InvalidBytesBecomeReplacementCharacters) {
  const std::string text = "ab\xFF" "cd\xE2\x82";  // stray byte, truncated sequence
  EXPECT_FALSE(IsValidUtf8(text));
  Utf8Repair repaired = RepairUtf8(text);
  EXPECT_EQ(repaired.text, "ab\xEF\xBF\xBD" "cd\xEF\xBF\xBD");
  EXPECT_EQ(repaired.replaced, 2u);
  EXPECT_EQ(repaired.first_bad_byte, 2u);
  EXPECT_TRUE(IsValidUtf8(repaired.text));
}

TEST(Utf8Test, OverlongAndSurrogatesAreInvalid) {
  EXPECT_FALSE(IsValidUtf8("\xC0\xAF"));           // overlong '/'
  EXPECT_FALSE(IsValidUtf8("\xED\xA0\x80"));       // UTF-16 surrogate
  EXPECT_FALSE(IsValidUtf8("\xF4\x90\x80\x80"));   // above U+10FFFF
}

TEST(Utf8Test, BinaryDetection) {
  EXPECT_TRUE(LooksBinary(std::string("PK\x03\x04\0\0", 6)));
  EXPECT_FALSE(LooksBinary("Plain news text.\nSecond line.\n"));
  EXPECT_FALSE(LooksBinary(""));
}

}  // namespace
}  // namespace storyline
