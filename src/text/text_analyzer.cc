// PLACEHOLDER (walking skeleton): one paragraph and one sentence per line.
#include "src/text/text_analyzer.h"

namespace storyline::text {

TextAnalyzer::TextAnalyzer(TextOptions options) : options_(options) {}

void TextAnalyzer::Analyze(const Document& doc, Analysis* analysis) const {
  uint32_t start = 0;
  const std::string& t = doc.text;
  for (uint32_t i = 0; i <= t.size(); ++i) {
    if (i == t.size() || t[i] == '\n') {
      if (i > start) {
        analysis->paragraphs.push_back({{start, i}, "en"});
        analysis->sentences.push_back({{start, i}, static_cast<uint32_t>(analysis->paragraphs.size() - 1)});
      }
      start = i + 1;
    }
  }
  analysis->languages = {"en"};
}

}  // namespace storyline::text
