// NameNormalizer: turns a name as written into comparable keys, after the Europe
// Media Monitor's name-variant matching (Steinberger & Pouliquen):
//   1. script: ICU "Any-Latin; Latin-ASCII" (Москва -> Moskva, Hayāt -> Hayat);
//   2. lower-case; apostrophes dropped (Hay'at -> hayat); hyphens, dots and
//      spaces split words (al-Sham -> al sham); possessive 's dropped;
//   3. particles dropped (al, el, the, ... from data/entities/name_rules.tsv);
//   4. spelling rules per word (kh -> h, y -> i, ou -> u, ...), so Khmeimim,
//      Hmeimim and Hmeymim all become "hmeimim";
//   5. consonant skeleton of a word: vowels after the first letter dropped,
//      letters doubled in the word collapsed ("lababidi" -> "lbbd"), the
//      blocking key for fuzzy matches.
// Not thread-safe (the ICU transliterator is not): one per resolver.
#ifndef STORYLINE_LINK_NAME_NORMALIZER_H_
#define STORYLINE_LINK_NAME_NORMALIZER_H_

#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_set.h"
#include "src/core/status.h"

#include <unicode/uversion.h>

U_NAMESPACE_BEGIN
class Transliterator;
U_NAMESPACE_END

namespace storyline::link {

class NameNormalizer {
 public:
  // Reads data_dir/entities/name_rules.tsv; errors name the file or ICU failure.
  static absl::StatusOr<std::unique_ptr<NameNormalizer>> Create(const std::string& data_dir);
  ~NameNormalizer();

  // Normalized words of `name`, particles removed (steps 1-4).
  std::vector<std::string> Words(std::string_view name);
  // Steps 1-2 only: ASCII, lower case, words joined by one space.
  std::string Fold(std::string_view name);
  static std::string Skeleton(std::string_view word);
  bool IsParticle(std::string_view word) const { return particles_.contains(std::string(word)); }

 private:
  NameNormalizer() = default;
  std::string ToAscii(std::string_view name);
  std::vector<std::pair<std::string, std::string>> rules_;
  absl::flat_hash_set<std::string> particles_;
  std::unique_ptr<icu::Transliterator> translit_;
};

// 1 - Levenshtein(a, b) / max(|a|, |b|); 1 for two empty strings.
double EditSimilarity(std::string_view a, std::string_view b);
// Joins words with single spaces.
std::string JoinWords(const std::vector<std::string>& words);

}  // namespace storyline::link

#endif  // STORYLINE_LINK_NAME_NORMALIZER_H_
