// Post-tagging passes over one document's chunks (token ranges with a type):
//   0. names the tagger cut: a demonym heading an organization joins it
//      (organization_names.h); an untagged place head before a one-word person
//      ("Ain" of "Ain Issa") joins the name.
//   1. document consistency: a name keeps one type throughout the document
//      (majority vote of its tagged occurrences), untagged repeats of a tagged
//      name are added, and the surname of a tagged multi-word person is a person
//      when it appears alone ("Bashar al-Assad" ... "Assad").
//   1b. person labels the context contradicts: company words ending the name,
//      ship nouns before it, Arabic place heads opening it ("Tel Al-Samn",
//      unless "said" or a title marks a person), lone gazetteer places in place
//      contexts or coordinated with a place ("such as Daraa and Damascus").
//   2. organizations known by name (data/entities/organizations.tsv: "Islamic
//      State", "Hezbollah") are `organization` when tagged at all; media: names
//      in data/entities/media.tsv become `media`, tagged or not.
//   3. facility: a name followed or ended by a facility head ("Khmeimim air
//      base", "Incirlik Air Base") or listed in the gazetteer supplement becomes
//      `facility`, the head joining the mention.
//   4. other scripts: single capitalized words that are gazetteer place names in
//      Cyrillic ("Москва") become `location`.
// Stateless functions; the lexicon is read-only.
#ifndef STORYLINE_EXTRACT_ENTITIES_MENTION_REFINER_H_
#define STORYLINE_EXTRACT_ENTITIES_MENTION_REFINER_H_

#include <cstdint>
#include <vector>

#include "src/core/analysis.h"
#include "src/extract/entities/doc_tokens.h"
#include "src/extract/entities/entity_lexicon.h"

namespace storyline::entities {

struct Chunk {
  uint32_t sentence = 0;
  int begin = 0, end = 0;  // token indices in the sentence, [begin, end)
  EntityType type = EntityType::kOther;
  float confidence = 0.9f;
};

// `text` is the document text the token spans index into.
void RefineChunks(const std::vector<SentenceTokens>& sentences, const EntityLexicon& lexicon,
                  std::string_view text, std::vector<Chunk>* chunks);

}  // namespace storyline::entities

#endif  // STORYLINE_EXTRACT_ENTITIES_MENTION_REFINER_H_
