// EntityRecognizer: the averaged-perceptron tagger (perceptron_tagger.h, model
// data/ner/model.bin trained on CoNLL-2003) run per sentence with document-level
// context features, then lexicon passes (recognize.h, mention_refiner.h) that add
// the types CoNLL lacks (facility, media), keep a name's type consistent in a
// document, and find place names in other scripts.
#include "src/extract/entities/entity_recognizer.h"

#include "src/extract/entities/doc_tokens.h"
#include "src/extract/entities/entity_lexicon.h"
#include "src/extract/entities/perceptron_tagger.h"
#include "src/extract/entities/recognize.h"

namespace storyline::entities {
namespace {

class PerceptronRecognizer : public EntityRecognizer {
 public:
  PerceptronRecognizer() : tagger_(&tagger_lexicon_) {}

  absl::Status Init(const std::string& data_dir) {
    tagger_lexicon_.Load(data_dir);
    RETURN_IF_ERROR(tagger_.Load(data_dir + "/ner/model.bin"));
    return lexicon_.Load(data_dir);
  }

  void Analyze(const Document& doc, Analysis* analysis) const override {
    std::vector<SentenceTokens> sentences = PrepareSentences(doc, *analysis);
    std::vector<Chunk> chunks = RecognizeChunks(sentences, doc.text, tagger_, lexicon_);
    analysis->mentions.clear();
    for (const Chunk& c : chunks) {
      const SentenceTokens& st = sentences[c.sentence];
      Mention m;
      m.span = {st.spans[c.begin].begin, st.spans[c.end - 1].end};
      m.type = c.type;
      m.confidence = c.confidence;
      analysis->mentions.push_back(m);
    }
  }

 private:
  TaggerLexicon tagger_lexicon_;
  PerceptronTagger tagger_;
  EntityLexicon lexicon_;
};

}  // namespace

absl::StatusOr<std::unique_ptr<EntityRecognizer>> EntityRecognizer::Load(const std::string& data_dir) {
  auto recognizer = std::make_unique<PerceptronRecognizer>();
  RETURN_IF_ERROR(recognizer->Init(data_dir));
  return recognizer;
}

}  // namespace storyline::entities
