// The recognizer's view of a document: sentences as lists of token spans and
// words. Uses the text layer's tokens and sentences when present; otherwise
// tokenizes itself (text::Segmenter::Tokens over each line), so the stage also
// works on a bare Analysis. Splits the possessive "'s" off a name
// ("Russia's" -> "Russia" "'s") as CoNLL tokenization does, since the model was
// trained that way.
#ifndef STORYLINE_EXTRACT_ENTITIES_DOC_TOKENS_H_
#define STORYLINE_EXTRACT_ENTITIES_DOC_TOKENS_H_

#include <string_view>
#include <vector>

#include "src/core/analysis.h"
#include "src/core/document.h"

namespace storyline::entities {

struct SentenceTokens {
  std::vector<ByteSpan> spans;
  std::vector<std::string_view> words;  // views into the document text
};

std::vector<SentenceTokens> PrepareSentences(const Document& doc, const Analysis& analysis);

// True when the first code point of `word` is an upper-case letter.
bool IsCapitalized(std::string_view word);

}  // namespace storyline::entities

#endif  // STORYLINE_EXTRACT_ENTITIES_DOC_TOKENS_H_
