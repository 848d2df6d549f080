// EntityRecognizer: mentions of people, organizations, places, facilities, media
// and other named things, from a sequence tagger trained by the project plus
// gazetteers in data/. Immutable after Load(); safe to share across threads.
#ifndef STORYLINE_EXTRACT_ENTITIES_ENTITY_RECOGNIZER_H_
#define STORYLINE_EXTRACT_ENTITIES_ENTITY_RECOGNIZER_H_

#include <memory>
#include <string>

#include "src/core/analysis.h"
#include "src/core/document.h"
#include "src/core/status.h"

namespace storyline::entities {

class EntityRecognizer {
 public:
  // Loads the model and gazetteers from `data_dir`. Errors name the missing file.
  static absl::StatusOr<std::unique_ptr<EntityRecognizer>> Load(const std::string& data_dir);
  virtual ~EntityRecognizer() = default;

  // Fills analysis->mentions. Needs analysis->sentences and tokens (text layer).
  virtual void Analyze(const Document& doc, Analysis* analysis) const = 0;
};

}  // namespace storyline::entities

#endif  // STORYLINE_EXTRACT_ENTITIES_ENTITY_RECOGNIZER_H_
