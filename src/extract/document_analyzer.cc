#include "src/extract/document_analyzer.h"

namespace storyline {

absl::StatusOr<std::unique_ptr<DocumentAnalyzer>> DocumentAnalyzer::Load(
    const std::string& data_dir) {
  std::unique_ptr<DocumentAnalyzer> analyzer(new DocumentAnalyzer());
  text::TextOptions text_options;
  text_options.data_dir = data_dir;
  ASSIGN_OR_RETURN(analyzer->text_, text::TextAnalyzer::Create(text_options));
  ASSIGN_OR_RETURN(analyzer->time_, temporal::TimeTagger::Load(data_dir));
  ASSIGN_OR_RETURN(analyzer->entities_, entities::EntityRecognizer::Load(data_dir));
  ASSIGN_OR_RETURN(analyzer->quotes_, quotes::QuoteExtractor::Load(data_dir));
  return analyzer;
}

Analysis DocumentAnalyzer::Analyze(const Document& doc) const {
  Analysis analysis;
  // Order matters: time and quotes read sentences; quotes read entity mentions.
  text_.Analyze(doc, &analysis);
  time_->Analyze(doc, &analysis);
  entities_->Analyze(doc, &analysis);
  quotes_->Analyze(doc, &analysis);
  return analysis;
}

}  // namespace storyline
