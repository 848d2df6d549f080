// Quantities in a sentence: "at least 400 soldiers", "hundreds of troops",
// "2.5 million people", "94% of its personnel". A quantity is a number (digits
// or a spelled-out number word), an optional scale word ("million"), an optional
// qualifier before it ("at least"), and the counted noun after it (skipping
// "of"), stemmed so "soldier"/"soldiers" meet. Years (1900-2100 written without
// a comma and not followed by a counted noun) and durations ("four years") are
// not quantities. Word lists: data/link/quantity_words.tsv.
//
// Used to merge reports of one event (same number and noun) and to find
// conflicts (same noun, different numbers). Thread-safe after construction.
#ifndef STORYLINE_LINK_QUANTITIES_H_
#define STORYLINE_LINK_QUANTITIES_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "src/core/span.h"
#include "src/core/status.h"

namespace storyline::link {

struct Quantity {
  double value = 0;
  std::string unit;       // lower-cased counted noun, crude plural folding ("soldier")
  std::string qualifier;  // "at least", "" when none
  ByteSpan span;          // bytes of the whole phrase in the text given to Find
  bool has_digits = false;  // written in digits ("12"), not words ("thousands", "two")
};

class QuantityFinder {
 public:
  // Reads data_dir/link/quantity_words.tsv; errors name the file.
  static absl::StatusOr<std::unique_ptr<QuantityFinder>> Load(const std::string& data_dir);

  // Quantities in `text`, spans relative to `text`, plus `offset`.
  std::vector<Quantity> Find(std::string_view text, uint32_t offset = 0) const;

 private:
  struct Word {
    std::string lower;
    ByteSpan span;
  };
  static std::vector<Word> Split(std::string_view text);
  bool ParseNumber(const Word& w, double* value) const;

  std::vector<std::vector<std::string>> qualifiers_;  // each a word sequence
  absl::flat_hash_map<std::string, double> numbers_;
  absl::flat_hash_map<std::string, double> scales_;
  absl::flat_hash_set<std::string> unit_skip_;  // plus the stop words
  absl::flat_hash_set<std::string> months_;
};

// Folds a plural noun to a crude singular ("soldiers" -> "soldier", "casualties"
// -> "casualty") so two reports' units compare.
std::string SingularNoun(std::string_view lower);

}  // namespace storyline::link

#endif  // STORYLINE_LINK_QUANTITIES_H_
