// ScriptProfile: a byte-level count of the letters of a UTF-8 span by writing
// system, plus "marked" letters — Latin letters with diacritics, and Cyrillic
// letters outside the Russian alphabet (і ї є ґ ў ђ ...). It costs one pass over
// the bytes (no decoding for ASCII) and lets language id skip CLD2 where the
// answer is already known: a paragraph in the document's script, with the
// document's rate of marked letters, is in the document's language far more
// often than not (see language_id.h for the rule and its limits).
#ifndef STORYLINE_TEXT_SCRIPT_PROFILE_H_
#define STORYLINE_TEXT_SCRIPT_PROFILE_H_

#include <array>
#include <cstdint>
#include <string_view>

namespace storyline::text {

enum class Script : uint8_t { kLatin, kCyrillic, kGreek, kArabic, kHebrew, kCjk, kOther, kCount };

struct ScriptProfile {
  std::array<uint32_t, static_cast<size_t>(Script::kCount)> letters{};  // by script
  uint32_t marked = 0;  // letters with diacritics / outside the core alphabet

  // Counts the letters of `text` (valid UTF-8; other bytes are skipped).
  static ScriptProfile Of(std::string_view text);

  void Add(const ScriptProfile& other);
  uint32_t total() const;
  // The script with the most letters (kOther when there are none).
  Script dominant() const;
  // Marked letters per letter, 0 when there are none.
  double marked_rate() const;
};

}  // namespace storyline::text

#endif  // STORYLINE_TEXT_SCRIPT_PROFILE_H_
