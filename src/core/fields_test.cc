#include "src/core/fields.h"

#include <gtest/gtest.h>

namespace storyline {
namespace {

TEST(SplitFieldsTest, KeepsEmptyFields) {
  EXPECT_EQ(SplitFields("a\t\tc"), (std::vector<std::string_view>{"a", "", "c"}));
  EXPECT_EQ(SplitFields("x|y", '|'), (std::vector<std::string_view>{"x", "y"}));
  EXPECT_EQ(SplitFields(""), (std::vector<std::string_view>{""}));
  EXPECT_EQ(SplitFields("a\t"), (std::vector<std::string_view>{"a", ""}));
}

}  // namespace
}  // namespace storyline
