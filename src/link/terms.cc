#include "src/link/terms.h"

#include <libstemmer.h>

#include <algorithm>
#include <cmath>
#include <fstream>

#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"

namespace storyline::link {
namespace {

bool IsWordByte(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
         c >= 0x80;
}

// Reads one word per line; '#' starts a comment line.
absl::StatusOr<absl::flat_hash_set<std::string>> ReadWordList(const std::string& path) {
  std::ifstream in(path);
  if (!in) return absl::NotFoundError("cannot read " + path);
  absl::flat_hash_set<std::string> words;
  for (std::string line; std::getline(in, line);) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (!line.empty() && line[0] != '#') words.insert(line);
  }
  return words;
}

}  // namespace

float Cosine(const TermVector& a, const TermVector& b) {
  float dot = 0;
  size_t i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i].first == b[j].first) {
      dot += a[i++].second * b[j++].second;
    } else if (a[i].first < b[j].first) {
      ++i;
    } else {
      ++j;
    }
  }
  return dot;
}

std::vector<std::string> Words(std::string_view text) {
  std::vector<std::string> words;
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && !IsWordByte(text[i])) ++i;
    size_t start = i;
    while (i < text.size() && IsWordByte(text[i])) ++i;
    if (i > start) {
      std::string w(text.substr(start, i - start));
      for (char& c : w) {
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
      }
      words.push_back(std::move(w));
    }
  }
  return words;
}

absl::StatusOr<std::unique_ptr<TermModel>> TermModel::Load(const std::string& data_dir) {
  ASSIGN_OR_RETURN(auto stopwords, ReadWordList(data_dir + "/link/stopwords.txt"));
  auto model = std::make_unique<TermModel>(std::move(stopwords));
  // term_df.tsv: "#docs<TAB>N" then "stem<TAB>df" lines.
  std::ifstream in(data_dir + "/link/term_df.tsv");
  if (!in) return model;
  double docs = 0;
  std::vector<std::pair<std::string, double>> rows;
  for (std::string line; std::getline(in, line);) {
    std::vector<std::string> cols = absl::StrSplit(line, '\t');
    double value = 0;
    if (cols.size() != 2 || !absl::SimpleAtod(cols[1], &value)) continue;
    if (cols[0] == "#docs") {
      docs = value;
    } else {
      rows.emplace_back(cols[0], value);
    }
  }
  if (docs <= 0) return model;
  for (const auto& [stem, df] : rows) {
    model->df_idf_[stem] = static_cast<float>(std::log(docs / std::max(1.0, df)));
  }
  model->unseen_idf_ = static_cast<float>(std::log(docs));
  return model;
}

TermModel::TermModel(absl::flat_hash_set<std::string> stopwords)
    : stopwords_(std::move(stopwords)), stemmer_(sb_stemmer_new("english", "UTF_8")) {}

TermModel::~TermModel() {
  if (stemmer_ != nullptr) sb_stemmer_delete(stemmer_);
}

std::string TermModel::Stem(std::string_view word) {
  if (stemmer_ == nullptr || word.empty()) return std::string(word);
  const sb_symbol* out = sb_stemmer_stem(
      stemmer_, reinterpret_cast<const sb_symbol*>(word.data()), static_cast<int>(word.size()));
  if (out == nullptr) return std::string(word);
  return std::string(reinterpret_cast<const char*>(out), sb_stemmer_length(stemmer_));
}

uint32_t TermModel::Intern(const std::string& stem) {
  auto [it, inserted] = ids_.try_emplace(stem, static_cast<uint32_t>(texts_.size()));
  if (inserted) {
    texts_.push_back(stem);
    auto df = df_idf_.find(stem);
    // Floor: even the commonest kept word carries a little weight.
    idf_.push_back(std::max(0.1f, df == df_idf_.end() ? unseen_idf_ : df->second));
  }
  return it->second;
}

uint32_t TermModel::NameTerm(std::string_view key) {
  std::string term = "@";
  term += key;
  return Intern(term);
}

std::vector<uint32_t> TermModel::Terms(std::string_view text) {
  std::vector<uint32_t> terms;
  std::string w;  // the words of Words(), one buffer reused
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && !IsWordByte(text[i])) ++i;
    const size_t start = i;
    while (i < text.size() && IsWordByte(text[i])) ++i;
    if (i == start) continue;
    w.assign(text.substr(start, i - start));
    for (char& c : w) {
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    if (w.size() < 2 && !(w[0] >= '0' && w[0] <= '9')) continue;
    uint32_t id;
    if (auto it = word_terms_.find(w); it != word_terms_.end()) {
      id = it->second;
    } else {
      id = stopwords_.contains(w) ? kStopword : Intern(Stem(w));
      if (word_terms_.size() < kMaxCachedWords) word_terms_.emplace(w, id);
    }
    if (id != kStopword) terms.push_back(id);
  }
  return terms;
}

TermVector TermModel::Vectorize(const std::vector<uint32_t>& terms) const {
  absl::flat_hash_map<uint32_t, float> tf;
  for (uint32_t t : terms) tf[t] += 1;
  TermVector v;
  v.reserve(tf.size());
  double norm = 0;
  for (const auto& [t, n] : tf) {
    // Sub-linear tf: a name repeated ten times is not ten times the topic.
    float w = (1.0f + std::log(n)) * idf_[t];
    v.emplace_back(t, w);
    norm += static_cast<double>(w) * w;
  }
  std::sort(v.begin(), v.end());
  if (norm > 0) {
    const float inv = static_cast<float>(1.0 / std::sqrt(norm));
    for (auto& p : v) p.second *= inv;
  }
  return v;
}

float TermModel::Idf(uint32_t term) const { return idf_[term]; }

namespace {

constexpr size_t kMaxCachedKeys = 200000;
constexpr size_t kMinCutWord = 4;

bool IsAsciiText(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return (c & 0x80) == 0; });
}

// Russian / Ukrainian noun and adjective case endings as the normalizer writes
// them (after y -> i and j -> i), longest first.
constexpr std::string_view kLatinEndings[] = {"ogo", "ego", "omu", "emu", "oi", "ei", "om",
                                              "em",  "im",  "ia",  "iu",  "a",  "u",  "e", "i"};
// Cyrillic endings a place name may carry in running text, and the nominative
// endings to try in their place (Москве -> Москв + а, Сирии -> Сир + ия).
constexpr std::string_view kCyrillicEndings[] = {"ией", "ии", "ию", "ой", "ей", "ом", "ем",
                                                 "ы",   "е",  "у",  "ю",  "а",  "и",  "я", "і"};
constexpr std::string_view kNominatives[] = {"", "а", "я", "ия"};

std::string CutEnding(std::string word) {
  for (char& c : word) {
    if (c == 'j') c = 'i';
  }
  // Twice: a case ending can hide a stem vowel the nominative also ends in
  // (sergeia -> serge -> serg, as sergei -> serg).
  for (int cut = 0; cut < 2; ++cut) {
    auto e = std::find_if(std::begin(kLatinEndings), std::end(kLatinEndings), [&](std::string_view e) {
      return word.size() >= e.size() + kMinCutWord && word.ends_with(e);
    });
    if (e == std::end(kLatinEndings)) break;
    word.resize(word.size() - e->size());
  }
  return word;
}

}  // namespace

absl::StatusOr<std::unique_ptr<NameKeys>> NameKeys::Create(
    const std::string& data_dir, std::shared_ptr<const Gazetteer> gazetteer) {
  std::unique_ptr<NameKeys> keys(new NameKeys());
  ASSIGN_OR_RETURN(keys->normalizer_, NameNormalizer::Create(data_dir));
  keys->gazetteer_ = gazetteer ? std::move(gazetteer) : LoadGazetteer(data_dir);
  return keys;
}

const Place* NameKeys::FindPlace(std::string_view surface) {
  std::vector<std::string> keys = {std::string(surface), normalizer_->Fold(surface),
                                   JoinWords(normalizer_->Words(surface))};
  if (const Place* p = gazetteer_->Best(keys, {})) return p;
  if (IsAsciiText(surface)) return nullptr;
  for (std::string_view e : kCyrillicEndings) {
    if (surface.size() < e.size() + 6 || !surface.ends_with(e)) continue;  // 3+ letters
    std::string_view stem = surface.substr(0, surface.size() - e.size());
    std::vector<std::string> guesses;
    for (std::string_view n : kNominatives) guesses.push_back(std::string(stem) + std::string(n));
    if (const Place* p = gazetteer_->Best(guesses, {})) return p;
  }
  return nullptr;
}

std::string NameKeys::MakeKey(std::string_view surface, bool place) {
  if (place) {
    if (const Place* p = FindPlace(surface)) return absl::StrCat("place ", p->id);
  }
  std::vector<std::string> words = normalizer_->Words(surface);
  for (std::string& w : words) w = CutEnding(std::move(w));
  return JoinWords(words);
}

std::string NameKeys::Key(std::string_view surface, EntityType type) {
  const bool place = type == EntityType::kLocation || type == EntityType::kFacility;
  std::string cache_key(surface);
  cache_key += place ? '\1' : '\2';
  auto it = cache_.find(cache_key);
  if (it != cache_.end()) return it->second;
  if (cache_.size() >= kMaxCachedKeys) cache_.clear();
  return cache_.emplace(std::move(cache_key), MakeKey(surface, place)).first->second;
}

}  // namespace storyline::link
