// Capitalized ordinary words the tagger took for names. English capitalizes any
// word that opens a sentence ("Since 2015, ...", "Meanwhile Russian wheat ..."),
// and news text sometimes capitalizes one by mistake ("the Ongoing military
// situation"); the tagger's case features then call it a name. Two kinds of
// evidence say it is none:
//   - the document itself writes the word in lower case (any word: "Following"
//     / "following");
//   - the word is in data/entities/common_words.tsv (words CoNLL-2003 train
//     writes in lower case and never opens a name with);
// and in both cases the document does not capitalize it where a capital marks
// a name, away from the start of a sentence, line or clause ("Rice said ...
// Officials met Rice" keeps it), or does so less often than it writes it in
// lower case there.
// Such a word opening a chunk at the start of a sentence, a line or a clause
// (after a quote, a colon or a closing parenthesis) is cut off the chunk, which
// disappears when nothing is left; a people's name left alone becomes other
// ("Seven Somalis", tagged person, leaves "Somalis"). A lone common word between an article or
// possessive and a lower-case noun ("the Ongoing military situation") is
// dropped anywhere. A lone opener followed by a comma and a name of its own
// type opens a list of names and stays ("Given, Breen, Staunton ..."). Stateless.
#ifndef STORYLINE_EXTRACT_ENTITIES_NON_NAMES_H_
#define STORYLINE_EXTRACT_ENTITIES_NON_NAMES_H_

#include <vector>

#include "src/extract/entities/doc_tokens.h"
#include "src/extract/entities/entity_lexicon.h"
#include "src/extract/entities/features.h"
#include "src/extract/entities/mention_refiner.h"

namespace storyline::entities {

// `text` is the document text the token spans index into; `context` is the
// document's case evidence (features.h), built from `sentences`.
void DropOrdinaryWords(const std::vector<SentenceTokens>& sentences, std::string_view text,
                       const DocContext& context, const EntityLexicon& lexicon,
                       std::vector<Chunk>* chunks);

}  // namespace storyline::entities

#endif  // STORYLINE_EXTRACT_ENTITIES_NON_NAMES_H_
