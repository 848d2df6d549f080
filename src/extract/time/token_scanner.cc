// Tokenizer and class assignment for the temporal matcher. A token is a run of
// letters (any script, plus internal dots so "a.m." stays one token), a run of
// ASCII digits (optionally with an ordinal suffix "15th" or a decade "1990s"), or
// one punctuation character. Folding is by hand for ASCII and Cyrillic because
// ICU case mapping per token would dominate the run time (≥ 20 MB/s goal).
#include "src/extract/time/token_scanner.h"

#include "src/core/utf8.h"
#include "src/extract/time/numeric_date.h"

#include "absl/strings/numbers.h"

namespace storyline::temporal {
namespace {

// Decodes one UTF-8 code point at text[i]; sets *len. Invalid bytes give U+FFFD.
uint32_t Decode(std::string_view text, size_t i, int* len) {
  unsigned char c = text[i];
  int n = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
  if (n == 0 || i + n > text.size()) {
    *len = 1;
    return 0xFFFD;
  }
  uint32_t cp = n == 1 ? c : c & (0xFF >> (n + 1));
  for (int k = 1; k < n; ++k) {
    unsigned char d = text[i + k];
    if ((d & 0xC0) != 0x80) {
      *len = 1;
      return 0xFFFD;
    }
    cp = (cp << 6) | (d & 0x3F);
  }
  *len = n;
  return cp;
}

bool IsLetter(uint32_t cp) {
  if (cp < 0x80) return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z';
  if (cp == 0xD7 || cp == 0xF7) return false;
  return (cp >= 0xC0 && cp < 0x2000) || (cp >= 0x3040 && cp != 0xFFFD && cp < 0xFE00);
}

bool IsUpper(uint32_t cp) {
  return (cp >= 'A' && cp <= 'Z') || (cp >= 0x400 && cp <= 0x42F) || (cp >= 0xC0 && cp <= 0xDE);
}

uint32_t Lower(uint32_t cp) {
  if (cp >= 'A' && cp <= 'Z') return cp + 32;
  if (cp >= 0x410 && cp <= 0x42F) return cp + 32;
  if (cp >= 0x400 && cp <= 0x40F) return cp + 80;
  return cp;
}

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

void AddClass(Tok* t, uint16_t cls, int32_t num, std::string_view value) {
  if (t->num_classes < t->classes.size()) t->classes[t->num_classes++] = {cls, num, value};
}

// Number classes of an all-digit token with value `v` and `ndigits` digits.
void AddNumberClasses(Tok* t, int64_t v, size_t ndigits, std::string_view suffix) {
  if (v > 1000000000) return;
  if (suffix == "th" || suffix == "st" || suffix == "nd" || suffix == "rd") {
    if (v >= 1 && v <= 31) AddClass(t, kOrdNum, v, {});
    return;
  }
  if (suffix == "s" || suffix == "'s") {
    if (ndigits == 4 && v % 10 == 0 && v >= 1800 && v < 2100) AddClass(t, kDecade, v, {});
    return;
  }
  if (!suffix.empty()) return;
  AddClass(t, kNum, v, {});
  if (ndigits <= 2 && v >= 1 && v <= 31) AddClass(t, kDay, v, {});
  if (ndigits == 4 && v >= 1800 && v < 2100) AddClass(t, kYear, v, {});
}

// Scans a digit run at text[i]; returns the token end. A numeric date is one
// NUMDATE token; other digits joined by '.' or ',' + digit form one token without
// number classes (amounts, versions).
size_t ScanNumber(std::string_view text, size_t i, Tok* t) {
  size_t j = i;
  while (j < text.size() && IsDigit(text[j])) ++j;
  size_t digits_end = j;
  // The date shape is checked only where a separator and a digit follow the run.
  if (j + 1 < text.size() && (text[j] == '.' || text[j] == '/' || text[j] == '-') &&
      IsDigit(text[j + 1])) {
    if (size_t end = NumericDateEnd(text, i)) {
      AddClass(t, kNumDate, 0, {});
      return end;
    }
  }
  bool separated = false;
  while (j + 1 < text.size() && (text[j] == '.' || text[j] == ',') && IsDigit(text[j + 1])) {
    separated = true;
    ++j;
    while (j < text.size() && IsDigit(text[j])) ++j;
  }
  if (separated) return j;
  size_t k = j;
  if (k < text.size() && text[k] == '\'' && k + 1 < text.size() && text[k + 1] == 's') k += 2;
  while (k < text.size() && (text[k] | 0x20) >= 'a' && (text[k] | 0x20) <= 'z' && k - j < 3) ++k;
  std::string_view suffix = text.substr(j, k - j);
  if (k < text.size() && IsLetter(static_cast<unsigned char>(text[k]))) return k;  // "3rdparty"
  int64_t v = 0;
  if (digits_end - i <= 9 && absl::SimpleAtoi(AbslView(text.substr(i, digits_end - i)), &v)) {
    t->number = suffix.empty();
    AddNumberClasses(t, v, digits_end - i, suffix);
  }
  return k;
}

// Scans a letter run (with internal dots: "a.m.", "p.m.") at text[i].
size_t ScanWord(std::string_view text, size_t i, Tok* t, std::string* folded) {
  size_t j = i;
  int len = 0;
  bool first = true;
  while (j < text.size()) {
    unsigned char c = text[j];
    if (c < 0x80 && (c | 0x20) >= 'a' && (c | 0x20) <= 'z') {  // ASCII fast path
      if (first) t->capitalized = c <= 'Z';
      first = false;
      folded->push_back(static_cast<char>(c | 0x20));
      ++j;
      continue;
    }
    uint32_t cp = Decode(text, j, &len);
    if (!IsLetter(cp)) {
      bool dotted = cp == '.' && j + 1 < text.size() &&
                    ((text[j + 1] | 0x20) >= 'a' && (text[j + 1] | 0x20) <= 'z') && j - i == 1;
      bool dot_after_dotted = cp == '.' && j >= 2 && text[j - 2] == '.';
      bool hyphen_year = cp == '-' && j + 1 < text.size() && folded->size() >= 4 &&
                         std::string_view(*folded).substr(folded->size() - 4) == "year" &&
                         text.substr(j + 1, 3) == "old";
      if (!dotted && !dot_after_dotted && !hyphen_year) break;
    }
    if (first) t->capitalized = IsUpper(cp);
    first = false;
    AppendUtf8(Lower(cp), folded);
    j += len;
  }
  t->word = true;
  return j;
}

void AssignLexClasses(const Grammar& g, Tok* t) {
  if (!g.MaybeWord(t->lower)) return;
  const std::vector<LexEntry>* entries = g.Lookup(t->lower);
  if (entries == nullptr) return;
  for (const LexEntry& e : *entries) {
    // English month and weekday names are capitalized; "may", "march" are verbs.
    bool ascii = static_cast<unsigned char>(t->lower[0]) < 0x80;
    if ((e.cls == kMonth || e.cls == kWeekday || e.cls == kWeekdays) && ascii && !t->capitalized) {
      continue;
    }
    int32_t num = 0;
    if (!e.value.empty() && (e.value[0] == '+' || e.value[0] == '-' || IsDigit(e.value[0]))) {
      absl::SimpleAtoi(AbslView(std::string_view(e.value).substr(e.value[0] == '+' ? 1 : 0)), &num);
    }
    AddClass(t, e.cls, num, e.value);
  }
}

}  // namespace

void ScanTokens(std::string_view text, const Grammar& grammar, ScanResult* out) {
  out->folded.clear();
  out->folded.reserve(text.size());
  out->tokens.clear();
  out->numeric_dates = false;
  // Reused per thread: fresh multi-megabyte vectors per article cost more in page
  // faults than the scan itself.
  thread_local std::vector<size_t> offsets;  // start of each token's folded form
  offsets.clear();
  out->tokens.reserve(text.size() / 4);
  size_t i = 0;
  int len = 0;
  while (i < text.size()) {
    unsigned char c = text[i];
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      ++i;
      continue;
    }
    Tok& t = out->tokens.emplace_back();
    t.begin = static_cast<uint32_t>(i);
    offsets.push_back(out->folded.size());
    uint32_t cp = Decode(text, i, &len);
    if (IsDigit(c)) {
      i = ScanNumber(text, i, &t);
      out->folded.append(text.substr(t.begin, i - t.begin));
      if (t.num_classes > 0 && t.classes[0].cls == kNumDate) out->numeric_dates = true;
    } else if (IsLetter(cp)) {
      i = ScanWord(text, i, &t, &out->folded);
    } else {
      i += len;
      if (cp == 0x2019 || cp == 0x2018) cp = '\'';
      if (cp == 0x2013 || cp == 0x2014) cp = '-';
      AppendUtf8(cp, &out->folded);
    }
    t.end = static_cast<uint32_t>(i);
  }
  // `folded` no longer grows: take views now.
  for (size_t k = 0; k < out->tokens.size(); ++k) {
    size_t end = k + 1 < offsets.size() ? offsets[k + 1] : out->folded.size();
    Tok& t = out->tokens[k];
    t.lower = std::string_view(out->folded).substr(offsets[k], end - offsets[k]);
    AssignLexClasses(grammar, &t);  // numbers and punctuation may be pattern literals
  }
}

}  // namespace storyline::temporal
