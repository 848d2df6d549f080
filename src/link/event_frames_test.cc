#include "src/link/event_frames.h"

#include "gtest/gtest.h"
#include "src/link/link_test_util.h"

namespace storyline::link {
namespace {

using testing::Article;

TEST(SentenceDateTest, MostSpecificCalendarDateInsideTheSentence) {
  std::vector<Timex> timexes = {{{0, 5}, TimexType::kDate, "2031-03"},
                                {{6, 10}, TimexType::kDate, "2031-03-04"},
                                {{11, 15}, TimexType::kDate, "PAST_REF"},
                                {{30, 35}, TimexType::kDate, "2031-05-01"}};
  EXPECT_EQ(SentenceDate(timexes, {0, 20}), "2031-03-04");
  EXPECT_EQ(SentenceDate(timexes, {0, 5}), "2031-03");
  EXPECT_EQ(SentenceDate(timexes, {11, 20}), "");
  EXPECT_EQ(SentenceDate({{{0, 4}, TimexType::kDuration, "P1W"}}, {0, 10}), "");
}

TEST(DatelineTest, DatelineIsCutFromTheSentence) {
  auto cut = [](std::string text, std::vector<Timex> timexes = {}) {
    ByteSpan span = WithoutDateline(text, {0, static_cast<uint32_t>(text.size())}, timexes);
    return std::string(span.Of(text));
  };
  const std::string dated = "VELMORA, Ostria, May 2, 2031 - A ferry ran aground late on Monday.";
  const uint32_t date_begin = static_cast<uint32_t>(dated.find("May"));
  EXPECT_EQ(cut(dated, {{{date_begin, date_begin + 11}, TimexType::kDate, "2031-05-02"}}),
            "A ferry ran aground late on Monday.");
  EXPECT_EQ(cut("VELMORA (Coastal Wire) \u2014 Ships left the port."), "Ships left the port.");
  EXPECT_EQ(cut("PORT ALDER - Marines left."), "Marines left.");
  // Not datelines: a capitalized subject before a dash, or no dash at all.
  EXPECT_EQ(cut("Ostria - the largest exporter - sent grain."), "Ostria - the largest exporter - sent grain.");
  EXPECT_EQ(cut("Ostria sent grain on May 2."), "Ostria sent grain on May 2.");
  EXPECT_EQ(cut("VELMORA"), "VELMORA");
}

TEST(AttributionTest, PointingBackAttributionCoversThePreviousParagraph) {
  Article a("a",
            "Ostria withdrew 300 marines. The move followed talks.\n"
            "According to the Coastal Wire, this was reported by the Harbor Gazette.\n"
            "Residents watched the convoy leave.");
  a.Quote("", "According to", {"Coastal Wire", "Harbor Gazette"});
  for (size_t i : {0, 1, 2}) {
    Attribution at = AttributionFor(a.analysis, a.doc.text, i);
    EXPECT_EQ(at.origin, "Harbor Gazette") << i;
    EXPECT_EQ(at.via.size(), 2u);
  }
  EXPECT_TRUE(AttributionFor(a.analysis, a.doc.text, 3).via.empty());
}

TEST(AttributionTest, AnonymousEndOfChainLeavesTheNamedRelayAsOrigin) {
  Article a("a", "The Harbor Gazette, citing an official, reported that the base was emptied.");
  a.Quote("the base was emptied", "reported", {"Harbor Gazette", "an official"}, true);
  Attribution at = AttributionFor(a.analysis, a.doc.text, 0);
  EXPECT_EQ(at.via, (std::vector<std::string>{"Harbor Gazette", "an official"}));
  EXPECT_EQ(at.origin, "Harbor Gazette");
}

TEST(AttributionTest, NamedSpeakerWithoutChainIsTheOrigin) {
  Article a("a", "The minister said the talks went well.");
  a.Quote("the talks went well", "said", {});
  a.analysis.quotes[0].speaker_name = "Ana Brel";
  EXPECT_EQ(AttributionFor(a.analysis, a.doc.text, 0).origin, "Ana Brel");
}

}  // namespace
}  // namespace storyline::link
