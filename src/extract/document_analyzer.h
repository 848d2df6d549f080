// DocumentAnalyzer: runs every per-document stage in order (text layer, time,
// entities, quotes) and returns the Analysis. Stateless per document; one
// instance is shared by all worker threads.
#ifndef STORYLINE_EXTRACT_DOCUMENT_ANALYZER_H_
#define STORYLINE_EXTRACT_DOCUMENT_ANALYZER_H_

#include <memory>
#include <string>

#include "src/core/analysis.h"
#include "src/core/document.h"
#include "src/core/status.h"
#include "src/extract/entities/entity_recognizer.h"
#include "src/extract/quotes/quote_extractor.h"
#include "src/extract/time/time_tagger.h"
#include "src/text/text_analyzer.h"

namespace storyline {

class DocumentAnalyzer {
 public:
  // Loads every stage's data from `data_dir`. Errors name the stage and file.
  static absl::StatusOr<std::unique_ptr<DocumentAnalyzer>> Load(const std::string& data_dir);

  Analysis Analyze(const Document& doc) const;

 private:
  DocumentAnalyzer() = default;
  text::TextAnalyzer text_;
  std::unique_ptr<temporal::TimeTagger> time_;
  std::unique_ptr<entities::EntityRecognizer> entities_;
  std::unique_ptr<quotes::QuoteExtractor> quotes_;
};

}  // namespace storyline

#endif  // STORYLINE_EXTRACT_DOCUMENT_ANALYZER_H_
