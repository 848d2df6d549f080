// Gazetteer: places with coordinates and country, from data/gazetteer/places.tsv
// (GeoNames cities >= 5000 people and world-countries, built by
// data/gazetteer/build_gazetteer.py) and the hand-checked supplement
// data/gazetteer/supplement.tsv (military bases and facilities GeoNames lacks).
// Names and alternates are indexed by their ASCII-lower-cased spelling, so a
// Cyrillic alternate (Москва) is found as written and a transliterated one
// (Moskva) through the name normalizer's fold.
// Immutable after Load; safe to share across threads.
#ifndef STORYLINE_LINK_GAZETTEER_H_
#define STORYLINE_LINK_GAZETTEER_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "src/core/status.h"

namespace storyline::link {

struct Place {
  std::string id;       // GeoNames id, "cRU" for a country, "s1" for the supplement
  std::string kind;     // country | city | facility
  std::string name;
  std::string country;  // ISO 3166-1 alpha-2
  double lat = 0, lon = 0;
  long population = 0;
};

class Gazetteer {
 public:
  // Missing files give an empty gazetteer (places then get no coordinates).
  void Load(const std::string& data_dir);
  // Places named `name` (ASCII-lower-cased exact match on name or alternate).
  std::vector<const Place*> Find(std::string_view name) const;
  // The best of the places named by any of `keys`: one in a country of
  // `context_countries` first (Damascus, Syria over Damascus, Oregon), then
  // countries, facilities, then the most populous. Null when none.
  const Place* Best(const std::vector<std::string>& keys,
                    const absl::flat_hash_set<std::string>& context_countries) const;
  // The country with ISO 3166-1 alpha-2 code `iso2` ("SY"), or null.
  const Place* Country(std::string_view iso2) const;
  size_t size() const { return places_.size(); }

 private:
  void LoadFile(const std::string& path);
  std::vector<Place> places_;
  absl::flat_hash_map<std::string, std::vector<uint32_t>> index_;
  absl::flat_hash_map<std::string, uint32_t> countries_;  // ISO code -> place
};

// A loaded gazetteer to share (read-only, so safe across threads).
std::shared_ptr<const Gazetteer> LoadGazetteer(const std::string& data_dir);

// ASCII lower-casing (other bytes unchanged): the gazetteer's index key.
std::string GazetteerKey(std::string_view name);

}  // namespace storyline::link

#endif  // STORYLINE_LINK_GAZETTEER_H_
