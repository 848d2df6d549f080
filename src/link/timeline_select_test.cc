// The `timeline` command's selection: N dates, K sentences each, one entry per
// kept sentence, publication-dated reports allowed.
#include "gtest/gtest.h"
#include "src/link/link_test_util.h"
#include "src/link/linker.h"

namespace storyline::link {
namespace {

using testing::Article;

TEST(TimelineSelectTest, KeepsTheBusiestDatesAndKSentencesEach) {
  LinkOptions options{STORYLINE_DATA_DIR, /*single_story=*/true, /*max_dates=*/2,
                      /*per_date=*/1, /*publication_dated_events=*/true};
  auto linker = Linker::Create(options);
  ASSERT_TRUE(linker.ok());
  std::vector<Article> articles = {
      Article("a1", "Floods closed the river port of Tamsk. Boats were moved upstream.", "2031-06-01"),
      Article("a2", "The river port of Tamsk stayed closed by floods. Rescuers reached the farms.",
              "2031-06-01"),
      Article("b1", "Engineers began repairing the Tamsk dam after the floods.", "2031-06-03"),
      Article("b2", "Repairs to the Tamsk dam started as floods eased.", "2031-06-03"),
      Article("b3", "Dam repairs in Tamsk continued through the night.", "2031-06-03"),
      Article("c1", "A minister visited the flooded farms near Tamsk.", "2031-06-02"),
  };
  for (const Article& a : articles) (*linker)->Add(a.doc, a.analysis);
  Dossier d = (*linker)->BuildDossier();
  ASSERT_EQ(d.stories.size(), 1u);
  ASSERT_EQ(d.timeline.size(), 2u);
  EXPECT_EQ(d.timeline[0].date, "2031-06-01");
  EXPECT_EQ(d.timeline[1].date, "2031-06-03");
  EXPECT_NE(d.timeline[1].text.find("dam"), std::string::npos);
}

TEST(TimelineSelectTest, DossierModeLeavesOutPublicationDatedEvents) {
  auto linker = Linker::Create({STORYLINE_DATA_DIR});
  ASSERT_TRUE(linker.ok());
  Article a("a1", "Floods closed the river port of Tamsk. Boats were moved upstream.", "2031-06-01");
  (*linker)->Add(a.doc, a.analysis);
  EXPECT_TRUE((*linker)->BuildDossier().timeline.empty());
}

}  // namespace
}  // namespace storyline::link
