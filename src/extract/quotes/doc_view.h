// DocView: one document as the quotes stage sees it — tokens, quote-mark spans,
// sentence and paragraph ranges over the tokens — built once per Analyze() call
// and read by the cue matcher, the noun-phrase finder and the speaker resolver.
// Owned by the caller; valid while the text and lexicon it points to live.
#ifndef STORYLINE_EXTRACT_QUOTES_DOC_VIEW_H_
#define STORYLINE_EXTRACT_QUOTES_DOC_VIEW_H_

#include <string_view>
#include <vector>

#include "src/core/analysis.h"
#include "src/extract/quotes/lexicon.h"
#include "src/extract/quotes/quote_scanner.h"
#include "src/extract/quotes/tokenizer.h"

namespace storyline::quotes {

struct TokenRange {
  int begin = 0;  // first token index
  int end = 0;    // one past the last
};

struct DocView {
  std::string_view text;
  const Lexicon* lexicon = nullptr;
  const Analysis* analysis = nullptr;  // earlier stages' output; may be empty
  std::vector<Token> tokens;
  std::vector<QuoteSpan> quotes;
  std::vector<int> token_quote;          // per token: index into quotes, or -1
  std::vector<TokenRange> sentences;     // never split inside a quote
  std::vector<int> token_paragraph;      // per token: paragraph number

  const Token& tok(int i) const { return tokens[i]; }
  bool IsWord(int i, std::string_view lower) const {
    return tokens[i].kind == TokenKind::kWord && tokens[i].lower == lower;
  }
  // True when token i is a quote mark opening (closing) one of `quotes`.
  bool OpensQuote(int i) const;
  bool ClosesQuote(int i) const;
  // True when token i is part of a closing mark (both apostrophes of '').
  bool InClosingMark(int i) const;
  // True when token i lies strictly inside a quote (between its marks).
  bool InsideQuote(int i) const;
  ByteSpan Span(int first, int end) const {
    return {tokens[first].span.begin, tokens[end - 1].span.end};
  }
  std::string_view Text(ByteSpan s) const { return s.Of(text); }
};

// Tokenizes, scans quotes and splits sentences and paragraphs. Uses
// analysis->sentences / paragraphs when present, else its own splitter.
DocView BuildDocView(std::string_view text, const Lexicon& lexicon, const Analysis& analysis);
// The same into *view, reusing its vectors' capacity from an earlier document.
void BuildDocView(std::string_view text, const Lexicon& lexicon, const Analysis& analysis, DocView* view);

}  // namespace storyline::quotes

#endif  // STORYLINE_EXTRACT_QUOTES_DOC_VIEW_H_
