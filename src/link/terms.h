// TermModel: turns text into content-term ids for the link stage (clustering,
// near-duplicate shingles, event similarity, off-topic drift). Words are split on
// ASCII punctuation and spaces (bytes >= 0x80 stay inside words, so Cyrillic or
// Arabic words survive whole), lower-cased (ASCII), stop words removed (SMART
// list, data/link/stopwords.txt), and stemmed with the Snowball English stemmer
// so "evacuated"/"evacuating" meet. Numbers are kept as terms ("400").
//
// Weights: idf from data/link/term_df.tsv (document frequencies over a general
// news corpus, see data/link/README.md); unseen terms get the idf of a term seen
// once, since rare names are what tells stories apart.
//
// Ownership: owns the term dictionary; not thread-safe (the Linker owns one).
#ifndef STORYLINE_LINK_TERMS_H_
#define STORYLINE_LINK_TERMS_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "src/core/analysis.h"
#include "src/core/status.h"
#include "src/link/gazetteer.h"
#include "src/link/name_normalizer.h"

struct sb_stemmer;

namespace storyline::link {

// Sparse vector: (term id, weight), sorted by term id, weights L2-normalized
// unless stated otherwise.
using TermVector = std::vector<std::pair<uint32_t, float>>;

// Cosine of two L2-normalized sparse vectors.
float Cosine(const TermVector& a, const TermVector& b);

// Lower-cased word tokens of `text` (ASCII folding only), stop words kept.
std::vector<std::string> Words(std::string_view text);

class TermModel {
 public:
  // Loads stopwords.txt and term_df.tsv from `data_dir` (term_df.tsv is
  // optional: without it every term weighs the same).
  static absl::StatusOr<std::unique_ptr<TermModel>> Load(const std::string& data_dir);
  // A model with the given stop words and no idf table (for tests and benches).
  explicit TermModel(absl::flat_hash_set<std::string> stopwords);
  ~TermModel();
  TermModel(const TermModel&) = delete;
  TermModel& operator=(const TermModel&) = delete;

  // Stemmed content-term ids of `text`, in order, repeats kept.
  std::vector<uint32_t> Terms(std::string_view text);
  // tf-idf vector of `terms`, L2-normalized.
  TermVector Vectorize(const std::vector<uint32_t>& terms) const;
  float Idf(uint32_t term) const;
  bool IsStopword(std::string_view lower_word) const { return stopwords_.contains(std::string(lower_word)); }
  // The stem of a lower-cased word (the Snowball English stemmer).
  std::string Stem(std::string_view lower_word);
  const std::string& TermText(uint32_t id) const { return texts_[id]; }
  // A term for one entity, keyed by NameKeys::Key ("@place 524901",
  // "@serg lavrov"), weighted as a rare term.
  uint32_t NameTerm(std::string_view key);
  // Whether `id` is a NameTerm.
  bool IsNameTerm(uint32_t id) const { return texts_[id][0] == '@'; }

 private:
  uint32_t Intern(const std::string& stem);

  absl::flat_hash_set<std::string> stopwords_;
  absl::flat_hash_map<std::string, float> df_idf_;  // stem -> idf from the table
  float unseen_idf_ = 1.0f;
  absl::flat_hash_map<std::string, uint32_t> ids_;
  std::vector<std::string> texts_;
  std::vector<float> idf_;  // by term id
  sb_stemmer* stemmer_ = nullptr;
  // Lower-cased word -> its term id, or kStopword: news repeats a small
  // vocabulary, and stemming every occurrence again was a tenth of linking.
  // Bounded so an endless stream of new words cannot grow it without limit.
  static constexpr uint32_t kStopword = UINT32_MAX;
  static constexpr size_t kMaxCachedWords = 1 << 20;
  absl::flat_hash_map<std::string, uint32_t> word_terms_;
};

// NameKeys: one key per entity name whatever its script, spelling or Russian /
// Ukrainian case ending, so that the name terms of an English article and of a
// Russian one about the same events meet (the entity resolver cannot give this
// key: it needs the document's story, which is what the key helps decide).
//   places      the gazetteer's place id (Москва, Москве, Moscow -> one id); a
//               Cyrillic form the gazetteer lacks is retried as its nominative
//               guesses (Сирии -> Сирия)
//   other names the name normalizer's words (ICU transliteration, particles,
//               spelling rules) with j -> i (Сергей -> sergej -> sergei) and up
//               to two case endings cut from each word, in every script alike so
//               both sides cut the same (Путина, Путиным, Putin -> putin; Zelensky,
//               Зеленского -> zelensk; Сергея, Sergei -> serg), never below four
//               letters.
// The cut merges a few Latin names too (Maria / Marie): for story clustering
// that is noise of a few name terms, not a wrong join.
// Not thread-safe (the normalizer's transliterator and the key cache).
class NameKeys {
 public:
  // Reads the name rules (data_dir/entities) and the gazetteer (data_dir/gazetteer,
  // optional); errors name the file.
  static absl::StatusOr<std::unique_ptr<NameKeys>> Create(
      const std::string& data_dir, std::shared_ptr<const Gazetteer> gazetteer = nullptr);
  // "place <id>" or the normalized words; "" for a name with no words. A copy:
  // a reference into the cache would dangle after the next call's insertion.
  std::string Key(std::string_view surface, EntityType type);

 private:
  NameKeys() = default;
  std::string MakeKey(std::string_view surface, bool place);
  const Place* FindPlace(std::string_view surface);

  std::unique_ptr<NameNormalizer> normalizer_;
  std::shared_ptr<const Gazetteer> gazetteer_;
  // Names repeat across a corpus; the cache is dropped when it grows past a bound.
  absl::flat_hash_map<std::string, std::string> cache_;
};

}  // namespace storyline::link

#endif  // STORYLINE_LINK_TERMS_H_
