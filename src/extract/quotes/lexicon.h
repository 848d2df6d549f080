// Lexicon: the word lists the quotes stage runs on, loaded from data/ at start-up
// (data/quotes/*.tsv and data/outlets.tsv). Immutable after Load(); safe to share
// across threads. Lookups take lower-cased ASCII keys except outlets, which are
// matched case-sensitively because "Time" and "time" are different things.
#ifndef STORYLINE_EXTRACT_QUOTES_LEXICON_H_
#define STORYLINE_EXTRACT_QUOTES_LEXICON_H_

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/strings/string_view.h"
#include "src/core/status.h"
#include "src/extract/quotes/cue_model.h"

namespace storyline::quotes {

// kColon comes only from speaker_colon.h ("Matthews: …"), never from cues.tsv.
enum class CueKind { kVerb, kAccording, kCiting, kPassive, kAddressee, kColon };
enum class PronounKind { kPerson, kPlural, kSelf, kThing };

struct OutletEntry {
  std::string name;     // canonical name ("Financial Times")
  std::string country;  // ISO 3166 alpha-2 or "int"
  std::string kind;     // "wire", "newspaper", "state media", ...
};

// A one-hash Bloom filter over word hashes (Token::hash): one bit test that
// rejects most words before a hash-set probe, which the matchers would
// otherwise pay for every word of every sentence.
class WordFilter {
 public:
  void Add(uint64_t word_hash) { bits_[Bit(word_hash) >> 6] |= uint64_t{1} << (Bit(word_hash) & 63); }
  bool MayContain(uint64_t word_hash) const { return (bits_[Bit(word_hash) >> 6] >> (Bit(word_hash) & 63)) & 1u; }

 private:
  // 4,096 bits (512 bytes, in L1): ~8 % false positives for the ~350 cue
  // first words, under 0.5 % for the evidence verbs.
  static uint64_t Bit(uint64_t word_hash) { return (word_hash >> 20) & 4095; }
  std::array<uint64_t, 64> bits_{};
};

class Lexicon {
 public:
  // Reads every list from `data_dir`. Errors name the missing or malformed file.
  static absl::StatusOr<Lexicon> Load(const std::string& data_dir);

  // Cue phrases are 1-3 lower-cased words joined by single spaces.
  const CueKind* FindCue(std::string_view phrase) const;
  // True when some cue phrase starts with this word: lets matchers skip the
  // phrase lookups for the ~95% of words that start none.
  bool StartsCue(std::string_view lower) const { return cue_starts_.contains(Key(lower)); }
  // The same by Token::hash (WordHash of the lower-cased word): the matchers
  // ask for every word, and hashing the string each time was 5 % of the stage.
  bool StartsCue(uint64_t word_hash) const {
    return cue_start_filter_.MayContain(word_hash) && cue_start_hashes_.contains(word_hash);
  }
  const PronounKind* FindPronoun(std::string_view lower) const;
  // An outlet by any of its variants ("FT", "The Financial Times"), exact case.
  const OutletEntry* FindOutlet(std::string_view variant) const;
  bool IsAnonymousHead(std::string_view lower) const { return anonymous_heads_.contains(Key(lower)); }
  bool IsCueAdverb(std::string_view lower) const { return cue_adverbs_.contains(Key(lower)); }
  bool IsNpStop(std::string_view lower) const { return np_stop_.contains(Key(lower)); }
  bool IsTitle(std::string_view lower) const { return titles_.contains(Key(lower)); }
  bool IsAbbreviation(std::string_view lower) const { return abbreviations_.contains(Key(lower)); }
  bool IsSignOff(std::string_view lower) const { return signoffs_.contains(Key(lower)); }
  // Heads of source phrases that do not speak ("images", "movements", "base").
  bool IsNonSpeakerHead(std::string_view lower) const { return nonspeaker_heads_.contains(Key(lower)); }
  // "polls show": data/quotes/evidence_cues.tsv's nouns and verbs, by Token::hash.
  bool IsEvidenceNoun(uint64_t word_hash) const { return evidence_nouns_.contains(word_hash); }
  bool IsEvidenceVerb(uint64_t word_hash) const {
    return evidence_verb_filter_.MayContain(word_hash) && evidence_verbs_.contains(word_hash);
  }
  // Phrases that make a speaker anonymous ("asking not to be named"), lower-case.
  const std::vector<std::string>& anonymity_phrases() const { return anonymity_phrases_; }
  // True when some outlet variant starts with this word (exact case).
  bool StartsOutlet(std::string_view word) const { return outlet_starts_.contains(Key(word)); }
  // Longest outlet variant, in words, so matchers know how far to look ahead.
  int max_outlet_words() const { return max_outlet_words_; }
  // Every cue phrase and pronoun (for CueModel's per-word index).
  const absl::flat_hash_map<std::string, CueKind>& cues() const { return cues_; }
  const absl::flat_hash_map<std::string, PronounKind>& pronouns() const { return pronouns_; }
  // The learned cue-token classifier (data/quotes/cue_model.tsv).
  const CueModel& cue_model() const { return cue_model_; }

 private:
  // Debian's abseil has its own string_view type; lookups convert to it.
  static absl::string_view Key(std::string_view s) { return {s.data(), s.size()}; }

  absl::flat_hash_map<std::string, CueKind> cues_;
  absl::flat_hash_map<std::string, PronounKind> pronouns_;
  absl::flat_hash_map<std::string, OutletEntry> outlets_;  // variant -> entry
  absl::flat_hash_set<std::string> outlet_starts_;
  absl::flat_hash_set<std::string> cue_starts_, cue_adverbs_, anonymous_heads_, np_stop_, titles_, abbreviations_,
      signoffs_, nonspeaker_heads_;
  std::vector<std::string> anonymity_phrases_;
  absl::flat_hash_set<uint64_t> evidence_nouns_, evidence_verbs_;  // WordHash of the word
  absl::flat_hash_set<uint64_t> cue_start_hashes_;                  // WordHash of cue_starts_
  WordFilter evidence_verb_filter_, cue_start_filter_;
  int max_outlet_words_ = 1;
  CueModel cue_model_;
};

}  // namespace storyline::quotes

#endif  // STORYLINE_EXTRACT_QUOTES_LEXICON_H_
