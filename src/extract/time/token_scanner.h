// TokenScanner: one pass over UTF-8 text that cuts it into word, number and
// punctuation tokens, lower-cases letters (ASCII and Cyrillic by table, enough for
// the lexicons), and gives each token its word classes: lexicon classes by one
// hash lookup, number classes (YEAR, DAY, NUM, ORDNUM, DECADE) by value.
// Numbers with internal separators ("1,967", "2.0") are one NUM-less token, so
// amounts and versions never look like years; a numeric date ("15.12.2024",
// "12/15/24", "2024-12-15") is one token of class NUMDATE (numeric_date.h). Stateless; thread-safe.
#ifndef STORYLINE_EXTRACT_TIME_TOKEN_SCANNER_H_
#define STORYLINE_EXTRACT_TIME_TOKEN_SCANNER_H_

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "src/extract/time/grammar.h"

namespace storyline::temporal {

// Left uninitialized on purpose: Tok::classes[num_classes..] is never read, and
// zeroing five of these per token was a measurable share of the scan.
struct TokClass {
  uint16_t cls;
  int32_t num;             // numeric value (numbers, lexicon values that parse as ints)
  std::string_view value;  // the lexicon value text; empty for number classes
};

struct Tok {
  uint32_t begin = 0, end = 0;  // bytes in the text
  std::string_view lower;       // lower-cased form (points into ScanResult::folded)
  bool capitalized = false;     // first letter upper case
  bool number = false;          // all ASCII digits
  bool word = false;            // letters (any script)
  uint8_t num_classes = 0;
  std::array<TokClass, 5> classes;
};

struct ScanResult {
  std::string folded;  // lower-cased token texts, back to back
  std::vector<Tok> tokens;
  bool numeric_dates = false;  // some token is a NUMDATE (most texts have none)
};

// Tokenizes `text` and assigns classes from `grammar`.
void ScanTokens(std::string_view text, const Grammar& grammar, ScanResult* out);

}  // namespace storyline::temporal

#endif  // STORYLINE_EXTRACT_TIME_TOKEN_SCANNER_H_
