// Tokenizer: splits UTF-8 text into word and punctuation tokens with byte spans,
// and groups them into sentences. The quotes stage reads cue verbs, noun phrases
// and quote marks off these tokens. Words keep internal apostrophes, periods and
// hyphens ("Syria’s", "Censor.NET", "al-Sham") because names and outlets do.
// Plain functions over values; thread-safe.
#ifndef STORYLINE_EXTRACT_QUOTES_TOKENIZER_H_
#define STORYLINE_EXTRACT_QUOTES_TOKENIZER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "src/core/span.h"

namespace storyline::quotes {

enum class TokenKind {
  kWord,
  kComma,
  kStop,       // . ! ? (and the ellipsis) — may end a sentence
  kColon,      // : ;
  kQuote,      // any quotation mark, straight or typographic
  kDash,       // - – —
  kOpenParen,  // ( [
  kCloseParen, // ) ]
  kOther,
};

struct Token {
  ByteSpan span;
  TokenKind kind = TokenKind::kOther;
  bool capitalized = false;  // first letter is upper-case (Latin, Cyrillic, Greek)
  bool newline_before = false;  // a line break separates it from the previous token
  std::string lower;         // ASCII-lower-cased text, for lexicon lookups
  uint64_t hash = 0;         // WordHash of `lower`, or of the text for punctuation
};

// The hash the cue model keys words by (FNV-1a, then mixed). Computed once per
// token by Tokenize so that scoring never hashes strings.
constexpr uint64_t kWordHashBasis = 1469598103934665603ULL;
inline uint64_t WordHashStep(uint64_t h, char c) { return (h ^ static_cast<unsigned char>(c)) * 1099511628211ULL; }
inline uint64_t WordHashFinish(uint64_t h) {
  h ^= h >> 29;
  h *= 0xbf58476d1ce4e5b9ULL;
  return h ^ (h >> 32);
}
inline uint64_t WordHash(std::string_view s) {
  uint64_t h = kWordHashBasis;
  for (char c : s) h = WordHashStep(h, c);
  return WordHashFinish(h);
}

// Decodes a multi-byte code point at text[*pos] (see NextCodePoint).
char32_t NextMultiByteCodePoint(std::string_view text, size_t* pos);

// Decodes the code point at text[*pos] and advances *pos; U+FFFD on bad bytes.
// Inline for ASCII: news text is mostly ASCII, and the scanners call this once
// per character (it was a tenth of the stage's instructions as a call).
inline char32_t NextCodePoint(std::string_view text, size_t* pos) {
  const unsigned char b = text[*pos];
  if (b < 0x80) {
    ++*pos;
    return b;
  }
  return NextMultiByteCodePoint(text, pos);
}

// True for the quotation marks the scanner knows: " ' “ ” „ ‟ ‘ ’ ‚ « » ‹ ›.
bool IsQuoteMark(char32_t c);

// All tokens of `text`, in order. Linear in text.size().
std::vector<Token> Tokenize(std::string_view text);
// The same into *out, reusing its capacity (a fresh token array per article
// costs page faults that showed up as a tenth of the stage's time).
void Tokenize(std::string_view text, std::vector<Token>* out);

}  // namespace storyline::quotes

#endif  // STORYLINE_EXTRACT_QUOTES_TOKENIZER_H_
