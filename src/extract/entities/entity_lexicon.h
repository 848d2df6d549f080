// EntityLexicon: the word lists that refine and complete the tagger's output:
// media outlets and agencies (data/entities/media.tsv), facility head words
// (data/entities/facility_heads.tsv), named facilities
// (data/gazetteer/supplement.tsv), place names written in non-Latin scripts
// (data/gazetteer/places.tsv alternates, e.g. "Москва"), ordinary words that
// are never a name alone (data/entities/common_words.tsv) and demonyms
// (data/entities/demonyms.tsv). Immutable after Load; safe to share across threads.
#ifndef STORYLINE_EXTRACT_ENTITIES_ENTITY_LEXICON_H_
#define STORYLINE_EXTRACT_ENTITIES_ENTITY_LEXICON_H_

#include <string>
#include <string_view>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "src/core/analysis.h"
#include "src/core/status.h"

namespace storyline::entities {

class EntityLexicon {
 public:
  // Errors name a missing file; the gazetteer files are optional.
  absl::Status Load(const std::string& data_dir);

  // Case-insensitive (ASCII) exact matches on the whole name.
  bool IsMedia(std::string_view name) const;
  // A name in data/entities/organizations.tsv ("Islamic State", "Hezbollah"),
  // with or without "the".
  bool IsKnownOrganization(std::string_view name) const;
  bool IsFacilityName(std::string_view name) const;
  // Lower-case facility head ending `name` ("Khmeimim Air Base" -> 2 words), or 0.
  int FacilityHeadWords(const std::vector<std::string_view>& lower_words) const;
  // Exact place names outside ASCII ("Москва", "Россия").
  bool IsScriptPlace(std::string_view name) const { return script_places_.contains(std::string(name)); }
  // Months and weekdays: never a name alone (data/entities/not_names.tsv).
  bool IsNotName(std::string_view word) const { return not_names_.contains(std::string(word)); }
  // Name words before a facility head, or empty ("Khmeimim Air Base" -> "Khmeimim").
  std::string FacilityCore(const std::vector<std::string_view>& words) const;
  // Cores of the supplement's facility names ("khmeimim", lower-case).
  bool IsFacilityCore(std::string_view lower) const { return facility_cores_.contains(std::string(lower)); }
  bool IsPlaceName(std::string_view lower) const { return place_names_.contains(std::string(lower)); }
  // A country's gazetteer name, lower-case ("ukraine").
  bool IsCountryName(std::string_view lower) const { return country_names_.contains(std::string(lower)); }
  // data/entities/type_cues.tsv: the type a person-labelled name takes when its
  // last word is `word` ("Vega Maritime"), its first word is `word` ("Mount
  // Hermon"), or the lower-case word right before it is `lower_before`
  // ("tanker"); kPerson when none applies.
  EntityType TypeByLastWord(std::string_view word) const;
  EntityType TypeByFirstWord(std::string_view word) const;
  EntityType TypeByWordBefore(std::string_view lower_before) const;
  // Whether a person-labelled name right after the lower-case word
  // `lower_before` ("mr.", "mayor") or right before `lower_after` ("said") is a
  // person whatever its words say (type_cues.tsv rows typed person).
  bool SaysPerson(std::string_view lower_before, std::string_view lower_after) const;
  // A word that ends or opens an organization's name ("Ministry", "Army",
  // "Observatory"): type_cues.tsv's organization rows for last words.
  bool IsOrganizationHead(std::string_view word) const {
    return TypeByLastWord(word) == EntityType::kOrganization;
  }
  // A capitalized ordinary word ("Since", "Meanwhile", "Ongoing"): upper-case
  // initial, the rest lower-case ASCII letters, and listed in common_words.tsv.
  // "US" or "May" never match (all capitals; months are not listed).
  bool IsCommonWord(std::string_view word) const;
  // "Syrian", "Russian" (exact case).
  bool IsDemonym(std::string_view word) const {
    return demonyms_.contains(absl::string_view(word.data(), word.size()));
  }
  // Longest media name length in words (for scanning).
  int max_media_words() const { return max_media_words_; }
  // Longest known organization name in tokens (for scanning).
  int max_organization_words() const { return max_organization_words_; }

 private:
  absl::flat_hash_set<std::string> media_, organizations_, facilities_, script_places_, not_names_, facility_cores_,
      place_names_, country_names_, common_words_, demonyms_;
  std::vector<std::vector<std::string>> heads_;
  absl::flat_hash_map<std::string, EntityType> type_by_last_, type_by_first_, type_by_before_;
  absl::flat_hash_set<std::string> person_before_, person_after_;
  int max_media_words_ = 1;
  int max_organization_words_ = 1;
};

}  // namespace storyline::entities

#endif  // STORYLINE_EXTRACT_ENTITIES_ENTITY_LEXICON_H_
