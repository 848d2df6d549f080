#include "src/extract/entities/mention_refiner.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "src/extract/entities/features.h"
#include "src/extract/entities/organization_names.h"

namespace storyline::entities {
namespace {

constexpr int kMaxRepeatWords = 5;

std::string Key(const SentenceTokens& s, int begin, int end) {
  std::string key;
  for (int i = begin; i < end; ++i) {
    if (i > begin) key += ' ';
    key.append(s.words[i]);
  }
  return key;
}

std::string_view SpanText(const SentenceTokens& s, int begin, int end, std::string_view text) {
  return text.substr(s.spans[begin].begin, s.spans[end - 1].end - s.spans[begin].begin);
}

void SortChunks(std::vector<Chunk>* chunks) {
  std::sort(chunks->begin(), chunks->end(), [](const Chunk& a, const Chunk& b) {
    return a.sentence != b.sentence ? a.sentence < b.sentence : a.begin < b.begin;
  });
}

// Per sentence, which tokens some chunk covers.
std::vector<std::vector<bool>> Coverage(const std::vector<SentenceTokens>& sentences,
                                        const std::vector<Chunk>& chunks) {
  std::vector<std::vector<bool>> covered(sentences.size());
  for (size_t s = 0; s < sentences.size(); ++s) covered[s].assign(sentences[s].words.size(), false);
  for (const Chunk& c : chunks) {
    for (int i = c.begin; i < c.end; ++i) covered[c.sentence][i] = true;
  }
  return covered;
}

bool Free(const std::vector<bool>& covered, int begin, int end) {
  for (int i = begin; i < end; ++i) if (covered[i]) return false;
  return true;
}

// Adds chunks for untagged word sequences found in `types` (key -> type).
void AddRepeats(const std::vector<SentenceTokens>& sentences,
                const absl::flat_hash_map<std::string, EntityType>& types, std::vector<Chunk>* chunks) {
  auto covered = Coverage(sentences, *chunks);
  for (uint32_t s = 0; s < sentences.size(); ++s) {
    const auto& st = sentences[s];
    int n = static_cast<int>(st.words.size());
    for (int i = 0; i < n; ++i) {
      if (covered[s][i] || !IsCapitalized(st.words[i])) continue;
      for (int len = std::min(kMaxRepeatWords, n - i); len >= 1; --len) {
        if (!Free(covered[s], i, i + len)) continue;
        auto it = types.find(Key(st, i, i + len));
        if (it == types.end()) continue;
        chunks->push_back({s, i, i + len, it->second, 0.7f});
        for (int k = i; k < i + len; ++k) covered[s][k] = true;
        i += len - 1;
        break;
      }
    }
  }
}

void Consistency(const std::vector<SentenceTokens>& sentences, std::vector<Chunk>* chunks) {
  absl::flat_hash_map<std::string, std::array<int, 6>> votes;
  for (const Chunk& c : *chunks) {
    auto& v = votes[Key(sentences[c.sentence], c.begin, c.end)];
    ++v[static_cast<int>(c.type)];
  }
  absl::flat_hash_map<std::string, EntityType> types;
  for (const auto& [key, v] : votes) {
    types[key] = static_cast<EntityType>(std::max_element(v.begin(), v.end()) - v.begin());
  }
  for (Chunk& c : *chunks) c.type = types[Key(sentences[c.sentence], c.begin, c.end)];
  for (const Chunk& c : *chunks) {
    if (c.type != EntityType::kPerson || c.end - c.begin < 2) continue;
    std::string last(sentences[c.sentence].words[c.end - 1]);
    if (IsCapitalized(last) && !types.contains(last)) types.emplace(last, EntityType::kPerson);
  }
  AddRepeats(sentences, types, chunks);
}

// Names a lexicon lists (`listed`) get `type`: a chunk with that name, a chunk
// the tagger cut short ("Censor.NET" is three tokens and the tagger may take only
// the first; "Islamic" of "Islamic State"), and an untagged capitalized run of at
// most `max_tokens` tokens with that name.
template <typename Listed>
void MarkListedNames(const std::vector<SentenceTokens>& sentences, std::string_view text,
                     EntityType type, int max_tokens, Listed listed, std::vector<Chunk>* chunks) {
  for (Chunk& c : *chunks) {
    const auto& st = sentences[c.sentence];
    if (listed(SpanText(st, c.begin, c.end, text))) { c.type = type; continue; }
    int n = static_cast<int>(st.words.size());
    for (int len = std::min(3, n - c.end); len >= 1; --len) {
      if (!listed(SpanText(st, c.begin, c.end + len, text))) continue;
      c.end += len;
      c.type = type;
      break;
    }
  }
  SortChunks(chunks);
  std::erase_if(*chunks, [&, prev_end = std::make_pair(~0u, 0)](const Chunk& c) mutable {
    bool inside = prev_end.first == c.sentence && c.begin < prev_end.second;
    if (!inside) prev_end = {c.sentence, c.end};
    return inside;  // swallowed by an extended chunk
  });
  auto covered = Coverage(sentences, *chunks);
  for (uint32_t s = 0; s < sentences.size(); ++s) {
    const auto& st = sentences[s];
    int n = static_cast<int>(st.words.size());
    for (int i = 0; i < n; ++i) {
      if (covered[s][i] || !IsCapitalized(st.words[i])) continue;
      for (int len = std::min(max_tokens, n - i); len >= 1; --len) {
        if (!Free(covered[s], i, i + len) || !listed(SpanText(st, i, i + len, text))) continue;
        chunks->push_back({s, i, i + len, type, 0.8f});
        i += len - 1;
        break;
      }
    }
  }
}

void MarkKnownOrganizations(const std::vector<SentenceTokens>& sentences,
                            const EntityLexicon& lexicon, std::string_view text,
                            std::vector<Chunk>* chunks) {
  MarkListedNames(sentences, text, EntityType::kOrganization, lexicon.max_organization_words(),
                  [&](std::string_view name) { return lexicon.IsKnownOrganization(name); }, chunks);
}

void MarkMedia(const std::vector<SentenceTokens>& sentences, const EntityLexicon& lexicon,
               std::string_view text, std::vector<Chunk>* chunks) {
  MarkListedNames(sentences, text, EntityType::kMedia, lexicon.max_media_words(),
                  [&](std::string_view name) { return lexicon.IsMedia(name); }, chunks);
}

std::vector<std::string_view> LowerWords(const SentenceTokens& st, int begin, int end,
                                         std::vector<std::string>* store) {
  store->clear();
  for (int i = begin; i < end; ++i) store->push_back(LowerAscii(st.words[i]));
  return std::vector<std::string_view>(store->begin(), store->end());
}

void MarkFacilities(const std::vector<SentenceTokens>& sentences, const EntityLexicon& lexicon,
                    std::vector<Chunk>* chunks) {
  auto covered = Coverage(sentences, *chunks);
  std::vector<std::string> store;
  for (Chunk& c : *chunks) {
    if (c.type == EntityType::kPerson || c.type == EntityType::kMedia) continue;
    const auto& st = sentences[c.sentence];
    int n = static_cast<int>(st.words.size());
    if (lexicon.IsFacilityName(Key(st, c.begin, c.end))) { c.type = EntityType::kFacility; continue; }
    int inside = lexicon.FacilityHeadWords(LowerWords(st, c.begin, c.end, &store));
    if (inside > 0 && inside < c.end - c.begin) { c.type = EntityType::kFacility; continue; }
    if (c.type == EntityType::kOther && c.end - c.begin == 1) continue;  // "Russian base"
    for (int len = std::min(3, n - c.end); len >= 1; --len) {
      auto words = LowerWords(st, c.end, c.end + len, &store);
      if (lexicon.FacilityHeadWords(words) != len || !Free(covered[c.sentence], c.end, c.end + len)) continue;
      c.end += len;
      c.type = EntityType::kFacility;
      break;
    }
  }
}

// Lower-case words after which a lone name is a place, not a person ("towed to
// Reni", "near Galati"). "of" is left out: "the speech of Obama".
bool IsLocativeWord(std::string_view w) {
  static const absl::flat_hash_set<std::string_view> kWords = {
      "in", "near", "at", "outside", "inside", "into", "towards", "toward", "across",
      "around", "via", "from", "to", "off", "along", "past"};
  return kWords.contains(w);
}

// Whether token i (a lone name) stands where a place stands: after a locative
// word, or after "the" and not as a modifier ("the Danube near X", "on the Danube."
// but not "the Obama administration").
bool InPlaceContext(const SentenceTokens& st, int i) {
  if (i == 0) return false;
  std::string_view prev = st.words[i - 1];
  if (IsLocativeWord(prev)) return true;
  if (prev != "the" && prev != "The") return false;
  if (i + 1 >= static_cast<int>(st.words.size())) return true;
  std::string_view next = st.words[i + 1];
  bool lower_word = !next.empty() && next[0] >= 'a' && next[0] <= 'z';
  // A lower-case word after "the X" is a modifier's noun ("administration")
  // unless it is one that follows a noun phrase: a preposition or conjunction,
  // or an auxiliary ("the Danube was too shallow").
  static const absl::flat_hash_set<std::string_view> kAfterNounPhrase = {
      "on", "late", "early", "and", "or", "after", "before", "for", "since", "was", "is",
      "were", "are", "has", "had", "have", "will", "would", "could", "can", "may", "remains",
      "remained"};
  return !lower_word || IsLocativeWord(next) || kAfterNounPhrase.contains(next);
}

bool HasDigit(std::string_view w) {
  return std::any_of(w.begin(), w.end(), [](char ch) { return ch >= '0' && ch <= '9'; });
}

// Whether the words after a name (ending before token `end`) call it a place:
// a place noun right after it ("the Qudsayya district") or in apposition
// ("Qudsayya, a suburb of the capital", "X, the small port near Y"): up to two
// modifiers before the noun, which must end the phrase, or "X, a town
// councillor" would count.
bool PlaceAppositive(const SentenceTokens& st, int end) {
  static const absl::flat_hash_set<std::string_view> kPlaceNouns = {
      "suburb", "town", "village", "city", "district", "province", "region", "neighbourhood",
      "neighborhood", "port", "settlement", "governorate", "county", "island", "municipality",
      "hamlet", "enclave", "oblast", "capital"};
  static const absl::flat_hash_set<std::string_view> kAfterPlace = {
      "of", "in", "near", "on", "outside", "north", "south", "east", "west", "about", "some",
      "close", "just", "and", "where", "that", "which", ",", ".", ";", ")"};
  const int n = static_cast<int>(st.words.size());
  // "the capital's Qudsayya district": the place noun right after the name.
  if (end < n && st.words[end] != "capital" && kPlaceNouns.contains(st.words[end])) return true;
  if (end + 2 >= n || st.words[end] != ",") return false;
  std::string_view article = st.words[end + 1];
  if (article != "a" && article != "an" && article != "the") return false;
  for (int k = end + 2; k < n && k <= end + 4; ++k) {
    std::string_view w = st.words[k];
    if (w.empty() || !(w[0] >= 'a' && w[0] <= 'z')) return false;
    if (kPlaceNouns.contains(w)) return k + 1 == n || kAfterPlace.contains(st.words[k + 1]);
  }
  return false;
}

// Sentence and token positions where location chunks begin and end.
struct PlacePositions {
  absl::flat_hash_set<std::pair<uint32_t, int>> begins, ends;
};

PlacePositions LocatePlaces(const std::vector<Chunk>& chunks) {
  PlacePositions out;
  for (const Chunk& c : chunks) {
    if (c.type != EntityType::kLocation) continue;
    out.begins.insert({c.sentence, c.begin});
    out.ends.insert({c.sentence, c.end});
  }
  return out;
}

// Whether chunk c is coordinated with a place: "such as Daraa and Damascus".
// Coordination joins things of one kind; a comma need not ("Pat Harrison,
// Denver" in a byline or a results list), so only "and" and "or" count.
bool CoordinatedWithPlace(const SentenceTokens& st, const Chunk& c, const PlacePositions& places) {
  auto joins = [](std::string_view w) { return w == "and" || w == "or"; };
  const int n = static_cast<int>(st.words.size());
  if (c.begin >= 2 && joins(st.words[c.begin - 1]) &&
      places.ends.contains({c.sentence, c.begin - 1})) {
    return true;
  }
  return c.end + 1 < n && joins(st.words[c.end]) && places.begins.contains({c.sentence, c.end + 1});
}

// Whether a first-word cue at token i counts: "Tell" or "Cape" opening a
// sentence may be the English word ("Tell John McCain ...").
bool FirstWordCueCounts(const SentenceTokens& st, int i, const EntityLexicon& lexicon) {
  return i > 0 || !lexicon.IsCommonWord(st.words[i]);
}

// A place head word left untagged before a one-word person chunk ("Ain" of
// "Ain Issa", "Mount" of "Mount Hermon") belongs to the name; RetypePersons
// then reads it.
void TakePlaceHeads(const std::vector<SentenceTokens>& sentences, const EntityLexicon& lexicon,
                    std::vector<Chunk>* chunks) {
  std::vector<Chunk>& cs = *chunks;  // sorted: the chunk before ends first
  for (size_t i = 0; i < cs.size(); ++i) {
    Chunk& c = cs[i];
    if (c.type != EntityType::kPerson || c.end - c.begin != 1 || c.begin == 0) continue;
    if (i > 0 && cs[i - 1].sentence == c.sentence && cs[i - 1].end == c.begin) continue;
    const SentenceTokens& st = sentences[c.sentence];
    std::string_view prev = st.words[c.begin - 1];
    if (IsCapitalized(prev) && lexicon.TypeByFirstWord(prev) == EntityType::kLocation &&
        FirstWordCueCounts(st, c.begin - 1, lexicon)) {
      --c.begin;
    }
  }
}

// Person labels the context contradicts, decided per name and applied to all its
// occurrences in the document: a name ending in a company word ("Vega
// Maritime") or a place word ("Quneitra Governorate", also over an organization
// label), starting with one ("Mount Hermon"), followed by a place in apposition
// ("Qudsayya, a suburb of ..."), or right after a ship noun ("the carrier Vega Dawn") takes the type
// data/entities/type_cues.tsv gives, one after "the" is other; a lone word that is nobody's surname here
// and stands in a place context every time ("sent from Reni", "the Danube near
// ...") is a location when it is a gazetteer place or follows "the" at least
// once (persons take no article).
void RetypePersons(const std::vector<SentenceTokens>& sentences, const EntityLexicon& lexicon,
                   std::vector<Chunk>* chunks) {
  absl::flat_hash_set<std::string> surnames;
  const PlacePositions places = LocatePlaces(*chunks);
  // Names a first-word cue made places ("Ain Issa") and names the context calls
  // persons somewhere ("Mayor Ras Baraka", "Ain Issa said"): the context wins.
  absl::flat_hash_set<std::string> by_first_word, said_person;
  for (const Chunk& c : *chunks) {
    if (c.type == EntityType::kPerson && c.end - c.begin >= 2) {
      surnames.emplace(sentences[c.sentence].words[c.end - 1]);
    }
  }
  struct Lone { int place_contexts = 0, others = 0; bool after_the = false; };
  absl::flat_hash_map<std::string, Lone> lone;
  absl::flat_hash_map<std::string, EntityType> retyped;
  // A place label after a ship noun is a ship too ("cargo ships Sparta and ...").
  absl::flat_hash_set<std::string> ships;
  for (const Chunk& c : *chunks) {
    if (c.type == EntityType::kLocation && c.begin > 0) {
      const auto& st = sentences[c.sentence];
      if (lexicon.TypeByWordBefore(LowerAscii(st.words[c.begin - 1])) == EntityType::kOther) {
        ships.insert(Key(st, c.begin, c.end));
      }
    }
    // An organization label on a name ending in a place word ("Latakia
    // Province") is a region: the place word outranks the tagger's guess.
    if (c.type == EntityType::kOrganization && c.end - c.begin >= 2) {
      const auto& st = sentences[c.sentence];
      if (lexicon.TypeByLastWord(st.words[c.end - 1]) == EntityType::kLocation) {
        retyped[Key(st, c.begin, c.end)] = EntityType::kLocation;
      }
    }
    if (c.type != EntityType::kPerson) continue;
    const auto& st = sentences[c.sentence];
    std::string key = Key(st, c.begin, c.end);
    EntityType t = lexicon.TypeByLastWord(st.words[c.end - 1]);
    const bool has_after = c.end < static_cast<int>(st.words.size());
    if (lexicon.SaysPerson(c.begin > 0 ? LowerAscii(st.words[c.begin - 1]) : "",
                           has_after ? LowerAscii(st.words[c.end]) : "")) {
      said_person.insert(key);
    }
    if (t == EntityType::kPerson && c.end - c.begin >= 2 && FirstWordCueCounts(st, c.begin, lexicon)) {
      t = lexicon.TypeByFirstWord(st.words[c.begin]);
      if (t != EntityType::kPerson) by_first_word.insert(key);
    }
    if (t == EntityType::kPerson && c.begin > 0) t = lexicon.TypeByWordBefore(LowerAscii(st.words[c.begin - 1]));
    // Persons take no article: "the Vega Dawn near Izmail" is a ship, a
    // vehicle or a work, which the tagger's scheme calls other (MISC).
    bool after_the = c.begin > 0 && (st.words[c.begin - 1] == "the" || st.words[c.begin - 1] == "The");
    if (t == EntityType::kPerson && after_the && c.end - c.begin >= 2) t = EntityType::kOther;
    if (t == EntityType::kPerson && PlaceAppositive(st, c.end)) t = EntityType::kLocation;
    // A model number is no one's name: "Antonov An-124", "S-400".
    if (t == EntityType::kPerson && HasDigit(st.words[c.end - 1])) t = EntityType::kOther;
    if (t != EntityType::kPerson) { retyped[key] = t; continue; }
    if (c.end - c.begin != 1 || surnames.contains(key)) continue;
    Lone& l = lone[key];
    if (InPlaceContext(st, c.begin)) {
      ++l.place_contexts;
      l.after_the |= st.words[c.begin - 1] == "the" || st.words[c.begin - 1] == "The";
    } else if (CoordinatedWithPlace(st, c, places)) {
      ++l.place_contexts;
    } else {
      ++l.others;
    }
  }
  for (const auto& [key, l] : lone) {
    if (l.others == 0 && l.place_contexts > 0 && (l.after_the || lexicon.IsPlaceName(LowerAscii(key)))) {
      retyped.emplace(key, EntityType::kLocation);
    }
  }
  for (const std::string& key : said_person) {
    if (by_first_word.contains(key)) retyped.erase(key);
  }
  if (retyped.empty() && ships.empty()) return;
  for (Chunk& c : *chunks) {
    if (c.type == EntityType::kLocation && ships.contains(Key(sentences[c.sentence], c.begin, c.end))) {
      c.type = EntityType::kOther;
    }
    if (c.type != EntityType::kPerson && c.type != EntityType::kOrganization) continue;
    auto it = retyped.find(Key(sentences[c.sentence], c.begin, c.end));
    // Organization labels give way only to a place word (above).
    if (it != retyped.end() && (c.type == EntityType::kPerson || it->second == EntityType::kLocation)) {
      c.type = it->second;
    }
  }
}

// First upper-case ASCII letter of a word ("al-Sham" -> 'S'), or 0.
char Initial(std::string_view w) {
  for (char ch : w) if (ch >= 'A' && ch <= 'Z') return ch;
  return 0;
}

bool IsAcronymWord(std::string_view w) {
  return w.size() >= 2 && w.size() <= 8 &&
         std::all_of(w.begin(), w.end(), [](char ch) { return ch >= 'A' && ch <= 'Z'; });
}

// Start of the name whose initials spell `acr`, ending just before token `end`
// (lower-case particles such as "al" skipped), or -1.
int NameStartForAcronym(const SentenceTokens& st, int end, std::string_view acr) {
  int k = end - 1, letter = static_cast<int>(acr.size()) - 1;
  while (k >= 0 && letter >= 0) {
    std::string_view w = st.words[k];
    if (!IsCapitalized(w) && (Initial(w) == 0 || w.find('-') == std::string_view::npos)) {
      if (w.size() > 3) return -1;  // only short particles ("al", "el", "of") inside a name
      --k;
      continue;
    }
    if (Initial(w) != acr[letter]) return -1;
    --letter;
    --k;
  }
  return letter < 0 ? k + 1 : -1;
}

// "Name (ACR)": the words before the parentheses whose initials spell ACR become
// one mention, whatever pieces the tagger cut; persons have no acronyms, so a
// person/other label becomes organization (a place or outlet keeps its type).
void MarkAcronyms(const std::vector<SentenceTokens>& sentences, std::vector<Chunk>* chunks) {
  std::vector<Chunk> added;
  std::vector<std::pair<uint32_t, std::pair<int, int>>> replaced;
  for (uint32_t s = 0; s < sentences.size(); ++s) {
    const auto& st = sentences[s];
    for (int j = 1; j + 2 < static_cast<int>(st.words.size()) + 0; ++j) {
      if (st.words[j] != "(" || st.words[j + 2] != ")" || !IsAcronymWord(st.words[j + 1])) continue;
      int end = j;  // a closing quote may sit between the name and "(ACR)"
      while (end > 0 && Initial(st.words[end - 1]) == 0 && !IsCapitalized(st.words[end - 1]) &&
             st.words[end - 1].size() <= 3 && !std::isalnum(static_cast<unsigned char>(st.words[end - 1][0]))) --end;
      int start = NameStartForAcronym(st, end, st.words[j + 1]);
      if (start < 0) continue;
      EntityType type = EntityType::kOrganization;
      for (const Chunk& c : *chunks) {
        if (c.sentence == s && c.begin >= start && c.end <= end &&
            (c.type == EntityType::kLocation || c.type == EntityType::kMedia)) type = c.type;
      }
      replaced.push_back({s, {start, j + 2}});
      added.push_back({s, start, end, type, 0.8f});
      added.push_back({s, j + 1, j + 2, type, 0.8f});
    }
  }
  std::erase_if(*chunks, [&](const Chunk& c) {
    for (const auto& [s, range] : replaced) {
      if (c.sentence == s && c.begin < range.second && range.first < c.end) return true;
    }
    return false;
  });
  chunks->insert(chunks->end(), added.begin(), added.end());
}

// A facility's core name used alone ("Khmeimim" after "Khmeimim Air Base", or a
// supplement facility) is the facility, whatever the tagger said.
void MarkFacilityCores(const std::vector<SentenceTokens>& sentences, const EntityLexicon& lexicon,
                       std::vector<Chunk>* chunks) {
  absl::flat_hash_map<std::string, EntityType> cores;
  // "Russian" of "Russian Embassy" is an adjective the tagger calls MISC: a
  // core the document also uses as `other` is not the facility's name.
  absl::flat_hash_set<std::string> adjectives;
  for (const Chunk& c : *chunks) {
    if (c.type == EntityType::kOther) adjectives.insert(Key(sentences[c.sentence], c.begin, c.end));
  }
  for (const Chunk& c : *chunks) {
    if (c.type != EntityType::kFacility) continue;
    const auto& st = sentences[c.sentence];
    std::vector<std::string_view> words(st.words.begin() + c.begin, st.words.begin() + c.end);
    std::string core = lexicon.FacilityCore(words);
    if (!core.empty() && !lexicon.IsPlaceName(LowerAscii(core)) && !adjectives.contains(core)) {
      cores[core] = EntityType::kFacility;
    }
  }
  for (Chunk& c : *chunks) {
    if (c.type == EntityType::kMedia) continue;
    std::string key = Key(sentences[c.sentence], c.begin, c.end);
    if (cores.contains(key) || lexicon.IsFacilityCore(LowerAscii(key))) c.type = EntityType::kFacility;
  }
  AddRepeats(sentences, cores, chunks);
}

void MarkScriptPlaces(const std::vector<SentenceTokens>& sentences, const EntityLexicon& lexicon,
                      std::vector<Chunk>* chunks) {
  auto covered = Coverage(sentences, *chunks);
  for (uint32_t s = 0; s < sentences.size(); ++s) {
    for (int i = 0; i < static_cast<int>(sentences[s].words.size()); ++i) {
      std::string_view w = sentences[s].words[i];
      if (!covered[s][i] && IsCapitalized(w) && lexicon.IsScriptPlace(w)) {
        chunks->push_back({s, i, i + 1, EntityType::kLocation, 0.8f});
      }
    }
  }
}

// "Minister ... of Ukraine Vitaliy Koval": the tagger runs a country and the
// name after it into one chunk. A chunk of three or more words that starts with
// a country's name and goes on capitalized is the country, then the rest: when
// the chunk was a person (no one's first name is a country's full name), or a
// place whose last word names a person elsewhere in the document ("Koval
// said").
void SplitCountryPrefix(const std::vector<SentenceTokens>& sentences, const EntityLexicon& lexicon,
                        std::vector<Chunk>* chunks) {
  absl::flat_hash_set<std::string_view> person_last_words;
  for (const Chunk& c : *chunks) {
    if (c.type == EntityType::kPerson) person_last_words.insert(sentences[c.sentence].words[c.end - 1]);
  }
  std::vector<Chunk> places;
  for (Chunk& c : *chunks) {
    if (c.end - c.begin < 3) continue;
    const auto& st = sentences[c.sentence];
    const bool person = c.type == EntityType::kPerson;
    const bool place_then_person = c.type == EntityType::kLocation &&
                                   person_last_words.contains(st.words[c.end - 1]);
    if (!(person || place_then_person) || !lexicon.IsCountryName(LowerAscii(st.words[c.begin])) ||
        !IsCapitalized(st.words[c.begin + 1])) {
      continue;
    }
    places.push_back({c.sentence, c.begin, c.begin + 1, EntityType::kLocation, c.confidence});
    ++c.begin;
    c.type = EntityType::kPerson;
  }
  chunks->insert(chunks->end(), places.begin(), places.end());
}

}  // namespace

void RefineChunks(const std::vector<SentenceTokens>& sentences, const EntityLexicon& lexicon,
                  std::string_view text, std::vector<Chunk>* chunks) {
  SortChunks(chunks);
  JoinDemonymOrganizations(sentences, lexicon, chunks);
  TakePlaceHeads(sentences, lexicon, chunks);
  Consistency(sentences, chunks);
  SplitCountryPrefix(sentences, lexicon, chunks);
  RetypePersons(sentences, lexicon, chunks);
  MarkKnownOrganizations(sentences, lexicon, text, chunks);
  MarkMedia(sentences, lexicon, text, chunks);
  MarkAcronyms(sentences, chunks);
  MarkFacilities(sentences, lexicon, chunks);
  MarkFacilityCores(sentences, lexicon, chunks);
  std::erase_if(*chunks, [&](const Chunk& c) {
    return c.end - c.begin == 1 && lexicon.IsNotName(sentences[c.sentence].words[c.begin]);
  });
  MarkScriptPlaces(sentences, lexicon, chunks);
  SortChunks(chunks);
}

}  // namespace storyline::entities
