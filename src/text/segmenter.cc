// Segmenter: paragraphs by lines, sentences by ICU plus news corrections. See the
// header for the rules; this file keeps each correction a small function.
#include "src/text/segmenter.h"

#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <algorithm>
#include <memory>

#include "src/text/rule_file.h"
#include "src/text/utf8_scan.h"

namespace storyline::text {
namespace {

// One sentence iterator per thread: ICU iterators hold position state, and
// creating one costs ~50 µs, far more than a paragraph.
icu::BreakIterator* SentenceIterator() {
  thread_local std::unique_ptr<icu::BreakIterator> iterator = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> it(
        icu::BreakIterator::createSentenceInstance(icu::Locale::getEnglish(), status));
    if (U_FAILURE(status)) it.reset();
    return it;
  }();
  return iterator.get();
}

absl::StatusOr<AbbreviationKind> ParseKind(const std::string& name) {
  if (name == "always") return AbbreviationKind::kAlways;
  if (name == "before-number") return AbbreviationKind::kBeforeNumber;
  if (name == "before-name") return AbbreviationKind::kBeforeName;
  return absl::InvalidArgumentError("text: unknown abbreviation kind '" + name + "'");
}

// Opening brackets and quotes WordBefore looks past, at most: "(“Gen." needs 4 bytes.
constexpr uint32_t kMaxOpenerBytes = 8;
// The longest initial, "F." with a 4-byte letter.
constexpr uint32_t kMaxInitialBytes = 5;

// The whitespace-delimited word ending at `end` in `s`, without opening brackets
// or quotes ("(Gen." -> "Gen."); empty when the word is longer than `max_bytes`
// plus openers. The bound matters: a paragraph such as "1.B1.B1.B..." has a
// break at every "B" and no space, and an unbounded scan back to the paragraph's
// start at each one made Sentences quadratic (300 KB of it ran for minutes in
// text_fuzzer). No longer word can be an abbreviation or an initial anyway.
std::string_view WordBefore(std::string_view s, uint32_t end, uint32_t max_bytes) {
  const uint32_t limit = end - std::min(end, max_bytes + kMaxOpenerBytes);
  uint32_t b = end;
  while (b > limit && s[b - 1] != ' ' && s[b - 1] != '\t') --b;
  if (b > 0 && s[b - 1] != ' ' && s[b - 1] != '\t') return {};
  while (b < end && (s[b] == '(' || s[b] == '"' || s[b] == '\'' || s[b] == '[')) ++b;
  if (end - b >= 3 && s.substr(b, 3) == "\u201C") b += 3;
  return s.substr(b, end - b);
}

// The word starting at `begin` (letters, digits, marks), after skipping spaces.
std::string_view WordAfter(std::string_view s, uint32_t begin) {
  while (begin < s.size() && (s[begin] == ' ' || s[begin] == '\t')) ++begin;
  uint32_t e = begin;
  while (e < s.size()) {
    uint32_t next = e;
    if (!IsWordChar(NextCodePoint(s, next))) break;
    e = next;
  }
  return s.substr(begin, e - begin);
}

// "F." or "В.": one upper-case letter and a period.
bool IsInitial(std::string_view word) {
  uint32_t i = 0;
  char32_t c = NextCodePoint(word, i);
  return i + 1 == word.size() && word[i] == '.' && u_isupper(static_cast<UChar32>(c));
}

bool HasWordChar(std::string_view s) {
  for (uint32_t i = 0; i < s.size();) {
    if (IsWordChar(NextCodePoint(s, i))) return true;
  }
  return false;
}

char32_t FirstCodePoint(std::string_view s) {
  uint32_t i = 0;
  return s.empty() ? 0 : NextCodePoint(s, i);
}

// ICU breaks "talks.“We" after the opening quote; move the break before it.
uint32_t MoveOpeningQuote(std::string_view para, uint32_t start, uint32_t at) {
  if (at >= para.size() || IsSpace(FirstCodePoint(para.substr(at)))) return at;
  uint32_t quote = at;
  char32_t q = PrevCodePoint(para, start, quote);
  if (!IsOpeningQuote(q) || quote == start) return at;
  char last = para[quote - 1];
  return (last == '.' || last == '!' || last == '?') ? quote : at;
}

// True when `para` is certainly one sentence: no sentence terminator (Unicode
// STerm or '.') and no paragraph separator before its closing run of terminators,
// quotes and brackets. Such paragraphs (most lines of one-sentence-a-line corpora,
// short paragraphs) skip ICU, which is the layer's most expensive step after CLD2.
bool IsSingleSentence(std::string_view para) {
  uint32_t end = static_cast<uint32_t>(para.size());
  while (end > 0) {  // the closing run
    uint32_t prev = end;
    const char32_t c = PrevCodePoint(para, 0, prev);
    if (!(c == '.' || IsClosing(c) || IsSpace(c) || u_hasBinaryProperty(c, UCHAR_S_TERM))) break;
    end = prev;
  }
  for (uint32_t i = 0; i < end;) {
    const unsigned char b = static_cast<unsigned char>(para[i]);
    if (b < 0x80) {
      if (b == '.' || b == '!' || b == '?' || b == '\r' || b == ';') return false;
      ++i;
      continue;
    }
    const char32_t c = NextCodePoint(para, i);
    if (c == 0x85 || c == 0x2028 || c == 0x2029 || u_hasBinaryProperty(c, UCHAR_S_TERM)) {
      return false;
    }
  }
  return true;
}

// Straight quotes in a paragraph before a position, counted incrementally: the
// break positions asked about only grow, and counting from the paragraph's start
// at every break made a paragraph of `Go. " Yes. " ...` quadratic.
class QuoteCounter {
 public:
  explicit QuoteCounter(std::string_view para) : para_(para) {}
  size_t Before(uint32_t at) {
    if (at < counted_to_) counted_to_ = 0, count_ = 0;  // not expected; stay correct
    count_ += std::count(para_.begin() + counted_to_, para_.begin() + at, '"');
    counted_to_ = at;
    return count_;
  }

 private:
  std::string_view para_;
  uint32_t counted_to_ = 0;
  size_t count_ = 0;
};

// ICU breaks `done. " Next` before the quote. Whether that quote closes the
// sentence before it or opens the next one, only the count of straight quotes
// before it tells: odd means one is open, so this one closes it.
uint32_t MoveDetachedClosingQuote(std::string_view para, uint32_t at, QuoteCounter* quotes) {
  if (at + 1 >= para.size() || para[at] != '"' || para[at + 1] != ' ') return at;
  if (quotes->Before(at) % 2 == 0) return at;
  uint32_t end = at;
  while (end > 0 && para[end - 1] == ' ') --end;
  if (end == 0) return at;
  const char last = para[end - 1];
  return (last == '.' || last == '!' || last == '?') ? at + 1 : at;
}

}  // namespace

absl::StatusOr<Segmenter> Segmenter::Load(const std::string& data_dir) {
  Segmenter segmenter;
  ASSIGN_OR_RETURN(auto rows, ReadRuleFile(data_dir + "/text/abbreviations.tsv", 2));
  for (const auto& row : rows) {
    ASSIGN_OR_RETURN(AbbreviationKind kind, ParseKind(row[1]));
    segmenter.abbreviations_[row[0]] = kind;
    segmenter.max_abbreviation_bytes_ =
        std::max(segmenter.max_abbreviation_bytes_, static_cast<uint32_t>(row[0].size()));
  }
  ASSIGN_OR_RETURN(auto starters, ReadRuleFile(data_dir + "/text/sentence_starters.txt", 1));
  for (const auto& row : starters) segmenter.sentence_starters_.insert(row[0]);
  return segmenter;
}

void Segmenter::Paragraphs(const Document& doc, std::vector<Paragraph>* out) const {
  const std::string_view text = doc.text;
  const ByteSpan title = doc.title_span;
  auto add = [&](uint32_t b, uint32_t e) {
    ByteSpan span = TrimSpace(text, {b, e});
    if (!span.empty()) out->push_back({span, ""});
  };
  // Lines, with the title's ends as extra cuts.
  std::vector<uint32_t> cuts;
  if (!title.empty()) cuts = {title.begin, title.end};
  uint32_t start = 0;
  size_t next_cut = 0;
  while (start <= text.size()) {
    size_t newline = text.find('\n', start);
    uint32_t end = newline == std::string_view::npos ? static_cast<uint32_t>(text.size())
                                                     : static_cast<uint32_t>(newline);
    for (; next_cut < cuts.size() && cuts[next_cut] <= end; ++next_cut) {
      if (cuts[next_cut] <= start) continue;
      add(start, cuts[next_cut]);
      start = cuts[next_cut];
    }
    add(start, end);
    start = end + 1;
  }
}

bool Segmenter::SuppressBreak(std::string_view para, uint32_t at) const {
  std::string_view next = WordAfter(para, at);
  if (next.empty()) return false;
  const char32_t first = FirstCodePoint(next);
  if (u_islower(static_cast<UChar32>(first))) return true;
  uint32_t end = at;
  while (end > 0 && (para[end - 1] == ' ' || para[end - 1] == '\t')) --end;
  if (end == 0 || para[end - 1] != '.') return false;
  std::string_view word =
      WordBefore(para, end, std::max(max_abbreviation_bytes_, kMaxInitialBytes));
  if (word.empty()) return false;
  auto it = abbreviations_.find(absl::string_view(word.data(), word.size()));
  const bool initial = it == abbreviations_.end() && IsInitial(word);
  if (it == abbreviations_.end() && !initial) return false;
  const AbbreviationKind kind = initial ? AbbreviationKind::kBeforeName : it->second;
  switch (kind) {
    case AbbreviationKind::kAlways:
      return true;
    case AbbreviationKind::kBeforeNumber:
      return u_isdigit(static_cast<UChar32>(first));
    case AbbreviationKind::kBeforeName:
      return u_isupper(static_cast<UChar32>(first)) &&
             !sentence_starters_.contains(std::string(next));
  }
  return false;
}

void Segmenter::Sentences(std::string_view text, const std::vector<Paragraph>& paragraphs,
                          std::vector<Sentence>* out) const {
  icu::BreakIterator* it = SentenceIterator();
  for (uint32_t p = 0; p < paragraphs.size(); ++p) {
    const ByteSpan span = paragraphs[p].span;
    const std::string_view para = span.Of(text);
    const size_t first = out->size();
    auto add = [&](uint32_t b, uint32_t e) {
      ByteSpan s = TrimSpace(text, {span.begin + b, span.begin + e});
      if (s.empty()) return;
      // A stray closing quote after a space ("... quickly. \"") is no sentence.
      if (out->size() > first && !HasWordChar(s.Of(text))) {
        out->back().span.end = s.end;
      } else {
        out->push_back({s, p});
      }
    };
    if (it == nullptr || IsSingleSentence(para)) {  // no ICU data, or nothing to split
      add(0, para.size());
      continue;
    }
    UErrorCode status = U_ZERO_ERROR;
    UText ut = UTEXT_INITIALIZER;
    utext_openUTF8(&ut, para.data(), static_cast<int64_t>(para.size()), &status);
    it->setText(&ut, status);
    uint32_t start = 0;
    QuoteCounter quotes(para);
    for (int32_t b = it->next(); b != icu::BreakIterator::DONE && U_SUCCESS(status);
         b = it->next()) {
      uint32_t at = static_cast<uint32_t>(b);
      if (at < para.size() && SuppressBreak(para, at)) continue;
      at = MoveDetachedClosingQuote(para, MoveOpeningQuote(para, start, at), &quotes);
      add(start, at);
      start = at;
    }
    add(start, para.size());
    utext_close(&ut);
  }
}

}  // namespace storyline::text
