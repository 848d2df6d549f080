// TextAnalyzer: the text layer of one document — paragraphs, sentences, tokens,
// language per paragraph (CLD2) and boilerplate lines. Immutable after
// construction; safe to share across threads; cheap to copy (the loaded rules are
// shared).
//
// The pieces (public headers of their own, usable by other stages):
//   normalizer.h    NFKC + quotes/dashes/spaces with a map back to original bytes
//   segmenter.h     paragraphs, sentences (ICU + news abbreviations), tokens
//   language_id.h   CLD2 per paragraph and per quoted span
//   boilerplate.h   sign-offs, bylines, credits, prompts, stray trailing headlines
#ifndef STORYLINE_TEXT_TEXT_ANALYZER_H_
#define STORYLINE_TEXT_TEXT_ANALYZER_H_

#include <memory>
#include <string>

#include "src/core/analysis.h"
#include "src/core/document.h"
#include "src/core/status.h"

namespace storyline::text {

struct TextOptions {
  // Paragraphs shorter than this many bytes get the language of their neighbours:
  // CLD2 is unreliable on a few words.
  size_t min_language_bytes = 40;
  // Quoted spans shorter than this are not language-checked (names, slogans).
  size_t min_quote_bytes = 24;
  // Where data/text/*.tsv live; empty = DefaultDataDir() ($STORYLINE_DATA or the
  // source tree's data/).
  std::string data_dir;
  // Produce tokens (the most numerous spans; stages that need none may skip them).
  bool tokens = true;
};

class TextAnalyzer {
 public:
  // Loads the rule files; errors name the file. Prefer this where a status can be
  // reported.
  static absl::StatusOr<TextAnalyzer> Create(TextOptions options);

  // Loads like Create; when a rule file is missing or bad, runs without those rules
  // (plain ICU sentences, no boilerplate cues) and load_status() says why.
  explicit TextAnalyzer(TextOptions options = {});

  // Fills analysis->paragraphs, sentences, tokens, languages and boilerplate from
  // doc.text. Leaves every other field alone. Spans are byte offsets into doc.text;
  // no sentence crosses a paragraph; the title (doc.title_span) is a paragraph.
  void Analyze(const Document& doc, Analysis* analysis) const;

  const absl::Status& load_status() const { return load_status_; }

  struct Components;  // defined in text_analyzer.cc

 private:
  TextOptions options_;
  absl::Status load_status_;
  std::shared_ptr<const Components> components_;
};

}  // namespace storyline::text

#endif  // STORYLINE_TEXT_TEXT_ANALYZER_H_
