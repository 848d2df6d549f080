// Story-level date anchoring: the years and publication dates that one article
// cannot give itself, taken from the other articles of its story.
//
// Articles without metadata whose text names no year ("Dec. 15", "on Friday",
// "last week") leave the time stage with values like "XXXX-12-15" and no
// publication date, so none of their events could be placed on the timeline.
// Once the story exists, its documents together often carry the year:
//
//  1. Evidence: the story's latest explicit year-month, from the full dates
//     (YYYY-MM-DD) and year-months (YYYY-MM) in its documents' timexes and from
//     its documents' publication dates (given or inferred). Bare years ("since
//     2015") are left out: news mentions them mostly as background, decades
//     back, and they would drag the anchor into the past.
//  2. Each yearless month-day "XXXX-MM-DD" gets a year. A document with a
//     publication date takes the occurrence nearest at or before it (news
//     reports the past). A document without one takes the earliest occurrence
//     on or after the story's anchor month: the anchor is something the story
//     already reported, and a story runs forward, so its undated reports lie in
//     the year after the anchor rather than before it ("by April 2024" in the
//     story, "January 28" in the article -> 2025-01-28; "Dec. 15" -> 2024-12-15).
//     Known failure: an undated article older than the story's anchor gets a
//     year too late. Tense is not consulted (kept simple; the time stage already
//     uses it when a publication date exists).
//  3. A document without a publication date gets the latest date it reports
//     (resolved in 2, or explicit) as an inferred publication date with low
//     confidence (kInferredConfidence): a report is written on or after the
//     last day it mentions. Not a day named in a sentence that looks ahead
//     ("will", "scheduled", "expected", "next": a vote still to come), and
//     such a sentence's year is no evidence in step 1 either (a forecast "by
//     June 2045"); on Timeline17 this raised the share of these dates that
//     are not after the real one from 73% to 79%. No resolved or explicit day
//     -> no date (never a made-up one).
//  3b. Weekday consistency, for a document still without a date that names
//     weekdays ("on Friday ... seizing the capital on Sunday"): a day that at
//     least kMinWeekdaySupport other documents of the story report (the day the
//     story agrees on) and that falls on one of the named weekdays fixes the
//     week; the publication date is the latest named weekday in the six days
//     from it (news names the days of the week before it appeared, the anchor
//     first). Among several such days, the one most documents report wins,
//     then the earliest. Lower confidence (kWeekdayConfidence): a weekday
//     matched by day-of-week alone can be a different week's. Only for an
//     article naming at least two weekdays and no duration of a week or more:
//     one weekday fixes no day within the week, and "eight days after" means
//     its weekdays span two weeks (the example corpus's refloating report got
//     the grounding's Monday, a week early, before this rule).
//  3c. Event offsets, for a document still without a date: "on Tuesday, eight
//     days after it ran aground" — a duration in days or weeks followed by
//     "after" and a clause whose content words (at least two, and half of them,
//     compared by their first four letters) appear in a sentence of another
//     document of the story with a calendar day (its dateline left out) gives
//     that day plus the duration; a weekday named in the same sentence must
//     agree. That weekday gets the day, and the day is the document's
//     publication date, a lower bound (kWeekdayConfidence).
//  3d. Most similar dated article, for a document still without a date or with
//     only step 3's lower bound: when the story has documents that came with a
//     publication date (metadata, not inferred), the one whose words are most
//     like this document's (cosine of the linker's term vectors, at least
//     kMinSiblingSimilarity) gives its date, or the lower bound when that is
//     later. Reports of one event appear within days of each other; a story
//     running for months has many events, which is why the similarity has to be
//     high. Only inferred, so nothing is retagged against it.
//  0. A publication date the time stage inferred from a date that stands only in
//     page furniture (a line three or more articles of the story share, such
//     as a tweet widget stamped with the day the pages were fetched) is no
//     date: the document is tagged again without it and goes through the steps
//     below like an undated one (on Timeline17 with dates hidden, 85 CNN
//     articles of 2011 got the crawl day, February 11, 2013, this way). So is
//     an inferred date over a year before the month the story is about (step
//     1): the only full date such an article writes is background ("born
//     August 29, 1958", "Sept. 11, 2001"), and an article in the story was
//     written while the story ran.
//  4. Such a document's text is tagged again against the inferred date; the
//     month-days resolved in 2 keep their values. After 3b (the week is the
//     story's) "on Friday" and "last week" get calendar values; after 3 the date
//     is only a lower bound (28% exact, 46% within a week on Timeline17), so
//     days and weeks counted from it keep their text-only values ("XXXX-WXX-5")
//     and their sentences stay undated; months and years counted from it stay.
#ifndef STORYLINE_LINK_STORY_DATES_H_
#define STORYLINE_LINK_STORY_DATES_H_

#include <string>
#include <string_view>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "src/core/analysis.h"
#include "src/extract/time/time_tagger.h"
#include "src/link/terms.h"

namespace storyline::link {

// One story document as the anchoring sees it. Pointers must outlive Anchor().
struct DatedDoc {
  std::string id;
  std::string_view text;
  const std::vector<Timex>* timexes = nullptr;
  std::string published;  // "YYYY-MM-DD" or empty
  // The published date was inferred from the text: not evidence of its own (it
  // is one of the document's timexes, already counted).
  bool published_inferred = false;
  // Page furniture (page_furniture.h): lines and dated phrases that several
  // documents of the story carry word for word (a tweet widget stamped with the
  // crawl day, a copyright line), whose dates say when the page was fetched,
  // not what happened. Their timexes are no evidence of the story's year or of
  // the document's date. Sorted by begin, disjoint.
  std::vector<ByteSpan> furniture;
  bool InFurniture(ByteSpan s) const;
  // The document's term vector (L2-normalized), for step 3d; may be null.
  const TermVector* terms = nullptr;
};

// The year-month the story's yearless dates are counted from, and where it came
// from.
struct YearEvidence {
  std::string month;  // "YYYY-MM"; empty when the story has none
  std::string text;   // the timex text ("April 2024") or "published YYYY-MM-DD"
};

// What anchoring changed in one document; changed == false leaves it as it was.
struct AnchoredDoc {
  bool changed = false;
  std::vector<Timex> timexes;  // the document's timexes with the new values
  PublishedDate published;     // set (inferred) only when the document had none
  // The document's own inferred date came from page furniture (step 0): it is
  // replaced by `published`, even when that is empty.
  bool replaced_published = false;
  // `published` is step 3's lower bound (the latest day the text reports).
  bool lower_bound = false;
};

YearEvidence AnchorYearMonth(const std::vector<DatedDoc>& docs);

// "YYYY-MM-DD" for the yearless `value` ("XXXX-MM-DD"): nearest at or before
// `published` when given, else the earliest on or after `anchor_month`
// ("YYYY-MM"); empty when `value` is not a yearless month-day or there is no
// anchor.
std::string ResolveMonthDay(std::string_view value, std::string_view published,
                            std::string_view anchor_month);

// Runs steps 1-4 over one story. Immutable; thread-safe if the tagger is.
class StoryDater {
 public:
  // Step 3's date: on Timeline17 with dates hidden, 17% are within a day of
  // the real one (25% within a week, 79% not after it: a lower bound).
  static constexpr float kInferredConfidence = 0.15f;
  static constexpr float kWeekdayConfidence = 0.2f;
  // Step 3d: articles this alike (cosine of their term vectors) report the same
  // events, mostly within days of each other. Timeline17 with every 2nd / 3rd /
  // 5th article's date given (eval_pubdates --keep-every N): 0.3 dates 26% / 23%
  // / 21% of the others this way, 60% / 59% / 45% of them within a week and 30% /
  // 32% / 24% within a day, where step 3's lower bound alone had 26% / 26% / 26%
  // within a week (0.2 dates more, about half within a week; 0.4 a third as many).
  // Its confidence is that within-a-day rate.
  static constexpr float kMinSiblingSimilarity = 0.3f;
  static constexpr float kSiblingConfidence = 0.3f;
  static constexpr size_t kMinWeekdaySupport = 2;
  static constexpr int kMonthsLongBefore = 12;

  // `tagger` may be null: step 4 is then skipped. Not owned.
  explicit StoryDater(const temporal::TimeTagger* tagger) : tagger_(tagger) {}

  // One result per document of `docs`, in order.
  std::vector<AnchoredDoc> Anchor(const std::vector<DatedDoc>& docs) const;

 private:
  // Month-days given a year, by span (so a second tagging cannot undo them), and
  // the latest day the document reports.
  struct Resolved {
    absl::flat_hash_map<uint64_t, std::string> by_span;
    std::string latest;
    std::string_view latest_text;
  };
  static uint64_t SpanKey(ByteSpan s) { return (uint64_t{s.begin} << 32) | s.end; }
  // Step 0: the document's inferred date is a day only page furniture names.
  static bool DatedByFurniture(const DatedDoc& doc);
  // Step 0: `day` lies more than kMonthsLongBefore months before the story's
  // month.
  static bool LongBefore(std::string_view day, std::string_view anchor_month);
  // Rewrites the yearless month-days of `timexes` (steps 2 and the input of 3).
  static Resolved ResolveYearless(const DatedDoc& doc, std::string_view anchor_month,
                                  std::vector<Timex>& timexes);
  AnchoredDoc AnchorOne(const DatedDoc& doc, const YearEvidence& evidence) const;
  // Step 3b for `out` (a document still without a date); `support` counts the
  // documents reporting each day.
  void AnchorByWeekday(const DatedDoc& doc,
                       const absl::flat_hash_map<std::string, size_t>& support,
                       AnchoredDoc& out) const;
  // Step 3c for `out` (a document still without a date): "on Tuesday, eight days
  // after it ran aground" with the grounding's day reported by another document.
  void AnchorByEventOffset(size_t index, const std::vector<DatedDoc>& docs,
                           const std::vector<AnchoredDoc>& anchored, AnchoredDoc& out) const;
  // Step 3d for `out` (a document without a date of its own, or with step 3's
  // lower bound): the date of the most similar document that came dated.
  void AnchorBySibling(size_t index, const std::vector<DatedDoc>& docs, AnchoredDoc& out) const;
  // Step 4 after a lower-bound date: Retag, then days and weeks counted from the
  // date go back to their text-only values (the date may be days early).
  void RetagFromLowerBound(const DatedDoc& doc,
                           const absl::flat_hash_map<uint64_t, std::string>& keep,
                           AnchoredDoc& out) const;
  // Step 4: `out.timexes` tagged again against `out.published`, keeping `keep`.
  void Retag(const DatedDoc& doc, const absl::flat_hash_map<uint64_t, std::string>& keep,
             AnchoredDoc& out) const;
  const temporal::TimeTagger* tagger_;
};

}  // namespace storyline::link

#endif  // STORYLINE_LINK_STORY_DATES_H_
