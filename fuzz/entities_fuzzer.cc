// libFuzzer target: EntityRecognizer::Analyze on arbitrary (UTF-8-repaired)
// text must not crash and must return spans inside the text.
#include <cstdint>
#include <cstdlib>
#include <string>

#include "src/core/data_dir.h"
#include "src/core/utf8.h"
#include "src/extract/entities/entity_recognizer.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static auto recognizer = storyline::entities::EntityRecognizer::Load(storyline::DefaultDataDir());
  if (!recognizer.ok()) std::abort();
  storyline::Document doc;
  doc.text = storyline::RepairUtf8(std::string(reinterpret_cast<const char*>(data), size)).text;
  storyline::Analysis analysis;
  (*recognizer)->Analyze(doc, &analysis);
  for (const auto& m : analysis.mentions) {
    if (m.span.end > doc.text.size() || m.span.begin >= m.span.end) std::abort();
  }
  return 0;
}
