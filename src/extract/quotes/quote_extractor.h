// QuoteExtractor: direct and indirect quotes, their cue and speaker, attribution
// chains ("according to X, citing Y"), and the article's own outlet from its
// self-references. Outlet lexicon in data/outlets.tsv. Immutable after Load();
// safe to share across threads.
#ifndef STORYLINE_EXTRACT_QUOTES_QUOTE_EXTRACTOR_H_
#define STORYLINE_EXTRACT_QUOTES_QUOTE_EXTRACTOR_H_

#include <memory>
#include <string>

#include "src/core/analysis.h"
#include "src/core/document.h"
#include "src/core/status.h"

namespace storyline::quotes {

class QuoteExtractor {
 public:
  // Loads the cue and outlet lexicons from `data_dir`. Errors name the file.
  static absl::StatusOr<std::unique_ptr<QuoteExtractor>> Load(const std::string& data_dir);
  virtual ~QuoteExtractor() = default;

  // Fills analysis->quotes, and analysis->outlet / outlet_evidence when doc.outlet
  // is empty. Uses sentences, paragraphs and mentions when earlier stages ran.
  virtual void Analyze(const Document& doc, Analysis* analysis) const = 0;
};

}  // namespace storyline::quotes

#endif  // STORYLINE_EXTRACT_QUOTES_QUOTE_EXTRACTOR_H_
