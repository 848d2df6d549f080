// Error classes by rule. A wrong value goes to the first class whose rule fires, in
// this order (earlier rules are the more specific or the more certain):
//   gold contradicts its text  gold day's weekday is not the weekday the text names, or
//                              its month/year is not the one the text spells out
//   reference vs period        one side is PAST/PRESENT/FUTURE_REF
//   DURATION vs DATE           one side a P-value, the other not
//   duration amount/unit       both P-values (P10Y vs P1E, PT24H vs P1D, P3Y vs P1Y)
//   week convention            a W-value on either side, or "week" in either text
//   earnings period            a Q-value on either side, or quarter/period/fiscal/year-ago
//   part of day                same date, one side carries a part of day (TNI, TMO, ...)
//   granularity                one value a prefix of the other once trailing X and '-'
//                              are dropped (1968 vs 1968-XX, 199 vs 199X, 1989 vs 1989-11)
//   weekday: gold a week or more from the DCT
//                              a weekday named, both days, ours within 6 days of the DCT
//                              and the gold's 7 or more days away
//   weekday direction          a weekday named, both days, different days
//   month direction            a month named, same month, another year
//   anchor DCT vs narrative    exactly one side agrees with the DCT (is its period)
//   other
// Conventions (IsConvention): the classes where the gold itself writes the same surface
// both ways (eval_timex --classes prints that spread), or contradicts its own text.
#include "bench/time/error_classes.h"

#include <array>
#include <cctype>
#include <chrono>

namespace storyline::bench {

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool IsWordChar(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }

namespace {

// The index of `word` in `text` as a whole word (letters or digits on neither side),
// or npos. `word` may end in a prefix marker '*' ("week*" matches "weeks", "weekend").
size_t FindWord(std::string_view text, std::string_view word) {
  bool prefix = !word.empty() && word.back() == '*';
  if (prefix) word.remove_suffix(1);
  for (size_t p = text.find(word); p != std::string_view::npos; p = text.find(word, p + 1)) {
    size_t end = p + word.size();
    bool left = p == 0 || !IsWordChar(text[p - 1]);
    bool right = prefix || end == text.size() || !IsWordChar(text[end]);
    if (left && right) return p;
  }
  return std::string_view::npos;
}

template <size_t N>
int FindAny(std::string_view text, const std::array<std::string_view, N>& words) {
  for (size_t i = 0; i < N; ++i) {
    if (FindWord(text, words[i]) != std::string_view::npos) return static_cast<int>(i);
  }
  return -1;
}

constexpr std::array<std::string_view, 7> kWeekdays = {
    "sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"};
// Index % 12 + 1 is the month; abbreviations follow the full names.
constexpr std::array<std::string_view, 24> kMonths = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug",
    "sept", "oct", "nov", "dec"};
constexpr std::array<std::string_view, 6> kPartsOfDay = {"morning", "afternoon", "evening",
                                                         "night", "tonight", "overnight"};

bool IsDigits(std::string_view s, size_t from, size_t n) {
  if (s.size() < from + n) return false;
  for (size_t i = from; i < from + n; ++i) {
    if (!std::isdigit(static_cast<unsigned char>(s[i]))) return false;
  }
  return true;
}

bool IsDay(std::string_view v) {
  return IsDigits(v, 0, 4) && IsDigits(v, 5, 2) && IsDigits(v, 8, 2) && v[4] == '-' &&
         v[7] == '-';
}
bool IsMonthOrDay(std::string_view v) {
  return IsDigits(v, 0, 4) && IsDigits(v, 5, 2) && v[4] == '-';
}
bool IsRef(std::string_view v) { return v.ends_with("_REF"); }
bool IsDuration(std::string_view v) { return v.starts_with("P") && !IsRef(v); }
std::string_view DatePart(std::string_view v) { return v.substr(0, v.find('T')); }

// Precondition: IsDay(day).
std::chrono::year_month_day YmdOf(std::string_view day) {
  auto num = [&](size_t from, size_t n) { return std::stoi(std::string(day.substr(from, n))); };
  return {std::chrono::year(num(0, 4)), std::chrono::month(static_cast<unsigned>(num(5, 2))),
          std::chrono::day(static_cast<unsigned>(num(8, 2)))};
}

int WeekdayOf(std::string_view day) {
  std::chrono::year_month_day ymd = YmdOf(day);
  if (!ymd.ok()) return -1;
  return static_cast<int>(std::chrono::weekday(std::chrono::sys_days(ymd)).c_encoding());
}

// |a - b| in days, or -1 when either is no valid day.
int DaysApart(std::string_view a, std::string_view b) {
  if (!IsDay(a) || !IsDay(b) || !YmdOf(a).ok() || !YmdOf(b).ok()) return -1;
  int days = (std::chrono::sys_days(YmdOf(a)) - std::chrono::sys_days(YmdOf(b))).count();
  return days < 0 ? -days : days;
}

// A four-digit year spelled in the text ("1989", not "1980s" or "1,989"), or "".
std::string_view SpelledYear(std::string_view text) {
  for (size_t p = 0; p + 4 <= text.size(); ++p) {
    if (!IsDigits(text, p, 4) || (p > 0 && (IsWordChar(text[p - 1]) || text[p - 1] == ','))) {
      continue;
    }
    size_t end = p + 4;
    if (end < text.size() && (IsWordChar(text[end]) || text[end] == '\'')) continue;
    if (text[p] == '1' || text[p] == '2') return text.substr(p, 4);
  }
  return "";
}

bool GoldContradictsText(const std::string& text, std::string_view value) {
  if (IsDay(value)) {
    int named = FindAny(text, kWeekdays);
    if (named >= 0 && WeekdayOf(value) >= 0 && WeekdayOf(value) != named) return true;
  }
  if (IsMonthOrDay(value)) {
    int month = FindAny(text, kMonths);
    if (month >= 0 && std::stoi(std::string(value.substr(5, 2))) != month % 12 + 1) return true;
  }
  std::string_view year = SpelledYear(text);
  return !year.empty() && IsDigits(value, 0, 4) && !value.starts_with(year) &&
         FindWord(text, "fiscal") == std::string::npos;
}

// Drops trailing X and '-' so "1968-XX" and "1968", "199X" and "199" compare.
std::string_view StripUnknown(std::string_view v) {
  while (!v.empty() && (v.back() == 'X' || v.back() == '-')) v.remove_suffix(1);
  return v;
}

bool AgreesWithDct(std::string_view value, std::string_view dct) {
  std::string_view date = StripUnknown(DatePart(value));
  return !dct.empty() && IsDigits(date, 0, 4) && dct.starts_with(date);
}

}  // namespace

std::string ClassifyWrongValue(const TimexSide& gold, const TimexSide& sys,
                               std::string_view dct) {
  const std::string gold_text = Lower(gold.text);
  const std::string both = gold_text + " | " + Lower(sys.text);
  const std::string_view g = gold.value, s = sys.value;
  if (GoldContradictsText(gold_text, g)) return "gold contradicts its text";
  if (IsRef(g) || IsRef(s)) return "reference vs period";
  if (IsDuration(g) != IsDuration(s)) return "DURATION vs DATE";
  if (IsDuration(g)) return "duration amount/unit";
  if (g.find("-W") != std::string_view::npos || s.find("-W") != std::string_view::npos ||
      FindWord(both, "week*") != std::string::npos) {
    return "week convention";
  }
  constexpr std::array<std::string_view, 7> kEarnings = {
      "quarter*", "period", "fiscal", "year ago", "year earlier", "year-ago", "year-earlier"};
  if (g.find("-Q") != std::string_view::npos || s.find("-Q") != std::string_view::npos ||
      FindAny(both, kEarnings) >= 0) {
    return "earnings period";
  }
  if (DatePart(g) == DatePart(s)) return "part of day";
  std::string_view gs = StripUnknown(g), ss = StripUnknown(s);
  if (gs.starts_with(ss) || ss.starts_with(gs)) return "granularity";
  if (IsDay(g) && IsDay(s) && FindAny(both, kWeekdays) >= 0) {
    // A news weekday names a day of the DCT's week either side; a gold day a week or
    // more away while we are within the week is the "whole document a week off" slip
    // (AP900815: every weekday eight days early).
    bool gold_far = DaysApart(g, dct) >= 7 && DaysApart(s, dct) >= 0 && DaysApart(s, dct) < 7;
    return gold_far ? "weekday: gold a week or more from the DCT" : "weekday direction";
  }
  if (IsMonthOrDay(g) && IsMonthOrDay(s) && g.substr(4, 3) == s.substr(4, 3) &&
      FindAny(both, kMonths) >= 0) {
    return "month direction";
  }
  if (AgreesWithDct(g, dct) != AgreesWithDct(s, dct)) return "anchor DCT vs narrative";
  return "other value";
}

std::string ClassifyExtent(const TimexSide& gold, const TimexSide& sys) {
  if (sys.text.find(gold.text) != std::string_view::npos) return "extent: we add words";
  if (gold.text.find(sys.text) != std::string_view::npos) return "extent: we drop words";
  return "extent: other";
}

std::string ClassifyMiss(const TimexSide& gold, bool untagged_elsewhere) {
  if (IsRef(gold.value)) {
    return untagged_elsewhere ? "miss: reference word, gold tags it only sometimes"
                              : "miss: reference word";
  }
  if (IsDuration(gold.value)) return "miss: duration";
  const bool clock = gold.value.find('T') != std::string_view::npos;
  if (FindAny(Lower(gold.text), kPartsOfDay) >= 0 || clock) {
    return "miss: time or part of day";
  }
  return untagged_elsewhere ? "miss: date, gold tags the words only sometimes" : "miss: date";
}

std::string ClassifyFalseAlarm(const TimexSide& sys, bool tagged_elsewhere) {
  if (IsRef(sys.value)) {
    return tagged_elsewhere ? "false: reference word, gold tags it elsewhere"
                            : "false: reference word";
  }
  const std::string text = Lower(sys.text);
  constexpr std::array<std::string_view, 5> kRates = {"daily", "annually", "weekly", "monthly",
                                                      "yearly"};
  if (FindAny(text, kRates) >= 0) return "false: rate word";
  if (IsDuration(sys.value)) {
    // A hyphenated unit ("24-hour", "6-month") is an adjective: TimeBank tags some.
    return text.find('-') != std::string::npos ? "false: adjectival duration" : "false: duration";
  }
  return tagged_elsewhere ? "false: date, gold tags the words elsewhere" : "false: date";
}

std::string SpreadFamily(const TimexSide& gold) {
  const std::string text = Lower(gold.text);
  const bool duration = IsDuration(gold.value);
  if (FindWord(text, "week") != std::string::npos && !duration) return "week, not a duration";
  if (FindAny(text, kWeekdays) >= 0 && FindAny(text, kPartsOfDay) >= 0) {
    return "weekday + part of day";
  }
  if (text.size() == 4 && IsDigits(text, 0, 4)) return "bare year";
  constexpr std::array<std::string_view, 4> kYearAgo = {"year ago", "year earlier", "year-ago",
                                                        "year-earlier"};
  if (FindAny(text, kYearAgo) >= 0) return "a year ago / earlier";
  if (FindWord(text, "last year") != std::string::npos) return "last year";
  if (!duration && text.size() >= 3 && text.ends_with("0s")) return "decade, not a duration";
  return "";
}

std::string ValueShape(std::string_view value) {
  std::string out(value);
  for (char& c : out) {
    if (std::isdigit(static_cast<unsigned char>(c))) c = '9';
  }
  return out;
}

bool IsConvention(std::string_view c) {
  // Each of these is a surface the gold writes more than one way (the spread printed
  // by eval_timex --classes) or a gold value its own text contradicts.
  constexpr std::array<std::string_view, 9> kConventions = {
      "gold contradicts its text",
      "weekday: gold a week or more from the DCT",
      "week convention",
      "earnings period",
      "part of day",
      "granularity",
      "miss: reference word, gold tags it only sometimes",
      "false: reference word, gold tags it elsewhere",
      "false: adjectival duration"};
  for (std::string_view k : kConventions) {
    if (c == k) return true;
  }
  return false;
}

}  // namespace storyline::bench
