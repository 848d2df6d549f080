// EntityResolver: one entity per real thing, after the Europe Media Monitor's
// name-variant matching. Each mention is normalized (name_normalizer.h: ICU
// transliteration, particles, spelling rules) and looked up through blocking
// keys, never compared with all entities, so resolution is near-linear:
//   place id     locations and facilities found in the gazetteer (Москва = Moscow)
//   exact        group + normalized words (Hay'at Tahrir al-Sham = Hayat Tahrir al Sham);
//                global for multi-word names, per story for a lone surname
//   acronym      per story: "Name (ACR)" seen in a document, or the initials of a
//                multi-word organization (HTS)
//   surname      per story: a lone surname joins the one person of the story
//                whose last word it is (Assad -> Bashar al-Assad), and a full name
//                joins a lone-surname entity seen earlier; ambiguous -> no merge
//   skeleton     per story and group: consonant skeletons equal and every word
//                at least kFuzzyWord similar (Lababida / Lababidi)
// Types: never merged across groups (person, organization, place, media, other);
// location and facility share the "place" group so "Hmeimim" joins "Khmeimim Air
// Base" (the facility's core name), unless that core is itself a gazetteer city
// (Tartus the city is not the naval facility in Tartus).
// Not thread-safe: owned by the Linker.
#include "src/link/entity_resolver.h"

#include <algorithm>
#include <fstream>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "src/core/fields.h"
#include "src/link/gazetteer.h"
#include "src/link/name_normalizer.h"

namespace storyline::link {
namespace {

// Fuzzy word match: 0.8 lets one letter differ in a 5-9 letter word (Lababida /
// Lababidi: 0.875) and rejects two (Hama / Homs, Kamal / Kemel at 0.6).
constexpr double kFuzzyWord = 0.8;
constexpr size_t kFuzzyMinLength = 5;  // shorter words differ too easily by one letter

enum Group { kPersonGroup, kOrgGroup, kPlaceGroup, kMediaGroup, kOtherGroup };

Group GroupOf(EntityType t) {
  switch (t) {
    case EntityType::kPerson: return kPersonGroup;
    case EntityType::kOrganization: return kOrgGroup;
    case EntityType::kLocation:
    case EntityType::kFacility: return kPlaceGroup;
    case EntityType::kMedia: return kMediaGroup;
    default: return kOtherGroup;
  }
}

bool IsAscii(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return (c & 0x80) == 0; });
}

// "HTS", "SDF", "NATO": 2-8 upper-case ASCII letters.
bool IsAcronym(std::string_view s) {
  if (s.size() < 2 || s.size() > 8) return false;
  return std::all_of(s.begin(), s.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

// The ACR of "Name (ACR)" right after `end`, or "".
std::string ParenthesizedAcronym(std::string_view text, uint32_t end) {
  size_t i = end;
  while (i < text.size() && text[i] == ' ') ++i;
  if (i >= text.size() || text[i] != '(') return "";
  size_t close = text.find(')', i);
  if (close == std::string_view::npos) return "";
  std::string_view acr = text.substr(i + 1, close - i - 1);
  return IsAcronym(acr) ? std::string(acr) : "";
}

struct State {
  Entity entity;
  std::vector<std::string> words;  // normalized words of the fullest form
  absl::flat_hash_set<std::string> variants;
  absl::flat_hash_set<std::string> docs;
  int type_votes[6] = {0, 0, 0, 0, 0, 0};
  absl::flat_hash_map<std::string, int> variant_counts;
};

struct MentionInfo {
  std::string surface;
  std::vector<std::string> words;
  EntityType type;
  Group group;
  // For a demonym filed under its country: the word as written ("Russian"),
  // kept as a variant, while surface and words are the country's name.
  std::string demonym;
};

class EmmResolver : public EntityResolver {
 public:
  absl::Status Init(const std::string& data_dir, std::shared_ptr<const Gazetteer> gazetteer) {
    ASSIGN_OR_RETURN(normalizer_, NameNormalizer::Create(data_dir));
    gazetteer_ = gazetteer ? std::move(gazetteer) : LoadGazetteer(data_dir);
    std::ifstream heads(data_dir + "/entities/facility_heads.tsv");
    std::string line;
    while (std::getline(heads, line)) {
      if (!line.empty() && line[0] != '#') facility_heads_.push_back(normalizer_->Words(line));
    }
    std::ifstream demonyms(data_dir + "/entities/demonyms.tsv");
    while (std::getline(demonyms, line)) {
      if (line.empty() || line[0] == '#') continue;
      auto f = SplitFields(line);
      if (f.size() >= 2 && !f[1].empty()) demonyms_.try_emplace(GazetteerKey(f[0]), std::string(f[1]));
    }
    return absl::OkStatus();
  }

  std::vector<size_t> Add(const std::string& doc_id, std::string_view text,
                          const std::vector<Mention>& mentions, const std::string& story) override {
    std::vector<MentionInfo> infos;
    infos.reserve(mentions.size());
    for (const Mention& m : mentions) {
      MentionInfo info{std::string(m.span.Of(text)), {}, m.type, GroupOf(m.type)};
      if (const Place* country = m.type == EntityType::kOther ? DemonymCountry(info.surface) : nullptr) {
        info = {country->name, {}, EntityType::kLocation, kPlaceGroup, info.surface};
      }
      info.words = normalizer_->Words(info.surface);
      infos.push_back(std::move(info));
    }
    // Longest names first, so a document's full forms are known before its short ones.
    std::vector<size_t> order(mentions.size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
      return infos[a].words.size() > infos[b].words.size();
    });
    std::vector<size_t> out(mentions.size());
    for (size_t i : order) {
      size_t e = Resolve(infos[i], doc_id, story);
      Join(e, infos[i], mentions[i], doc_id, story);
      std::string acr = ParenthesizedAcronym(text, mentions[i].span.end);
      if (!acr.empty()) aliases_.try_emplace(story + "|" + acr, e);
      out[i] = e;
    }
    return out;
  }

  std::vector<Entity> Entities() const override {
    std::vector<Entity> out;
    out.reserve(states_.size());
    for (const State& s : states_) {
      out.push_back(s.entity);
      if (s.entity.type == EntityType::kLocation) out.back().name = CommonName(s);
    }
    return out;
  }

 private:
  static constexpr size_t kNone = static_cast<size_t>(-1);

  std::string ExactKey(const MentionInfo& m, const std::string& story) const {
    // The tagger's person/organization/other label on a multi-word name is the
    // noisiest decision it makes ("Hayat Tahrir al-Sham" as PER in one sentence,
    // ORG in the next); the same normalized multi-word name is one thing and
    // its type is the majority of its mentions (Join). Places and media keep
    // their own groups: those come from gazetteers, not from the tagger alone.
    bool named = m.group == kPersonGroup || m.group == kOrgGroup || m.group == kOtherGroup;
    int group = named && m.words.size() > 1 ? 9 : m.group;
    std::string key = std::to_string(group) + "|" + JoinWords(m.words);
    // A lone surname is only the same person inside one story.
    if (m.group == kPersonGroup && m.words.size() == 1) key = story + "|" + key;
    return key;
  }

  size_t Resolve(const MentionInfo& m, const std::string& doc, const std::string& story) {
    if (m.words.empty()) return kNone;
    if (m.group == kPlaceGroup) {
      const Place* place = FindPlace(m, story);
      if (place) {
        auto it = by_place_.find(place->id);
        if (it != by_place_.end()) return it->second;
      }
    }
    if (auto it = exact_.find(ExactKey(m, story)); it != exact_.end()) return it->second;
    if (m.group == kPlaceGroup) {
      MentionInfo core{m.surface, Core(m.words), m.type, m.group};
      bool town = core.words.size() < m.words.size() && !gazetteer_->Find(JoinWords(core.words)).empty();
      if (auto it = exact_.find(ExactKey(core, story)); !town && it != exact_.end()) return it->second;
    }
    if (size_t e = LoneWordAcrossGroups(m, story); e != kNone) return e;
    if (size_t e = ByAcronym(m, story); e != kNone) return e;
    // A full name's own spelling variant beats a lone surname seen earlier.
    if (size_t e = BySkeleton(m, story); e != kNone) return e;
    if (m.group == kPersonGroup) return BySurname(m, doc, story);
    return kNone;
  }

  // A lone word the tagger called a person in one article and a place in another
  // of the same story ("Danube" alone in a headline, "on the Danube" in the text)
  // is one thing there; the majority of its mentions types it (Join). A lone
  // person word that also has a full name in the story ("Warren" of "Elizabeth
  // Warren") is not joined: BySurname handles it.
  size_t LoneWordAcrossGroups(const MentionInfo& m, const std::string& story) const {
    if (m.words.size() != 1) return kNone;
    if (m.group == kPersonGroup) {
      auto it = lone_places_.find(story + "|" + m.words[0]);
      if (it == lone_places_.end()) return kNone;
      auto named = surnames_.find(story + "|" + NameNormalizer::Skeleton(m.words[0]));
      if (named != surnames_.end()) {
        for (size_t e : named->second) {
          if (states_[e].words.size() > 1) return kNone;
        }
      }
      return it->second;
    }
    if (m.group != kPlaceGroup) return kNone;
    MentionInfo person{m.surface, m.words, EntityType::kPerson, kPersonGroup};
    auto it = exact_.find(ExactKey(person, story));
    return it != exact_.end() && states_[it->second].words.size() == 1 ? it->second : kNone;
  }

  size_t ByAcronym(const MentionInfo& m, const std::string& story) const {
    if (!IsAcronym(m.surface) || m.group == kPersonGroup || m.group == kPlaceGroup) return kNone;
    // "Name (ACR)" in the story is explicit evidence; bare initials need an
    // organization-like entity.
    if (auto it = aliases_.find(story + "|" + m.surface); it != aliases_.end()) {
      Group g = GroupOf(states_[it->second].entity.type);
      return g == kPlaceGroup || g == kMediaGroup ? kNone : it->second;
    }
    auto it = initials_.find(story + "|" + m.surface);
    if (it == initials_.end()) return kNone;
    Group g = GroupOf(states_[it->second].entity.type);
    return g == kOrgGroup || g == kOtherGroup || g == m.group ? it->second : kNone;
  }

  // Assad -> the one "X Assad" of the story (the one in this document if several);
  // Bashar al-Assad -> an earlier lone "Assad" entity.
  size_t BySurname(const MentionInfo& m, const std::string& doc, const std::string& story) const {
    auto it = surnames_.find(story + "|" + NameNormalizer::Skeleton(m.words.back()));
    if (it == surnames_.end()) return kNone;
    std::vector<size_t> fits, in_doc;
    for (size_t e : it->second) {
      const auto& w = states_[e].words;
      if (states_[e].entity.type != EntityType::kPerson || !WordsMatch(w.back(), m.words.back())) continue;
      // A lone word also written as a place (LoneWordAcrossGroups) is no surname.
      const int* votes = states_[e].type_votes;
      if (votes[static_cast<int>(EntityType::kLocation)] + votes[static_cast<int>(EntityType::kFacility)] > 0) continue;
      bool fit = m.words.size() == 1 ? w.size() > 1 : w.size() == 1;
      if (!fit) continue;
      fits.push_back(e);
      if (states_[e].docs.contains(doc)) in_doc.push_back(e);
    }
    if (fits.size() == 1) return fits[0];
    return in_doc.size() == 1 ? in_doc[0] : kNone;
  }

  size_t BySkeleton(const MentionInfo& m, const std::string& story) const {
    auto it = skeletons_.find(SkeletonKey(m.group, m.words, story));
    if (it == skeletons_.end()) return kNone;
    for (size_t e : it->second) {
      const auto& w = states_[e].words;
      if (w.size() != m.words.size()) continue;
      bool all = true;
      for (size_t k = 0; k < w.size() && all; ++k) all = WordsMatch(w[k], m.words[k]);
      if (all) return e;
    }
    return kNone;
  }

  static bool WordsMatch(const std::string& a, const std::string& b) {
    // Equal length: transliteration variants substitute letters (Lababida /
    // Lababidi); an added letter is more often another name (Haddad / Haddadi).
    return a == b || (a.size() == b.size() && a.size() >= kFuzzyMinLength && EditSimilarity(a, b) >= kFuzzyWord);
  }

  static std::string SkeletonKey(Group g, const std::vector<std::string>& words, const std::string& story) {
    std::string key = story + "|" + std::to_string(g);
    for (const auto& w : words) key += "|" + NameNormalizer::Skeleton(w);
    return key;
  }

  const Place* FindPlace(const MentionInfo& m, const std::string& story) {
    std::vector<std::string> keys = {m.surface, normalizer_->Fold(m.surface), JoinWords(m.words)};
    return gazetteer_->Best(keys, story_countries_[story]);
  }

  // Words without a trailing facility head ("hmeimim air base" -> "hmeimim").
  std::vector<std::string> Core(const std::vector<std::string>& words) const {
    for (const auto& head : facility_heads_) {
      if (head.empty() || head.size() >= words.size()) continue;
      if (std::equal(head.begin(), head.end(), words.end() - head.size())) {
        return std::vector<std::string>(words.begin(), words.end() - head.size());
      }
    }
    return words;
  }

  void Join(size_t& e, const MentionInfo& m, const Mention& mention, const std::string& doc,
            const std::string& story) {
    if (e == kNone) {
      e = states_.size();
      State s;
      s.entity.id = "e" + std::to_string(e + 1);
      s.entity.name = m.surface;
      s.entity.type = m.type;
      s.words = m.words;
      states_.push_back(std::move(s));
    }
    State& s = states_[e];
    s.entity.mentions.push_back({doc, mention.span.begin, mention.span.end});
    s.docs.insert(doc);
    if (!m.demonym.empty()) {
      // "Russian" is shown among the ways the story refers to Russia but never
      // names it; the country's name counts only if no mention wrote it.
      if (s.variants.insert(m.demonym).second) s.entity.variants.push_back(m.demonym);
      ++s.type_votes[static_cast<int>(m.type)];
      Register(e, m, story);
      return;
    }
    if (s.variants.insert(m.surface).second) s.entity.variants.push_back(m.surface);
    int count = ++s.variant_counts[m.surface];
    ++s.type_votes[static_cast<int>(m.type)];
    s.entity.type = static_cast<EntityType>(std::max_element(s.type_votes, s.type_votes + 6) - s.type_votes);
    if (s.type_votes[static_cast<int>(EntityType::kFacility)] > 0 && GroupOf(s.entity.type) == kPlaceGroup) {
      s.entity.type = EntityType::kFacility;  // a named base is a facility, even when also written bare
    }
    // The fullest form names the entity: most words, Latin script over others,
    // then the spelling written most often (Lababidi over a one-off Lababida).
    bool fuller = m.words.size() > s.words.size() ||
                  (m.words.size() == s.words.size() && IsAscii(m.surface) &&
                   (!IsAscii(s.entity.name) || count > s.variant_counts[s.entity.name]));
    if (fuller) { s.entity.name = m.surface; s.words = m.words; }
    Register(e, m, story);
  }

  void Register(size_t e, const MentionInfo& m, const std::string& story) {
    if (m.words.empty()) return;
    exact_.try_emplace(ExactKey(m, story), e);
    skeletons_[SkeletonKey(m.group, m.words, story)].push_back(e);
    if (m.group == kPersonGroup) {
      AddOnce(&surnames_[story + "|" + NameNormalizer::Skeleton(m.words.back())], e);
    }
    if (m.words.size() >= 2 && (m.group == kOrgGroup || m.group == kOtherGroup || m.group == kMediaGroup)) {
      std::string initials;
      for (const auto& w : m.words) initials += static_cast<char>(w[0] - 'a' + 'A');
      initials_.try_emplace(story + "|" + initials, e);
    }
    if (m.group != kPlaceGroup) return;
    if (m.words.size() == 1) lone_places_.try_emplace(story + "|" + m.words[0], e);
    const Place* place = FindPlace(m, story);
    if (place) {
      by_place_.try_emplace(place->id, e);
      if (!states_[e].entity.geo) states_[e].entity.geo = Geo{place->lat, place->lon, place->country};
      if (place->kind == "country") story_countries_[story].insert(place->country);
    }
    std::vector<std::string> core = Core(m.words);
    if (core.size() < m.words.size() && gazetteer_->Find(JoinWords(core)).empty()) {
      MentionInfo core_info{m.surface, core, EntityType::kLocation, kPlaceGroup};
      exact_.try_emplace(ExactKey(core_info, story), e);
      skeletons_[SkeletonKey(kPlaceGroup, core, story)].push_back(e);
    }
  }

  // A place is named the way the articles write it most (Latin script first,
  // then more words on a tie): "Syria", not the one formal "Syrian Arab
  // Republic" of a quoted letter, which the fullest-form rule would pick.
  // People and organizations keep their fullest form ("Bashar Assad").
  static std::string CommonName(const State& s) {
    std::string best = s.entity.name;
    int best_count = -1;
    size_t best_words = 0;
    for (const std::string& v : s.entity.variants) {
      auto it = s.variant_counts.find(v);
      if (it == s.variant_counts.end()) continue;  // a demonym: never the name
      const int count = it->second + (IsAscii(v) ? 1 << 20 : 0);
      const size_t words = static_cast<size_t>(std::count(v.begin(), v.end(), ' ')) + 1;
      if (count > best_count || (count == best_count && words > best_words)) {
        best = v;
        best_count = count;
        best_words = words;
      }
    }
    return best;
  }

  // The country an adjective of nationality names: "Russian", "Russians",
  // "British-based", "Maltese-flagged"; not "Russian-Syrian" (two countries),
  // nor a demonym two countries share. Null for anything else.
  const Place* DemonymCountry(std::string_view surface) const {
    std::string key = GazetteerKey(surface);
    const size_t hyphen = key.find('-');
    if (hyphen != std::string::npos) {
      if (Demonym(key.substr(hyphen + 1)) != nullptr) return nullptr;
      key.resize(hyphen);
    }
    const std::string* code = Demonym(key);
    return code == nullptr ? nullptr : gazetteer_->Country(*code);
  }

  const std::string* Demonym(const std::string& lower) const {
    auto it = demonyms_.find(lower);
    if (it == demonyms_.end() && lower.size() > 3 && lower.back() == 's') {
      it = demonyms_.find(lower.substr(0, lower.size() - 1));  // "syrians"
    }
    return it == demonyms_.end() ? nullptr : &it->second;
  }

  static void AddOnce(std::vector<size_t>* v, size_t e) {
    if (std::find(v->begin(), v->end(), e) == v->end()) v->push_back(e);
  }

  std::unique_ptr<NameNormalizer> normalizer_;
  std::shared_ptr<const Gazetteer> gazetteer_;
  std::vector<std::vector<std::string>> facility_heads_;
  std::vector<State> states_;
  absl::flat_hash_map<std::string, size_t> exact_, aliases_, initials_, by_place_;
  // story|word -> the entity of a one-word place mention in that story.
  absl::flat_hash_map<std::string, size_t> lone_places_;
  absl::flat_hash_map<std::string, std::string> demonyms_;  // lower-case -> ISO code
  absl::flat_hash_map<std::string, std::vector<size_t>> surnames_, skeletons_;
  absl::flat_hash_map<std::string, absl::flat_hash_set<std::string>> story_countries_;
};

}  // namespace

absl::StatusOr<std::unique_ptr<EntityResolver>> EntityResolver::Create(
    const std::string& data_dir, std::shared_ptr<const Gazetteer> gazetteer) {
  auto resolver = std::make_unique<EmmResolver>();
  RETURN_IF_ERROR(resolver->Init(data_dir, std::move(gazetteer)));
  return resolver;
}

}  // namespace storyline::link
