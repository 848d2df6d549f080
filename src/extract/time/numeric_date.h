// Numeric dates ("15.12.2024", "12/15/2024", "15-12-24", "2024/12/15"): which
// reading of day and month, and which century a two-digit year is in. Dotted
// dates are day.month.year wherever they are written; slashed and hyphenated
// ones are month/day in the US and day/month nearly everywhere else, so a part
// over 12 decides; when both readings are valid days, the order the text's other
// numeric dates fix ("4-3-1867; 18-3-1869": a family register's list), else the
// reading nearer the DCT (a news report dates what happened near its
// publication), else the US reading. A two-digit year is the one nearest the DCT's year, else 20xx
// below 50 and 19xx from 50. Pure functions; thread-safe.
#ifndef STORYLINE_EXTRACT_TIME_NUMERIC_DATE_H_
#define STORYLINE_EXTRACT_TIME_NUMERIC_DATE_H_

#include <cstddef>
#include <optional>
#include <string_view>

#include "absl/time/civil_time.h"

namespace storyline::temporal {

// The end (a byte offset into `text`) of a numeric date written at text[begin],
// or 0 when none is: one separator ('.', '/' or '-') used twice, joining 1-2,
// 1-2 and 2 or 4 digits, or 4, 1-2 and 1-2 digits, with no letter or separated
// digit on either side ("v1.2.24", "1.2.3.4", "10.0.0.1" are versions and
// addresses). Only the shape is checked; the values are ResolveNumericDate's.
size_t NumericDateEnd(std::string_view text, size_t begin);

// The order a token of that shape fixes by itself: +1 day first ("15/12/2024"),
// -1 month first ("12/15/2024"), 0 when both or no reading are valid or the
// token is dotted or year first (those have one order everywhere).
int NumericDateOrder(std::string_view token);

// True when a slashed or hyphenated token reads as two different valid days
// ("05/12/2024": May 12 or 5 December); dotted, year-first and "05/05/2024" are not.
bool NumericDateAmbiguous(std::string_view token);

// The day a token of that shape names, or nullopt when no reading is a valid day
// ("31/02/2024", "13/13/2024"). `text_order` is the sum of NumericDateOrder over
// the text's numeric dates (its sign decides an ambiguous one; 0 = no evidence).
std::optional<absl::CivilDay> ResolveNumericDate(std::string_view token,
                                                 std::optional<absl::CivilDay> dct,
                                                 int text_order);

}  // namespace storyline::temporal

#endif  // STORYLINE_EXTRACT_TIME_NUMERIC_DATE_H_
