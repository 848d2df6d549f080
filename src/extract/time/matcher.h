// Matcher: the grammar's rules compiled into a trie over word classes (a token
// automaton). Matching walks the token stream once: at each token it follows every
// class the token has (≤ 6) down the trie and keeps the longest rule that ends;
// the walk is bounded by the longest rule (≤ ~8 tokens), so the scan is linear in
// the text. Immutable after construction; thread-safe.
#ifndef STORYLINE_EXTRACT_TIME_MATCHER_H_
#define STORYLINE_EXTRACT_TIME_MATCHER_H_

#include <cstdint>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "src/extract/time/grammar.h"
#include "src/extract/time/token_scanner.h"

namespace storyline::temporal {

// One rule match: tokens [first, last) and, for each, the class index it matched by.
struct RawMatch {
  uint32_t first = 0, last = 0;
  int rule = -1;
  std::vector<uint8_t> class_index;  // index into Tok::classes, one per token
};

class Matcher {
 public:
  explicit Matcher(const Grammar& grammar);

  // Longest non-overlapping matches, left to right. `accept(match)` may veto a
  // match (e.g. a bare year followed by "people"); the scan then tries shorter ones.
  template <typename Accept>
  std::vector<RawMatch> Match(const std::vector<Tok>& tokens, Accept accept) const;

 private:
  struct Node {
    absl::flat_hash_map<uint16_t, uint32_t> next;
    int rule = -1;
  };
  static int LiteralCount(const std::vector<Tok>& tokens, const RawMatch& m) {
    int n = 0;
    for (uint32_t i = m.first; i < m.last; ++i) {
      n += tokens[i].classes[m.class_index[i - m.first]].cls >= kNumFixedClasses;
    }
    return n;
  }
  // Fills `found` with every match starting at tokens[start] (all lengths).
  void Walk(const std::vector<Tok>& tokens, uint32_t pos, uint32_t node,
            std::vector<uint8_t>* path, std::vector<RawMatch>* found, uint32_t start) const;

  std::vector<Node> nodes_;
};

template <typename Accept>
std::vector<RawMatch> Matcher::Match(const std::vector<Tok>& tokens, Accept accept) const {
  std::vector<RawMatch> out;
  std::vector<RawMatch> found;
  std::vector<uint8_t> path;
  for (uint32_t i = 0; i < tokens.size();) {
    found.clear();
    if (tokens[i].num_classes > 0) Walk(tokens, i, 0, &path, &found, i);
    const RawMatch* best = nullptr;
    // Longest wins; at equal length the reading with more literal tokens ("the
    // next day" over "the MOD UNIT") is the more specific rule.
    int best_literals = -1;
    for (const RawMatch& m : found) {
      int literals = LiteralCount(tokens, m);
      bool better = best == nullptr || m.last > best->last ||
                    (m.last == best->last && literals > best_literals);
      if (better && accept(m)) {
        best = &m;
        best_literals = literals;
      }
    }
    if (best == nullptr) {
      ++i;
      continue;
    }
    out.push_back(*best);
    i = best->last;
  }
  return out;
}

}  // namespace storyline::temporal

#endif  // STORYLINE_EXTRACT_TIME_MATCHER_H_
