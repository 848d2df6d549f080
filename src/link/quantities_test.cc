// Walks tests/testdata/link/quantities.tsv: text, then the expected quantities
// as value|unit|qualifier separated by ';' (empty = none).
#include "src/link/quantities.h"

#include <fstream>

#include "absl/strings/str_format.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "gtest/gtest.h"

namespace storyline::link {
namespace {

TEST(QuantitiesTest, Cases) {
  auto finder = QuantityFinder::Load(STORYLINE_DATA_DIR);
  ASSERT_TRUE(finder.ok()) << finder.status();
  std::ifstream in(std::string(STORYLINE_TESTDATA_DIR) + "/link/quantities.tsv");
  ASSERT_TRUE(in.good());
  int cases = 0;
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> cols = absl::StrSplit(line, '\t');
    std::vector<std::string> got;
    for (const Quantity& q : (*finder)->Find(cols[0])) {
      got.push_back(absl::StrFormat("%.15g|%s|%s", q.value, q.unit, q.qualifier));
    }
    EXPECT_EQ(absl::StrJoin(got, ";"), cols.size() > 1 ? cols[1] : "") << cols[0];
    ++cases;
  }
  EXPECT_GE(cases, 8);
}

TEST(QuantitiesTest, SpansPointAtThePhrase) {
  auto finder = QuantityFinder::Load(STORYLINE_DATA_DIR);
  ASSERT_TRUE(finder.ok());
  const std::string text = "Ostria pulled at least 300 marines out.";
  auto q = (*finder)->Find(text, 100);
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(text.substr(q[0].span.begin - 100, q[0].span.size()), "at least 300 marines");
}

}  // namespace
}  // namespace storyline::link
