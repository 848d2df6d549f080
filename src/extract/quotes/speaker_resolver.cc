// Speaker resolution, in three passes over a document's attributions:
//  1. Name each source phrase: an outlet of the lexicon; else a person mention
//     from the entity stage inside it; else, when it has an anonymous head
//     ("official", "sources") not followed by a name, the description itself,
//     flagged anonymous; else the last capitalised run after any title
//     ("Syria’s UN Ambassador | Koussay Aldahhak").
//  2. Expand a lone surname to the fuller name another attribution used, and
//     resolve pronouns: he/she to the nearest earlier named person, they/them
//     to the nearest earlier plural source (so anonymous stays anonymous).
//  3. Chains: the chain of the attribution whose content holds this cue, then
//     the outlet spoken to, the speaker, and whom the speaker cites. A sentence
//     that relays one outlet through another ("according to A, this was
//     reported by B") sets a relay context that prefixes later named sources.
#include "src/extract/quotes/speaker_resolver.h"

#include <algorithm>
#include <unordered_map>

#include "src/extract/quotes/chain_builder.h"
#include "src/extract/quotes/noun_phrase.h"

namespace storyline::quotes {
namespace {

// How many earlier attributions a pronoun may reach back to: its antecedent
// is near, and an article of a hundred thousand "he said" stays linear.
constexpr size_t kMaxLookBack = 64;

bool Empty(TokenRange r) { return r.end <= r.begin; }

std::string RangeText(const DocView& v, TokenRange r) {
  return std::string(v.Text(v.Span(r.begin, r.end)));
}

// "the Vega Dawn": a capitalised word before it makes an outlet's name
// ("Dawn") part of another name; "Britain's BBC" and "The Guardian" do not.
bool InsideLongerName(const DocView& v, TokenRange r, int i) {
  if (i == r.begin || v.tok(i - 1).kind != TokenKind::kWord || !v.tok(i - 1).capitalized) return false;
  const std::string& w = v.tok(i - 1).lower;
  return w != "the" && !w.ends_with("'s") && !w.ends_with("\xE2\x80\x99s");
}

bool FindOutletIn(const DocView& v, TokenRange r, Speaker* sp) {
  if (r.end - r.begin == 1 && LooksLikeSite(v.Text(v.tok(r.begin).span))) {
    sp->name = std::string(v.Text(v.tok(r.begin).span));
    sp->outlet = true;
    return true;
  }
  for (int i = r.begin; i < r.end; ++i) {
    const OutletEntry* e = nullptr;
    if (InsideLongerName(v, r, i)) continue;
    if (OutletAt(v, i, r.end, &e) > 0) {
      sp->name = e->name;
      sp->outlet = true;
      return true;
    }
  }
  return false;
}

bool FindPersonMention(const DocView& v, TokenRange r, Speaker* sp) {
  // Only a mention that ends the phrase: in news the name closes the source
  // phrase ("Deputy Minister X"), and a person mention elsewhere in it is more
  // likely a tagging slip than the speaker.
  ByteSpan span = v.Span(r.begin, r.end);
  const Mention* best = nullptr;
  for (const Mention& m : v.analysis->mentions) {
    if (span.Contains(m.span) && m.span.end == span.end && m.type == EntityType::kPerson) best = &m;
  }
  if (best == nullptr) return false;
  sp->name = std::string(v.Text(best->span));
  sp->person = true;
  return true;
}

bool MarkAnonymous(const DocView& v, TokenRange r, Speaker* sp) {
  for (int i = r.begin; i < r.end; ++i) {
    if (!v.lexicon->IsAnonymousHead(v.tok(i).lower) || (v.tok(i).capitalized && i > r.begin)) continue;
    if (i + 1 < r.end && v.tok(i + 1).capitalized) return false;  // "spokeswoman Haley Morris"
    sp->anonymous = true;
    sp->name = RangeText(v, r);
    sp->plural = v.tok(i).lower.back() == 's' || v.tok(i).lower == "people";
    return true;
  }
  return false;
}

bool IsPrepositionWord(const std::string& w) {
  return w == "of" || w == "into" || w == "near" || w == "for" || w == "from" || w == "in" || w == "at" ||
         w == "on" || w == "about" || w == "by" || w == "with" || w == "over";
}

bool IsCapitalName(const DocView& v, int i) {
  const std::string& w = v.tok(i).lower;
  return v.tok(i).capitalized && w != "the" && w != "a" && w != "an" && w != "this" &&
         w != "these" && w != "those" && w != "another";
}

// The last run of capitalised words (linked by "of", "for", "the": "Ministry
// of Foreign Affairs"), cut after its last title word ("Syria’s UN Ambassador
// | Koussay Aldahhak"); a titled run that continues after "of" keeps only its
// last two words ("Minister of Agrarian Policy of Ukraine | Vitaliy Koval").
void NameFromCapitals(const DocView& v, TokenRange r, Speaker* sp) {
  int end = r.end;
  while (end > r.begin && !IsCapitalName(v, end - 1)) --end;
  int begin = end;
  while (begin > r.begin) {
    if (IsCapitalName(v, begin - 1)) { --begin; continue; }
    int link = begin - 1;
    while (link > r.begin && (v.IsWord(link, "of") || v.IsWord(link, "for") || v.IsWord(link, "the"))) --link;
    if (link == begin - 1 || !IsCapitalName(v, link)) break;
    begin = link;
  }
  bool titled = false;
  for (int i = r.begin; i < end; ++i) {
    if (v.lexicon->IsTitle(v.tok(i).lower)) { titled = true; begin = std::max(begin, i + 1); }
  }
  bool after_of = false;
  while (begin < end && !IsCapitalName(v, begin)) { after_of |= v.IsWord(begin, "of"); ++begin; }
  // No name, or a name inside a description ("satellite images from January"):
  // the phrase itself.
  if (begin >= end || (end < r.end && !titled)) { sp->name = RangeText(v, r); return; }
  // "An investigation into the grounding of the Vega Dawn": a name inside a
  // prepositional phrase is not the source's head; the phrase itself is.
  int before = begin - 1;
  while (before > r.begin && (v.IsWord(before, "the") || v.IsWord(before, "a") || v.IsWord(before, "an"))) --before;
  if (!titled && before >= r.begin && IsPrepositionWord(v.tok(before).lower)) { sp->name = RangeText(v, r); return; }
  if (titled && after_of && end - begin >= 3) begin = end - 2;
  sp->name = RangeText(v, {begin, end});
  sp->person = titled || end - begin <= 3;
}

Speaker NameSource(const DocView& v, TokenRange r) {
  Speaker sp;
  if (Empty(r)) return sp;
  sp.span = v.Span(r.begin, r.end);
  if (r.end - r.begin == 1 && r.begin >= 2 && v.tok(r.begin - 1).kind == TokenKind::kComma &&
      (v.tok(r.begin).lower == "who" || v.tok(r.begin).lower == "which")) {
    // "Beck, who said …": named after the phrase before the comma.
    Speaker named = NameSource(v, SubjectBefore(v, std::max(0, r.begin - 13), r.begin - 1));
    named.span = sp.span;
    return named;
  }
  if (FindOutletIn(v, r, &sp) || FindPersonMention(v, r, &sp) || MarkAnonymous(v, r, &sp)) return sp;
  NameFromCapitals(v, r, &sp);
  return sp;
}

const PronounKind* PronounOf(const DocView& v, TokenRange r) {
  if (r.end - r.begin != 1) return nullptr;
  return v.lexicon->FindPronoun(v.tok(r.begin).lower);
}

using FullNames = std::unordered_map<std::string, std::string>;

// "Title First Surname" anywhere in the text: surname -> "First Surname". One
// pass over the tokens, only for documents that need it.
FullNames TitledFullNames(const DocView& v) {
  FullNames names;
  for (int i = 2; i < static_cast<int>(v.tokens.size()); ++i) {
    const Token& first = v.tok(i - 1);
    if (!v.tok(i).capitalized || !first.capitalized || v.lexicon->IsTitle(first.lower)) continue;
    if (!v.lexicon->IsTitle(v.tok(i - 2).lower)) continue;
    names.emplace(std::string(v.Text(v.tok(i).span)), std::string(v.Text(v.Span(i - 1, i + 1))));
  }
  return names;
}

// Surname -> the first fuller person name of the document's speakers that
// ends with it, built once: a lookup per attribution instead of a scan.
FullNames SpeakerFullNames(const std::vector<ResolvedAttribution>& all) {
  FullNames names;
  for (const ResolvedAttribution& r : all) {
    const std::string& full = r.speaker.name;
    const size_t space = full.rfind(' ');
    if (r.speaker.person && space != std::string::npos && space + 1 < full.size()) {
      names.emplace(full.substr(space + 1), full);
    }
  }
  return names;
}

void ExpandSurname(const DocView& v, const FullNames& speakers, std::optional<FullNames>* titled, Speaker* sp) {
  if (!sp->person || sp->name.find(' ') != std::string::npos) return;
  if (auto it = speakers.find(sp->name); it != speakers.end()) { sp->name = it->second; return; }
  if (!titled->has_value()) *titled = TitledFullNames(v);
  auto it = (*titled)->find(sp->name);
  if (it != (*titled)->end()) sp->name = it->second;
}

constexpr int kNameLookBack = 400;  // tokens: about two paragraphs

// The entity stage's person mentions ordered by end offset (ties in mention
// order), built once per document so that each pronoun binary-searches it
// instead of scanning every mention (attributions x mentions).
std::vector<const Mention*> PersonMentionsByEnd(const DocView& v) {
  std::vector<const Mention*> persons;
  for (const Mention& m : v.analysis->mentions) {
    if (m.type == EntityType::kPerson) persons.push_back(&m);
  }
  std::stable_sort(persons.begin(), persons.end(),
                   [](const Mention* a, const Mention* b) { return a->span.end < b->span.end; });
  return persons;
}

// The nearest named person before token `at` in the text itself: a person
// mention of the entity stage (the one ending last before it), else a
// capitalised run right after a title ("Minister Olga Marchenko"). Returns its
// first token index, or -1.
int NamedPersonBefore(const DocView& v, const std::vector<const Mention*>& persons, int at, std::string* name) {
  uint32_t limit = v.tok(at).span.begin;
  auto after = std::upper_bound(persons.begin(), persons.end(), limit,
                                [](uint32_t l, const Mention* m) { return l < m->span.end; });
  const Mention* best = after == persons.begin() ? nullptr : *(after - 1);
  if (best != nullptr) {
    *name = std::string(v.Text(best->span));
    auto it = std::lower_bound(v.tokens.begin(), v.tokens.end(), best->span.begin,
                               [](const Token& t, uint32_t b) { return t.span.begin < b; });
    return static_cast<int>(it - v.tokens.begin());
  }
  for (int e = at - 1; e > 0 && at - e < kNameLookBack; --e) {
    if (!v.tok(e).capitalized || v.lexicon->IsTitle(v.tok(e).lower)) continue;
    int b = e;
    while (b > 0 && v.tok(b - 1).capitalized && !v.lexicon->IsTitle(v.tok(b - 1).lower)) --b;
    if (b > 0 && v.lexicon->IsTitle(v.tok(b - 1).lower) && e - b <= 2) {
      *name = std::string(v.Text(v.Span(b, e + 1)));
      return b;
    }
    e = b;
  }
  return -1;
}

// "It said": the organisation or outlet that spoke last in this or the
// previous paragraph; else no name, because "It" names nobody.
void ResolveIt(const DocView& v, std::vector<ResolvedAttribution>* all, size_t i) {
  ResolvedAttribution& r = (*all)[i];
  r.speaker.name.clear();
  for (size_t j = i; j-- > 0 && i - j <= kMaxLookBack;) {
    const Speaker& prev = (*all)[j].speaker;
    int gap = v.token_paragraph[r.attribution.cue.begin] - v.token_paragraph[(*all)[j].attribution.cue.begin];
    if (gap > 1) return;
    if (prev.name.empty() || prev.person || prev.anonymous || prev.plural) continue;
    r.speaker.name = prev.name;
    r.speaker.outlet = prev.outlet;
    return;
  }
}

void ResolvePronoun(const DocView& v, const std::vector<const Mention*>& persons,
                    std::vector<ResolvedAttribution>* all, size_t i) {
  ResolvedAttribution& r = (*all)[i];
  const PronounKind* kind = PronounOf(v, r.attribution.source);
  if (kind != nullptr && *kind == PronounKind::kThing) return ResolveIt(v, all, i);
  if (kind == nullptr || (*kind != PronounKind::kPerson && *kind != PronounKind::kPlural)) return;
  r.speaker.name.clear();
  r.speaker.person = false;
  std::string text_name;
  int text_at =
      *kind == PronounKind::kPerson ? NamedPersonBefore(v, persons, r.attribution.source.begin, &text_name) : -1;
  for (size_t j = i; j-- > 0 && i - j <= kMaxLookBack;) {
    const Speaker& prev = (*all)[j].speaker;
    bool fits = *kind == PronounKind::kPerson ? prev.person && !prev.anonymous
                                              : prev.plural || prev.outlet;
    if (!fits || prev.name.empty()) continue;
    // A speaker of this or the previous paragraph wins over any name in the
    // text (the paragraph is about its speaker); further back, the nearer wins.
    int gap = v.token_paragraph[r.attribution.cue.begin] - v.token_paragraph[(*all)[j].attribution.cue.begin];
    if (*kind == PronounKind::kPlural && gap > 1) break;  // "they" rarely reaches further back
    if (gap > 1 && text_at > (*all)[j].attribution.source.begin) break;
    r.speaker.name = prev.name;
    r.speaker.anonymous = prev.anonymous;
    r.speaker.person = prev.person;
    r.speaker.plural = prev.plural;
    return;
  }
  if (text_at >= 0) {
    r.speaker.name = text_name;
    r.speaker.person = true;
  }
}

}  // namespace

std::vector<ResolvedAttribution> ResolveSpeakers(const DocView& v,
                                                 std::vector<Attribution> attributions) {
  std::vector<ResolvedAttribution> all;
  all.reserve(attributions.size());
  for (Attribution& a : attributions) {
    Speaker sp = NameSource(v, a.source);
    all.push_back({std::move(a), std::move(sp), {}});
  }
  std::optional<FullNames> titled;
  const FullNames speakers = SpeakerFullNames(all);
  for (auto& r : all) ExpandSurname(v, speakers, &titled, &r.speaker);
  const std::vector<const Mention*> persons = PersonMentionsByEnd(v);
  for (size_t i = 0; i < all.size(); ++i) ResolvePronoun(v, persons, &all, i);
  BuildChains(v, &all);
  return all;
}

}  // namespace storyline::quotes
