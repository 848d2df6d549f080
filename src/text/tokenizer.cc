// Segmenter::Tokens: a hand scanner over UTF-8. Chosen over ICU's word
// BreakIterator because it needs no UTF-16 and no per-thread iterator and, on the
// bench's synthetic article, runs several times faster (bench/text, BM_Tokens*),
// while giving the same words for news text. What joins inside a word:
//   ' ’ -     between two word characters         don't, al-Assad, Hay’at
//   . ,       between two digits                   1,000.5
//   .         in a dotted acronym of single letters U.S., U.N. (final period kept)
#include "src/text/segmenter.h"
#include "src/text/utf8_scan.h"

namespace storyline::text {
namespace {

bool IsJoiner(char32_t c) { return c == '\'' || c == 0x2019 || c == '-' || c == 0x2010; }

bool IsDigit(char32_t c) { return c - '0' < 10u; }

bool IsAsciiAlnum(unsigned char b) {
  return static_cast<unsigned>((b | 0x20) - 'a') < 26u || static_cast<unsigned>(b - '0') < 10u;
}

bool IsAsciiSpace(unsigned char b) { return b == ' ' || (b >= '\t' && b <= '\r'); }

// End of the word starting at `b` (a word character) in `s`, not past `end`.
uint32_t ScanWord(std::string_view s, uint32_t b, uint32_t end) {
  const std::string_view bounded = s.substr(0, end);
  uint32_t i = b;
  char32_t prev = 0;
  uint32_t run = 0;      // word characters since the last joiner
  uint32_t dots = 0;     // periods inside a dotted acronym so far
  bool acronym = true;   // single letters separated by periods so far
  while (i < end) {
    const unsigned char b = static_cast<unsigned char>(s[i]);
    if (IsAsciiAlnum(b)) {  // fast path: most of news text
      acronym = acronym && ++run == 1 && !IsDigit(b);
      prev = b;
      ++i;
      continue;
    }
    uint32_t next = i;
    const char32_t c = NextCodePoint(bounded, next);
    if (IsWordChar(c)) {
      acronym = acronym && ++run == 1 && !IsDigit(c);
      prev = c;
      i = next;
      continue;
    }
    uint32_t after = next;
    const char32_t d = next < end ? NextCodePoint(bounded, after) : 0;
    if ((IsJoiner(c) && IsWordChar(d)) ||
        ((c == '.' || c == ',') && IsDigit(prev) && IsDigit(d))) {
      acronym = false;
      run = 0;
      i = next;
      continue;
    }
    if (c == '.' && acronym && run == 1 && IsWordChar(d) && !IsDigit(d)) {
      ++dots;
      run = 0;
      i = next;
      continue;
    }
    if (c == '.' && acronym && dots > 0) i = next;  // the final period of "U.S."
    break;
  }
  return i;
}

}  // namespace

void Segmenter::Tokens(std::string_view text, ByteSpan span, std::vector<Token>* out) {
  uint32_t i = span.begin;
  while (i < span.end) {
    const unsigned char b = static_cast<unsigned char>(text[i]);
    if (b < 0x80 && !IsAsciiAlnum(b)) {  // fast path: ASCII space or punctuation
      if (!IsAsciiSpace(b)) out->push_back({{i, i + 1}});
      ++i;
      continue;
    }
    uint32_t next = i;
    char32_t c = NextCodePoint(text.substr(0, span.end), next);
    if (IsSpace(c)) {
      i = next;
      continue;
    }
    uint32_t end = IsWordChar(c) ? ScanWord(text, i, span.end) : next;
    out->push_back({{i, end}});
    i = end;
  }
}

}  // namespace storyline::text
