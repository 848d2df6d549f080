// A demonym that heads an organization's name belongs to it: "Syrian
// Observatory for Human Rights", "Russian Defense Ministry", "Syrian Armed
// Forces" are one organization each, where the tagger often cuts the
// adjective off (CoNLL-2003 train keeps 22 of 27 such names whole). A single
// demonym chunk ("Syrian", other or location) joins
//   - an organization chunk right after it whose first or last word is an
//     organization head ("Observatory ...", "... Ministry"), or
//   - up to four untagged capitalized words right after it ending in a head
//     ("Armed Forces");
// and a chunk that starts with a demonym and ends in a head ("Syrian Army",
// tagged other) becomes an organization. Heads are type_cues.tsv's
// organization words; "Russian Embassy" stays a facility, "Russian Federation"
// a place (no head). Stateless.
#ifndef STORYLINE_EXTRACT_ENTITIES_ORGANIZATION_NAMES_H_
#define STORYLINE_EXTRACT_ENTITIES_ORGANIZATION_NAMES_H_

#include <vector>

#include "src/extract/entities/doc_tokens.h"
#include "src/extract/entities/entity_lexicon.h"
#include "src/extract/entities/mention_refiner.h"

namespace storyline::entities {

// `chunks` sorted by sentence and first token; stays sorted.
void JoinDemonymOrganizations(const std::vector<SentenceTokens>& sentences,
                              const EntityLexicon& lexicon, std::vector<Chunk>* chunks);

}  // namespace storyline::entities

#endif  // STORYLINE_EXTRACT_ENTITIES_ORGANIZATION_NAMES_H_
