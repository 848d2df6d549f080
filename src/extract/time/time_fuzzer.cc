// libFuzzer target: any bytes as article text, with and without a DCT, through
// Tag and Analyze (publication-date inference included). Checks that every span
// lies inside the input; sanitizers and libFuzzer's timeout catch the rest.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "src/extract/time/time_tagger.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static auto tagger = storyline::temporal::TimeTagger::Load(STORYLINE_DATA_DIR);
  if (!tagger.ok()) {
    std::fprintf(stderr, "%s\n", std::string(tagger.status().message()).c_str());
    std::abort();
  }
  storyline::Document doc;
  doc.text.assign(reinterpret_cast<const char*>(data), size);
  storyline::Analysis analysis;
  (*tagger)->Analyze(doc, &analysis);
  for (const auto& t : (*tagger)->Tag(doc.text, "2024-12-13")) {
    if (t.span.end > size || t.span.begin > t.span.end) std::abort();
  }
  for (const auto& t : analysis.timexes) {
    if (t.span.end > size) std::abort();
  }
  return 0;
}
