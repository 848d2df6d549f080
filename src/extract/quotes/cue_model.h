// CueModel: a learned cue-token classifier (averaged perceptron, binary) that
// decides, for each word that was ever part of a cue in PolNeAR train, whether
// it is part of a cue here. PolNeAR's cues go far beyond speech verbs (stance
// and belief verbs, colons, nouns such as "decision", "is expected"), and which
// occurrence counts depends on context, so a lexicon alone reaches only half of
// them. Model file: data/quotes/cue_model.tsv, built by bench/quotes/train_cue_model.
// Immutable after Load(); thread-safe.
#ifndef STORYLINE_EXTRACT_QUOTES_CUE_MODEL_H_
#define STORYLINE_EXTRACT_QUOTES_CUE_MODEL_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "src/core/status.h"

namespace storyline::quotes {

struct DocView;
struct TokenRange;
class Lexicon;

class CueModel {
 public:
  // Which words are scored. Strong words ("said", "believe") always; weak ones
  // — frequent words that are cues only inside a longer cue ("is" of "is
  // expected", "has" of "has said") — only right before a strong one or
  // right after a cue token. Keeps the scored tokens to about a tenth.
  enum Candidate { kNone = 0, kWeak = 1, kStrong = 2 };
  // By Token::hash (run time: no string hashing).
  Candidate CandidateOf(uint64_t word_hash) const;
  // By word (training).
  Candidate CandidateOf(std::string_view lower) const;
  // The rule above, for token i of sentence `sent`; `prev_cue`: token i - 1
  // is part of a cue.
  bool ShouldScore(const DocView& v, TokenRange sent, int i, bool prev_cue) const;
  // Reads "c<TAB>word" (strong) and "w<TAB>word" (weak) candidate lines and
  // "<hex hash><TAB>weight" feature lines.
  static absl::StatusOr<CueModel> Load(const std::string& path);

  // Score > 0 means "part of a cue". `prev_cue`: the token before was tagged cue.
  float Score(const std::vector<uint64_t>& features) const;

  // What a token is looked up by: the lower-cased word, or the punctuation
  // itself (a colon can be a cue). Token::hash is WordHash(Key()).
  static std::string_view Key(const DocView& v, int i);
  // Feature hashes of token i in sentence `sent` (shared with the trainer).
  void Features(const DocView& v, TokenRange sent, int i, bool prev_cue, std::vector<uint64_t>* out) const;

  // Training-side access: word -> kWeak / kStrong.
  absl::flat_hash_map<std::string, Candidate>& candidates() { return candidates_; }
  // After filling candidates(): makes CandidateOf(hash) see them (no weights).
  void IndexCandidates();
  // Indexes the lexicon's one-word cues and pronouns by word hash, so that
  // features look words up without hashing strings. Load() callers must call it.
  void IndexLexicon(const Lexicon& lexicon);

 private:
  // Open addressing, 4 bytes a slot, half full: the 25k weights take 256 KB
  // and mostly stay in cache, which matters more than anything else for
  // speed. The candidate and word tables hold small integers in `value`.
  struct Slot {
    uint16_t check = 0;  // top 16 bits of the hash, never 0 for a used slot
    int16_t value = 0;   // weight in 1/kScale units, or a small integer
  };
  static constexpr float kScale = 1024.f;  // weights stay within ±32 (max seen: 17)
  struct Table {
    std::vector<Slot> slots;
    uint64_t mask = 0;
    void Build(const std::vector<std::pair<uint64_t, int>>& entries);
    const Slot* Find(uint64_t h) const;
  };
  int WordInfo(uint64_t word_hash) const;
  uint64_t WordClass(const DocView& v, TokenRange sent, int j) const;
  static uint16_t Check(uint64_t h) { return static_cast<uint16_t>(h >> 48) | 1u; }

  absl::flat_hash_map<std::string, Candidate> candidates_;
  Table weights_;
  Table candidate_table_;  // apart from the weights: small, so it stays in L1/L2
  Table word_info_;        // word hash -> WordInfo bits
};

}  // namespace storyline::quotes

#endif  // STORYLINE_EXTRACT_QUOTES_CUE_MODEL_H_
