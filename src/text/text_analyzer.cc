// TextAnalyzer: runs segmenter → language id → boilerplate on one document. The
// order matters only in that language id and boilerplate read the paragraphs.
#include "src/text/text_analyzer.h"

#include "src/core/data_dir.h"
#include "src/text/boilerplate.h"
#include "src/text/language_id.h"
#include "src/text/rule_file.h"
#include "src/text/segmenter.h"

namespace storyline::text {

struct TextAnalyzer::Components {
  Segmenter segmenter;
  LanguageIdentifier languages;
  std::unique_ptr<BoilerplateDetector> boilerplate;  // null when its rules failed to load
};

namespace {

absl::Status Load(const TextOptions& options, TextAnalyzer::Components* c) {
  const std::string dir = options.data_dir.empty() ? DefaultDataDir() : options.data_dir;
  LanguageIdentifier::Options language_options;
  language_options.min_paragraph_bytes = options.min_language_bytes;
  language_options.min_quote_bytes = options.min_quote_bytes;
  c->languages = LanguageIdentifier(language_options);  // usable even if a file fails below
  ASSIGN_OR_RETURN(auto unaccented, ReadRuleFile(dir + "/text/unaccented_languages.txt", 1));
  language_options.unaccented_languages.clear();
  for (const auto& row : unaccented) language_options.unaccented_languages.insert(row[0]);
  c->languages = LanguageIdentifier(language_options);
  ASSIGN_OR_RETURN(c->segmenter, Segmenter::Load(dir));
  ASSIGN_OR_RETURN(c->boilerplate, BoilerplateDetector::Load(dir));
  return absl::OkStatus();
}

// Index of the paragraph that is the title, or -1.
int TitleParagraph(const Document& doc, const std::vector<Paragraph>& paragraphs) {
  if (doc.title_span.empty()) return -1;
  for (size_t i = 0; i < paragraphs.size(); ++i) {
    if (doc.title_span.Contains(paragraphs[i].span)) return static_cast<int>(i);
  }
  return -1;
}

}  // namespace

absl::StatusOr<TextAnalyzer> TextAnalyzer::Create(TextOptions options) {
  TextAnalyzer analyzer(std::move(options));
  RETURN_IF_ERROR(analyzer.load_status_);
  return analyzer;
}

TextAnalyzer::TextAnalyzer(TextOptions options) : options_(std::move(options)) {
  auto components = std::make_shared<Components>();
  load_status_ = Load(options_, components.get());
  components_ = std::move(components);
}

void TextAnalyzer::Analyze(const Document& doc, Analysis* analysis) const {
  const Components& c = *components_;
  analysis->paragraphs.clear();
  analysis->sentences.clear();
  analysis->tokens.clear();
  analysis->boilerplate.clear();
  c.segmenter.Paragraphs(doc, &analysis->paragraphs);
  c.segmenter.Sentences(doc.text, analysis->paragraphs, &analysis->sentences);
  if (options_.tokens) {
    analysis->tokens.reserve(doc.text.size() / 4);  // news: ~5 bytes a token
    for (const Paragraph& p : analysis->paragraphs) {
      Segmenter::Tokens(doc.text, p.span, &analysis->tokens);
    }
  }
  c.languages.Annotate(doc.text, &analysis->paragraphs, &analysis->languages);
  if (c.boilerplate != nullptr) {
    c.boilerplate->Flag(doc.text, analysis->paragraphs, TitleParagraph(doc, analysis->paragraphs),
                        &analysis->boilerplate);
  }
}

}  // namespace storyline::text
