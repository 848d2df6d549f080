#include "src/extract/entities/entity_lexicon.h"

#include "src/core/fields.h"

#include <fstream>

#include "src/extract/entities/features.h"

namespace storyline::entities {
namespace {
// Calls fn(columns) for each non-comment line of a TSV file.
template <typename Fn>
bool ForEachRow(const std::string& path, Fn fn) {
  std::ifstream in(path);
  if (!in) return false;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    fn(SplitFields(line));
  }
  return true;
}
}  // namespace

absl::Status EntityLexicon::Load(const std::string& data_dir) {
  auto media = [&](const std::vector<std::string_view>& f) {
    media_.insert(LowerAscii(f[0]));
    max_media_words_ = std::max<int>(max_media_words_, SplitAny(f[0], " .-").size() * 2);
  };
  if (!ForEachRow(data_dir + "/entities/media.tsv", media)) {
    return absl::NotFoundError("missing " + data_dir + "/entities/media.tsv");
  }
  // Optional: without it no organization is known by name.
  ForEachRow(data_dir + "/entities/organizations.tsv", [&](const std::vector<std::string_view>& f) {
    organizations_.insert(LowerAscii(f[0]));
    max_organization_words_ =
        std::max<int>(max_organization_words_, SplitAny(f[0], " .-'").size() * 2);
  });
  auto heads = [&](const std::vector<std::string_view>& f) {
    std::vector<std::string> words;
    for (auto w : SplitAny(f[0], " ")) words.emplace_back(w);
    heads_.push_back(std::move(words));
  };
  if (!ForEachRow(data_dir + "/entities/facility_heads.tsv", heads)) {
    return absl::NotFoundError("missing " + data_dir + "/entities/facility_heads.tsv");
  }
  ForEachRow(data_dir + "/gazetteer/places.tsv", [&](const std::vector<std::string_view>& f) {
    if (f.size() < 8) return;
    place_names_.insert(LowerAscii(f[2]));
    if (f[1] == "country") country_names_.insert(LowerAscii(f[2]));
    for (auto alt : SplitAny(f[7], "|")) {
      if (static_cast<unsigned char>(alt[0]) < 0x80) place_names_.insert(LowerAscii(alt));
      if (static_cast<unsigned char>(alt[0]) >= 0xD0 && static_cast<unsigned char>(alt[0]) <= 0xD4 &&
          alt.find(' ') == std::string_view::npos) {
        script_places_.emplace(alt);  // Cyrillic single words
      }
    }
  });
  auto cues = [&](const std::vector<std::string_view>& f) {
    if (f.size() < 3) return;
    if (f[1] == "person") {
      (f[2] == "after" ? person_after_ : person_before_).emplace(f[0]);
      return;
    }
    auto& table = f[2] == "before" ? type_by_before_ : f[2] == "first" ? type_by_first_ : type_by_last_;
    table[std::string(f[0])] = ParseEntityType(f[1]);
  };
  if (!ForEachRow(data_dir + "/entities/type_cues.tsv", cues)) {
    return absl::NotFoundError("missing " + data_dir + "/entities/type_cues.tsv");
  }
  ForEachRow(data_dir + "/entities/not_names.tsv",
             [&](const std::vector<std::string_view>& f) { not_names_.emplace(f[0]); });
  ForEachRow(data_dir + "/entities/common_words.tsv",
             [&](const std::vector<std::string_view>& f) { common_words_.emplace(f[0]); });
  ForEachRow(data_dir + "/entities/demonyms.tsv",
             [&](const std::vector<std::string_view>& f) { demonyms_.emplace(f[0]); });
  std::vector<std::string> names;
  ForEachRow(data_dir + "/gazetteer/supplement.tsv", [&](const std::vector<std::string_view>& f) {
    if (f.size() < 8 || f[1] != "facility") return;
    names.emplace_back(f[2]);
    for (auto alt : SplitAny(f[7], "|")) names.emplace_back(alt);
  });
  for (const auto& name : names) {
    facilities_.insert(LowerAscii(name));
    std::string core = FacilityCore(SplitAny(name, " "));
    // A core that is also a gazetteer place ("Tartus" of "Tartus naval facility")
    // names the town more often than the facility: not a facility alone.
    if (!core.empty() && !place_names_.contains(LowerAscii(core))) facility_cores_.insert(LowerAscii(core));
  }
  return absl::OkStatus();
}

bool EntityLexicon::IsMedia(std::string_view name) const {
  std::string lower = LowerAscii(name);
  if (lower.starts_with("the ") && media_.contains(lower.substr(4))) return true;
  return media_.contains(lower);
}

bool EntityLexicon::IsKnownOrganization(std::string_view name) const {
  // A name ends in a capital: "an Islamic state" is a kind of state, not the group.
  const size_t last = name.find_last_of(" -'");
  const std::string_view tail = last == std::string_view::npos ? name : name.substr(last + 1);
  if (tail.empty() || !(tail[0] >= 'A' && tail[0] <= 'Z')) return false;
  std::string lower = LowerAscii(name);
  if (lower.starts_with("the ") && organizations_.contains(lower.substr(4))) return true;
  return organizations_.contains(lower);
}

std::string EntityLexicon::FacilityCore(const std::vector<std::string_view>& words) const {
  std::vector<std::string> lower;
  for (auto w : words) lower.push_back(LowerAscii(w));
  int head = FacilityHeadWords(std::vector<std::string_view>(lower.begin(), lower.end()));
  if (head == 0 || head >= static_cast<int>(words.size())) return "";
  std::string core;
  for (size_t i = 0; i + head < words.size(); ++i) {
    if (!core.empty()) core += ' ';
    core.append(words[i]);
  }
  return core;
}

EntityType EntityLexicon::TypeByLastWord(std::string_view word) const {
  auto it = type_by_last_.find(std::string(word));
  return it == type_by_last_.end() ? EntityType::kPerson : it->second;
}

EntityType EntityLexicon::TypeByFirstWord(std::string_view word) const {
  auto it = type_by_first_.find(std::string(word));
  return it == type_by_first_.end() ? EntityType::kPerson : it->second;
}

EntityType EntityLexicon::TypeByWordBefore(std::string_view lower_before) const {
  auto it = type_by_before_.find(std::string(lower_before));
  return it == type_by_before_.end() ? EntityType::kPerson : it->second;
}

bool EntityLexicon::SaysPerson(std::string_view lower_before, std::string_view lower_after) const {
  // absl::string_view: heterogeneous lookup without a temporary std::string.
  return person_before_.contains(absl::string_view(lower_before.data(), lower_before.size())) ||
         person_after_.contains(absl::string_view(lower_after.data(), lower_after.size()));
}

bool EntityLexicon::IsCommonWord(std::string_view word) const {
  if (word.size() < 2 || word[0] < 'A' || word[0] > 'Z') return false;
  for (size_t i = 1; i < word.size(); ++i) {
    if (word[i] < 'a' || word[i] > 'z') return false;
  }
  std::string lower(word);
  lower[0] = static_cast<char>(lower[0] - 'A' + 'a');
  return common_words_.contains(lower);
}

bool EntityLexicon::IsFacilityName(std::string_view name) const {
  return facilities_.contains(LowerAscii(name));
}

int EntityLexicon::FacilityHeadWords(const std::vector<std::string_view>& lower_words) const {
  int best = 0;
  for (const auto& head : heads_) {
    if (head.size() > lower_words.size() || static_cast<int>(head.size()) <= best) continue;
    size_t off = lower_words.size() - head.size();
    bool match = true;
    for (size_t k = 0; k < head.size() && match; ++k) match = lower_words[off + k] == head[k];
    if (match) best = static_cast<int>(head.size());
  }
  return best;
}

}  // namespace storyline::entities
