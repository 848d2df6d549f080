// UTF-8 validation and repair. Readers call RepairUtf8 on every input so the rest
// of the pipeline may assume valid UTF-8.
#ifndef STORYLINE_CORE_UTF8_H_
#define STORYLINE_CORE_UTF8_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace storyline {

struct Utf8Repair {
  std::string text;            // valid UTF-8
  size_t replaced = 0;         // invalid sequences replaced by U+FFFD
  size_t first_bad_byte = 0;   // offset in the input of the first one (if replaced > 0)
};

// True when `text` is well-formed UTF-8 (no overlongs, surrogates or > U+10FFFF).
bool IsValidUtf8(std::string_view text);

// Copies `text`, replacing each maximal invalid subsequence with U+FFFD (the
// WHATWG / Unicode "substitution of maximal subparts" practice). NUL bytes are kept.
Utf8Repair RepairUtf8(std::string_view text);

// Appends code point `cp` (<= U+10FFFF, not a surrogate) to `out` as UTF-8.
void AppendUtf8(char32_t cp, std::string* out);

// True when `text` looks binary: a NUL byte, or more than 10% control bytes other
// than tab/CR/LF/FF in its first 8 KiB. Text files never have those.
bool LooksBinary(std::string_view text);

}  // namespace storyline

#endif  // STORYLINE_CORE_UTF8_H_
