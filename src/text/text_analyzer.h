// TextAnalyzer: the text layer of one document — paragraphs, sentences, tokens,
// language per paragraph (CLD2) and boilerplate lines. Immutable after
// construction; safe to share across threads.
#ifndef STORYLINE_TEXT_TEXT_ANALYZER_H_
#define STORYLINE_TEXT_TEXT_ANALYZER_H_

#include "src/core/analysis.h"
#include "src/core/document.h"

namespace storyline::text {

struct TextOptions {
  // Paragraphs shorter than this many bytes get the language of their neighbours:
  // CLD2 is unreliable on a few words.
  size_t min_language_bytes = 40;
};

class TextAnalyzer {
 public:
  explicit TextAnalyzer(TextOptions options = {});

  // Fills analysis->paragraphs, sentences, tokens, languages and boilerplate from
  // doc.text. Leaves every other field alone.
  void Analyze(const Document& doc, Analysis* analysis) const;

 private:
  TextOptions options_;
};

}  // namespace storyline::text

#endif  // STORYLINE_TEXT_TEXT_ANALYZER_H_
