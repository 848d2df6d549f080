#include "src/link/gazetteer.h"

#include "src/core/fields.h"

#include <cstdlib>
#include <fstream>

namespace storyline::link {
namespace {
int KindRank(const Place& p) { return p.kind == "country" ? 2 : p.kind == "facility" ? 1 : 0; }
}  // namespace

std::string GazetteerKey(std::string_view name) {
  std::string out(name);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

void Gazetteer::Load(const std::string& data_dir) {
  LoadFile(data_dir + "/gazetteer/places.tsv");
  LoadFile(data_dir + "/gazetteer/supplement.tsv");
}

void Gazetteer::LoadFile(const std::string& path) {
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    auto f = SplitFields(line);
    if (f.size() < 8) continue;
    Place p{std::string(f[0]), std::string(f[1]), std::string(f[2]), std::string(f[3]),
            std::atof(std::string(f[4]).c_str()), std::atof(std::string(f[5]).c_str()),
            std::atol(std::string(f[6]).c_str())};
    uint32_t id = places_.size();
    if (p.kind == "country") countries_.try_emplace(p.country, id);
    places_.push_back(std::move(p));
    index_[GazetteerKey(f[2])].push_back(id);
    for (auto alt : SplitFields(f[7], '|')) {
      if (alt.empty()) continue;
      auto& ids = index_[GazetteerKey(alt)];
      if (ids.empty() || ids.back() != id) ids.push_back(id);
    }
  }
}

std::vector<const Place*> Gazetteer::Find(std::string_view name) const {
  std::vector<const Place*> out;
  auto it = index_.find(GazetteerKey(name));
  if (it == index_.end()) return out;
  for (uint32_t id : it->second) out.push_back(&places_[id]);
  return out;
}

const Place* Gazetteer::Country(std::string_view iso2) const {
  auto it = countries_.find(std::string(iso2));
  return it == countries_.end() ? nullptr : &places_[it->second];
}

const Place* Gazetteer::Best(const std::vector<std::string>& keys,
                             const absl::flat_hash_set<std::string>& context_countries) const {
  const Place* best = nullptr;
  auto better = [&](const Place* a, const Place* b) {  // a better than b?
    if (!b) return true;
    bool ca = context_countries.contains(a->country), cb = context_countries.contains(b->country);
    if (ca != cb) return ca;
    if (KindRank(*a) != KindRank(*b)) return KindRank(*a) > KindRank(*b);
    return a->population > b->population;
  };
  for (const auto& key : keys) {
    for (const Place* p : Find(key)) {
      if (better(p, best)) best = p;
    }
  }
  return best;
}

std::shared_ptr<const Gazetteer> LoadGazetteer(const std::string& data_dir) {
  auto gazetteer = std::make_shared<Gazetteer>();
  gazetteer->Load(data_dir);
  return gazetteer;
}

}  // namespace storyline::link
