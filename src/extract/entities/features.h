// Features of the NER tagger: for each token of a sentence, a fixed number of
// hashed feature ids (feature hashing into 2^bits buckets, so the model needs no
// feature dictionary and extraction allocates nothing per token).
//
// Templates (why each is there):
//   word, lower-cased word, word shape ("Xxxx", "XX-dd") and its collapsed form:
//     the lexical core; shapes generalize to unseen names.
//   prefixes/suffixes 1-4: morphology ("-ov", "-stan", "-ski", "Mc-").
//   words and shapes at -2..+2 and word bigrams: context ("said", "in", "Mr.").
//   sentence-initial and all-caps-headline flags joined with the shape: a capital
//     letter there says little.
//   gazetteer membership (GeoNames + countries, multi-word, big/small places) and
//     demonyms: the usual way past pure-lexical taggers (Ratinov & Roth 2009).
//   document context: the word appears capitalized mid-sentence elsewhere in the
//     document, or lower-case elsewhere — a cheap form of document-level
//     consistency that also fixes headline and sentence-initial tokens.
// Thread safety: immutable after construction; safe to share.
#ifndef STORYLINE_EXTRACT_ENTITIES_FEATURES_H_
#define STORYLINE_EXTRACT_ENTITIES_FEATURES_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "absl/container/flat_hash_set.h"

namespace storyline::entities {

uint64_t HashBytes(std::string_view s);
// Splits on any byte of `seps`, dropping empty pieces.
std::vector<std::string_view> SplitAny(std::string_view s, std::string_view seps);
uint64_t HashMix(uint64_t a, uint64_t b);
// ASCII-lower-cased copy (other bytes kept).
std::string LowerAscii(std::string_view s);
// HashBytes(LowerAscii(s)) without the copy.
uint64_t HashLowerAscii(std::string_view s);
// "Xxxx", "dd-dd", "X.X."; one char per code point, letters by ICU case.
std::string WordShape(std::string_view word);

// Name lists the features consult. Keys are HashMix chains of lower-cased words.
struct TaggerLexicon {
  absl::flat_hash_set<uint64_t> big_places;    // countries and cities >= 100k
  absl::flat_hash_set<uint64_t> small_places;  // other GeoNames places
  absl::flat_hash_set<uint64_t> demonyms;      // single words: "Syrian", "Russian"
  int max_words = 4;
  // Adds a place name (split on spaces).
  void AddPlace(std::string_view name, bool big);
  // Reads data_dir/gazetteer/places.tsv and data_dir/entities/demonyms.tsv.
  // Missing files leave the lexicon empty (features just never fire).
  void Load(const std::string& data_dir);
};

// Which words the document shows capitalized mid-sentence / lower-case.
struct DocContext {
  absl::flat_hash_set<uint64_t> cap_mid;
  absl::flat_hash_set<uint64_t> lower;
  void AddSentence(const std::vector<std::string_view>& words);
};

class FeatureExtractor {
 public:
  static constexpr int kPerToken = 40;
  FeatureExtractor(const TaggerLexicon* lexicon, int bits) : lexicon_(lexicon), bits_(bits) {}

  // Writes words.size() * kPerToken bucket ids to `out` (resized).
  void Extract(const std::vector<std::string_view>& words, const DocContext& doc,
               std::vector<uint32_t>* out) const;

 private:
  struct TokenInfo;
  void Describe(const std::vector<std::string_view>& words, const DocContext& doc,
                std::vector<TokenInfo>* info) const;
  void MarkGazetteer(std::vector<TokenInfo>* info) const;
  const TaggerLexicon* lexicon_;
  int bits_;
};

}  // namespace storyline::entities

#endif  // STORYLINE_EXTRACT_ENTITIES_FEATURES_H_
