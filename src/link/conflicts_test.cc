// Conflicts between reports of one event (numbers, negation) and one count
// reported on different days.
#include <algorithm>

#include "gtest/gtest.h"
#include "src/link/link_test_util.h"
#include "src/link/linker.h"

namespace storyline::link {
namespace {

using testing::Article;

Dossier Link(const std::vector<Article>& articles) {
  auto linker = Linker::Create({STORYLINE_DATA_DIR});
  EXPECT_TRUE(linker.ok());
  for (const Article& a : articles) (*linker)->Add(a.doc, a.analysis);
  return (*linker)->BuildDossier();
}

const Conflict* About(const Dossier& d, std::string_view prefix) {
  for (const Conflict& c : d.conflicts) {
    if (c.about.rfind(prefix, 0) == 0) return &c;
  }
  return nullptr;
}

Article Dated(std::string id, std::string text, std::string outlet) {
  Article a(std::move(id), std::move(text), "2031-03-06", std::move(outlet));
  a.Timex("On March 4", "2031-03-04");
  a.Mention("Ostria", EntityType::kLocation).Mention("Port Alder", EntityType::kFacility);
  return a;
}

TEST(ConflictsTest, DifferentCountsOfTheSameThingConflict) {
  Dossier d = Link({
      Dated("a", "On March 4, Ostria withdrew 300 marines from Port Alder, officials said.",
            "Daily Courier"),
      Dated("b", "Only 120 marines left Port Alder as Ostria scaled back On March 4, a navy "
            "spokesman told reporters in the capital.", "Northern Ledger"),
  });
  const Conflict* c = About(d, "number of marine");
  ASSERT_NE(c, nullptr) << d.timeline.size() << " entries, " << d.conflicts.size() << " conflicts";
  ASSERT_EQ(c->sides.size(), 2u);
  EXPECT_EQ(c->sides[0].claim, "120 marines");
  EXPECT_EQ(c->sides[0].docs, std::vector<std::string>{"b"});
  EXPECT_EQ(c->sides[1].claim, "300 marines");
  EXPECT_EQ(c->sides[1].origins, std::vector<std::string>{"Daily Courier"});
}

TEST(ConflictsTest, LowerBoundDoesNotConflictWithLargerCount) {
  Dossier d = Link({
      Dated("a", "On March 4, Ostria withdrew at least 300 marines from Port Alder, officials said.",
            "Daily Courier"),
      Dated("b", "Some 450 marines left Port Alder as Ostria scaled back On March 4, a navy "
            "spokesman told reporters in the capital.", "Northern Ledger"),
  });
  EXPECT_EQ(About(d, "number of"), nullptr);
}

TEST(ConflictsTest, NegatedReportOfSameClaimConflicts) {
  Dossier d = Link({
      Dated("a", "On March 4, the commander said Ostria was not closing its embassy in Velmora.",
            "Daily Courier"),
      Dated("b", "Diplomats in the capital said On March 4 that Ostria was closing its embassy in "
            "Velmora.", "Northern Ledger"),
  });
  const Conflict* c = About(d, "negation");
  ASSERT_NE(c, nullptr);
  ASSERT_EQ(c->sides.size(), 2u);
  EXPECT_EQ(c->sides[0].docs, std::vector<std::string>{"b"});
  EXPECT_EQ(c->sides[1].docs, std::vector<std::string>{"a"});
}

TEST(ConflictsTest, NearDuplicateTextsAreCopiesNotConflicts) {
  Dossier d = Link({
      Dated("a", "On March 4, Ostria withdrew 300 marines from Port Alder, officials said.",
            "Daily Courier"),
      Dated("b", "On March 4, Ostria withdrew only 120 marines from Port Alder, officials said.",
            "Northern Ledger"),
  });
  EXPECT_EQ(d.documents[1].copy_of, "a");
  EXPECT_TRUE(d.conflicts.empty());
}

TEST(ConflictsTest, UnrelatedNegationIsNoConflict) {
  Dossier d = Link({
      Dated("a", "On March 4, Ostria withdrew 300 marines from Port Alder, officials said.",
            "Daily Courier"),
      Dated("b", "No shots were fired as 300 marines left Port Alder On March 4, a navy spokesman "
            "told reporters.", "Northern Ledger"),
  });
  EXPECT_TRUE(d.conflicts.empty());
}

TEST(ConflictsTest, SameCountOnDifferentDaysIsADateConflict) {
  Article a("a", "On March 3, rescuers lifted 120 crew members off the stranded ferry Orla near "
            "Port Alder, the coast guard said.", "2031-03-04", "Daily Courier");
  a.Timex("On March 3", "2031-03-03");
  a.Mention("Orla", EntityType::kOther).Mention("Port Alder", EntityType::kFacility);
  Article b("b", "The coast guard took 120 crew members from the stranded ferry Orla off Port "
            "Alder on March 5, officials in the port said.", "2031-03-06", "Northern Ledger");
  b.Timex("March 5", "2031-03-05");
  b.Mention("Orla", EntityType::kOther).Mention("Port Alder", EntityType::kFacility);
  Dossier d = Link({a, b});
  const Conflict* c = About(d, "date");
  ASSERT_NE(c, nullptr) << d.conflicts.size() << " conflicts, " << d.timeline.size() << " entries";
  EXPECT_EQ(c->about, "date (2031-03-03 / 2031-03-05)");
  ASSERT_EQ(c->sides.size(), 2u);
  EXPECT_EQ(c->sides[0].docs, std::vector<std::string>{"a"});
  EXPECT_EQ(c->sides[1].docs, std::vector<std::string>{"b"});
}

TEST(ConflictsTest, CountInWordsOnDifferentDaysIsNoDateConflict) {
  Article a("a", "On March 3, rescuers lifted hundreds of passengers off the stranded ferry Orla "
            "near Port Alder, the coast guard said.", "2031-03-04", "Daily Courier");
  a.Timex("On March 3", "2031-03-03");
  Article b("b", "The coast guard took hundreds of passengers from the stranded ferry Orla off "
            "Port Alder on March 5, officials in the port said.", "2031-03-06", "Northern Ledger");
  b.Timex("March 5", "2031-03-05");
  Dossier d = Link({a, b});
  EXPECT_EQ(About(d, "date"), nullptr);
}

}  // namespace
}  // namespace storyline::link
