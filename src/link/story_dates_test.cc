// Story-level date anchoring on invented articles about a fictional port
// (Velmora, 2031): undated reports whose text names no year get it from the
// story; reports with nothing to go on stay undated.
#include "src/link/story_dates.h"

#include <algorithm>

#include "gtest/gtest.h"
#include "src/link/link_test_util.h"
#include "src/link/linker.h"

namespace storyline::link {
namespace {

// The year-long window starts two months before the story's month: a story runs
// on after the month it centres on, and reaches back to its lead-up.
TEST(ResolveMonthDay, UndatedDocumentTakesOccurrenceInWindowAroundStoryMonth) {
  EXPECT_EQ(ResolveMonthDay("XXXX-10-04", "", "2031-03"), "2031-10-04");
  EXPECT_EQ(ResolveMonthDay("XXXX-01-28", "", "2031-03"), "2031-01-28");  // the lead-up
  EXPECT_EQ(ResolveMonthDay("XXXX-12-28", "", "2031-03"), "2031-12-28");
  EXPECT_EQ(ResolveMonthDay("XXXX-12-28", "", "2031-02"), "2030-12-28");
  EXPECT_EQ(ResolveMonthDay("XXXX-11-28", "", "2031-02"), "2031-11-28");
  EXPECT_EQ(ResolveMonthDay("XXXX-01-28", "", "2031-04"), "2032-01-28");  // nine months on
  EXPECT_EQ(ResolveMonthDay("XXXX-03-02", "", "2031-03"), "2031-03-02");  // same month
  EXPECT_EQ(ResolveMonthDay("XXXX-02-29", "", "2031-05"), "2032-02-29");  // leap year
}

TEST(ResolveMonthDay, DatedDocumentTakesNearestAtOrBeforePublication) {
  EXPECT_EQ(ResolveMonthDay("XXXX-12-20", "2032-01-05", ""), "2031-12-20");
  EXPECT_EQ(ResolveMonthDay("XXXX-01-05", "2032-01-05", "2020-01"), "2032-01-05");
}

TEST(ResolveMonthDay, NothingToResolveOrNothingToGoOn) {
  EXPECT_EQ(ResolveMonthDay("2031-10-04", "", "2031-03"), "");   // already has a year
  EXPECT_EQ(ResolveMonthDay("XXXX-WXX-5", "", "2031-03"), "");   // a weekday
  EXPECT_EQ(ResolveMonthDay("XXXX-10-04", "", ""), "");          // no evidence
  EXPECT_EQ(ResolveMonthDay("XXXX-02-29", "", "2030-03"), "");   // 2030 is no leap year
}

TEST(AnchorYearMonth, BareYearsAreNotEvidence) {
  std::vector<Timex> a = {{{0, 4}, TimexType::kDate, "2009"},
                          {{5, 15}, TimexType::kDate, "2031-03"},
                          {{16, 26}, TimexType::kDuration, "P2031Y"}};
  std::string text = "2009 March 2031 abcdefghij";
  YearEvidence e = AnchorYearMonth({{"a", text, &a, ""}});
  EXPECT_EQ(e.month, "2031-03");
  EXPECT_EQ(e.text, "March 2031");
  // One document each: the later month.
  e = AnchorYearMonth({{"a", text, &a, ""}, {"b", "", nullptr, "2031-06-02"}});
  EXPECT_EQ(e.month, "2031-06");
  EXPECT_EQ(e.text, "published 2031-06-02");
  std::vector<Timex> bare = {{{0, 4}, TimexType::kDate, "2009"}};
  EXPECT_EQ(AnchorYearMonth({{"a", text, &bare, ""}}).month, "");
}

// The month most documents name, not the latest one: one late mention (an
// anniversary piece) must not push the whole story's yearless dates a year on.
TEST(AnchorYearMonth, MonthMostDocumentsNameWins) {
  std::string text = "March 2031 abcdef";
  std::vector<Timex> march = {{{0, 10}, TimexType::kDate, "2031-03"}};
  std::string late = "June 2032 abcdef";
  std::vector<Timex> june = {{{0, 9}, TimexType::kDate, "2032-06"}};
  YearEvidence e = AnchorYearMonth({{"a", text, &march, ""}, {"b", text, &march, ""},
                                    {"c", late, &june, ""}});
  EXPECT_EQ(e.month, "2031-03");
}

// Without a metadata date only a written year is evidence ("April" got its year
// from a guess); inferred publication dates are not counted again; and a line
// that three documents carry word for word (a widget stamped with the day the
// page was fetched) is no evidence at all.
TEST(AnchorYearMonth, GuessesAndPageFurnitureAreNotEvidence) {
  std::string text = "In April the port closed.";
  std::vector<Timex> guessed = {{{3, 8}, TimexType::kDate, "2031-04"}};
  EXPECT_EQ(AnchorYearMonth({{"a", text, &guessed, "2031-05-01", true}}).month, "");
  EXPECT_EQ(AnchorYearMonth({{"a", text, &guessed, "2031-05-01", false}}).month, "2031-05");
  std::string stamped = "Port news.\nShared 7:01 pm ET July 2, 2036 by readers";
  std::vector<Timex> widget = {{{29, 41}, TimexType::kDate, "2036-07-02"}};
  DatedDoc furnished{"a", stamped, &widget, ""};
  EXPECT_EQ(AnchorYearMonth({furnished}).month, "2036-07");
  furnished.furniture = {{11, static_cast<uint32_t>(stamped.size())}};
  EXPECT_EQ(AnchorYearMonth({furnished}).month, "");
}

class StoryDaterTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto tagger = temporal::TimeTagger::Load(STORYLINE_DATA_DIR);
    ASSERT_TRUE(tagger.ok()) << tagger.status();
    tagger_ = std::move(*tagger);
  }

  // Tags an undated background article and an undated report (the tags stay in
  // background_tags_ / report_tags_) and anchors the two as one story.
  std::vector<AnchoredDoc> AnchorPair(const std::string& background, const std::string& report) {
    background_tags_ = tagger_->Tag(background, "");
    report_tags_ = tagger_->Tag(report, "");
    return StoryDater(tagger_.get())
        .Anchor({{"bg", background, &background_tags_, ""}, {"r", report, &report_tags_, ""}});
  }

  std::unique_ptr<temporal::TimeTagger> tagger_;
  std::vector<Timex> background_tags_, report_tags_;
};

const Timex* Find(const std::vector<Timex>& ts, std::string_view text, std::string_view all) {
  for (const Timex& t : ts) {
    if (t.span.Of(all) == text) return &t;
  }
  return nullptr;
}

TEST_F(StoryDaterTest, UndatedReportGetsYearPublicationAndWeekdays) {
  const std::string background =
      "Officials had promised by March 2031 that the Velmora port would stay open.";
  const std::string report =
      "The marines left Port Alder on Oct. 4, two officials said. Last week the council met "
      "in secret, and on Friday the convoy reached the coast.";
  std::vector<AnchoredDoc> out = AnchorPair(background, report);
  const std::vector<Timex>& rt = report_tags_;
  ASSERT_NE(Find(rt, "Oct. 4", report), nullptr);
  ASSERT_EQ(Find(rt, "Oct. 4", report)->value, "XXXX-10-04");
  ASSERT_EQ(out.size(), 2u);
  EXPECT_FALSE(out[0].changed);  // nothing yearless in it
  ASSERT_TRUE(out[1].changed);
  EXPECT_EQ(out[1].published.date, "2031-10-04");
  EXPECT_TRUE(out[1].published.inferred);
  EXPECT_FLOAT_EQ(out[1].published.confidence, StoryDater::kInferredConfidence);
  EXPECT_EQ(out[1].published.evidence,
            "story context: latest reported date 'Oct. 4' (year from the story's 'March 2031'); "
            "a lower bound: the article appeared then or later");
  EXPECT_EQ(Find(out[1].timexes, "Oct. 4", report)->value, "2031-10-04");
  // Oct. 4 is only a lower bound of the publication day (the article may have
  // appeared a week later), so days and weeks counted from it are not given:
  // "on Friday" and "Last week" keep the values the text alone gives.
  const Timex* friday = Find(out[1].timexes, "Friday", report);
  ASSERT_NE(friday, nullptr);
  EXPECT_EQ(friday->value, Find(rt, "Friday", report)->value);
  EXPECT_EQ(friday->value.substr(0, 4), "XXXX");
  const Timex* week = Find(out[1].timexes, "Last week", report);
  ASSERT_NE(week, nullptr);
  EXPECT_EQ(week->value, Find(rt, "Last week", report)->value);
}

// A day the article names as still to come ("will vote on Oct. 20") is no
// lower bound of its publication, nor is "that day" which copies it; nor is a
// forecast's year evidence of the story's.
TEST_F(StoryDaterTest, DaysStillToComeAreNoEvidence) {
  const std::string background =
      "Officials had promised by March 2031 that the Velmora port would stay open. The "
      "harbour is expected to silt up by June 2045, a study says.";
  const std::string report =
      "The marines left Port Alder on Oct. 4, two officials said. The council will vote on "
      "the port's future on Oct. 20.\nProtesters are to gather outside that day.";
  std::vector<AnchoredDoc> out = AnchorPair(background, report);
  const std::vector<Timex>& rt = report_tags_;
  ASSERT_EQ(out.size(), 2u);
  EXPECT_EQ(out[1].published.date, "2031-10-04") << out[1].published.evidence;
  EXPECT_FLOAT_EQ(out[1].published.confidence, StoryDater::kInferredConfidence);
  // The vote still gets its year; it is only not the publication's bound.
  EXPECT_EQ(Find(out[1].timexes, "Oct. 20", report)->value, "2031-10-20");
  // "that day" copies the vote's day: no evidence of its own.
  ASSERT_NE(Find(rt, "that day", report), nullptr);
}

// "N days after <event>" dates a weekday when another report gives the event's
// day; a weekday that does not fall N days later gives nothing.
TEST_F(StoryDaterTest, EventOffsetDatesTheWeekdayOfItsSentence) {
  const std::string first =
      "The ferry Lark ran aground near Velmora on March 3, 2031, port officials said.";
  const std::string later =
      "Tugs refloated the ferry on Wednesday, nine days after it ran aground near Velmora. "
      "Traffic resumed on Thursday.";
  const std::string wrong =
      "Tugs refloated the ferry on Friday, nine days after it ran aground near Velmora.";
  const std::vector<Timex> ft = tagger_->Tag(first, "");
  const std::vector<Timex> lt = tagger_->Tag(later, "");
  const std::vector<Timex> wt = tagger_->Tag(wrong, "");
  std::vector<AnchoredDoc> out = StoryDater(tagger_.get()).Anchor(
      {{"first", first, &ft, ""}, {"later", later, &lt, ""}, {"wrong", wrong, &wt, ""}});
  ASSERT_EQ(out.size(), 3u);
  EXPECT_EQ(out[1].published.date, "2031-03-12");  // a Wednesday, 3 March + 9 days
  EXPECT_FLOAT_EQ(out[1].published.confidence, StoryDater::kWeekdayConfidence);
  EXPECT_NE(out[1].published.evidence.find("(first) + 9 days"), std::string::npos)
      << out[1].published.evidence;
  EXPECT_EQ(Find(out[1].timexes, "Wednesday", later)->value, "2031-03-12");
  // The date is a lower bound: "on Thursday" gets no calendar day from it.
  EXPECT_EQ(Find(out[1].timexes, "Thursday", later)->value.substr(0, 4), "XXXX");
  EXPECT_TRUE(out[2].published.date.empty()) << out[2].published.evidence;
}

TEST_F(StoryDaterTest, NoEvidenceNoDate) {
  // Weekdays alone, and a story with no year anywhere: nothing is made up.
  const std::string weekdays = "The convoy reached the coast on Friday, officials said.";
  const std::string yearless = "The marines left Port Alder on Oct. 4.";
  const std::vector<Timex> wt = tagger_->Tag(weekdays, "");
  const std::vector<Timex> yt = tagger_->Tag(yearless, "");
  std::vector<AnchoredDoc> out =
      StoryDater(tagger_.get()).Anchor({{"w", weekdays, &wt, ""}, {"y", yearless, &yt, ""}});
  for (const AnchoredDoc& d : out) {
    EXPECT_FALSE(d.changed);
    EXPECT_TRUE(d.published.date.empty());
  }
}

// A report without a date of its own takes the date of the story's most alike
// dated article (the same event is reported within days), unless the latest day
// it reports itself is later; an article unlike every dated one gets nothing.
TEST_F(StoryDaterTest, UndatedReportTakesTheDateOfTheMostAlikeDatedArticle) {
  const std::string grounding = "A grain carrier ran aground near Port Alder.";
  const std::string refloating = "Tugs refloated the grain carrier at Port Alder.";
  const std::string echo = "The carrier was refloated by tugs, officials said.";
  const std::string later = "Divers inspected the refloated carrier on March 20.";
  const std::string unrelated = "The port's new crane was unveiled.";
  const std::vector<Timex> none;
  const std::vector<Timex> later_tags = tagger_->Tag(later, "");
  // Term vectors as the linker makes them (sorted ids, L2-normalized): the echo
  // and the divers' report share most weight with the refloating report.
  const TermVector grounding_terms = {{1, 0.6f}, {2, 0.8f}};
  const TermVector refloating_terms = {{3, 0.6f}, {4, 0.8f}};
  const TermVector echo_terms = {{3, 0.8f}, {4, 0.6f}};
  const TermVector unrelated_terms = {{5, 1.0f}};
  std::vector<DatedDoc> docs = {{"g", grounding, &none, "2031-03-04"},
                                {"r", refloating, &none, "2031-03-11"},
                                {"e", echo, &none, ""},
                                {"l", later, &later_tags, ""},
                                {"u", unrelated, &none, ""}};
  docs[0].terms = &grounding_terms;
  docs[1].terms = &refloating_terms;
  docs[2].terms = &echo_terms;
  docs[3].terms = &echo_terms;
  docs[4].terms = &unrelated_terms;
  std::vector<AnchoredDoc> out = StoryDater(tagger_.get()).Anchor(docs);
  EXPECT_EQ(out[2].published.date, "2031-03-11");
  EXPECT_FLOAT_EQ(out[2].published.confidence, StoryDater::kSiblingConfidence);
  EXPECT_EQ(out[2].published.evidence,
            "story context: most similar dated article 'r' (similarity 0.96) appeared 2031-03-11");
  EXPECT_EQ(out[3].published.date, "2031-03-20");  // its own lower bound is later
  EXPECT_TRUE(out[3].published.evidence.starts_with("story context: latest reported date"));
  EXPECT_TRUE(out[4].published.date.empty());
}

TEST_F(StoryDaterTest, DatedDocumentKeepsItsPublicationDate) {
  const std::string text = "The talks began on Dec. 20 and ended without a deal.";
  std::vector<Timex> ts = {{{19, 26}, TimexType::kDate, "XXXX-12-20"}};
  ASSERT_EQ(ts[0].span.Of(text), "Dec. 20");
  std::vector<AnchoredDoc> out =
      StoryDater(tagger_.get()).Anchor({{"d", text, &ts, "2032-01-05"}});
  ASSERT_TRUE(out[0].changed);
  EXPECT_TRUE(out[0].published.date.empty());  // the given date stands
  EXPECT_EQ(out[0].timexes[0].value, "2031-12-20");
}

TEST_F(StoryDaterTest, WeekdaysPlacedByTheDayTheStoryAgreesOn) {
  // Two reports agree the city fell on 2031-10-12, a Sunday; a third names only
  // weekdays: its Sunday is that day and its Friday the 17th, when it appeared.
  // 2031-10-19, also a Sunday, is reported by one article only: not enough.
  const std::string a = "Rebels took the city of Marrow on Oct. 12, 2031, officials said.";
  const std::string b = "Since Oct. 12, 2031, when Marrow fell, and Oct. 19, 2031, ships left.";
  const std::string c =
      "Convoys were seen leaving the south on Friday. The rebels seized the city on Sunday "
      "and on Friday prayers drew crowds.";
  const std::vector<Timex> at = tagger_->Tag(a, "");
  const std::vector<Timex> bt = tagger_->Tag(b, "");
  const std::vector<Timex> ct = tagger_->Tag(c, "");
  std::vector<AnchoredDoc> out = StoryDater(tagger_.get())
                                     .Anchor({{"a", a, &at, ""}, {"b", b, &bt, ""}, {"c", c, &ct, ""}});
  ASSERT_EQ(out.size(), 3u);
  EXPECT_EQ(out[2].published.date, "2031-10-17");
  EXPECT_TRUE(out[2].published.inferred);
  EXPECT_FLOAT_EQ(out[2].published.confidence, StoryDater::kWeekdayConfidence);
  EXPECT_NE(out[2].published.evidence.find("'Sunday' = 2031-10-12"), std::string::npos)
      << out[2].published.evidence;
  const Timex* sunday = Find(out[2].timexes, "Sunday", c);
  ASSERT_NE(sunday, nullptr);
  EXPECT_EQ(sunday->value, "2031-10-12");
}

TEST_F(StoryDaterTest, WeekdayMatchingOneArticleOnlyGivesNoDate) {
  const std::string a = "Rebels took the city of Marrow on Oct. 12, 2031, officials said.";
  const std::string c = "The rebels seized the city on Sunday, and on Friday prayers drew crowds.";
  const std::vector<Timex> at = tagger_->Tag(a, "");
  const std::vector<Timex> ct = tagger_->Tag(c, "");
  std::vector<AnchoredDoc> out =
      StoryDater(tagger_.get()).Anchor({{"a", a, &at, ""}, {"c", c, &ct, ""}});
  EXPECT_TRUE(out[1].published.date.empty());
}

// Step 0: a date the time stage inferred from page furniture alone is dropped,
// and the article is dated like an undated one; a yearless "July 2" in its
// prose, which got its year from that guess, is no evidence for it.
TEST_F(StoryDaterTest, DateFromPageFurnitureIsReplaced) {
  const std::string a = "Officials had promised by March 2031 that the port would stay open.";
  const std::string b =
      "The marines left Port Alder on Oct. 4, two officials said. They met on July 2.\n"
      "x1 7:01 pm ET July 2, 2036 SHARE Harbour concert";
  std::vector<Timex> at = tagger_->Tag(a, "");
  std::vector<Timex> bt = tagger_->Tag(b, "2036-07-02");  // as the time stage left it
  DatedDoc bd{"b", b, &bt, "2036-07-02", true};
  const uint32_t line = static_cast<uint32_t>(b.find("x1"));
  bd.furniture = {{line, static_cast<uint32_t>(b.size())}};
  std::vector<AnchoredDoc> out = StoryDater(tagger_.get()).Anchor({{"a", a, &at, ""}, bd});
  ASSERT_EQ(out.size(), 2u);
  EXPECT_TRUE(out[1].replaced_published);
  EXPECT_EQ(out[1].published.date, "2031-10-04") << out[1].published.evidence;
  // Without the story's evidence there is nothing left to date it by.
  out = StoryDater(tagger_.get()).Anchor({bd});
  EXPECT_TRUE(out[0].replaced_published);
  EXPECT_TRUE(out[0].published.date.empty());
  EXPECT_NE(out[0].published.evidence.find("page furniture"), std::string::npos);
}

// Step 0: an inferred date long before the story's month is background the
// article mentions ("born May 1, 1990"), not the day it appeared.
TEST_F(StoryDaterTest, InferredDateLongBeforeTheStoryIsDropped) {
  const std::string a = "By March 2031 the Velmora port was closed to ferries.";
  const std::string c = "Port Alder reopened in March 2031, officials said.";
  const std::string b = "The new harbour master, born May 1, 1990, took office on Friday.";
  std::vector<Timex> at = tagger_->Tag(a, ""), ct = tagger_->Tag(c, "");
  std::vector<Timex> bt = tagger_->Tag(b, "1990-05-01");
  std::vector<AnchoredDoc> out = StoryDater(tagger_.get())
      .Anchor({{"a", a, &at, ""}, {"c", c, &ct, ""}, {"b", b, &bt, "1990-05-01", true}});
  ASSERT_EQ(out.size(), 3u);
  EXPECT_TRUE(out[2].replaced_published);
  EXPECT_TRUE(out[2].published.date.empty());
  EXPECT_NE(out[2].published.evidence.find("over a year before"), std::string::npos)
      << out[2].published.evidence;
  // A metadata date is never second-guessed.
  out = StoryDater(tagger_.get())
      .Anchor({{"a", a, &at, ""}, {"c", c, &ct, ""}, {"b", b, &bt, "1990-05-01", false}});
  EXPECT_FALSE(out[2].replaced_published);
}

// Through the linker: the undated report's event reaches the timeline on its day.
TEST(StoryDatesInLinker, UndatedReportJoinsTimeline) {
  using testing::Article;
  Article a("background",
            "By May 2031 Ostria had moved most of its marines out of Port Alder in Velmora.");
  a.Timex("May 2031", "2031-05").Mention("Ostria", EntityType::kLocation);
  Article b("report",
            "On October 4 Ostria withdrew its last 300 marines from the Port Alder naval base.");
  b.Timex("October 4", "XXXX-10-04").Mention("Ostria", EntityType::kLocation);
  LinkOptions options{STORYLINE_DATA_DIR};
  options.single_story = true;
  auto linker = Linker::Create(options);
  ASSERT_TRUE(linker.ok()) << linker.status();
  (*linker)->Add(a.doc, a.analysis);
  (*linker)->Add(b.doc, b.analysis);
  Dossier d = (*linker)->BuildDossier();
  ASSERT_EQ(d.documents.size(), 2u);
  EXPECT_TRUE(d.documents[0].published.date.empty());  // only a month: no day reported
  EXPECT_EQ(d.documents[1].published.date, "2031-10-04");
  EXPECT_TRUE(d.documents[1].published.inferred);
  bool found = std::any_of(d.timeline.begin(), d.timeline.end(), [](const TimelineEntry& t) {
    return t.date == "2031-10-04" && t.text.find("300 marines") != std::string::npos;
  });
  EXPECT_TRUE(found);
}

// A line that three articles of the story carry word for word (a widget stamped
// with the day the pages were fetched, years later) is no evidence of the
// story's year; the one month written in an article's own words is.
TEST(StoryDatesInLinker, PageFurnitureDoesNotSetTheYear) {
  using testing::Article;
  const std::string widget = "\nShared 7:01 pm ET July 2, 2036 by readers";
  LinkOptions options{STORYLINE_DATA_DIR};
  options.single_story = true;
  auto linker = Linker::Create(options);
  ASSERT_TRUE(linker.ok()) << linker.status();
  Article a("background", "By May 2031 Ostria had moved most of its marines out of Port Alder." + widget);
  a.Timex("May 2031", "2031-05").Timex("July 2, 2036", "2036-07-02");
  Article b("report", "On October 4 Ostria withdrew its last 300 marines from the naval base." + widget);
  b.Timex("October 4", "XXXX-10-04").Timex("July 2, 2036", "2036-07-02");
  Article c("convoy", "Ostrian ships left the naval base of Port Alder on October 6." + widget);
  c.Timex("October 6", "XXXX-10-06").Timex("July 2, 2036", "2036-07-02");
  for (Article* x : {&a, &b, &c}) (*linker)->Add(x->doc, x->analysis);
  Dossier d = (*linker)->BuildDossier();
  ASSERT_EQ(d.documents.size(), 3u);
  EXPECT_EQ(d.documents[1].published.date, "2031-10-04") << d.documents[1].published.evidence;
  EXPECT_EQ(d.documents[2].published.date, "2031-10-06") << d.documents[2].published.evidence;
}

}  // namespace
}  // namespace storyline::link
