// LanguageIdentifier: the language of each paragraph and of quoted spans, with
// CLD2 (Compact Language Detector 2; plain-text mode, no hints).
//
// Fast path: CLD2 first reads a sample of the document (the first 1 KB of its
// paragraphs without their quotes) for the main language. A paragraph whose letters are in the main language's script, and
// whose rate of accented ("marked") letters is like the document's, takes the main
// language without another CLD2 call (see script_profile.h); so does a quote. This
// misses a switch between two unaccented languages of one script (English to
// Dutch or Indonesian, say) inside one article, which is rare in news; it keeps
// the layer above 50 MB/s, which running CLD2 (~30 MB/s) on every byte could not.
//
// Other paragraphs of at least Options::min_paragraph_bytes are detected on their own,
// on the text outside their quotes (the narration) when that is long enough;
// shorter ones (or ones CLD2 calls unreliable) take the language of the previous
// detected paragraph, else the next one: CLD2 needs a few dozen bytes of text, and
// a short line inside an article is in the article's language far more often than
// not. Quoted spans («...», “...”, „...“, "...") of at least min_quote_bytes are
// detected too, and their language counts for the document only when CLD2 says
// the guess is reliable: that is how an English article carrying Russian quotes
// gets languages ["en", "ru"].
//
// Document languages are ordered by the bytes of text in each (paragraphs first,
// then quotes), so the main language comes first; "un" is never listed.
//
// Thread safety: immutable; safe to share (CLD2 is reentrant).
#ifndef STORYLINE_TEXT_LANGUAGE_ID_H_
#define STORYLINE_TEXT_LANGUAGE_ID_H_

#include <string>
#include <string_view>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "src/core/analysis.h"
#include "src/text/script_profile.h"

namespace storyline::text {

struct LanguageGuess {
  std::string code;       // ISO 639-1 as CLD2 reports it ("en", "ru"); "un" when unknown
  bool reliable = false;  // CLD2's own reliability flag
};

class LanguageIdentifier {
 public:
  struct Options {
    // 40 bytes is about six English words; below it CLD2's guesses on news text
    // were wrong often enough to be worse than inheriting from a neighbour.
    size_t min_paragraph_bytes = 40;
    // A quote needs about four words before CLD2 tells Russian from Ukrainian or
    // Spanish from Portuguese; shorter quotes are names and slogans.
    size_t min_quote_bytes = 24;
    // The document's main language is CLD2's answer on its first sample_bytes of
    // narration: 1 KB is ~170 English words, plenty for CLD2, and
    // keeps CLD2 (~30 MB/s) off most of the text.
    size_t sample_bytes = 1024;
    // Below this rate of marked letters a text counts as unaccented (English):
    // then a span with 2+ marked letters over twice this rate goes to CLD2.
    double plain_marked_rate = 0.005;
    // CLD2 codes of languages written (nearly) without marked letters, from
    // data/text/unaccented_languages.txt: in a document in one of them, a span
    // with accented letters is checked by CLD2 (a French quote in English text).
    absl::flat_hash_set<std::string> unaccented_languages = {"en"};
  };

  explicit LanguageIdentifier(Options options) : options_(options) {}
  LanguageIdentifier() : LanguageIdentifier(Options{}) {}

  // CLD2 on `text` (valid UTF-8).
  static LanguageGuess Detect(std::string_view text);

  // Sets Paragraph::language for every paragraph of `text` and fills `languages`
  // (cleared first) with the distinct languages of paragraphs and quotes.
  void Annotate(std::string_view text, std::vector<Paragraph>* paragraphs,
                std::vector<std::string>* languages) const;

  // Quoted spans inside `span` of `text`: the bytes between matching marks.
  static std::vector<ByteSpan> QuotedSpans(std::string_view text, ByteSpan span);

 private:
  using Tally = absl::flat_hash_map<std::string, size_t>;  // language -> bytes
  struct Main {
    std::string code;
    Script script = Script::kOther;
    bool reliable = false;  // CLD2 reliable on a single-script sample
    bool plain = false;     // in Options::unaccented_languages
  };

  // The first sample_bytes of the paragraphs' narration (quotes left out, so a
  // foreign quote near the top does not decide the document's language).
  std::string NarrationSample(std::string_view text,
                              const std::vector<Paragraph>& paragraphs) const;
  Main DetectMain(std::string_view text, const std::vector<Paragraph>& paragraphs) const;
  // True when a span with this profile can take the main language unchecked.
  bool FitsMain(const ScriptProfile& span, Script main_script, double doc_marked_rate) const;
  // The median rate of marked letters over paragraphs long enough to detect.
  double MedianMarkedRate(const std::vector<Paragraph>& paragraphs,
                          const std::vector<ScriptProfile>& profiles) const;
  // CLD2 on the paragraph and its quotes.
  void DetectParagraph(std::string_view text, Paragraph* p, Tally* quote_bytes) const;
  static void RankLanguages(const Tally& paragraph_bytes, const Tally& quote_bytes,
                            std::vector<std::string>* languages);
  // CLD2 on the paragraph without its quoted spans: a paragraph is in the language
  // of its narration, even when a long foreign quote outweighs it in bytes.
  LanguageGuess DetectNarration(std::string_view text, ByteSpan span,
                                const std::vector<ByteSpan>& quotes) const;

  Options options_;
};

}  // namespace storyline::text

#endif  // STORYLINE_TEXT_LANGUAGE_ID_H_
