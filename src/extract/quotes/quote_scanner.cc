// Quote-mark scanner: a small state machine over code points.
//  - Double marks (" “ ” „ ‟ « ») open one top-level quote at a time. A straight
//    " toggles; ” closes; “ closes a „ (German/Russian „…“) and otherwise opens;
//    « » count depth so Russian nested guillemets stay inside.
//  - Single marks (‘ ’ ') only count outside double quotes, and only where they
//    cannot be an apostrophe: an opener follows a space and precedes a letter,
//    a closer follows a non-space and precedes a non-letter.
//  - Two apostrophes '' count as one straight double mark (NYT archive style).
//  - At a line break an open quote continues only when the next paragraph starts
//    with an opening mark (multi-paragraph quote); otherwise it is dropped.
#include "src/extract/quotes/quote_scanner.h"

#include <array>

#include "src/extract/quotes/tokenizer.h"

namespace storyline::quotes {
namespace {

bool IsSpaceByte(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

bool IsAsciiLetterOrNonAscii(char c) {
  unsigned char u = c;
  return u >= 0x80 || (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9');
}

bool IsDoubleOpener(char32_t c) {
  return c == '"' || c == 0x201C || c == 0x201E || c == 0x201F || c == 0xAB;
}

// The bytes a quote mark or a line break can start with: " ' and the lead
// bytes of « » (C2) and of the General Punctuation marks (E2). Every other
// byte is skipped without decoding (a lead or continuation byte of any other
// character can never be one of these).
constexpr std::array<bool, 256> kMarkLead = [] {
  std::array<bool, 256> t{};
  for (unsigned char c : {'\n', '"', '\'', static_cast<char>(0xC2), static_cast<char>(0xE2)}) t[c] = true;
  return t;
}();

class Scanner {
 public:
  explicit Scanner(std::string_view text) : text_(text) {}

  std::vector<QuoteSpan> Run() {
    size_t pos = 0;
    while (pos < text_.size()) {
      if (!kMarkLead[static_cast<unsigned char>(text_[pos])]) {
        ++pos;
        continue;
      }
      size_t start = pos;
      if (text_[pos] == '\n') { pos = AtLineBreak(pos); continue; }
      char32_t c = NextCodePoint(text_, &pos);
      if (c == '\'' && pos < text_.size() && text_[pos] == '\'') {
        c = '"';  // '' as a double mark, as some newspapers' archives write it
        ++pos;
      }
      if (IsQuoteMark(c)) OnMark(c, start, pos);
    }
    return std::move(out_);
  }

 private:
  void OnMark(char32_t c, size_t begin, size_t end) {
    if (double_open_) return OnMarkInDouble(c, begin, end);
    if (IsDoubleOpener(c)) {
      single_open_ = false;
      Open(c, begin, end);
      return;
    }
    OnSingle(c, begin, end);
  }

  void OnMarkInDouble(char32_t c, size_t begin, size_t end) {
    if (opener_ == 0xAB) {
      if (c == 0xAB) ++depth_;
      if (c == 0xBB && --depth_ == 0) Close(begin, end);
      return;
    }
    // A straight " also closes a typographic opener: mixed marks are common.
    bool closes = c == '"' || c == 0x201D ||
                  (opener_ == 0x201E && c == 0x201C);
    if (closes) Close(begin, end);
    else if (c == 0x201C && opener_ == 0x201C) Open(c, begin, end);  // unclosed “ before
  }

  void OnSingle(char32_t c, size_t begin, size_t end) {
    bool space_before = begin == 0 || IsSpaceByte(text_[begin - 1]) || text_[begin - 1] == '(';
    bool letter_after = end < text_.size() && IsAsciiLetterOrNonAscii(text_[end]);
    if (!single_open_) {
      if ((c == 0x2018 || c == '\'' || c == 0x201A) && space_before && letter_after) {
        single_open_ = true;
        single_begin_ = begin;
        single_inner_ = end;
      }
      return;
    }
    if ((c == 0x2019 || c == '\'') && !space_before && !letter_after) {
      out_.push_back({{U(single_begin_), U(end)}, {U(single_inner_), U(begin)}});
      single_open_ = false;
    }
  }

  void Open(char32_t c, size_t begin, size_t end) {
    double_open_ = true;
    opener_ = c;
    depth_ = 1;
    open_begin_ = begin;
    inner_begin_ = end;
  }

  void Close(size_t begin, size_t end) {
    double_open_ = false;
    out_.push_back({{U(open_begin_), U(end)}, {U(inner_begin_), U(begin)}});
  }

  // Decides the fate of open quotes at a paragraph break; returns where to go on.
  size_t AtLineBreak(size_t pos) {
    single_open_ = false;
    size_t next = pos;
    while (next < text_.size() && IsSpaceByte(text_[next])) ++next;
    if (!double_open_) return next;
    size_t after = next;
    char32_t c = next < text_.size() ? NextCodePoint(text_, &after) : 0;
    if (IsDoubleOpener(c) && (c == opener_ || opener_ != 0xAB)) return after;  // continues
    double_open_ = false;  // never closed: not a quote
    return next;
  }

  static uint32_t U(size_t v) { return static_cast<uint32_t>(v); }

  std::string_view text_;
  std::vector<QuoteSpan> out_;
  bool double_open_ = false, single_open_ = false;
  char32_t opener_ = 0;
  int depth_ = 0;
  size_t open_begin_ = 0, inner_begin_ = 0, single_begin_ = 0, single_inner_ = 0;
};

}  // namespace

std::vector<QuoteSpan> ScanQuotes(std::string_view text) {
  return Scanner(text).Run();
}

}  // namespace storyline::quotes
