// Builds the DocView. Sentences: the text stage's when it ran, else a split
// after . ! ? when the next token starts a sentence (capital letter, quote mark,
// or a new line) and the word before is not an abbreviation ("Dec.", "U.S.").
// Either way a boundary inside a quote is dropped, so "“… not over,” X said."
// stays one sentence with its cue.
#include "src/extract/quotes/doc_view.h"

#include <algorithm>

#include "absl/container/flat_hash_set.h"

namespace storyline::quotes {
namespace {

void IndexQuotes(DocView* view) {
  view->token_quote.assign(view->tokens.size(), -1);
  size_t q = 0;
  for (size_t i = 0; i < view->tokens.size(); ++i) {
    uint32_t b = view->tokens[i].span.begin;
    while (q < view->quotes.size() && view->quotes[q].outer.end <= b) ++q;
    if (q < view->quotes.size() && view->quotes[q].outer.begin <= b) view->token_quote[i] = q;
  }
}

bool EndsSentence(const DocView& v, int i) {
  const Token& t = v.tokens[i];
  if (t.kind != TokenKind::kStop) return false;
  int next = i + 1;
  while (next < static_cast<int>(v.tokens.size()) &&
         (v.InClosingMark(next) || v.tokens[next].kind == TokenKind::kCloseParen)) ++next;
  if (next >= static_cast<int>(v.tokens.size())) return true;
  const Token& n = v.tokens[next];
  if (!(n.capitalized || n.kind == TokenKind::kQuote || n.newline_before)) return false;
  if (i == 0 || v.text[t.span.begin] != '.') return true;
  const Token& prev = v.tokens[i - 1];
  if (prev.span.end != t.span.begin || prev.kind != TokenKind::kWord) return true;
  bool initial = prev.span.size() == 1 && prev.capitalized;
  return !initial && !v.lexicon->IsAbbreviation(prev.lower);
}

// Token index of the first token at or after byte `b`.
int TokenAt(const DocView& v, uint32_t b) {
  auto it = std::lower_bound(v.tokens.begin(), v.tokens.end(), b,
                             [](const Token& t, uint32_t x) { return t.span.begin < x; });
  return static_cast<int>(it - v.tokens.begin());
}

std::vector<bool> BoundariesFromAnalysis(const DocView& v) {
  std::vector<bool> start(v.tokens.size() + 1, false);
  for (const Sentence& s : v.analysis->sentences) {
    int i = TokenAt(v, s.span.begin);
    if (i < static_cast<int>(v.tokens.size())) start[i] = true;
  }
  return start;
}

std::vector<bool> OwnBoundaries(const DocView& v) {
  std::vector<bool> start(v.tokens.size() + 1, false);
  for (size_t i = 0; i < v.tokens.size(); ++i) {
    if (v.tokens[i].newline_before) start[i] = true;
    if (EndsSentence(v, i)) {
      size_t next = i + 1;
      while (next < v.tokens.size() && (v.InClosingMark(next) || v.tokens[next].kind == TokenKind::kCloseParen)) ++next;
      start[next] = true;
    }
  }
  return start;
}

// A dateline opening a line ("IZMAIL, Ukraine, March 4, 2025 - A carrier ran
// aground ...", "LONDON (Reuters) - ...") says where, when and by whom the
// article was filed, not what a source said: a sentence starts after its dash,
// so the content of "…, port officials said" does not take the dateline with it.
// A dateline: up to kDatelineTokens tokens of capitalized words, numbers and
// punctuation (any word inside a date) ending in a date or a closing
// parenthesis, or a place in capitals alone ("PARIS -"), then a dash, then a
// capitalized word. "Paris - Shares rose" (mixed case, no date) may be a
// headline's topic and stays.
constexpr int kDatelineTokens = 16;

// The time stage's expressions, indexed once per document so that a dateline
// check costs a lookup, not a scan of every timex (a long text with many lines
// and dates would otherwise be quadratic).
struct DateIndex {
  explicit DateIndex(const std::vector<Timex>& timexes) {
    for (const Timex& x : timexes) {
      spans.push_back(x.span);
      if (x.type == TimexType::kDate) date_ends.insert(x.span.end);
    }
    std::sort(spans.begin(), spans.end(),
              [](const ByteSpan& a, const ByteSpan& b) { return a.begin < b.begin; });
  }

  // A date or a written year ends at token `t`.
  bool EndsADate(const DocView& v, const Token& t) const {
    const std::string_view s = t.span.Of(v.text);
    if (s.size() == 4 && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; })) {
      return true;
    }
    return date_ends.contains(t.span.end);
  }

  // Token `t` lies inside an expression ("13 декабря": a lower-case month).
  bool Contains(const Token& t) const {
    auto it = std::upper_bound(spans.begin(), spans.end(), t.span.begin,
                               [](uint32_t at, const ByteSpan& x) { return at < x.begin; });
    return it != spans.begin() && std::prev(it)->Contains(t.span);
  }

  absl::flat_hash_set<uint32_t> date_ends;
  std::vector<ByteSpan> spans;  // sorted by begin; the tagger's do not overlap
};

// Tokens [b, e) are words in capitals and punctuation, with at least one word:
// a place line ("PARIS -", "RAFAH, Gaza Strip" is not one).
bool AllCapitals(const DocView& v, int b, int e) {
  bool word = false;
  for (int k = b; k < e; ++k) {
    const Token& t = v.tokens[k];
    if (t.kind != TokenKind::kWord) continue;
    const std::string_view s = t.span.Of(v.text);
    if (s.size() < 2 || std::any_of(s.begin(), s.end(), [](char c) { return c >= 'a' && c <= 'z'; })) {
      return false;
    }
    word = true;
  }
  return word;
}

void SplitDatelines(const DocView& v, std::vector<bool>* start) {
  const int n = static_cast<int>(v.tokens.size());
  const DateIndex dates(v.analysis->timexes);
  for (int i = 0; i < n; ++i) {
    if (i > 0 && !v.tokens[i].newline_before) continue;
    for (int j = i; j < n && j < i + kDatelineTokens; ++j) {
      const Token& t = v.tokens[j];
      if (j > i && t.newline_before) break;
      if (t.kind == TokenKind::kDash) {
        const Token& before = v.tokens[j - (j > i ? 1 : 0)];
        const bool filed = j > i && (before.kind == TokenKind::kCloseParen || dates.EndsADate(v, before) ||
                                     AllCapitals(v, i, j));
        if (filed && j + 1 < n && v.tokens[j + 1].capitalized) (*start)[j + 1] = true;
        break;
      }
      const bool lower_word = t.kind == TokenKind::kWord && !t.capitalized &&
                              !(t.lower[0] >= '0' && t.lower[0] <= '9') && !dates.Contains(t);
      if (lower_word || t.kind == TokenKind::kQuote || t.kind == TokenKind::kColon) break;
    }
  }
}

constexpr int kMaxSentenceTokens = 400;

void SplitSentences(DocView* v) {
  std::vector<bool> start = v->analysis->sentences.empty() ? OwnBoundaries(*v) : BoundariesFromAnalysis(*v);
  SplitDatelines(*v, &start);
  int n = static_cast<int>(v->tokens.size());
  int begin = 0;
  for (int i = 1; i <= n; ++i) {
    bool inside = i < n && v->InsideQuote(i) && !v->OpensQuote(i) && !v->tokens[i].newline_before;
    // A run this long is no sentence (no full stops, or a quote never closed);
    // cutting it keeps every per-sentence rule, and so the stage, linear.
    if (i == n || (start[i] && !inside) || i - begin >= kMaxSentenceTokens) {
      v->sentences.push_back({begin, i});
      begin = i;
    }
  }
}

void NumberParagraphs(DocView* v) {
  v->token_paragraph.resize(v->tokens.size());
  int para = 0;
  for (size_t i = 0; i < v->tokens.size(); ++i) {
    if (i > 0 && v->tokens[i].newline_before) ++para;
    v->token_paragraph[i] = para;
  }
}

}  // namespace

bool DocView::OpensQuote(int i) const {
  int q = token_quote[i];
  return q >= 0 && tokens[i].span.begin == quotes[q].outer.begin;
}

bool DocView::ClosesQuote(int i) const {
  int q = token_quote[i];
  return q >= 0 && tokens[i].span.end == quotes[q].outer.end;
}

bool DocView::InClosingMark(int i) const {
  int q = token_quote[i];
  return q >= 0 && tokens[i].kind == TokenKind::kQuote && tokens[i].span.begin >= quotes[q].inner.end;
}

bool DocView::InsideQuote(int i) const {
  int q = token_quote[i];
  return q >= 0 && tokens[i].span.begin >= quotes[q].inner.begin &&
         tokens[i].span.end <= quotes[q].inner.end;
}

DocView BuildDocView(std::string_view text, const Lexicon& lexicon, const Analysis& analysis) {
  DocView view;
  BuildDocView(text, lexicon, analysis, &view);
  return view;
}

void BuildDocView(std::string_view text, const Lexicon& lexicon, const Analysis& analysis, DocView* view) {
  view->text = text;
  view->lexicon = &lexicon;
  view->analysis = &analysis;
  Tokenize(text, &view->tokens);
  view->quotes = ScanQuotes(text);
  view->sentences.clear();
  view->token_paragraph.clear();
  IndexQuotes(view);
  SplitSentences(view);
  NumberParagraphs(view);
}

}  // namespace storyline::quotes
