// BoilerplateDetector: the lines of one document that are not the article —
// sign-offs ("With wires", "(Reporting by ...)"), bylines, image credits, "Read
// more" / subscribe prompts, and a stray related-headline line left at the end.
// Whether a passage drifts to another story (off-topic) is decided later, against
// the story, by link/; this class looks at one document's lines only.
//
// Two kinds of evidence:
//   cue rules   data/text/boilerplate.tsv, "reason<TAB>RE2 pattern[<TAB>max bytes]";
//               a pattern must match the whole trimmed paragraph, so a cue word
//               inside a real sentence never flags it. Only paragraphs up to
//               Options::max_line_bytes are tried: boilerplate lines are short.
//   structure   "related-headline": after the last real paragraph (one ending in
//               . ! ? … : ; possibly before a closing quote), up to
//               max_trailing_headlines trailing lines that look like headlines —
//               at most max_headline_bytes and min..max_headline_words words, no
//               final punctuation, starting with a capital, digit or quote. Lines
//               already flagged by a cue (a sign-off) may sit among them. A real
//               short last paragraph ends with punctuation and is never flagged;
//               neither is anything when the last real paragraph lacks it (the
//               text is then a list or a feed, not prose).
//
// Thread safety: immutable after Load; safe to share.
#ifndef STORYLINE_TEXT_BOILERPLATE_H_
#define STORYLINE_TEXT_BOILERPLATE_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "re2/set.h"
#include "src/core/analysis.h"
#include "src/core/status.h"

namespace storyline::text {

class BoilerplateDetector {
 public:
  struct Options {
    size_t max_line_bytes = 200;       // longest line the cue rules look at
    size_t max_headline_bytes = 150;   // ~20 words: headlines are shorter
    size_t min_headline_words = 3;     // "Syria" or "Photos" alone are section labels
    size_t max_headline_words = 20;
    size_t max_trailing_headlines = 2; // sites leak one or two "related" links
    size_t min_body_paragraphs = 2;    // real paragraphs needed before the tail
  };

  // Reads data_dir/text/boilerplate.tsv. Errors name the file and line.
  static absl::StatusOr<std::unique_ptr<BoilerplateDetector>> Load(const std::string& data_dir,
                                                                   Options options);
  static absl::StatusOr<std::unique_ptr<BoilerplateDetector>> Load(const std::string& data_dir) {
    return Load(data_dir, Options{});
  }
  // From rows of (reason, pattern), for tests.
  static absl::StatusOr<std::unique_ptr<BoilerplateDetector>> FromRules(
      const std::vector<std::vector<std::string>>& rows, Options options);

  // Appends the flagged paragraphs of `text`, in text order. `title` is the index
  // of the title paragraph (never flagged), or -1.
  void Flag(std::string_view text, const std::vector<Paragraph>& paragraphs, int title,
            std::vector<FlaggedSpan>* out) const;

 private:
  BoilerplateDetector(Options options);
  // The reason of the first cue rule matching the whole line; empty if none.
  std::string_view CueReason(std::string_view line) const;
  bool LooksLikeHeadline(std::string_view line) const;

  Options options_;
  std::unique_ptr<RE2::Set> cues_;
  std::vector<std::string> reasons_;  // by cue index
  std::vector<size_t> max_bytes_;     // by cue index: longest line the cue may flag
};

// True when `line` ends like a sentence: . ! ? … : ; before any closing quotes or
// brackets.
bool EndsLikeSentence(std::string_view line);

}  // namespace storyline::text

#endif  // STORYLINE_TEXT_BOILERPLATE_H_
