// Normalizer: a canonical form of article text for matching (entity variants,
// cue words, time expressions) that keeps a byte map back to the original, so a
// match found in the normalized text is reported as a span of the original bytes
// (the scheme of sentencepiece's normalizer, `norm_to_orig`).
//
// What it does, in order, per code point:
//   - typographic quotes to ASCII: ‘ ’ ‚ ‛ ′ → '   “ ” „ ‟ « » ″ → "
//   - dashes and minus signs (U+2010..U+2015, U+2212, U+FE58, U+FE63, U+FF0D) → '-'
//   - any Unicode white space (NBSP, thin space, ideographic space, tab, line
//     breaks) → ' ', runs collapsed to one, leading/trailing removed
//     (line breaks kept as '\n' when Options::keep_newlines)
//   - zero-width and format characters (ZWSP, ZWJ, soft hyphen, BOM) dropped
//   - everything else through ICU NFKC ("ﬁ" → "fi", full-width → ASCII),
//     optionally case-folded (Options::fold_case)
// NFKC is applied per normalization segment (ICU's hasBoundaryBefore), so
// composition across characters is exact; every output byte of a segment maps to
// the segment's first original byte. ASCII runs take a fast path (no ICU call).
//
// Thread safety: Normalizer is immutable after construction and safe to share.
#ifndef STORYLINE_TEXT_NORMALIZER_H_
#define STORYLINE_TEXT_NORMALIZER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "src/core/span.h"

namespace storyline::text {

struct NormalizedText {
  std::string text;  // normalized UTF-8
  // norm_to_orig[i] = byte offset in the original of normalized byte i; it has
  // text.size() + 1 entries, the last one being the original's size, so a
  // normalized span [b, e) maps to the original span [map[b], map[e]).
  std::vector<uint32_t> norm_to_orig;

  // The original span covering normalized bytes [begin, end). Precondition:
  // begin <= end <= text.size(). A span ending inside a multi-byte segment is
  // widened to the end of that segment in the original.
  ByteSpan ToOriginal(uint32_t begin, uint32_t end) const;
};

class Normalizer {
 public:
  struct Options {
    bool fold_case = false;      // Unicode case folding after NFKC ("Straße" → "strasse")
    bool keep_newlines = false;  // keep '\n' (collapsed) instead of turning it into ' '
  };

  explicit Normalizer(Options options);
  Normalizer() : Normalizer(Options{}) {}

  // Normalizes `input`, which must be valid UTF-8 (readers repair it); invalid
  // bytes are copied through as U+FFFD. Never fails.
  NormalizedText Normalize(std::string_view input) const;

 private:
  Options options_;
};

// The single-code-point replacements above ('"', '\'', '-', ' ', or 0 = drop);
// returns -1 when `c` has no special mapping. Exposed for the tokenizer and tests.
int PunctuationFold(char32_t c);

}  // namespace storyline::text

#endif  // STORYLINE_TEXT_NORMALIZER_H_
