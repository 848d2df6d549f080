// RecognizeChunks: one document's named-entity chunks — the tagger run per
// sentence with document-context features, then the post-tagging passes
// (non_names.h, mention_refiner.h). Shared by EntityRecognizer::Analyze and by
// bench/entities/eval_ner, which scores the whole recognizer on CoNLL-2003, not
// only the tagger. Stateless; the tagger and lexicon are read-only.
#ifndef STORYLINE_EXTRACT_ENTITIES_RECOGNIZE_H_
#define STORYLINE_EXTRACT_ENTITIES_RECOGNIZE_H_

#include <string_view>
#include <vector>

#include "src/extract/entities/doc_tokens.h"
#include "src/extract/entities/entity_lexicon.h"
#include "src/extract/entities/mention_refiner.h"
#include "src/extract/entities/perceptron_tagger.h"

namespace storyline::entities {

// Chunks sorted by sentence and first token. `text` is the document text the
// token spans of `sentences` index into.
std::vector<Chunk> RecognizeChunks(const std::vector<SentenceTokens>& sentences,
                                   std::string_view text, const PerceptronTagger& tagger,
                                   const EntityLexicon& lexicon);

}  // namespace storyline::entities

#endif  // STORYLINE_EXTRACT_ENTITIES_RECOGNIZE_H_
