#include "src/extract/entities/organization_names.h"

namespace storyline::entities {
namespace {

// Untagged words an organization's name may add after its demonym: "Armed
// Forces", "National Defence Forces", "Revolutionary Guard Corps" (3); a longer
// capitalized run is more likely a headline in title case.
constexpr int kMaxUntaggedWords = 4;

bool HeadedOrganization(const SentenceTokens& st, int begin, int end,
                        const EntityLexicon& lexicon) {
  return lexicon.IsOrganizationHead(st.words[begin]) ||
         lexicon.IsOrganizationHead(st.words[end - 1]);
}

// End of the untagged capitalized words after token `end` that end in a head
// ("Armed Forces"), or `end` when there are none. `next_begin` is where the next
// chunk of the sentence starts.
int UntaggedHeadEnd(const SentenceTokens& st, int end, int next_begin,
                    const EntityLexicon& lexicon) {
  int found = end;
  for (int k = end; k < next_begin && k < end + kMaxUntaggedWords && IsCapitalized(st.words[k]);
       ++k) {
    if (lexicon.IsOrganizationHead(st.words[k])) found = k + 1;
  }
  return found;
}

}  // namespace

void JoinDemonymOrganizations(const std::vector<SentenceTokens>& sentences,
                              const EntityLexicon& lexicon, std::vector<Chunk>* chunks) {
  std::vector<Chunk>& cs = *chunks;
  for (size_t i = 0; i < cs.size(); ++i) {
    Chunk& c = cs[i];
    const SentenceTokens& st = sentences[c.sentence];
    if (c.end <= c.begin || !lexicon.IsDemonym(st.words[c.begin])) continue;
    if (c.end - c.begin > 1) {
      if (c.type == EntityType::kOther && lexicon.IsOrganizationHead(st.words[c.end - 1])) {
        c.type = EntityType::kOrganization;
      }
      continue;
    }
    if (c.type != EntityType::kOther && c.type != EntityType::kLocation) continue;
    const bool has_next = i + 1 < cs.size() && cs[i + 1].sentence == c.sentence;
    Chunk* next = has_next ? &cs[i + 1] : nullptr;
    if (next && next->begin == c.end && next->type == EntityType::kOrganization &&
        HeadedOrganization(st, next->begin, next->end, lexicon)) {
      c.end = next->end;
      c.type = EntityType::kOrganization;
      next->end = next->begin;  // swallowed; erased below
      continue;
    }
    int next_begin = next ? next->begin : static_cast<int>(st.words.size());
    int end = UntaggedHeadEnd(st, c.end, next_begin, lexicon);
    if (end > c.end) {
      c.end = end;
      c.type = EntityType::kOrganization;
    }
  }
  std::erase_if(cs, [](const Chunk& c) { return c.begin >= c.end; });
}

}  // namespace storyline::entities
