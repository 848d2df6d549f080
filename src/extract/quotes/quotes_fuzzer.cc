// libFuzzer target for the quotes stage: any bytes (repaired to UTF-8 as the
// readers do) must analyze without crashing, and every span must lie inside
// the text. Unbalanced and nested marks are the interesting inputs; the seed
// corpus need not be more than a few quoted sentences.
#include <cstdint>
#include <cstdlib>
#include <string>

#include "src/core/utf8.h"
#include "src/extract/quotes/quote_extractor.h"

namespace {

void CheckSpan(const storyline::ByteSpan& span, size_t size) {
  if (span.begin > span.end || span.end > size) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static auto* extractor =
      storyline::quotes::QuoteExtractor::Load(STORYLINE_DATA_DIR).value().release();
  storyline::Document doc;
  doc.text = storyline::RepairUtf8(std::string(reinterpret_cast<const char*>(data), size)).text;
  storyline::Analysis analysis;
  extractor->Analyze(doc, &analysis);
  for (const auto& q : analysis.quotes) {
    CheckSpan(q.content, doc.text.size());
    if (q.speaker) CheckSpan(*q.speaker, doc.text.size());
    if (q.cue) CheckSpan(*q.cue, doc.text.size());
  }
  return 0;
}
