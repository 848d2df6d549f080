#include "src/extract/entities/doc_tokens.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "src/text/segmenter.h"

namespace storyline::entities {
namespace {

// Appends `span`, split before a final "'s" / "’s" when something precedes it.
void AddToken(std::string_view text, ByteSpan span, SentenceTokens* out) {
  std::string_view w = span.Of(text);
  size_t cut = 0;
  if (w.size() > 2 && (w.ends_with("'s") || w.ends_with("'S"))) cut = 2;
  if (w.size() > 4 && w.ends_with("\xE2\x80\x99s")) cut = 4;
  if (cut) {
    ByteSpan head{span.begin, static_cast<uint32_t>(span.end - cut)};
    ByteSpan tail{head.end, span.end};
    out->spans.push_back(head);
    out->words.push_back(head.Of(text));
    out->spans.push_back(tail);
    out->words.push_back(tail.Of(text));
    return;
  }
  out->spans.push_back(span);
  out->words.push_back(w);
}

// Sentence spans: the text layer's, or one per non-empty line.
std::vector<ByteSpan> SentenceSpans(const Document& doc, const Analysis& analysis) {
  std::vector<ByteSpan> out;
  for (const auto& s : analysis.sentences) out.push_back(s.span);
  if (!out.empty()) return out;
  std::string_view text = doc.text;
  size_t begin = 0;
  while (begin < text.size()) {
    size_t end = text.find('\n', begin);
    if (end == std::string_view::npos) end = text.size();
    if (end > begin) out.push_back({static_cast<uint32_t>(begin), static_cast<uint32_t>(end)});
    begin = end + 1;
  }
  return out;
}

}  // namespace

bool IsCapitalized(std::string_view word) {
  if (word.empty()) return false;
  int32_t i = 0;
  UChar32 c;
  U8_NEXT(word.data(), i, static_cast<int32_t>(word.size()), c);
  return c > 0 && (u_isupper(c) || u_istitle(c));
}

std::vector<SentenceTokens> PrepareSentences(const Document& doc, const Analysis& analysis) {
  std::vector<ByteSpan> sentences = SentenceSpans(doc, analysis);
  std::vector<Token> own;
  const std::vector<Token>* tokens = &analysis.tokens;
  if (tokens->empty()) {
    for (const ByteSpan& s : sentences) text::Segmenter::Tokens(doc.text, s, &own);
    tokens = &own;
  }
  std::vector<SentenceTokens> out(sentences.size());
  size_t s = 0;
  for (const Token& t : *tokens) {
    while (s < sentences.size() && sentences[s].end <= t.span.begin) ++s;
    if (s == sentences.size()) break;
    if (!sentences[s].Contains(t.span)) continue;  // between sentences
    AddToken(doc.text, t.span, &out[s]);
  }
  std::erase_if(out, [](const SentenceTokens& st) { return st.words.empty(); });
  return out;
}

}  // namespace storyline::entities
