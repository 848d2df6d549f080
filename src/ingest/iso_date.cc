// A hand-written scanner for the ISO 8601 subset in IsIsoDateTime: one pass, no
// regex engine, because it runs on every article.
#include "src/ingest/iso_date.h"

namespace storyline::ingest {
namespace {

// Reads `n` digits at s[*i] into *value; false if they are not all digits.
bool Digits(std::string_view s, size_t* i, int n, int* value) {
  if (*i + n > s.size()) return false;
  *value = 0;
  for (int k = 0; k < n; ++k) {
    const char c = s[*i + k];
    if (c < '0' || c > '9') return false;
    *value = *value * 10 + (c - '0');
  }
  *i += n;
  return true;
}

bool Literal(std::string_view s, size_t* i, char c) {
  if (*i >= s.size() || s[*i] != c) return false;
  ++*i;
  return true;
}

bool Zone(std::string_view s, size_t i) {
  if (i == s.size()) return true;
  if (s[i] == 'Z') return i + 1 == s.size();
  if (s[i] != '+' && s[i] != '-') return false;
  ++i;
  int hh = 0, mm = 0;
  if (!Digits(s, &i, 2, &hh) || hh > 23) return false;
  if (i == s.size()) return true;
  Literal(s, &i, ':');
  return Digits(s, &i, 2, &mm) && mm <= 59 && i == s.size();
}

bool Time(std::string_view s, size_t i) {
  int hh = 0, mm = 0, ss = 0;
  if (!Digits(s, &i, 2, &hh) || hh > 23 || !Literal(s, &i, ':')) return false;
  if (!Digits(s, &i, 2, &mm) || mm > 59) return false;
  if (Literal(s, &i, ':')) {
    if (!Digits(s, &i, 2, &ss) || ss > 60) return false;
    if (Literal(s, &i, '.') || Literal(s, &i, ',')) {
      const size_t start = i;
      while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i;
      if (i == start) return false;
    }
  }
  return Zone(s, i);
}

}  // namespace

bool IsIsoDateTime(std::string_view s) {
  size_t i = 0;
  int year = 0, month = 0, day = 0;
  if (!Digits(s, &i, 4, &year) || !Literal(s, &i, '-')) return false;
  if (!Digits(s, &i, 2, &month) || month < 1 || month > 12 || !Literal(s, &i, '-')) return false;
  if (!Digits(s, &i, 2, &day) || day < 1 || day > 31) return false;
  if (i == s.size()) return true;
  if (s[i] != 'T' && s[i] != ' ') return false;
  return Time(s, i + 1);
}

}  // namespace storyline::ingest
