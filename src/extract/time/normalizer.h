// Normalizer: turns one rule match into a TIMEX3 value. The matched tokens are
// first reduced to Fields (year, month, day, count, unit, …, by the class each
// token matched), then the rule's Kind decides how Fields and the context (DCT,
// the sentence's tense, the narrative anchor) make a value. Stateless apart from
// the NormContext the caller threads through one document; thread-safe.
#ifndef STORYLINE_EXTRACT_TIME_NORMALIZER_H_
#define STORYLINE_EXTRACT_TIME_NORMALIZER_H_

#include <optional>
#include <string>
#include <vector>

#include "absl/time/civil_time.h"
#include "src/extract/time/grammar.h"
#include "src/extract/time/matcher.h"
#include "src/extract/time/token_scanner.h"

namespace storyline::temporal {

struct Fields {
  int64_t year = 0;      // 0 = absent
  int month = 0, day = 0, weekday = 0, ordinal = 0, decade = 0;
  double count = 0;      // 0 = absent; -1 = vague ("several")
  int first_numw = 0;    // the first number word's own value ("nineteen" in a spoken year)
  std::string_view unit, ref, part, season, setw, ampm;
  int mod = 0, shift = 0, relday = 0;
  bool has_mod = false, has_shift = false, has_relday = false, every = false;
  std::vector<int32_t> nums;  // plain numbers in order (ISO dates, clock times)
  std::string_view numeric_date;  // a NUMDATE token's text ("15.12.2024"; numeric_date.h)
  std::vector<int> extra_days;  // further DAY tokens ("January 18 and 27")
  bool half = false;          // "and a half"
  bool shift_from_dct = false;  // "ago" counts from the DCT, "earlier" from the anchor
  std::string_view first_word;  // lower-cased first token ("these days" → PRESENT_REF)
  std::string_view day_rule;    // a holiday's day ("12-25", "11-22+4"; Rule::day_rule)
  std::string_view last_word;   // lower-cased last token ("the past" → PAST_REF)
  bool plural_unit = false;
  bool half_word = false;       // "the first half of 1989" names a half year
  bool midnight = false;        // "midnight" is T24:00 of its day (TIMEX3)     // "the coming weeks": no count, an open stretch
};

struct NormContext {
  std::optional<absl::CivilDay> dct;
  Tense tense = Tense::kUnknown;
  std::optional<absl::CivilDay> anchor;  // last explicit day in the narrative
  // The anchor's year is unknown ("December 8" without a DCT): it is kept in a leap
  // year so "the next day" still gives "XXXX-12-09".
  bool anchor_yearless = false;
  // The year of the last date the text spelled out ("in 1988", "June 1998"), which
  // "that year" refers back to; 0 = none yet.
  int64_t mentioned_year = 0;
  bool quarter_context = false;  // the document talks about quarters (earnings reports)
  // The match follows "ended" ("the fiscal year ended Jan. 31"): a reporting
  // period's end is behind the report, so the day is the latest one before the DCT
  // however far back (past tense alone is trusted only within 270 days).
  bool period_ended = false;
  // The value of the timex just before this one: "compared with a year-earlier
  // loss" is that period a year back.
  std::string previous_value;
  // The order the text's unambiguous slashed or hyphenated dates fix (> 0 day
  // first, < 0 month first; numeric_date.h), set before the first match.
  int numeric_date_order = 0;
  std::string report_quarter;      // the first quarter the text names ("2024-Q3"): the
                                 // report's quarter, which later comparisons refer to
};

// Reduces the tokens of `m` to Fields.
Fields CollectFields(const RawMatch& m, const std::vector<Tok>& tokens);

// The TIMEX3 value for a match of `kind`, or nullopt to reject the match (e.g. an
// ordinal "quarter" rule whose unit is not Q). Updates ctx->anchor for explicit days.
std::optional<std::string> Normalize(Kind kind, const Fields& f, NormContext* ctx);

}  // namespace storyline::temporal

#endif  // STORYLINE_EXTRACT_TIME_NORMALIZER_H_
