// A handful of lower-case words that a rule tests tokens against, compared by
// the hash every token already carries (Token::hash) instead of by string:
// rules that run at every comma or subject ("while", "though", "perhaps")
// would otherwise spend their time in strlen/memcmp. Immutable after
// construction, so one static instance per rule is safe to share across
// threads.
#ifndef STORYLINE_EXTRACT_QUOTES_WORD_SET_H_
#define STORYLINE_EXTRACT_QUOTES_WORD_SET_H_

#include <cstdint>
#include <initializer_list>
#include <string_view>
#include <vector>

#include "src/extract/quotes/tokenizer.h"

namespace storyline::quotes {

class WordSet {
 public:
  // `words` must be lower-case, as Token::lower is.
  WordSet(std::initializer_list<std::string_view> words) {
    for (std::string_view w : words) hashes_.push_back(WordHash(w));
  }

  // True when `t` is a word of the set (64-bit hashes: a collision between
  // one of these few words and another word is not a practical concern).
  bool Has(const Token& t) const {
    if (t.kind != TokenKind::kWord) return false;
    for (uint64_t h : hashes_) {
      if (h == t.hash) return true;
    }
    return false;
  }

 private:
  std::vector<uint64_t> hashes_;
};

}  // namespace storyline::quotes

#endif  // STORYLINE_EXTRACT_QUOTES_WORD_SET_H_
