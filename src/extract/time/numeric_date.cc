// Numeric dates (see numeric_date.h). The shape test runs in the scanner for
// every digit run followed by '.', '/' or '-', so it only counts digits; the
// reading is chosen per match, where the DCT is known.
#include "src/extract/time/numeric_date.h"

#include <cstdlib>
#include <vector>

#include "absl/strings/numbers.h"
#include "absl/strings/str_split.h"

namespace storyline::temporal {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsAsciiLetter(char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
bool IsSeparator(char c) { return c == '.' || c == '/' || c == '-'; }

size_t DigitsAt(std::string_view text, size_t i) {
  size_t j = i;
  while (j < text.size() && IsDigit(text[j])) ++j;
  return j - i;
}

std::optional<absl::CivilDay> ValidDay(int64_t year, int month, int day) {
  if (month < 1 || month > 12 || day < 1 || day > 31) return std::nullopt;
  absl::CivilDay d(year, month, day);
  if (d.day() != day) return std::nullopt;  // "31.02.2024" would roll into March
  return d;
}

// "89" said in 1989 is 1989, "24" said in 2024 is 2024, "99" said in 2001 is 1999.
int64_t FullYear(int64_t two_digits, std::optional<absl::CivilDay> dct) {
  if (!dct) return two_digits < 50 ? 2000 + two_digits : 1900 + two_digits;
  int64_t best = 0;
  for (int64_t century = dct->year() / 100 * 100 - 100, k = 0; k < 3; ++k, century += 100) {
    int64_t y = century + two_digits;
    if (best == 0 || std::llabs(y - dct->year()) < std::llabs(best - dct->year())) best = y;
  }
  return best;
}

struct Parts {
  int a = 0, b = 0;
  int64_t c = 0;
  char sep = 0;
  bool year_first = false, two_digit_year = false;
};

std::optional<Parts> Split(std::string_view token) {
  Parts p;
  size_t sep_at = DigitsAt(token, 0);
  if (sep_at >= token.size()) return std::nullopt;
  p.sep = token[sep_at];
  std::vector<absl::string_view> parts =
      absl::StrSplit(absl::string_view(token.data(), token.size()), p.sep);
  if (parts.size() != 3 || !absl::SimpleAtoi(parts[0], &p.a) || !absl::SimpleAtoi(parts[1], &p.b) ||
      !absl::SimpleAtoi(parts[2], &p.c)) {
    return std::nullopt;
  }
  p.year_first = parts[0].size() == 4;
  p.two_digit_year = parts[2].size() == 2;
  return p;
}

}  // namespace

int NumericDateOrder(std::string_view token) {
  std::optional<Parts> p = Split(token);
  if (!p || p->sep == '.' || p->year_first) return 0;
  bool day_month = p->b >= 1 && p->b <= 12 && p->a >= 1 && p->a <= 31;
  bool month_day = p->a >= 1 && p->a <= 12 && p->b >= 1 && p->b <= 31;
  return day_month == month_day ? 0 : day_month ? 1 : -1;
}

bool NumericDateAmbiguous(std::string_view token) {
  std::optional<Parts> p = Split(token);
  return p && p->sep != '.' && !p->year_first && p->a != p->b && p->a >= 1 && p->a <= 12 &&
         p->b >= 1 && p->b <= 12;
}

size_t NumericDateEnd(std::string_view text, size_t begin) {
  if (begin > 0) {
    char before = text[begin - 1];
    if (IsAsciiLetter(before)) return 0;
    if (IsSeparator(before) && begin > 1 && (IsDigit(text[begin - 2]) || IsAsciiLetter(text[begin - 2]))) {
      return 0;
    }
  }
  size_t first = DigitsAt(text, begin);
  size_t sep_at = begin + first;
  if (sep_at + 1 >= text.size() || !IsSeparator(text[sep_at])) return 0;
  char sep = text[sep_at];
  size_t second = DigitsAt(text, sep_at + 1);
  size_t sep2_at = sep_at + 1 + second;
  if (second == 0 || second > 2 || sep2_at + 1 >= text.size() || text[sep2_at] != sep) return 0;
  size_t third = DigitsAt(text, sep2_at + 1);
  size_t end = sep2_at + 1 + third;
  bool day_first = first <= 2 && (third == 2 || third == 4);
  bool year_first = first == 4 && (third == 1 || third == 2);
  if (!day_first && !year_first) return 0;
  if (end < text.size()) {
    char after = text[end];
    if (IsAsciiLetter(after)) return 0;
    if (IsSeparator(after) && end + 1 < text.size() && IsDigit(text[end + 1])) return 0;
  }
  return end;
}

std::optional<absl::CivilDay> ResolveNumericDate(std::string_view token,
                                                 std::optional<absl::CivilDay> dct,
                                                 int text_order) {
  std::optional<Parts> p = Split(token);
  if (!p) return std::nullopt;
  if (p->year_first) return p->a < 1000 ? std::nullopt : ValidDay(p->a, p->b, static_cast<int>(p->c));
  int64_t year = p->two_digit_year ? FullYear(p->c, dct) : p->c;
  if (year < 1000) return std::nullopt;
  std::optional<absl::CivilDay> day_month = ValidDay(year, p->b, p->a);
  std::optional<absl::CivilDay> month_day = ValidDay(year, p->a, p->b);
  if (!day_month || !month_day) return day_month ? day_month : month_day;
  if (p->sep == '.' || p->a == p->b || text_order > 0) return day_month;
  if (text_order < 0 || !dct) return month_day;
  return std::llabs(*day_month - *dct) < std::llabs(*month_day - *dct) ? day_month : month_day;
}

}  // namespace storyline::temporal
