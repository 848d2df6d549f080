// TIMEX3 calendar arithmetic. Tense decides the direction of underspecified
// dates because news reports past events in the past tense and announcements in
// the future; with no tense cue the nearest occurrence is the best single guess
// (TempEval-3 systems such as HeidelTime use the same fallback).
#include "src/extract/time/calendar.h"

#include <cstdlib>

#include "absl/strings/numbers.h"
#include "absl/strings/str_format.h"

namespace storyline::temporal {

std::string DayValue(absl::CivilDay d) {
  return absl::StrFormat("%04d-%02d-%02d", d.year(), d.month(), d.day());
}
std::string MonthValue(absl::CivilMonth m) {
  return absl::StrFormat("%04d-%02d", m.year(), m.month());
}
std::string YearValue(int64_t y) { return absl::StrFormat("%04d", y); }

int IsoWeekday(absl::CivilDay d) {
  switch (absl::GetWeekday(d)) {
    case absl::Weekday::monday: return 1;
    case absl::Weekday::tuesday: return 2;
    case absl::Weekday::wednesday: return 3;
    case absl::Weekday::thursday: return 4;
    case absl::Weekday::friday: return 5;
    case absl::Weekday::saturday: return 6;
    case absl::Weekday::sunday: return 7;
  }
  return 1;
}

std::string WeekValue(absl::CivilDay d) {
  absl::CivilDay thursday = d + (4 - IsoWeekday(d));
  int week = (absl::GetYearDay(thursday) - 1) / 7 + 1;
  return absl::StrFormat("%04d-W%02d", thursday.year(), week);
}

absl::CivilDay EasterSunday(int64_t year) {
  const int64_t a = year % 19, b = year / 100, c = year % 100;
  const int64_t d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
  const int64_t h = (19 * a + b - d - g + 15) % 30;  // epact: days to the paschal full moon
  const int64_t i = c / 4, k = c % 4;
  const int64_t l = (32 + 2 * e + 2 * i - h - k) % 7;  // days on to the next Sunday
  const int64_t m = (a + 11 * h + 22 * l) / 451;
  const int64_t month = (h + l - 7 * m + 114) / 31;
  const int64_t day = (h + l - 7 * m + 114) % 31 + 1;
  return absl::CivilDay(year, month, day);
}

std::optional<absl::CivilDay> ParseDay(std::string_view s) {
  int y = 0, m = 0, d = 0;
  if (s.size() < 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
  if (!absl::SimpleAtoi(AbslView(s.substr(0, 4)), &y) || !absl::SimpleAtoi(AbslView(s.substr(5, 2)), &m) ||
      !absl::SimpleAtoi(AbslView(s.substr(8, 2)), &d) || m < 1 || m > 12 || d < 1 || d > 31) {
    return std::nullopt;
  }
  return absl::CivilDay(y, m, d);
}

absl::CivilDay ShiftDay(absl::CivilDay d, std::string_view unit, int n) {
  if (unit == "D") return d + n;
  if (unit == "W" || unit == "WE") return d + 7 * n;
  if (unit == "F") return d + 14 * n;
  int months = unit == "M" ? n : unit == "Q" ? 3 * n : unit == "Y" ? 12 * n
             : unit == "DE" ? 120 * n : unit == "CE" ? 1200 * n : 0;
  absl::CivilMonth m = absl::CivilMonth(d) + months;
  absl::CivilDay shifted(m.year(), m.month(), d.day());
  // CivilDay normalizes Feb 30 to Mar 2; clamp to the month's last day instead.
  while (absl::CivilMonth(shifted) != m) shifted -= 1;
  return shifted;
}

std::string ShiftedPeriod(absl::CivilDay d, std::string_view unit, int n) {
  absl::CivilDay s = ShiftDay(d, unit, n);
  if (unit == "D") return DayValue(s);
  if (unit == "W") return WeekValue(s);
  if (unit == "WE") return WeekValue(s) + "-WE";
  if (unit == "M") return MonthValue(absl::CivilMonth(s));
  if (unit == "Y") return YearValue(s.year());
  if (unit == "Q") return absl::StrFormat("%04d-Q%d", s.year(), (s.month() - 1) / 3 + 1);
  if (unit == "DE") return YearValue(s.year()).substr(0, 3);
  if (unit == "CE") return YearValue(s.year()).substr(0, 2);
  return "";
}

absl::CivilDay ResolveWeekday(absl::CivilDay ref, int wd, Tense tense) {
  int back = (IsoWeekday(ref) - wd + 7) % 7;  // days back to the previous/same wd
  // A bare weekday that is the reference day's own is that day whatever the tense
  // ("talks will resume Friday" written on a Friday is today, not next week).
  if (back == 0) return ref;
  absl::CivilDay past = ref - back;
  absl::CivilDay future = ref + (7 - back);
  if (tense == Tense::kPast) return past;
  if (tense == Tense::kFuture) return future;
  return (ref - past) <= (future - ref) ? past : future;
}

namespace {

// Signed distance in days from ref to month/day of year y (whole months compare
// by month, so "in December" said in December is this December).
int64_t DistanceTo(absl::CivilDay ref, int64_t y, int month, int day) {
  return day == 0 ? (absl::CivilMonth(y, month) - absl::CivilMonth(ref)) * 31
                  : absl::CivilDay(y, month, day) - ref;
}

// Nearest year whose occurrence satisfies `ok(distance)`; 0 when none does.
template <typename Ok>
int64_t NearestYear(absl::CivilDay ref, int month, int day, Ok ok) {
  int64_t best = 0, best_dist = -1;
  for (int64_t y = ref.year() - 1; y <= ref.year() + 1; ++y) {
    int64_t dist = DistanceTo(ref, y, month, day);
    if (!ok(dist)) continue;
    if (best_dist < 0 || std::llabs(dist) < best_dist) {
      best_dist = std::llabs(dist);
      best = y;
    }
  }
  return best;
}

// For a month and day, tense is trusted only within a horizon (a bare month
// nearly always, see kMonthPastHorizon): beyond that a reporter would have
// written the year, and news mostly talks about the months around the DCT
// (tuning part of TimeBank/AQUAINT: "Jan. 14" said in the past tense on Jan. 7
// is next week's deadline, not last year's).
constexpr int64_t kFutureHorizonDays = 183;
// Past-tense reports reach further back: "was shot on Oct. 23" written in May is
// last October (tuning part: 6 of 6 such dates 183–270 days back were past).
constexpr int64_t kPastHorizonDays = 270;
// A bare month follows the past tense up to ten months back, never to the month
// after the DCT's a year ago: "a cutback in its supply in September" told in August
// is next month, the past cue being the reporting verb (tuning part: 3 of 3 such
// months were the next one; 3 of 5 taken 8-10 months back were right, so no less).
constexpr int64_t kMonthPastHorizon = 10 * 31;  // in DistanceTo's units for a month

}  // namespace

int64_t ResolveYear(absl::CivilDay ref, int month, int day, Tense tense) {
  int64_t nearest = NearestYear(ref, month, day, [](int64_t) { return true; });
  int64_t by_tense = 0;
  if (tense == Tense::kPast) {
    by_tense = NearestYear(ref, month, day, [](int64_t d) { return d <= 0; });
  } else if (tense == Tense::kFuture) {
    by_tense = NearestYear(ref, month, day, [](int64_t d) { return d >= 0; });
  }
  if (by_tense == 0) return nearest;
  int64_t dist = std::llabs(DistanceTo(ref, by_tense, month, day));
  if (day == 0) return tense == Tense::kPast && dist > kMonthPastHorizon ? nearest : by_tense;
  if (dist <= (tense == Tense::kPast ? kPastHorizonDays : kFutureHorizonDays)) return by_tense;
  return nearest;
}

}  // namespace storyline::temporal
