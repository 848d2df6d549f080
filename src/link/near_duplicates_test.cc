#include "src/link/near_duplicates.h"

#include "gtest/gtest.h"

namespace storyline::link {
namespace {

const char kReport[] =
    "The port authority of Velmora said on Tuesday that three cargo ships left the harbour "
    "loaded with equipment from the naval base. Dock workers described columns of trucks "
    "arriving through the night and cranes working until dawn. The authority did not say where "
    "the ships were heading, but shipping trackers showed them sailing north along the coast. "
    "Officials in the capital declined to comment on the departures, and the navy issued no "
    "statement. Residents of the old town said the base had been unusually busy for a week.";

TEST(NearDuplicatesTest, ExactCopyPointsAtOriginal) {
  NearDuplicateIndex index;
  EXPECT_FALSE(index.Add(0, kReport).has_value());
  EXPECT_EQ(index.Add(1, kReport), 0u);
}

TEST(NearDuplicatesTest, WireCopyWithNewFirstSentenceIsACopy) {
  NearDuplicateIndex index;
  index.Add(0, kReport);
  std::string wire(kReport);
  wire.replace(0, wire.find(". ") + 2, "Three freighters sailed out of Velmora, the port said. ");
  wire += " With agency reports.";
  EXPECT_EQ(index.Add(1, wire), 0u);
}

TEST(NearDuplicatesTest, CopyOfCopyPointsAtOriginal) {
  NearDuplicateIndex index;
  index.Add(0, kReport);
  index.Add(1, std::string(kReport) + " Updated.");
  EXPECT_EQ(index.Add(2, std::string(kReport) + " Updated again."), 0u);
}

TEST(NearDuplicatesTest, IndependentReportOfSameEventIsNotACopy) {
  NearDuplicateIndex index;
  index.Add(0, kReport);
  const char other[] =
      "Three freighters sailed from Velmora's harbour with military cargo, according to port "
      "officials, as the navy continued to empty its base. Trackers placed the vessels off the "
      "northern coast by Wednesday morning. The government has not commented.";
  EXPECT_FALSE(index.Add(1, other).has_value());
}

TEST(NearDuplicatesTest, TooShortTextIsNeverACopy) {
  NearDuplicateIndex index;
  EXPECT_FALSE(index.Add(0, "Two words").has_value());
  EXPECT_FALSE(index.Add(1, "Two words").has_value());
}

}  // namespace
}  // namespace storyline::link
