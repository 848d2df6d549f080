// Tokenizer. A word is a run of letters and digits; an apostrophe, period or
// hyphen stays inside it only between two letters/digits, so "U.S" + "." and
// "Syria’s" come out as one would read them. Any code point outside the ASCII,
// General Punctuation and Latin-1 punctuation blocks counts as a letter: that is
// wrong for exotic symbols but right for every script news is written in.
#include "src/extract/quotes/tokenizer.h"

#include <array>

namespace storyline::quotes {
namespace {

// Per byte: whether it is an ASCII letter or digit, and its ASCII lower case.
// Tables rather than range tests: the tokenizer runs them on every byte and
// was a quarter of the stage's instructions.
struct AsciiTables {
  std::array<bool, 256> alnum{};
  std::array<char, 256> lower{};
};

constexpr AsciiTables kAscii = [] {
  AsciiTables t;
  for (int b = 0; b < 256; ++b) {
    t.alnum[b] = (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9');
    t.lower[b] = static_cast<char>(b >= 'A' && b <= 'Z' ? b + 32 : b);
  }
  return t;
}();

bool IsLetterOrDigit(char32_t c) {
  if (c < 0x80) return kAscii.alnum[c];
  if (c >= 0x80 && c <= 0xBF) return false;          // Latin-1 punctuation, NBSP
  if (c == 0xD7 || c == 0xF7) return false;          // × ÷
  if (c >= 0x2000 && c <= 0x206F) return false;      // General Punctuation
  if (c >= 0x3000 && c <= 0x303F) return false;      // CJK punctuation
  if (c == 0xFEFF || c == 0xFFFD) return false;
  return true;
}

bool IsUpper(char32_t c) {
  return (c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0xDE && c != 0xD7) ||
         (c >= 0x391 && c <= 0x3A9) || (c >= 0x400 && c <= 0x42F);
}

bool IsSpace(char32_t c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' ||
         c == 0xA0 || (c >= 0x2000 && c <= 0x200B) || c == 0x202F || c == 0x3000 || c == 0xFEFF;
}

bool IsJoiner(char32_t c) { return c == '\'' || c == 0x2019 || c == '.' || c == '-'; }

TokenKind PunctKind(char32_t c) {
  if (IsQuoteMark(c)) return TokenKind::kQuote;
  switch (c) {
    case ',': case 0x060C: return TokenKind::kComma;
    case '.': case '!': case '?': case 0x2026: return TokenKind::kStop;
    case ':': case ';': return TokenKind::kColon;
    case '-': case 0x2013: case 0x2014: return TokenKind::kDash;
    case '(': case '[': return TokenKind::kOpenParen;
    case ')': case ']': return TokenKind::kCloseParen;
    default: return TokenKind::kOther;
  }
}

// Extends a word starting at `pos`; returns its end.
size_t WordEnd(std::string_view text, size_t pos) {
  size_t end = pos;
  while (end < text.size()) {
    if (kAscii.alnum[static_cast<unsigned char>(text[end])]) { ++end; continue; }
    size_t next = end;
    char32_t c = NextCodePoint(text, &next);
    if (IsLetterOrDigit(c)) { end = next; continue; }
    if (!IsJoiner(c) || next >= text.size()) break;
    size_t after = next;
    if (!IsLetterOrDigit(NextCodePoint(text, &after))) break;
    end = next;
  }
  return end;
}

}  // namespace

char32_t NextMultiByteCodePoint(std::string_view text, size_t* pos) {
  unsigned char b = text[*pos];
  int len = b < 0x80 ? 1 : (b >> 5) == 6 ? 2 : (b >> 4) == 14 ? 3 : (b >> 3) == 30 ? 4 : 0;
  if (len == 0 || *pos + len > text.size()) { ++*pos; return 0xFFFD; }
  char32_t c = len == 1 ? b : len == 2 ? (b & 0x1F) : len == 3 ? (b & 0x0F) : (b & 0x07);
  for (int i = 1; i < len; ++i) {
    unsigned char cont = text[*pos + i];
    if ((cont & 0xC0) != 0x80) { ++*pos; return 0xFFFD; }
    c = (c << 6) | (cont & 0x3F);
  }
  *pos += len;
  return c;
}

bool IsQuoteMark(char32_t c) {
  switch (c) {
    case '"': case '\'': case 0x201C: case 0x201D: case 0x201E: case 0x201F:
    case 0x2018: case 0x2019: case 0x201A: case 0xAB: case 0xBB: case 0x2039: case 0x203A:
      return true;
    default:
      return false;
  }
}

std::vector<Token> Tokenize(std::string_view text) {
  std::vector<Token> tokens;
  Tokenize(text, &tokens);
  return tokens;
}

void Tokenize(std::string_view text, std::vector<Token>* out) {
  std::vector<Token>& tokens = *out;
  tokens.clear();
  tokens.reserve(text.size() / 5);
  bool newline = false;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t next = pos;
    char32_t c = NextCodePoint(text, &next);
    if (IsSpace(c)) { newline |= (c == '\n'); pos = next; continue; }
    Token& token = tokens.emplace_back();  // in place: no string move per token
    token.newline_before = newline;
    newline = false;
    if (IsLetterOrDigit(c)) {
      next = WordEnd(text, pos);
      token.kind = TokenKind::kWord;
      token.capitalized = IsUpper(c);
      token.lower.resize(next - pos);
      char* lower = token.lower.data();
      uint64_t h = kWordHashBasis;
      for (size_t k = 0; k < next - pos; ++k) {  // lower-cases and hashes in one pass
        const char ch = kAscii.lower[static_cast<unsigned char>(text[pos + k])];
        lower[k] = ch;
        h = WordHashStep(h, ch);
      }
      token.hash = WordHashFinish(h);
    } else {
      token.kind = PunctKind(c);
      token.hash = WordHash(text.substr(pos, next - pos));
    }
    token.span = {static_cast<uint32_t>(pos), static_cast<uint32_t>(next)};
    pos = next;
  }
}

}  // namespace storyline::quotes
