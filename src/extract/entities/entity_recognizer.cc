// PLACEHOLDER (walking skeleton): finds nothing. Replaced by the entities stage.
#include "src/extract/entities/entity_recognizer.h"

namespace storyline::entities {
namespace {
class NullRecognizer : public EntityRecognizer {
 public:
  void Analyze(const Document&, Analysis*) const override {}
};
}  // namespace

absl::StatusOr<std::unique_ptr<EntityRecognizer>> EntityRecognizer::Load(const std::string&) {
  return std::make_unique<NullRecognizer>();
}

}  // namespace storyline::entities
