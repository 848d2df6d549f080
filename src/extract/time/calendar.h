// Calendar helpers over absl::CivilDay for TIMEX3 values: formatting at each
// granularity, ISO weeks, unit arithmetic, and tense-directed resolution of
// partial dates ("Friday", "Dec. 15", "October") against a reference day.
// Pure functions; thread-safe.
#ifndef STORYLINE_EXTRACT_TIME_CALENDAR_H_
#define STORYLINE_EXTRACT_TIME_CALENDAR_H_

#include <optional>
#include <string>
#include <string_view>

#include "absl/time/civil_time.h"
#include "src/extract/time/grammar.h"

namespace storyline::temporal {

// "2024-12-13"; "2024-12"; "2024"; "2024-W50"; "2024-Q4"; "199" (decade).
std::string DayValue(absl::CivilDay d);
std::string MonthValue(absl::CivilMonth m);
std::string YearValue(int64_t y);
std::string WeekValue(absl::CivilDay d);
// ISO weekday, Monday = 1 … Sunday = 7.
int IsoWeekday(absl::CivilDay d);
// Easter Sunday of the Gregorian `year` (the anonymous Gregorian computus, as in
// Meeus, "Astronomical Algorithms"; valid for every Gregorian year).
absl::CivilDay EasterSunday(int64_t year);
// Parses "YYYY-MM-DD" (longer strings: the first 10 chars); nullopt if malformed.
std::optional<absl::CivilDay> ParseDay(std::string_view s);

// The value of the period `unit` ("D","W","M","Y","Q","DE","CE","WE") containing
// `d` shifted by `n` units; empty for units that have no calendar value.
std::string ShiftedPeriod(absl::CivilDay d, std::string_view unit, int n);
// `d` moved by n units at day resolution (used for narrative anchors).
absl::CivilDay ShiftDay(absl::CivilDay d, std::string_view unit, int n);

// The weekday `wd` (1..7) nearest `ref` in the direction the tense implies: past →
// on or before ref, future → after ref, otherwise the nearest (ties → past).
absl::CivilDay ResolveWeekday(absl::CivilDay ref, int wd, Tense tense);
// The year for month/day (day 0 = whole month) nearest `ref` by tense, same rule.
int64_t ResolveYear(absl::CivilDay ref, int month, int day, Tense tense);

}  // namespace storyline::temporal

#endif  // STORYLINE_EXTRACT_TIME_CALENDAR_H_
