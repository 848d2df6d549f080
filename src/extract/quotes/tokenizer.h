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
};

// Decodes the code point at text[*pos] and advances *pos; U+FFFD on bad bytes.
char32_t NextCodePoint(std::string_view text, size_t* pos);

// True for the quotation marks the scanner knows: " ' “ ” „ ‟ ‘ ’ ‚ « » ‹ ›.
bool IsQuoteMark(char32_t c);

// All tokens of `text`, in order. Linear in text.size().
std::vector<Token> Tokenize(std::string_view text);

}  // namespace storyline::quotes

#endif  // STORYLINE_EXTRACT_QUOTES_TOKENIZER_H_
