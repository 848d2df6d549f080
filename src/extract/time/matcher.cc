// Trie construction and the bounded depth-first walk; see matcher.h.
// When two rules have the same element sequence the first one in the data wins,
// so pattern files list the more specific reading first.
#include "src/extract/time/matcher.h"

namespace storyline::temporal {

Matcher::Matcher(const Grammar& grammar) {
  nodes_.emplace_back();
  const std::vector<Rule>& rules = grammar.rules();
  for (size_t r = 0; r < rules.size(); ++r) {
    uint32_t node = 0;
    for (uint16_t cls : rules[r].elements) {
      auto it = nodes_[node].next.find(cls);
      if (it == nodes_[node].next.end()) {
        uint32_t id = static_cast<uint32_t>(nodes_.size());
        nodes_[node].next[cls] = id;
        nodes_.emplace_back();
        node = id;
      } else {
        node = it->second;
      }
    }
    if (nodes_[node].rule < 0) nodes_[node].rule = static_cast<int>(r);
  }
}

void Matcher::Walk(const std::vector<Tok>& tokens, uint32_t pos, uint32_t node,
                   std::vector<uint8_t>* path, std::vector<RawMatch>* found,
                   uint32_t start) const {
  if (nodes_[node].rule >= 0 && pos > start) {
    found->push_back({start, pos, nodes_[node].rule, *path});
  }
  if (pos >= tokens.size() || nodes_[node].next.empty()) return;
  const Tok& t = tokens[pos];
  for (uint8_t c = 0; c < t.num_classes; ++c) {
    auto it = nodes_[node].next.find(t.classes[c].cls);
    if (it == nodes_[node].next.end()) continue;
    path->push_back(c);
    Walk(tokens, pos + 1, it->second, path, found, start);
    path->pop_back();
  }
}

}  // namespace storyline::temporal
