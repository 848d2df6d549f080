#include "src/extract/entities/non_names.h"

#include <algorithm>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"

namespace storyline::entities {
namespace {

bool HasAlnum(std::string_view w) {
  return std::any_of(w.begin(), w.end(),
                     [](char ch) { return std::isalnum(static_cast<unsigned char>(ch)); });
}

// Whether token i opens a sentence, a line or a clause, where English
// capitalizes any word: nothing but punctuation before it in the sentence
// ("“Since ..."), a line break before it (a headline or dateline the sentence
// splitter glued on: "... to cap oil leak\nInitially, BP"), or right after a
// colon, a quote or a closing parenthesis ("(Update 4:43 p.m. ET) Protesters")
// when `after_marks`. Those marks also open titles, which capitalize each word
// ('" Sleeping Bread "'), so a name of several words is only cut at the start
// of a sentence or line.
bool OpensClause(const SentenceTokens& st, std::string_view text, int i, bool after_marks = true) {
  if (i == 0) return true;
  std::string_view prev = st.words[i - 1];
  if (after_marks && (prev == ":" || prev == ")" || prev == "\"" || prev == "\xE2\x80\x9C"))
    return true;
  uint32_t gap_begin = st.spans[i - 1].end, gap_end = st.spans[i].begin;
  if (gap_end > gap_begin &&
      text.substr(gap_begin, gap_end - gap_begin).find('\n') != std::string_view::npos) {
    return true;
  }
  for (int k = 0; k < i; ++k) {
    if (HasAlnum(st.words[k])) return false;
  }
  return true;
}

// How the document writes a word away from the start of a sentence, line or
// clause: capitalized, as a name is ("met Rice"), or in lower case.
struct MidClauseUses {
  int capitalized = 0, lower = 0;
  // Never capitalized there, or more often in lower case than so: one stray
  // "... on Friday Since" in a long thread of comments makes no name of "Since".
  bool Ordinary() const { return capitalized == 0 || capitalized < lower; }
};

// Fills the uses of the words already keyed in `uses` (by HashLowerAscii) in one
// pass over the document.
void CountMidClauseUses(const std::vector<SentenceTokens>& sentences, std::string_view text,
                        absl::flat_hash_map<uint64_t, MidClauseUses>* uses) {
  for (const SentenceTokens& st : sentences) {
    for (int i = 0; i < static_cast<int>(st.words.size()); ++i) {
      auto it = uses->find(HashLowerAscii(st.words[i]));
      if (it == uses->end()) continue;
      if (!IsCapitalized(st.words[i])) {
        ++it->second.lower;
      } else if (!OpensClause(st, text, i)) {
        ++it->second.capitalized;
      }
    }
  }
}

// Articles and possessives: persons take none. Without one, a common word can
// be someone's name ("off-spinner Such had ...").
bool IsDeterminer(std::string_view w) {
  static const absl::flat_hash_set<std::string_view> kWords = {
      "the", "a",     "an",  "this", "that", "these", "those",
      "its", "their", "his", "her",  "our",  "my",    "your"};
  return kWords.contains(w);
}

// Whether token i stands where a modifier stands: a lower-case content word
// follows ("the Ongoing military situation"). A capitalized common word that
// ends its noun phrase ("the Communists in 1919", "our Allies, like ...", "the
// loss of the Challenger,") is more often a group's or a vehicle's name.
bool BeforeNoun(const SentenceTokens& st, int i) {
  static const absl::flat_hash_set<std::string_view> kAfterNounPhrase = {
      "in",    "on",    "at",   "of",  "for",  "from", "to",   "with",  "by",  "as",   "and",
      "or",    "but",   "than", "is",  "was",  "are",  "were", "has",   "had", "have", "will",
      "would", "could", "can",  "may", "said", "says", "who",  "which", "that"};
  if (i + 1 >= static_cast<int>(st.words.size())) return false;
  std::string_view next = st.words[i + 1];
  return !next.empty() && next[0] >= 'a' && next[0] <= 'z' && !kAfterNounPhrase.contains(next);
}

// Whether chunk c opens a list of names of its own type ("Given, Breen,
// Staunton" naming a team): list items share a kind, so the first is a name
// too. "Meanwhile, BP says" lists nothing: the next name is of another type.
bool OpensList(const SentenceTokens& st, const Chunk& c, const Chunk* next) {
  return next && next->sentence == c.sentence && next->type == c.type && next->begin == c.end + 1 &&
         st.words[c.end] == ",";
}

// "Somali", "Somalis": a demonym or its plural.
bool IsPeople(std::string_view w, const EntityLexicon& lexicon) {
  return lexicon.IsDemonym(w) ||
         (w.size() > 1 && w.back() == 's' && lexicon.IsDemonym(w.substr(0, w.size() - 1)));
}

}  // namespace

void DropOrdinaryWords(const std::vector<SentenceTokens>& sentences, std::string_view text,
                       const DocContext& context, const EntityLexicon& lexicon,
                       std::vector<Chunk>* chunks) {
  std::vector<Chunk>& cs = *chunks;  // in text order, as the tagger found them
  // Chunks whose first word is ordinary unless the document capitalizes it as
  // a name; that is counted for all of them in one pass.
  std::vector<size_t> suspects;
  absl::flat_hash_map<uint64_t, MidClauseUses> uses;
  for (size_t i = 0; i < cs.size(); ++i) {
    Chunk& c = cs[i];
    const SentenceTokens& st = sentences[c.sentence];
    std::string_view first = st.words[c.begin];
    if (c.end - c.begin == 1 && c.begin > 0 && IsDeterminer(st.words[c.begin - 1]) &&
        BeforeNoun(st, c.begin) && lexicon.IsCommonWord(first)) {
      c.end = c.begin;
      continue;
    }
    if (!OpensClause(st, text, c.begin)) continue;
    bool ordinary = false;
    if (c.end - c.begin == 1) {
      ordinary = !OpensList(st, c, i + 1 < cs.size() ? &cs[i + 1] : nullptr) &&
                 (lexicon.IsCommonWord(first) || context.lower.contains(HashLowerAscii(first)));
    } else {
      // "Meanwhile Kovac"; "Medal of Honor" stays whole.
      ordinary = OpensClause(st, text, c.begin, /*after_marks=*/false) &&
                 lexicon.IsCommonWord(first) && IsCapitalized(st.words[c.begin + 1]);
    }
    if (!ordinary) continue;
    suspects.push_back(i);
    uses.try_emplace(HashLowerAscii(first));
  }
  if (!suspects.empty()) CountMidClauseUses(sentences, text, &uses);
  for (size_t i : suspects) {
    Chunk& c = cs[i];
    const SentenceTokens& st = sentences[c.sentence];
    if (!uses[HashLowerAscii(st.words[c.begin])].Ordinary()) continue;
    ++c.begin;
    // The tagger typed the words together: "Seven Somalis" was a person, but a
    // people's name left alone is what CoNLL calls MISC, as "Somali" is.
    if (c.end - c.begin == 1 && IsPeople(st.words[c.begin], lexicon)) c.type = EntityType::kOther;
  }
  std::erase_if(cs, [](const Chunk& c) { return c.begin >= c.end; });
}

}  // namespace storyline::entities
