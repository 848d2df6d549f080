// libFuzzer target for the text layer: arbitrary bytes through the normalizer
// (both option sets) and the full TextAnalyzer, checking the span contracts —
// every span inside the text, sentences inside their paragraph and in order,
// quoted spans inside their paragraph, every paragraph given a language and "un"
// never listed for the document, the normalizer's map monotonic and ending at the
// input's size. The analyzer must have loaded its rule files (abbreviations,
// boilerplate cues), or the rule-driven paths would go unfuzzed. Input is repaired to UTF-8 first
// for the analyzer (readers guarantee that) but fed raw to the normalizer.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "src/core/utf8.h"
#include "src/text/language_id.h"
#include "src/text/normalizer.h"
#include "src/text/text_analyzer.h"

namespace {

void Check(bool ok) {
  if (!ok) std::abort();
}

void CheckNormalizer(const std::string& input, storyline::text::Normalizer::Options options) {
  storyline::text::NormalizedText n = storyline::text::Normalizer(options).Normalize(input);
  Check(n.norm_to_orig.size() == n.text.size() + 1);
  Check(n.norm_to_orig.back() == input.size());
  for (size_t i = 1; i < n.norm_to_orig.size(); ++i) Check(n.norm_to_orig[i - 1] <= n.norm_to_orig[i]);
  if (!n.text.empty()) {
    storyline::ByteSpan span = n.ToOriginal(0, static_cast<uint32_t>(n.text.size()));
    Check(span.begin <= span.end && span.end <= input.size());
  }
}

void CheckAnalyzer(const std::string& text) {
  static const storyline::text::TextAnalyzer analyzer;
  Check(analyzer.load_status().ok());
  storyline::Document doc;
  doc.text = text;
  const size_t newline = text.find('\n');
  if (newline != std::string::npos && newline > 0) doc.title_span = {0, static_cast<uint32_t>(newline)};
  storyline::Analysis a;
  analyzer.Analyze(doc, &a);
  const uint32_t size = static_cast<uint32_t>(text.size());
  for (const auto& p : a.paragraphs) {
    Check(p.span.begin < p.span.end && p.span.end <= size && !p.language.empty());
    for (const auto& q : storyline::text::LanguageIdentifier::QuotedSpans(text, p.span)) {
      Check(p.span.Contains(q));
    }
  }
  uint32_t previous_end = 0;
  for (const auto& s : a.sentences) {
    Check(s.paragraph < a.paragraphs.size());
    Check(a.paragraphs[s.paragraph].span.Contains(s.span));
    Check(s.span.begin >= previous_end && s.span.begin < s.span.end);
    previous_end = s.span.end;
  }
  for (const auto& language : a.languages) Check(!language.empty() && language != "un");
  for (const auto& t : a.tokens) Check(t.span.begin < t.span.end && t.span.end <= size);
  for (const auto& f : a.boilerplate) Check(f.span.end <= size);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string input(reinterpret_cast<const char*>(data), size);
  CheckNormalizer(input, {});
  CheckNormalizer(input, {.fold_case = true, .keep_newlines = true});
  CheckAnalyzer(storyline::RepairUtf8(input).text);
  return 0;
}
