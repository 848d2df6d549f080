// ScriptProfile::Of classifies each code point by its UTF-8 lead byte, which maps
// to a block range; only Cyrillic needs the full code point (to tell Russian
// letters from the rest). Punctuation blocks (U+2000..U+2BFF, lead 0xE2) and
// digits are not letters and are skipped.
#include "src/text/script_profile.h"

namespace storyline::text {
namespace {

// Russian alphabet: А..я (U+0410..U+044F), Ё (U+0401), ё (U+0451).
bool IsRussianLetter(uint32_t c) { return (c >= 0x410 && c <= 0x44F) || c == 0x401 || c == 0x451; }

Script TwoByteScript(unsigned char lead) {
  if (lead <= 0xC9) return Script::kLatin;  // Latin-1 Supplement .. Latin Extended-B
  if (lead <= 0xCD) return Script::kOther;  // IPA, spacing modifiers, combining marks
  if (lead <= 0xCF) return Script::kGreek;
  if (lead <= 0xD4) return Script::kCyrillic;
  if (lead <= 0xD5) return Script::kOther;  // Armenian
  if (lead <= 0xD7) return Script::kHebrew;
  if (lead <= 0xDB) return Script::kArabic;
  return Script::kOther;
}

}  // namespace

ScriptProfile ScriptProfile::Of(std::string_view text) {
  ScriptProfile p;
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
  for (size_t i = 0; i < n;) {
    const unsigned char b = s[i];
    if (b < 0x80) {
      p.letters[0] += static_cast<unsigned>((b | 0x20) - 'a') < 26u;
      ++i;
    } else if (b >= 0xC2 && b < 0xE0 && i + 1 < n) {
      const Script script = TwoByteScript(b);
      const uint32_t c = ((b & 0x1Fu) << 6) | (s[i + 1] & 0x3Fu);
      const bool letter = script != Script::kOther || c >= 0x530;
      const bool latin_letter = c >= 0xC0 && c != 0xD7 && c != 0xF7;  // not × ÷
      if (script != Script::kLatin || latin_letter) {
        p.letters[static_cast<size_t>(script)] += letter;
        p.marked += script == Script::kLatin || (script == Script::kCyrillic && !IsRussianLetter(c));
      }
      i += 2;
    } else if (b >= 0xE0 && b < 0xF0) {
      if (b == 0xE1 && i + 1 < n && s[i + 1] >= 0xB8 && s[i + 1] <= 0xBB) {
        ++p.letters[0];  // Latin Extended Additional (Vietnamese)
        ++p.marked;
      } else if (b >= 0xE3 && b <= 0xED) {
        ++p.letters[static_cast<size_t>(Script::kCjk)];
      } else if (b != 0xE2) {
        ++p.letters[static_cast<size_t>(Script::kOther)];
      }
      i += 3;
    } else {
      i += (b >= 0xF0) ? 4 : 1;
    }
  }
  return p;
}

void ScriptProfile::Add(const ScriptProfile& other) {
  for (size_t i = 0; i < letters.size(); ++i) letters[i] += other.letters[i];
  marked += other.marked;
}

uint32_t ScriptProfile::total() const {
  uint32_t sum = 0;
  for (uint32_t n : letters) sum += n;
  return sum;
}

Script ScriptProfile::dominant() const {
  size_t best = static_cast<size_t>(Script::kOther);
  for (size_t i = 0; i < letters.size(); ++i) {
    if (letters[i] > letters[best]) best = i;
  }
  return static_cast<Script>(best);
}

double ScriptProfile::marked_rate() const {
  const uint32_t n = total();
  return n == 0 ? 0.0 : static_cast<double>(marked) / n;
}

}  // namespace storyline::text
