// Small UTF-8 scanning helpers shared by the segmenter, tokenizer, language id and
// boilerplate rules. Inputs are valid UTF-8 (readers repair them); malformed bytes
// decode as U+FFFD and never read past the given bounds.
#ifndef STORYLINE_TEXT_UTF8_SCAN_H_
#define STORYLINE_TEXT_UTF8_SCAN_H_

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <cstdint>
#include <string_view>

#include "src/core/span.h"

namespace storyline::text {

// The code point starting at byte `i` of `s`; advances `i` past it.
inline char32_t NextCodePoint(std::string_view s, uint32_t& i) {
  UChar32 c;
  int32_t at = static_cast<int32_t>(i);
  U8_NEXT(s.data(), at, static_cast<int32_t>(s.size()), c);
  i = static_cast<uint32_t>(at);
  return c < 0 ? 0xFFFD : static_cast<char32_t>(c);
}

// The code point ending at byte `i` of `s` (i > begin); moves `i` to its start.
inline char32_t PrevCodePoint(std::string_view s, uint32_t begin, uint32_t& i) {
  UChar32 c;
  int32_t at = static_cast<int32_t>(i);
  U8_PREV(s.data(), static_cast<int32_t>(begin), at, c);
  i = static_cast<uint32_t>(at);
  return c < 0 ? 0xFFFD : static_cast<char32_t>(c);
}

// White space in the Unicode sense, including NBSP and the other fixed-width spaces.
inline bool IsSpace(char32_t c) {
  if (c < 0x80) return c == ' ' || (c >= '\t' && c <= '\r');
  return u_isUWhiteSpace(static_cast<UChar32>(c)) || c == 0xFEFF || c == 0x200B;
}

inline bool IsOpeningQuote(char32_t c) {
  return c == 0x201C || c == 0x00AB || c == 0x201E || c == 0x2018 || c == '"' || c == '\'';
}

inline bool IsClosing(char32_t c) {
  return c == '"' || c == '\'' || c == ')' || c == ']' || c == 0x201D || c == 0x2019 ||
         c == 0x00BB || c == 0x201C;
}

// Letters, digits and combining marks: what words are made of.
inline bool IsWordChar(char32_t c) {
  if (c < 0x80) return (c | 0x20) - 'a' < 26u || c - '0' < 10u;
  return u_isalnum(static_cast<UChar32>(c)) ||
         (U_GET_GC_MASK(static_cast<UChar32>(c)) & U_GC_M_MASK) != 0;
}

// `span` without leading and trailing white space (empty if all space).
inline ByteSpan TrimSpace(std::string_view s, ByteSpan span) {
  uint32_t b = span.begin, e = span.end;
  while (b < e) {
    uint32_t next = b;
    if (!IsSpace(NextCodePoint(s.substr(0, e), next))) break;
    b = next;
  }
  while (e > b) {
    uint32_t prev = e;
    if (!IsSpace(PrevCodePoint(s, b, prev))) break;
    e = prev;
  }
  return {b, e};
}

}  // namespace storyline::text

#endif  // STORYLINE_TEXT_UTF8_SCAN_H_
