// Per-kind normalization (see normalizer.h). Without a DCT, relative expressions
// keep what the text fixes ("XXXX-12-08", "XXXX-WXX-5") or fall back to the
// TIMEX3 references PAST_REF / PRESENT_REF / FUTURE_REF, never a guessed date.
#include "src/extract/time/normalizer.h"

#include <algorithm>
#include <cmath>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "src/extract/time/calendar.h"
#include "src/extract/time/numeric_date.h"

namespace storyline::temporal {
namespace {

constexpr int kLeapYear = 2000;  // holds a yearless anchor (Feb 29 exists)

// The quarter an earnings report is about: the first one it names, else the last
// completed one before the DCT (which must be set).
std::string ReportQuarter(const NormContext& ctx) {
  return ctx.report_quarter.size() == 7 ? ctx.report_quarter : ShiftedPeriod(*ctx.dct, "Q", -1);
}

// "1989-Q3" → "1988-Q3".
std::string YearBefore(std::string_view quarter) {
  return absl::StrCat(std::stoi(std::string(quarter.substr(0, 4))) - 1, AbslView(quarter.substr(4)));
}

// Every explicit or derived day becomes the narrative anchor.
void SetAnchor(NormContext* ctx, absl::CivilDay d, bool yearless) {
  ctx->anchor = d;
  ctx->anchor_yearless = yearless;
}

std::string RefFor(int direction) {
  return direction < 0 ? "PAST_REF" : direction > 0 ? "FUTURE_REF" : "PRESENT_REF";
}

std::string CountText(double count) {
  if (count < 0) return "X";
  if (count == std::floor(count)) return absl::StrCat(static_cast<int64_t>(count));
  return absl::StrFormat("%.1f", count);
}

std::optional<std::string> Duration(const Fields& f) {
  if (f.unit.empty()) return std::nullopt;
  // "the past weeks", "the coming years": a plural unit without a count is open.
  double n = f.count == 0 ? (f.plural_unit ? -1 : 1) : f.count;
  if (f.half && n > 0 && n != std::floor(n) + 0.5) n += 0.5;
  // "5 1/2 hours", "2 1/2 years": TIMEX3 writes the fraction in the next smaller
  // unit (PT5H30M, P2Y6M; TimeBank has both).
  double whole = std::floor(n);
  if (n > 0 && n != whole) {
    int64_t w = static_cast<int64_t>(whole);
    auto part = [&](int per) { return static_cast<int64_t>(std::lround((n - whole) * per)); };
    std::string head = w > 0 ? absl::StrCat(w) : "";
    if (f.unit == "Y") return absl::StrCat("P", head, w > 0 ? "Y" : "", part(12), "M");
    if (f.unit == "D") return absl::StrCat("P", head, w > 0 ? "D" : "", "T", part(24), "H");
    if (f.unit == "H") return absl::StrCat("PT", head, w > 0 ? "H" : "", part(60), "M");
    if (f.unit == "MIN") return absl::StrCat("PT", head, w > 0 ? "M" : "", part(60), "S");
  }
  // TimeBank writes decades and centuries in years ("two decades" P20Y, "the past
  // decade" P10Y, "decades-long" PXY). Uncounted centuries take its own century
  // letter C ("for centuries" PXC, as P2L is its millennia), not TIDES' CE: its one
  // other reading, PXE, is its decade letter.
  if (f.unit == "CE" && n < 0) return "PXC";
  if (f.unit == "DE" || f.unit == "CE") {
    if (n < 0) return "PXY";
    return absl::StrCat("P", CountText(n * (f.unit == "DE" ? 10 : 100)), "Y");
  }
  std::string c = CountText(n);
  if (f.unit == "H") return "PT" + c + "H";
  if (f.unit == "MIN") return "PT" + c + "M";
  if (f.unit == "S") return "PT" + c + "S";
  if (f.unit == "F") return "P" + CountText(n * 2) + "W";
  return "P" + c + std::string(f.unit);
}

// Explicit or partial calendar date: year/month/day/weekday/season.
std::optional<std::string> CalendarDate(const Fields& f, NormContext* ctx) {
  if (f.month == 0 && f.weekday == 0 && f.year == 0 && f.season.empty()) return std::nullopt;
  if (f.month == 0 && f.year == 0 && f.season.empty()) {  // weekday alone
    if (!ctx->dct) return absl::StrFormat("XXXX-WXX-%d", f.weekday);
    absl::CivilDay d = ResolveWeekday(*ctx->dct, f.weekday, ctx->tense);
    SetAnchor(ctx, d, false);
    return DayValue(d);
  }
  int64_t year = f.year;
  if (year != 0) ctx->mentioned_year = year;
  if (year == 0 && f.has_mod && f.unit == "Y" && ctx->dct) year = ctx->dct->year() + f.mod;
  if (!f.season.empty()) {
    if (year == 0) year = ctx->dct ? ctx->dct->year() : 0;
    return year == 0 ? "XXXX-" + std::string(f.season) : YearValue(year) + "-" + std::string(f.season);
  }
  if (f.month == 0) return YearValue(year);
  if (f.day > 31) return std::nullopt;
  if (year == 0 && ctx->dct && ctx->period_ended && f.day != 0) {
    absl::CivilDay this_year(ctx->dct->year(), f.month, f.day);
    year = ctx->dct->year() - (this_year > *ctx->dct ? 1 : 0);
  }
  if (year == 0 && ctx->dct) year = ResolveYear(*ctx->dct, f.month, f.day, ctx->tense);
  if (year == 0) {
    if (f.day == 0) return absl::StrFormat("XXXX-%02d", f.month);
    absl::CivilDay leap(kLeapYear, f.month, f.day);
    if (leap.day() != f.day) return std::nullopt;
    SetAnchor(ctx, leap, true);
    return absl::StrFormat("XXXX-%02d-%02d", f.month, f.day);
  }
  if (f.day == 0) return MonthValue(absl::CivilMonth(year, f.month));
  absl::CivilDay d(year, f.month, f.day);
  if (d.day() != f.day) return std::nullopt;  // February 30
  ctx->mentioned_year = year;
  SetAnchor(ctx, d, false);
  // "the week of March 6": the ISO week that holds the day.
  return f.unit == "W" && f.first_word == "the" ? WeekValue(d) : DayValue(d);
}

// "last summer", "next spring": the latest such season before the DCT, or the first
// after it, as "last April" is the latest April (TimeBank: "last April" in October
// 1989 is 1989-04, and "this past spring" then is 1989-SP). Spring, summer and fall
// end in May, August and November; a season not yet over is this year's only for
// "next" when it has not begun. Winter spans the year's turn, so its year stays the
// DCT's year plus the modifier.
int64_t SeasonYear(std::string_view season, int mod, absl::CivilDay dct) {
  int first_month = season == "SP" ? 3 : season == "SU" ? 6 : season == "FA" ? 9 : 0;
  if (first_month == 0 || mod == 0) return dct.year() + mod;
  if (mod < 0) return dct.year() - (dct.month() <= first_month + 2 ? 1 : 0);
  return dct.year() + (dct.month() >= first_month ? 1 : 0);
}

std::optional<std::string> Relative(const Fields& f, NormContext* ctx) {
  if (f.has_relday) {
    // "the day before yesterday": the shift word moves the day once more.
    int relday = f.relday + (f.has_shift ? f.shift : 0);
    if (!ctx->dct) return relday == 0 ? std::string("PRESENT_REF") : RefFor(relday);
    SetAnchor(ctx, *ctx->dct + relday, false);
    return DayValue(*ctx->anchor);
  }
  if (!ctx->dct) return RefFor(f.mod);
  // "in coming months", "past years": no single period, only a direction.
  if (f.plural_unit && f.has_mod && f.mod != 0) return RefFor(f.mod);
  absl::CivilDay dct = *ctx->dct;
  if (f.weekday) {
    Tense t = f.mod < 0 ? Tense::kPast : f.mod > 0 ? Tense::kFuture : ctx->tense;
    // "the previous Friday", "the following Monday" count from the day the narrative
    // is on ("down 4.5% from the previous Friday" after Friday's close), "last
    // Friday" from the DCT.
    bool from_anchor = (f.first_word == "previous" || f.first_word == "following" ||
                        (f.first_word == "the" && f.mod != 0 && !f.has_shift)) &&
                       ctx->anchor && !ctx->anchor_yearless;
    absl::CivilDay ref = from_anchor ? *ctx->anchor : dct;
    absl::CivilDay d = ResolveWeekday(f.mod == 0 ? ref : ref + f.mod, f.weekday, t);
    if (f.has_shift) d += f.shift;  // "the day before last Tuesday"
    SetAnchor(ctx, d, false);
    return DayValue(d);
  }
  if (f.month) {
    int64_t y = dct.year() + (f.mod < 0 && f.month >= dct.month() ? -1 : 0) +
                (f.mod > 0 && f.month <= dct.month() ? 1 : 0);
    return MonthValue(absl::CivilMonth(y, f.month));
  }
  if (!f.season.empty()) {
    return YearValue(SeasonYear(f.season, f.mod, dct)) + "-" + std::string(f.season);
  }
  if (f.unit == "WE" && !f.has_mod) {  // "the weekend": the one the tense points to
    return WeekValue(ResolveWeekday(dct, 6, ctx->tense)) + "-WE";
  }
  // "the quarter" in a past-tense report is the last completed one.
  int mod = !f.has_mod && f.unit == "Q" && ctx->tense == Tense::kPast ? -1 : f.mod;
  std::string v = ShiftedPeriod(dct, f.unit, mod);
  if (v.empty()) return std::nullopt;
  return v;
}

// A bare "year-ago" / "year-earlier" in an earnings report ("a loss in the third
// quarter, compared with a year-earlier loss"; "in the year-ago quarter. The
// year-ago results") modifies the period just named: the report's own period moves
// a year back, a period already before it is the comparison itself. Empty when the
// previous timex is no quarter or year.
std::string ComparedPeriod(const NormContext& ctx) {
  const std::string& prev = ctx.previous_value;
  bool quarter = prev.size() == 7 && prev[5] == 'Q' && prev[6] >= '1' && prev[6] <= '4';
  bool year = prev.size() == 4 && std::all_of(prev.begin(), prev.end(), absl::ascii_isdigit);
  if (!quarter && !year) return "";
  bool reported = prev.substr(0, 4) == ReportQuarter(ctx).substr(0, 4);
  return reported ? YearBefore(prev) : prev;
}

// "the year-ago quarter": the period "the quarter" would name, a year earlier.
std::optional<std::string> YearAgo(const Fields& f, NormContext* ctx) {
  if (!ctx->dct) return std::nullopt;
  if (f.first_word == "year" && ctx->quarter_context) {
    std::string compared = ComparedPeriod(*ctx);
    if (!compared.empty()) return compared;
  }
  // "the year-earlier period": in an earnings report the period is a quarter,
  // elsewhere the year; a bare "year-ago" ("year-ago results") is the year.
  std::string_view unit = f.unit;
  if (f.last_word == "period") unit = ctx->quarter_context ? "Q" : "Y";
  if (f.last_word == "ago" || f.last_word == "earlier") {
    unit = f.first_word == "the" ? "Q" : "Y";  // "the quarter a year ago" names a quarter
  }
  NormContext shifted = *ctx;
  shifted.dct = ShiftDay(*ctx->dct, "Y", -1);
  if (unit == "Q") {
    if (f.ordinal >= 1 && f.ordinal <= 4) {
      return absl::StrFormat("%04d-Q%d", shifted.dct->year(), f.ordinal);
    }
    return YearBefore(ReportQuarter(*ctx));
  }
  Fields g = f;
  g.unit = unit;
  g.has_mod = false;
  return Relative(g, &shifted);
}

// "two days ago" (from the DCT), "a month earlier" / "the next day" (from the anchor).
std::optional<std::string> Shifted(const Fields& f, NormContext* ctx, bool from_dct, int dir) {
  if (f.unit.empty()) return std::nullopt;
  std::optional<absl::CivilDay> base = from_dct || !ctx->anchor ? ctx->dct : ctx->anchor;
  int n = f.count == 0 ? 1 : static_cast<int>(f.count);
  if (base && base == ctx->anchor && ctx->anchor_yearless) {  // "the next day" after "December 8"
    if (f.unit != "D" || f.count < 0 || f.count != std::floor(f.count)) return RefFor(dir);
    SetAnchor(ctx, ShiftDay(*base, "D", dir * n), ctx->anchor_yearless);
    return "XXXX" + DayValue(*ctx->anchor).substr(4);
  }
  // "125,000 years ago", "years earlier": no count the tagger can read, only a direction.
  if (!base || f.count < 0 || f.count != std::floor(f.count) || (f.count == 0 && f.plural_unit)) {
    return RefFor(dir);
  }
  if (f.unit == "H" || f.unit == "MIN" || f.unit == "S") return DayValue(*base);
  // In an earnings sentence "a year ago" is the year-ago quarter (TimeBank's
  // WSJ convention): the last completed quarter, one year back.
  if (ctx->quarter_context && f.unit == "Y" && n == 1 && dir < 0 && ctx->tense != Tense::kFuture &&
      ctx->dct) {
    return YearBefore(ReportQuarter(*ctx));
  }
  std::string v = ShiftedPeriod(*base, f.unit, dir * n);
  if (f.unit == "D") SetAnchor(ctx, ShiftDay(*base, "D", dir * n), false);
  return v.empty() ? std::nullopt : std::optional<std::string>(v);
}

std::optional<std::string> ClockTime(const Fields& f, NormContext* ctx) {
  std::string date = ctx->dct ? DayValue(*ctx->dct) : "XXXX-XX-XX";
  if (f.has_relday && ctx->dct) date = DayValue(*ctx->dct + f.relday);
  if (f.has_mod && f.mod < 0 && ctx->dct) date = DayValue(*ctx->dct - 1);  // "last night"
  // "dealers placed orders in the morning", "the next morning", "by mid afternoon":
  // a part of day with no day of its own is on the day the narrative is on (its
  // last explicit day), "this morning" and "last night" on the DCT's.
  bool narrative = !f.part.empty() && !f.has_relday && !f.weekday && !f.month &&
                   (f.first_word == "the" || !f.has_mod);
  std::optional<absl::CivilDay> on = ctx->anchor && !ctx->anchor_yearless ? ctx->anchor : ctx->dct;
  if (narrative && on) date = DayValue(*on + (f.has_mod ? f.mod : 0));
  if (f.weekday) {  // without a DCT the weekday is all the text fixes ("Monday night")
    date = ctx->dct ? DayValue(ResolveWeekday(*ctx->dct, f.weekday, ctx->tense))
                    : absl::StrFormat("XXXX-WXX-%d", f.weekday);
  }
  if (!f.numeric_date.empty()) {  // "15.12.2024, 08:30"
    std::optional<absl::CivilDay> d = ResolveNumericDate(f.numeric_date, ctx->dct, ctx->numeric_date_order);
    if (!d) return std::nullopt;
    date = DayValue(*d);
  }
  if (f.month && f.day) {  // "5 p.m. EST Nov. 9"
    int64_t year = f.year ? f.year : ctx->dct ? ResolveYear(*ctx->dct, f.month, f.day, ctx->tense) : 0;
    absl::CivilDay d(year ? year : kLeapYear, f.month, f.day);
    if (d.day() != f.day) return std::nullopt;
    date = year ? DayValue(d) : "XXXX" + DayValue(d).substr(4);
  }
  if (!f.part.empty() && f.nums.empty()) return date + "T" + std::string(f.part);
  // The clock's numbers come first; a trailing day of month or year is not a minute.
  size_t clock_nums = f.nums.size() - (f.month && f.day && !f.nums.empty() ? 1 : 0);
  if (f.year && clock_nums > 0) --clock_nums;
  int hour = f.midnight ? 24 : clock_nums == 0 ? 12 : f.nums[0];
  int minute = clock_nums > 1 ? f.nums[1] : 0;
  // "4 in the morning", "10 at night": the part of day says which half of the day.
  bool pm = f.ampm == "PM" || f.part == "AF" || f.part == "EV" || (f.part == "NI" && hour >= 6);
  if (pm && hour < 12) hour += 12;
  if (f.ampm == "AM" && hour == 12) hour = 0;
  if (hour > 24 || minute > 59 || (clock_nums == 2 && hour > 23)) {
    return std::nullopt;
  }
  return absl::StrFormat("%sT%02d:%02d", date, hour, minute);
}

std::optional<std::string> SetValue(const Fields& f) {
  if (!f.setw.empty()) return std::string(f.setw);
  if (f.weekday) return absl::StrFormat("XXXX-WXX-%d", f.weekday);
  if (f.month) return absl::StrFormat("XXXX-%02d", f.month);  // "each July"
  if (!f.season.empty()) return "XXXX-" + std::string(f.season);  // "every summer"
  if (f.unit == "H" || f.unit == "MIN") return "PT1" + std::string(f.unit == "H" ? "H" : "M");
  if (!f.unit.empty()) return "P1" + std::string(f.unit);
  return std::nullopt;
}

std::optional<std::string> Iso(const Fields& f, NormContext* ctx) {
  if (f.nums.size() < 3 || f.nums[1] < 1 || f.nums[1] > 12 || f.nums[2] < 1 || f.nums[2] > 31) {
    return std::nullopt;
  }
  absl::CivilDay d(f.nums[0], f.nums[1], f.nums[2]);
  SetAnchor(ctx, d, false);
  return DayValue(d);
}

// "15.12.2024", "12/15/24": see numeric_date.h for the reading.
std::optional<std::string> NumericDate(const Fields& f, NormContext* ctx) {
  std::optional<absl::CivilDay> d = ResolveNumericDate(f.numeric_date, ctx->dct, ctx->numeric_date_order);
  if (!d) return std::nullopt;
  ctx->mentioned_year = d->year();
  SetAnchor(ctx, *d, false);
  return DayValue(*d);
}

// Years read aloud in broadcast transcripts: "nineteen ninety-six" (the century
// word, then the rest of the number: 19 and 96), "the year two thousand". Counts
// that merely look alike ("twenty five") are rejected: the rest must be 10-99.
std::optional<std::string> SpokenYear(const Fields& f) {
  int rest = static_cast<int>(f.count) - f.first_numw;
  if (f.count != std::floor(f.count) || f.count <= 0) return std::nullopt;
  if (f.last_word == "thousand") {
    return f.first_numw == 2 && rest == 0 ? std::optional<std::string>("2000") : std::nullopt;
  }
  if (f.first_numw < 18 || f.first_numw > 20 || rest < 10 || rest > 99) return std::nullopt;
  std::string year = YearValue(f.first_numw * 100 + rest);
  return f.season.empty() ? year : year + "-" + std::string(f.season);
}

// A holiday's day in `year` from its rule: "12-25", or "11-22+4" = the first
// weekday 4 (Thursday) on or after November 22, or "easter-2" = two days before
// Easter Sunday (a trailing "/W" asks for the week, which Holiday formats).
std::optional<absl::CivilDay> HolidayIn(std::string_view rule, int64_t year) {
  rule = rule.substr(0, rule.find('/'));
  if (absl::StartsWith(AbslView(rule), "easter")) {
    int shift = 0;
    if (rule.size() > 6 && !absl::SimpleAtoi(AbslView(rule.substr(6)), &shift)) return std::nullopt;
    return EasterSunday(year) + shift;
  }
  int month = 0, day = 0, weekday = 0;
  if (!absl::SimpleAtoi(AbslView(rule.substr(0, 2)), &month) ||
      !absl::SimpleAtoi(AbslView(rule.substr(3, 2)), &day)) {
    return std::nullopt;
  }
  if (rule.size() > 6 && !absl::SimpleAtoi(AbslView(rule.substr(6)), &weekday)) return std::nullopt;
  absl::CivilDay d(year, month, day);
  if (weekday != 0) d += (weekday - IsoWeekday(d) + 7) % 7;
  return d;
}

// "Thanksgiving", "last Christmas", "Christmas 2024": the year from the text, the
// modifier ("last": the latest one before the DCT), else tense as for a month-day.
std::optional<std::string> Holiday(const Fields& f, NormContext* ctx) {
  std::optional<absl::CivilDay> d;
  if (f.year != 0) {
    d = HolidayIn(f.day_rule, f.year);
  } else if (ctx->dct) {
    Tense t = f.has_mod ? (f.mod < 0 ? Tense::kPast : f.mod > 0 ? Tense::kFuture : Tense::kUnknown)
                        : ctx->tense;
    const bool week = absl::EndsWith(AbslView(f.day_rule), "/W");
    for (int64_t y = ctx->dct->year() - 1; y <= ctx->dct->year() + 1; ++y) {
      std::optional<absl::CivilDay> c = HolidayIn(f.day_rule, y);
      if (!c) continue;
      // A week is past once it has begun ("as Easter week began" on its Monday).
      absl::CivilDay first = week ? *c - (IsoWeekday(*c) - 1) : *c;
      if ((t == Tense::kPast && first > *ctx->dct) || (t == Tense::kFuture && *c < *ctx->dct)) {
        continue;
      }
      if (f.has_mod && f.mod == 0 && c->year() != ctx->dct->year()) continue;
      if (!d || std::llabs(*c - *ctx->dct) < std::llabs(*d - *ctx->dct)) d = c;
    }
  } else if (f.day_rule.size() == 5) {  // a fixed day keeps its month and day
    return absl::StrCat("XXXX-", AbslView(f.day_rule));
  }
  if (!d) return std::nullopt;
  // "Easter week", "Holy Week": the ISO week that ends on Easter Sunday.
  if (absl::EndsWith(AbslView(f.day_rule), "/W")) return WeekValue(*d);
  SetAnchor(ctx, *d, false);
  return DayValue(*d);
}

// "the first half of 1989" (H1), "the second / last half of the year" (H2): TIMEX3
// half years; the year is the one named, else the DCT's.
std::optional<std::string> HalfYear(const Fields& f, const NormContext& ctx) {
  int half = f.has_mod && f.mod < 0 ? 2 : f.ordinal;
  if (!f.half_word || half < 1 || half > 2) return std::nullopt;
  int64_t year = f.year != 0 ? f.year : ctx.dct ? ctx.dct->year() : 0;
  return absl::StrCat(year == 0 ? "XXXX" : YearValue(year), "-H", half);
}

// "that day", "later that year", "that same week": the period of the narrative's
// last date (the year: of the last date spelled out), else of the DCT. "later in
// the year" (`within`) names no earlier year, and a year merely mentioned ("the
// 1918 flu ... could hit hard later in the year") is not its anchor: only the
// narrative's last date is.
std::optional<std::string> ThatPeriod(const Fields& f, const NormContext& ctx,
                                      bool year_mentioned_counts) {
  if (f.unit == "Y" && ctx.mentioned_year != 0 && year_mentioned_counts) {
    return YearValue(ctx.mentioned_year);
  }
  if (ctx.anchor && ctx.anchor_yearless) {
    return f.unit == "D" ? std::optional<std::string>("XXXX" + DayValue(*ctx.anchor).substr(4))
                         : std::nullopt;
  }
  std::optional<absl::CivilDay> base = ctx.anchor ? ctx.anchor : ctx.dct;
  if (!base) return std::nullopt;
  std::string v = ShiftedPeriod(*base, f.unit, 0);
  return v.empty() ? std::nullopt : std::optional<std::string>(v);
}

// "the 19th century" → "18": TIMEX3 writes a century as its years' first two
// digits (TimeBank: "the fabled 11th century temple" → "10").
std::optional<std::string> Century(const Fields& f) {
  int n = f.day != 0 ? f.day : f.ordinal;
  if (n < 1 || n > 30) return std::nullopt;
  return std::string(1, static_cast<char>('0' + (n - 1) / 10)) +
         static_cast<char>('0' + (n - 1) % 10);
}

}  // namespace

std::optional<std::string> Normalize(Kind kind, const Fields& f, NormContext* ctx) {
  switch (kind) {
    case Kind::kDate: case Kind::kSplit: return CalendarDate(f, ctx);
    case Kind::kIso: return Iso(f, ctx);
    case Kind::kNumeric: return NumericDate(f, ctx);
    case Kind::kRel: return Relative(f, ctx);
    case Kind::kAgo: return Shifted(f, ctx, f.shift_from_dct, f.shift);
    case Kind::kAnchor:
      return Shifted(f, ctx, false, f.has_shift ? f.shift : f.has_mod ? f.mod : 0);
    case Kind::kDur:
      // "the past year", "the current quarter": with no count the phrase names the
      // period itself (TimeBank gold: 1997, 1989-Q4), not a stretch of time.
      if (f.has_mod && f.count == 0 && !f.plural_unit) return Relative(f, ctx);
      return Duration(f);
    case Kind::kDecadeK: {
      // "the 1990s" carries its decade; Russian "1990-х годов" spells it as a year.
      int decade = f.decade != 0 ? f.decade : f.year % 10 == 0 ? f.year : 0;
      if (decade == 0) return std::nullopt;
      return YearValue(decade).substr(0, 3);
    }
    case Kind::kQuarter: {
      // "the 1988 quarter", "the 1989 period" in an earnings report: the quarter
      // under discussion (see ReportQuarter) of that year.
      if (f.ordinal == 0 && f.year != 0 && ctx->quarter_context &&
          (f.unit == "Q" || f.last_word == "period")) {
        char q = ctx->report_quarter.size() == 7 ? ctx->report_quarter[6]
                 : ctx->dct                      ? ReportQuarter(*ctx).back()
                                                 : 'X';
        return absl::StrFormat("%04d-Q%c", f.year, q);
      }
      if (f.ordinal == 0 && f.year != 0) return YearValue(f.year);  // no quarters in sight
      if (f.ordinal == 0 && f.last_word == "period") {  // "the latest period"
        if (!ctx->quarter_context || !ctx->dct) return std::nullopt;
        return ReportQuarter(*ctx);
      }
      if (f.unit != "Q" || f.ordinal < 1 || f.ordinal > 4) return std::nullopt;
      if (f.year == 0 && !ctx->dct) return absl::StrFormat("XXXX-Q%d", f.ordinal);
      int64_t year = f.year;
      if (year == 0) {
        // "the fourth quarter" reported in January in the past tense is last year's.
        // Not the converse: a finished quarter's results are still "expected" (tuning
        // part: "expects to report third-quarter net" in October, 7 of 7 this year's).
        year = ctx->dct->year();
        // "next year's first quarter": the possessive's year decides, not the tense.
        if (f.has_mod) {
          year += f.mod;
        } else if (ctx->tense == Tense::kPast && f.ordinal > (ctx->dct->month() - 1) / 3 + 1) {
          --year;
        }
      }
      std::string v = absl::StrFormat("%04d-Q%d", year, f.ordinal);
      // The first quarter named is the report's; "the 1988 second quarter" is a comparison.
      if (f.year == 0 && !f.has_mod && ctx->report_quarter.empty()) ctx->report_quarter = v;
      return v;
    }
    case Kind::kRef:
      if (f.first_word == "then") return "PAST_REF";  // "the then current price"
      if (f.last_word == "day") return "FUTURE_REF";  // "will one day be"
      if (!f.ref.empty()) return std::string(f.ref);
      if (f.last_word == "past") return "PAST_REF";
      // "в ближайшие недели" ("in the coming weeks"): Russian plurals have no -s for
      // the plural-unit rule that reads "the coming weeks" as FUTURE_REF.
      if (f.first_word == "ближайшие" || f.first_word == "ближайших") return "FUTURE_REF";
      // "the near future", "in the near term", "the short term": what lies just ahead.
      if (f.last_word == "future" || f.last_word == "term") return "FUTURE_REF";
      if (f.last_word == "present" || f.first_word == "these") return "PRESENT_REF";
      return f.unit.empty() ? std::nullopt : std::optional<std::string>("PAST_REF");  // "recent years"
    case Kind::kSet: return SetValue(f);
    case Kind::kTime: return ClockTime(f, ctx);
    case Kind::kYearAgo: return YearAgo(f, ctx);
    case Kind::kSpokenYear: return SpokenYear(f);
    case Kind::kHoliday: return Holiday(f, ctx);
    case Kind::kThat: return ThatPeriod(f, *ctx, true);
    case Kind::kWithin: return ThatPeriod(f, *ctx, false);
    case Kind::kHalf: return HalfYear(f, *ctx);
    case Kind::kCentury: return Century(f);
    case Kind::kVague: {  // "for years" → PXY: a duration of unstated length
      Fields g = f;
      g.count = -1;
      return Duration(g);
    }
  }
  return std::nullopt;
}

}  // namespace storyline::temporal
