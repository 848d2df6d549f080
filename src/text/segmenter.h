// Segmenter: paragraphs, sentences and tokens of one document, as byte spans into
// Document::text.
//
//   paragraphs  non-empty lines (news text arrives one paragraph a line); the title
//               line (Document::title_span) is always a paragraph of its own
//   sentences   ICU's sentence BreakIterator (UAX #29) run over the UTF-8 text,
//               then corrected with news conventions ICU does not know, loaded from
//               data/text/abbreviations.tsv: no break after a title ("Gen. Smith"),
//               a month or "No." before a number ("Dec. 15"), an acronym or an
//               initial before a name ("U.S. officials", "John F. Kennedy") unless
//               that name is a usual sentence opener ("... in the U.S. The ...");
//               no break before a lower-case word ("“Why?” he asked"); an opening
//               quote glued to the previous sentence ("talks.“We ...") moves to the
//               next one, and a detached straight quote ('done. " Next') to the
//               previous one. Sentences are clipped to paragraphs, so none crosses one.
//   tokens      a hand scanner (ICU's word iterator measured ~4x slower): runs of
//               letters/digits/marks, with inner apostrophes and hyphens
//               ("al-Assad", "don't"), decimal points and thousands separators
//               ("1,000.5"), and dotted acronyms ("U.S."); any other non-space
//               code point is a token of its own.
//
// Thread safety: immutable after Load; safe to share. ICU iterators are cloned
// per thread internally.
#ifndef STORYLINE_TEXT_SEGMENTER_H_
#define STORYLINE_TEXT_SEGMENTER_H_

#include <string>
#include <string_view>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "src/core/analysis.h"
#include "src/core/document.h"
#include "src/core/status.h"

namespace storyline::text {

// When a period after an abbreviation does not end the sentence.
enum class AbbreviationKind {
  kAlways,        // titles and "vs.": never a sentence end
  kBeforeNumber,  // months, "No.": not an end when a number follows
  kBeforeName,    // acronyms, "Inc.", "Jr.": not an end before a capitalized word
                  // that is not a usual sentence opener
};

class Segmenter {
 public:
  // Reads data_dir/text/abbreviations.tsv and data_dir/text/sentence_starters.txt.
  static absl::StatusOr<Segmenter> Load(const std::string& data_dir);
  // No abbreviations: plain ICU sentence breaks plus the quote and case fixes.
  Segmenter() = default;

  // Appends the paragraphs of doc.text (language left empty).
  void Paragraphs(const Document& doc, std::vector<Paragraph>* out) const;
  // Appends the sentences of `text`, each inside one of `paragraphs` (sorted,
  // disjoint spans of `text`).
  void Sentences(std::string_view text, const std::vector<Paragraph>& paragraphs,
                 std::vector<Sentence>* out) const;
  // Appends the tokens of text[span].
  static void Tokens(std::string_view text, ByteSpan span, std::vector<Token>* out);

 private:
  // True when ICU's break at byte `at` of paragraph text `para` should be dropped.
  bool SuppressBreak(std::string_view para, uint32_t at) const;

  absl::flat_hash_map<std::string, AbbreviationKind> abbreviations_;
  absl::flat_hash_set<std::string> sentence_starters_;
  uint32_t max_abbreviation_bytes_ = 0;  // longest key of abbreviations_
};

}  // namespace storyline::text

#endif  // STORYLINE_TEXT_SEGMENTER_H_
