// The tagging pass. Bare 4-digit numbers are the main false-positive source in
// news ("1967 people", "2000 troops"), so a lone YEAR match is vetoed when the
// next word is a count noun (data/time/en/count_nouns.tsv) or any lower-case
// plural, or a currency/percent/number sign touches it; ages ("52 years old"),
// fractions ("a quarter of") and event nouns ("the fall of Damascus") are vetoed
// by the words around them (VetoedPhrase), titles and names by a time word's capital
// ("60 Minutes", "USA Today": InTitle). "January 18 and 27" (kind split)
// yields one timex per day, the later ones sharing the month. After matching,
// TimeML's extent and type conventions are applied: "the day" in apposition to a
// date takes that date, a quantifier joins a duration ("at least 30 days"), and
// "a year" after an amount is a rate (SET).
#include "src/extract/time/tagger_core.h"

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "src/extract/time/calendar.h"
#include "src/extract/time/normalizer.h"
#include "src/extract/time/numeric_date.h"
#include "src/extract/time/tense.h"
#include "src/extract/time/token_scanner.h"

namespace storyline::temporal {
namespace {

// Words before an -ed form that make it a participle or adjective, not a past verb.
bool IsParticipleContext(std::string_view prev) {
  return prev == "be" || prev == "a" || prev == "an" || prev == "the" || prev == "still" ||
         prev == "very" || prev == "its" || prev == "their" || prev == "his" || prev == "her";
}

// "the day after the regime fell", "the day before returning": the shift word
// heads a complement of its own, so it is a TimeML signal relating "the day" to
// that event (TimeBank: "Oct. 12, the day before the plunge" tags "the day" as
// 1989-10-12), not a shift from the last date of the narrative.
bool ShiftHasComplement(const Rule& rule, const RawMatch& m, const std::vector<Tok>& toks) {
  if (rule.kind != Kind::kAnchor || m.last >= toks.size() || !toks[m.last].word) return false;
  std::string_view shift = toks[m.last - 1].lower;
  return shift == "after" || shift == "before";
}

// In apposition right after a date ("December 8, the day after the regime fell")
// "the day" is that date; the value of the period it names around the apposed
// day, or nullopt when no date precedes as "DATE ," (then the event alone would
// date it, which the tagger cannot know).
std::optional<std::string> ApposedValue(const RawMatch& m, const std::vector<Tok>& toks,
                                        const std::vector<Timex>& out, const Fields& f,
                                        const NormContext& ctx) {
  if (out.empty() || m.first < 2 || toks[m.first - 1].lower != ",") return std::nullopt;
  const Timex& prev = out.back();
  bool day_value = prev.value.size() == 10 && prev.value[7] == '-';
  if (prev.span.end != toks[m.first - 2].end || prev.type != TimexType::kDate || !day_value) {
    return std::nullopt;
  }
  if (f.unit == "D") return prev.value;
  if (!ctx.anchor || ctx.anchor_yearless) return std::nullopt;
  std::string v = ShiftedPeriod(*ctx.anchor, f.unit, 0);
  return v.empty() ? std::nullopt : std::optional<std::string>(v);
}

// Punctuation that ends a clause for tense purposes (see TenseNear).
bool IsClauseBreak(std::string_view lower) {
  return lower == "," || lower == ";" || lower == ":" || lower == "(" || lower == ")" ||
         lower == "_" || lower == "--" || lower == "\u2014" || lower == "\u2013";
}

bool IsBeAuxiliary(std::string_view lower) {
  return lower == "is" || lower == "are" || lower == "am" || lower == "was" || lower == "were";
}

// Per-token tense cues of the sentences that hold a match (see tense.h).
struct Cues {
  std::vector<Tense> tense;
  std::vector<bool> reporting;
  std::vector<bool> clause_break;
  // An earnings report compares quarters throughout, so "a year ago" anywhere in
  // it is the year-ago quarter (TimeBank's WSJ convention).
  bool quarter_doc = false;
};

Cues FindCues(const Grammar& grammar, const std::vector<Tok>& toks,
              const std::vector<uint32_t>& sentence_of, const std::vector<bool>& wanted) {
  Cues c;
  c.tense.assign(toks.size(), Tense::kUnknown);
  c.reporting.assign(toks.size(), false);
  c.clause_break.assign(toks.size(), false);
  for (size_t i = 0; i < toks.size(); ++i) {
    if (!toks[i].word) {
      if (wanted[sentence_of[i]]) c.clause_break[i] = IsClauseBreak(toks[i].lower);
      continue;
    }
    if (toks[i].lower.size() >= 7 && toks[i].lower.substr(0, 7) == "quarter") c.quarter_doc = true;
    if (!wanted[sentence_of[i]]) continue;
    c.tense[i] = TokenTense(grammar, toks[i]);
    // "set to resume Monday", "a summit set for April": arranged, so ahead.
    if (toks[i].lower == "set" && i + 1 < toks.size() &&
        (toks[i + 1].lower == "to" || toks[i + 1].lower == "for")) {
      c.tense[i] = Tense::kFuture;
    }
    // "will be named", "to be completed": a participle after "be" is no past, nor
    // is an -ed adjective ("a still unspecified date", "the detailed plan").
    if (c.tense[i] == Tense::kPast && i > 0 && IsParticipleContext(toks[i - 1].lower)) {
      c.tense[i] = Tense::kUnknown;
    }
    // "as previously planned", "as expected": the plan is cited, not made; no cue.
    if (c.tense[i] == Tense::kFuture && i > 0 &&
        (toks[i - 1].lower == "as" || toks[i - 1].lower == "previously" ||
         toks[i - 1].lower == "originally")) {
      c.tense[i] = Tense::kUnknown;
    }
    // "were planning a rally on Saturday", "is expected to land Monday": the
    // auxiliary's tense is that of the plan, the verb after it says the event is ahead.
    if (c.tense[i] == Tense::kFuture && i > 0 && IsBeAuxiliary(toks[i - 1].lower)) {
      c.tense[i - 1] = Tense::kUnknown;
    }
    // "had been due to expire Friday", "had been scheduled for May": a plan seen
    // from a past vantage point, its day already gone.
    if (c.tense[i] == Tense::kFuture && i > 1 && toks[i - 1].lower == "been" &&
        toks[i - 2].lower == "had") {
      c.tense[i] = Tense::kPast;
    }
    c.reporting[i] = c.tense[i] == Tense::kPast && grammar.IsReporting(toks[i].lower);
  }
  return c;
}

bool IsAmount(const Tok& t) {
  if (!t.lower.empty() && t.lower[0] >= '0' && t.lower[0] <= '9') return true;  // "1.76", "358,000"
  if (t.lower == "million" || t.lower == "billion" || t.lower == "thousand" || t.lower == "%" ||
      t.lower == "percent") {
    return true;
  }
  for (uint8_t k = 0; k < t.num_classes; ++k) {
    if (t.classes[k].cls == kNumW) return true;
  }
  return false;
}

// "$500 million a year", "700 seats a week": "a UNIT" after an amount is a rate,
// which TimeML types SET (value P1Y), not a stretch of time.
bool IsRate(const RawMatch& m, const std::vector<Tok>& toks) {
  if (m.last - m.first != 2 || m.first == 0) return false;
  std::string_view a = toks[m.first].lower;
  if (a != "a" && a != "an") return false;
  const Tok& prev = toks[m.first - 1];
  if (IsAmount(prev)) return true;
  bool counted_noun = prev.word && prev.lower.size() > 2 && prev.lower.back() == 's';
  return counted_noun && m.first >= 2 && IsAmount(toks[m.first - 2]);
}

// The first token of an amount of time with its quantifier ("at least 30 days",
// data/time/<lang>/extent_prefixes.tsv); `first` when none precedes it.
uint32_t QuantifiedStart(const Grammar& g, const std::vector<Tok>& toks, uint32_t first) {
  for (const std::vector<std::string>& prefix : g.extent_prefixes()) {
    if (prefix.size() > first) continue;
    uint32_t start = first - static_cast<uint32_t>(prefix.size());
    bool same = true;
    for (size_t j = 0; j < prefix.size() && same; ++j) same = toks[start + j].lower == prefix[j];
    if (same) return start;
  }
  return first;
}

// "around Nov. 1", "around 7:15 p.m.", "around June", "around year end": TIMEX3
// marks the approximation as a mod of the point and keeps the word in the extent
// (tuning part: 3 of 3). Only before a clock time, a number or a month: elsewhere
// "around" is mostly a particle or preposition ("move around today", "floundered
// around last week", "a sound based around 20th century music"). A possessive date
// heads a noun phrase the word governs instead ("get around Wednesday's ruling").
// "about" stays out, as for durations.
bool ApproximatedPoint(const Rule& rule, const RawMatch& m, const std::vector<Tok>& toks) {
  if (m.first == 0 || toks[m.first - 1].lower != "around" || rule.kind == Kind::kCentury) {
    return false;
  }
  bool possessive = m.last + 1 < toks.size() &&
                    (toks[m.last].lower == "'" || toks[m.last].lower == "\u2019") &&
                    toks[m.last + 1].lower == "s";
  if (possessive) return false;
  if (rule.type == TimexType::kTime || toks[m.last - 1].lower == "end") return true;
  for (uint32_t i = m.first; i < m.last; ++i) {
    uint16_t cls = toks[i].classes[m.class_index[i - m.first]].cls;
    if (toks[i].number || cls == kMonth) return true;
  }
  return false;
}

// The tense that anchors match `m` (see tense.h); "Wednesday's ruling", "last
// month's vote": a possessive date names an event already reported on.
Tense MatchTense(const Cues& cues, const std::vector<uint32_t>& sentence_of,
                 const std::vector<Tok>& toks, const RawMatch& m) {
  if (m.last + 1 < toks.size() && (toks[m.last].lower == "'" || toks[m.last].lower == "\u2019") &&
      toks[m.last + 1].lower == "s") {
    return Tense::kPast;
  }
  return TenseNear(cues.tense, cues.reporting, cues.clause_break, sentence_of, m.first, m.last);
}

// "January 18 and 27" (kind split): the first date ends at its first DAY token.
uint32_t FirstDateEnd(const RawMatch& m, const std::vector<Tok>& toks, const Fields& f) {
  uint32_t end = m.last;
  for (uint32_t i = m.first; i < m.last; ++i) {
    if (toks[i].classes[m.class_index[i - m.first]].cls == kDay) {
      end = i + 1;
      if (f.month != 0) break;
    }
  }
  return end;
}

// The later days of a split match, one timex each, sharing the first one's month.
void AddListedDays(const RawMatch& m, const std::vector<Tok>& toks, const Fields& f,
                   uint32_t end_tok, NormContext* ctx, std::vector<Timex>* out) {
  uint32_t k = end_tok;
  for (int day : f.extra_days) {
    while (k < m.last && toks[k].classes[m.class_index[k - m.first]].cls != kDay) ++k;
    if (k >= m.last) break;
    Fields g = f;
    g.day = day;
    if (auto v = Normalize(Kind::kDate, g, ctx)) {
      out->push_back({{toks[k].begin, toks[k].end}, TimexType::kDate, *v});
    }
    ++k;
  }
}

// "Following December 8": a match ending in a month that a day follows would
// steal the month from the full date; skipping it lets the date match whole.
bool StealsMonth(const RawMatch& m, const std::vector<Tok>& tokens) {
  uint16_t last_cls = tokens[m.last - 1].classes[m.class_index.back()].cls;
  if (last_cls != kMonth || m.last >= tokens.size() || m.last - m.first <= 1) return false;
  uint32_t after = m.last;  // "last Oct. 23": look past the abbreviation's period
  if (tokens[after].lower == "." && after + 1 < tokens.size()) ++after;
  const Tok& next = tokens[after];
  for (uint8_t k = 0; k < next.num_classes; ++k) {
    if (next.classes[k].cls == kDay || next.classes[k].cls == kOrdNum) return true;
  }
  return false;
}

// Words after "the morning" / "the next night" that end the phrase: punctuation or a
// preposition or conjunction that opens something else.
bool EndsPartOfDay(std::string_view next) {
  static constexpr std::string_view kEnders[] = {"", ",", ".", ";", ":", ")", "--", "and",
                                                 "but", "or", "to", "in", "on", "at", "as",
                                                 "for", "with", "from", "until", "by"};
  for (std::string_view e : kEnders) {
    if (next == e) return true;
  }
  return false;
}

// "Easter Island", "Christmas Clapton": a holiday heading a capitalized word is a
// name ("Easter Sunday", "Christmas Day" are longer rules; "Over Christmas I had"
// is no name); "a nor'easter": glued to the word before, it is part of that word.
bool HolidayInAName(const RawMatch& m, const std::vector<Tok>& tokens) {
  if (m.first > 0 && tokens[m.first - 1].end == tokens[m.first].begin) return true;
  if (m.last >= tokens.size()) return false;
  const Tok& next = tokens[m.last];
  return next.word && next.capitalized && next.lower != "i";
}

// Multi-word readings that are no timex, or not this one, by the words around them.
bool VetoedPhrase(const Rule& rule, const RawMatch& m, const std::vector<Tok>& tokens) {
  const std::string_view next = m.last < tokens.size() ? tokens[m.last].lower : "";
  // Without a comma before it no date can be in apposition (see ApposedValue):
  // let the shorter matches inside ("the day before last Tuesday") take over.
  if (ShiftHasComplement(rule, m, tokens) && (m.first == 0 || tokens[m.first - 1].lower != ",")) {
    return true;
  }
  // "the weeks before the vote" is no single week: let the bare plural unit match.
  if (rule.kind == Kind::kAnchor) {
    for (uint32_t i = m.first; i < m.last; ++i) {
      const TokClass& c = tokens[i].classes[m.class_index[i - m.first]];
      if (c.cls == kUnit && tokens[i].lower.back() == 's') return true;
    }
  }
  // "three days later", "30 days before the vote": TimeML marks the amount as a
  // DURATION and the trailing word as a signal, so the shorter duration rule wins
  // ("ago", "earlier" and "hence" keep the anchored date reading).
  if (rule.kind == Kind::kAgo) {
    std::string_view shift = tokens[m.last - 1].lower;
    if (shift == "later" || shift == "after" || shift == "before") return true;
  }
  // "high noon comes today": the idiom, not a clock time.
  if (rule.kind == Kind::kTime && tokens[m.first].lower == "noon" && m.first > 0 &&
      tokens[m.first - 1].lower == "high") {
    return true;
  }
  // "a year-earlier loss", "a year-ago quarter": "a" is the noun's article and the
  // compound an adjective naming a period, not a stretch of one year.
  if (rule.kind == Kind::kDur && next == "-" && m.last + 1 < tokens.size() &&
      (tokens[m.last + 1].lower == "earlier" || tokens[m.last + 1].lower == "ago")) {
    return true;
  }
  // "the quarter-to-quarter comparison", "year-over-year growth", "day-by-day
  // talks": a compound adjective for period after period, no period of its own.
  if (next == "-" && m.last + 3 < tokens.size() && tokens[m.last + 2].lower == "-" &&
      tokens[m.last + 3].lower == tokens[m.last - 1].lower) {
    std::string_view joiner = tokens[m.last + 1].lower;
    if (joiner == "to" || joiner == "over" || joiner == "by") return true;
  }
  if (rule.kind == Kind::kHoliday && HolidayInAName(m, tokens)) return true;
  // "52 years old": an age, which TimeBank leaves untagged (as "6-year-old").
  if ((rule.kind == Kind::kDur || rule.kind == Kind::kVague) && next == "old") return true;
  // "a quarter of the market", "three-quarters of its food", "a quarter-century":
  // a fraction ("several quarters of losses" stays a span).
  if (rule.kind == Kind::kDur && (next == "of" || next == "-") &&
      absl::StartsWith(AbslView(tokens[m.last - 1].lower), "quarter")) {
    std::string_view count = tokens[m.first].lower;
    if (count == "a" || count == "one" || count == "two" || count == "three") return true;
  }
  uint16_t last_cls = tokens[m.last - 1].classes[m.class_index.back()].cls;
  // "the morning" is the narrative day's only where the phrase ends: "the night of Oct.
  // 23", "the night he died", "the morning after", "the night's guests" are defined by
  // what follows (an event or a date the tagger cannot value that way).
  if (last_cls == kPart && tokens[m.first].lower == "the" && !EndsPartOfDay(next)) return true;
  // "the fall of Damascus", "the spring of discontent": an event or a metaphor;
  // "the fall of 1990" is matched whole by a longer rule.
  return last_cls == kSeason && next == "of";
}

// "the next two years or so", "1994 or later", "1990 and beyond", "a year or more":
// TimeML keeps an approximation or an open bound in the extent and writes it as the
// timex's mod (APPROX, ON_OR_AFTER, EQUAL_OR_MORE ...), the value unchanged (tuning
// part: "or so" 3 of 3, "or later" / "and beyond" 2 of 2).
bool OpenBoundAfter(const std::vector<Tok>& toks, uint32_t end_tok) {
  if (end_tok + 1 >= toks.size()) return false;
  std::string_view joiner = toks[end_tok].lower;
  std::string_view bound = toks[end_tok + 1].lower;
  if (joiner == "and") return bound == "beyond";
  if (joiner != "or") return false;
  static constexpr std::string_view kBounds[] = {"so",   "later",  "earlier", "sooner",
                                                 "more", "longer", "less"};
  for (std::string_view b : kBounds) {
    if (bound == b) return true;
  }
  return false;
}

// "High Noon", "60 Minutes", "USA Today", ABC's "This Week With David Brinkley":
// English writes units, parts of day and "today" in lower case, so one capitalized
// after a capitalized word or a number is part of a title or name. All-caps text
// (headlines) and holidays ("Election Day") are left alone.
bool InTitle(const Rule& rule, const RawMatch& m, const std::vector<Tok>& toks,
             std::string_view text) {
  if (rule.kind == Kind::kHoliday) return false;
  for (uint32_t i = std::max<uint32_t>(m.first, 1); i < m.last; ++i) {
    const Tok& t = toks[i];
    if (!t.capitalized) continue;
    // By any of its classes: a pattern may spell the word as a literal ("the year").
    bool time_word = t.lower == "noon" || t.lower == "midnight";
    for (uint8_t k = 0; k < t.num_classes && !time_word; ++k) {
      uint16_t cls = t.classes[k].cls;
      time_word = cls == kUnit || cls == kPart || cls == kRelDay;
    }
    if (!time_word) continue;
    if (t.end - t.begin > 1 && absl::ascii_isupper(static_cast<unsigned char>(text[t.begin + 1]))) {
      continue;
    }
    const Tok& prev = toks[i - 1];
    // "the Year of the Rabbit": a capital after a lower-case "the" is a name too.
    if ((prev.word && (prev.capitalized || prev.lower == "the")) || prev.number) return true;
  }
  return false;
}

bool HasClass(const Tok& t, uint16_t cls) {
  for (uint8_t k = 0; k < t.num_classes; ++k) {
    if (t.classes[k].cls == cls) return true;
  }
  return false;
}

// "10:35 a.m. (0735 GMT) Friday", "at 1653 (2153 GMT) on Tuesday": a clock time
// whose day follows its conversion to another zone is on that day, not the DCT's
// (AP and BBC style). `day` is the day value of match `m`; the clock time is the
// last timex in `out`.
void DateTheClockBefore(const RawMatch& m, const std::vector<Tok>& toks, const std::string& day,
                        std::vector<Timex>* out) {
  if (out->empty() || out->back().type != TimexType::kTime || day.size() != 10) return;
  std::string& clock = out->back().value;
  if (clock.size() <= 10 || clock[10] != 'T' || m.first < 5) return;
  uint32_t k = m.first - 1;
  if (toks[k].lower == "on") --k;
  if (k < 4 || toks[k].lower != ")" || !HasClass(toks[k - 1], kZone) || !toks[k - 2].number ||
      toks[k - 3].lower != "(" || toks[k - 4].end != out->back().span.end) {
    return;
  }
  clock.replace(0, 10, day);
}

// The day/month order the text's unambiguous numeric dates fix ("18-3-1869"),
// which its ambiguous ones ("4-3-1867") follow (numeric_date.h).
int NumericDateOrderOf(const std::vector<RawMatch>& matches, const std::vector<Tok>& toks) {
  int order = 0;
  for (const RawMatch& m : matches) {
    for (uint32_t i = m.first; i < m.last; ++i) {
      if (toks[i].num_classes > 0 && toks[i].classes[0].cls == kNumDate) {
        order += NumericDateOrder(toks[i].lower);
      }
    }
  }
  return order;
}

}  // namespace

absl::StatusOr<std::unique_ptr<TaggerCore>> TaggerCore::Create(const std::string& data_dir) {
  ASSIGN_OR_RETURN(Grammar g, Grammar::Load(data_dir, {"en", "ru"}));
  return std::unique_ptr<TaggerCore>(new TaggerCore(std::move(g)));
}

TaggerCore::TaggerCore(Grammar grammar) : grammar_(std::move(grammar)), matcher_(grammar_) {}

bool TaggerCore::AcceptMatch(const RawMatch& m, const std::vector<Tok>& tokens) const {
  if (StealsMonth(m, tokens) || VetoedPhrase(grammar_.rules()[m.rule], m, tokens)) return false;
  if (m.last - m.first != 1) return true;
  const Tok& only = tokens[m.first];
  uint16_t cls = only.classes[m.class_index[0]].cls;
  // A bare unit ("for years", "weeks of talks") is a vague duration only in the
  // plural; a lone "day" or "year" is mostly part of a phrase ("the day", "a year").
  if (cls == kUnit) {
    if (only.lower.size() <= 3 || only.lower.back() != 's' || only.lower == "weekends" ||
        only.lower == "quarters") {
      return false;
    }
    // "minutes apart", "a matter of days", "hundreds of years": a measure, not a span.
    if (m.last < tokens.size() && tokens[m.last].lower == "apart") return false;
    // "on days when prices tumble", "on nights of heavy fighting": some days among
    // many, no span ("for days", "in months when he was paid" stay durations).
    if (m.first > 0 && tokens[m.first - 1].lower == "on") return false;
    // "the early hours of Thursday", "the small hours": a part of the day that follows
    // ("the early days of the protests" stays a span).
    if (only.lower == "hours" && m.first >= 1 && m.last < tokens.size() &&
        tokens[m.last].lower == "of") {
      std::string_view before = tokens[m.first - 1].lower;
      if (before == "early" || before == "small" || before == "wee") return false;
    }
    if (m.first >= 2 && tokens[m.first - 1].lower == "of") {
      std::string_view head = tokens[m.first - 2].lower;
      if (head == "matter" || head == "hundreds" || head == "thousands" || head == "hours") {
        return false;
      }
    }
    return true;
  }
  // A lone abbreviated month ("Jan", "Mar") is more often a name ("Jan Kavan"); so
  // is "March" heading a name ("the March for Life", "the March of the Mothers").
  if (cls == kMonth) {
    if (only.lower == "march" && only.capitalized && m.last + 1 < tokens.size() &&
        (tokens[m.last].lower == "for" || tokens[m.last].lower == "of")) {
      const Tok& after = tokens[m.last + 1];
      bool names = after.word && (after.capitalized || after.lower == "the");
      if (names) return false;
    }
    return only.lower.size() > 4 || only.lower == "may" || only.lower == "june" ||
           only.lower == "july" || (m.last < tokens.size() && tokens[m.last].lower == ".");
  }
  // "nineties" alone is an age or a temperature ("in his nineties"); "the nineties"
  // is matched by a longer rule.
  if (cls == kDecade) return absl::ascii_isdigit(static_cast<unsigned char>(only.lower[0]));
  if (cls != kYear) return true;
  if (m.first > 0) {
    std::string_view prev = tokens[m.first - 1].lower;
    if (prev == "$" || prev == "€" || prev == "£" || prev == "#" || prev == "no" ||
        prev == "number" || prev == "version" || prev == "v" || prev == "+") {
      return false;
    }
  }
  if (m.last < tokens.size()) {
    const Tok& next = tokens[m.last];
    if (next.lower == "%" || next.lower == "percent") return false;
    // "(1925 GMT)", "1425 local time": a 24-hour clock time, not a year ("2006 est."
    // is an estimate's year).
    if (HasClass(next, kZone) && next.capitalized) return false;
    if (next.lower == "local" && m.last + 1 < tokens.size() && tokens[m.last + 1].lower == "time") {
      return false;
    }
    if (next.word && !next.capitalized) {
      if (grammar_.IsCountNoun(next.lower)) return false;
      bool ascii = static_cast<unsigned char>(next.lower[0]) < 0x80;
      if (ascii && next.lower.size() >= 4 && absl::EndsWith(AbslView(next.lower), "s") &&
          !absl::EndsWith(AbslView(next.lower), "ss")) {
        return false;
      }
    }
  }
  return true;
}

std::vector<Timex> TaggerCore::Run(std::string_view text, std::optional<absl::CivilDay> dct,
                                   const std::vector<Sentence>& sentences) const {
  thread_local ScanResult scan;  // reused: see token_scanner.cc
  ScanTokens(text, grammar_, &scan);
  const std::vector<Tok>& toks = scan.tokens;
  std::vector<RawMatch> matches =
      matcher_.Match(toks, [&](const RawMatch& m) { return AcceptMatch(m, toks); });
  std::vector<Timex> out;
  if (matches.empty()) return out;
  std::vector<uint32_t> sentence_of = SentenceOfTokens(grammar_, text, toks, sentences);
  // Tense cues only matter in sentences that hold a match.
  std::vector<bool> wanted(sentence_of.back() + 1, false);
  for (const RawMatch& m : matches) wanted[sentence_of[m.first]] = true;
  Cues cues = FindCues(grammar_, toks, sentence_of, wanted);
  NormContext ctx;
  ctx.dct = dct;
  ctx.quarter_context = cues.quarter_doc;
  if (scan.numeric_dates) ctx.numeric_date_order = NumericDateOrderOf(matches, toks);
  for (const RawMatch& m : matches) {
    const Rule& rule = grammar_.rules()[m.rule];
    if (InTitle(rule, m, toks, text)) continue;
    Fields f = CollectFields(m, toks);
    f.day_rule = rule.day_rule;
    ctx.tense = MatchTense(cues, sentence_of, toks, m);
    if (ShiftHasComplement(rule, m, toks)) {
      // "the day" alone is the timex; the apposed date is its value and stays the anchor.
      if (std::optional<std::string> v = ApposedValue(m, toks, out, f, ctx)) {
        out.push_back({{toks[m.first].begin, toks[m.last - 2].end}, TimexType::kDate, *v});
      }
      continue;
    }
    ctx.previous_value = out.empty() ? "" : out.back().value;
    ctx.period_ended = m.first > 0 && toks[m.first - 1].lower == "ended";
    std::optional<std::string> value = Normalize(rule.kind, f, &ctx);
    if (!value) continue;
    // A duration rule that resolved to a calendar period ("the past year") is a DATE.
    TimexType type = rule.type == TimexType::kDuration && (*value)[0] != 'P' ? TimexType::kDate
                                                                              : rule.type;
    if (type == TimexType::kDuration && IsRate(m, toks)) type = TimexType::kSet;
    uint32_t first = type == TimexType::kDuration || rule.kind == Kind::kAgo
                         ? QuantifiedStart(grammar_, toks, m.first)
                         : m.first + rule.lead;
    // Durations and "ago" phrases take their approximators by rule (APPROX).
    if (type != TimexType::kDuration && rule.kind != Kind::kAgo && rule.lead == 0 &&
        ApproximatedPoint(rule, m, toks)) {
      first = m.first - 1;
    }
    uint32_t end_tok = rule.kind == Kind::kSplit ? FirstDateEnd(m, toks, f) : m.last - rule.context;
    uint32_t last_tok = end_tok - 1;
    if (rule.kind != Kind::kSplit && rule.context == 0 && OpenBoundAfter(toks, end_tok)) {
      last_tok = end_tok + 1;
    }
    if (type == TimexType::kDate) DateTheClockBefore(m, toks, *value, &out);
    out.push_back({{toks[first].begin, toks[last_tok].end}, type, *value});
    if (rule.kind == Kind::kSplit) AddListedDays(m, toks, f, end_tok, &ctx, &out);
  }
  return out;
}

}  // namespace storyline::temporal
