#include "src/extract/entities/recognize.h"

#include "src/extract/entities/features.h"
#include "src/extract/entities/non_names.h"

namespace storyline::entities {

std::vector<Chunk> RecognizeChunks(const std::vector<SentenceTokens>& sentences,
                                   std::string_view text, const PerceptronTagger& tagger,
                                   const EntityLexicon& lexicon) {
  DocContext context;
  for (const auto& s : sentences) context.AddSentence(s.words);
  std::vector<Chunk> chunks;
  for (uint32_t s = 0; s < sentences.size(); ++s) {
    for (const LabelSpan& span : LabelSpans(tagger.Tag(sentences[s].words, context))) {
      chunks.push_back({s, span.begin, span.end, TypeToEntity(span.type), 0.9f});
    }
  }
  DropOrdinaryWords(sentences, text, context, lexicon, &chunks);
  RefineChunks(sentences, lexicon, text, &chunks);
  return chunks;
}

}  // namespace storyline::entities
