// UTF-8 checks built on ICU's U8_NEXT, which decodes one code point and reports
// ill-formed sequences (maximal subparts) as negative values.
#include "src/core/utf8.h"

#include <unicode/utf8.h>

#include <cstdint>

namespace storyline {
namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD

}  // namespace

bool IsValidUtf8(std::string_view text) {
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const int32_t length = static_cast<int32_t>(text.size());
  int32_t i = 0;
  while (i < length) {
    if (s[i] < 0x80) {  // ASCII fast path: most news text is mostly ASCII
      ++i;
      continue;
    }
    UChar32 c;
    U8_NEXT(s, i, length, c);
    if (c < 0) return false;
  }
  return true;
}

Utf8Repair RepairUtf8(std::string_view text) {
  Utf8Repair result;
  if (IsValidUtf8(text)) {
    result.text = std::string(text);
    return result;
  }
  result.text.reserve(text.size() + 16);
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const int32_t length = static_cast<int32_t>(text.size());
  int32_t i = 0;
  while (i < length) {
    const int32_t start = i;
    UChar32 c;
    U8_NEXT(s, i, length, c);
    if (c < 0) {
      if (result.replaced == 0) result.first_bad_byte = start;
      ++result.replaced;
      result.text.append(kReplacement);
    } else {
      result.text.append(text.substr(start, i - start));
    }
  }
  return result;
}

void AppendUtf8(char32_t cp, std::string* out) {
  uint8_t buffer[U8_MAX_LENGTH];
  int32_t length = 0;
  U8_APPEND_UNSAFE(buffer, length, cp);
  out->append(reinterpret_cast<const char*>(buffer), length);
}

bool LooksBinary(std::string_view text) {
  const std::string_view head = text.substr(0, 8192);
  size_t control = 0;
  for (unsigned char c : head) {
    if (c == 0) return true;
    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') ++control;
  }
  return !head.empty() && control * 10 > head.size();
}

}  // namespace storyline
