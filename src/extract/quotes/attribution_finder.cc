// Attribution rules, one cue at a time (see attribution_finder.h for the shapes).
// Content: a quote opened right after the cue (", “…”"), else a that-clause
// within eight tokens of the cue, else — when the source follows a comma or a
// closing quote and at most six words follow the cue ("…,” Peskov told
// reporters.") — the quote or clause before the source, else the rest of the
// sentence. Eight and six: the longest addressee-plus-date stretch ("told
// Russian state media RT on Friday that") seen in the seeds and PolNeAR train.
#include "src/extract/quotes/attribution_finder.h"

#include <algorithm>

#include "src/extract/quotes/cue_matcher.h"
#include "src/extract/quotes/noun_phrase.h"

namespace storyline::quotes {
namespace {

constexpr int kThatWindow = 8;
constexpr int kFrontedTail = 6;
constexpr int kClauseWindow = 25;  // an appositive ", who also serves as …," fits

bool Empty(TokenRange r) { return r.end <= r.begin; }
bool IsParticiple(const Token& t) { return t.lower.size() > 4 && t.lower.ends_with("ing"); }
bool Is(const DocView& v, int i, TokenKind k) { return v.tok(i).kind == k; }

bool IsCueOfKind(const DocView& v, int i, int end, CueKind kind) {
  if (i >= end || !v.lexicon->StartsCue(v.tok(i).lower)) return false;  // the usual case, without allocating
  for (const CueMatch& c : FindCues(v, {i, std::min(end, i + 3)})) {
    if (c.tokens.begin == i) return c.kind == kind;
  }
  return false;
}

// Last token index of the sentence's text, without its final punctuation, and
// cut before a trailing ", according to …".
int ContentEnd(const DocView& v, TokenRange sent, int from) {
  for (int i = from; i + 1 < sent.end; ++i) {
    if (Is(v, i, TokenKind::kComma) && IsCueOfKind(v, i + 1, sent.end, CueKind::kAccording)) return i;
  }
  int end = sent.end;
  while (end > from && (Is(v, end - 1, TokenKind::kStop) || Is(v, end - 1, TokenKind::kComma))) --end;
  return end;
}

void SetContent(const DocView& v, int first, int end, Attribution* a) {
  while (first < end && (Is(v, first, TokenKind::kComma) || Is(v, first, TokenKind::kColon))) ++first;
  while (end > first && (Is(v, end - 1, TokenKind::kComma) || Is(v, end - 1, TokenKind::kStop))) --end;
  if (end <= first) return;
  a->content = v.Span(first, end);
  int q = v.token_quote[first];
  if (q >= 0 && v.OpensQuote(first) && v.ClosesQuote(end - 1)) {
    a->quote = q;
    a->content = v.quotes[q].inner;
  }
}

void SetQuote(const DocView& v, int token, Attribution* a) {
  a->quote = v.token_quote[token];
  a->content = v.quotes[a->quote].inner;
}

// "C, X said" / "“C,” X said": the quote or clause ending before token `at`.
void Fronted(const DocView& v, TokenRange sent, int at, Attribution* a) {
  int j = at - 1;
  if (j >= sent.begin && Is(v, j, TokenKind::kComma)) --j;
  if (j >= 0 && v.ClosesQuote(j)) return SetQuote(v, j, a);
  if (at - 1 >= sent.begin && Is(v, at - 1, TokenKind::kComma)) SetContent(v, sent.begin, at - 1, a);
}

// ", citing Y" at token i: records Y and returns the token after it (else i).
int SkipCiting(const DocView& v, int i, int limit, Attribution* a) {
  if (i + 1 >= limit || !Is(v, i, TokenKind::kComma)) return i;
  if (!IsCueOfKind(v, i + 1, limit, CueKind::kCiting)) return i;
  TokenRange y = PhraseAfter(v, i + 2, limit);
  if (Empty(y)) return i;
  a->cited.push_back(y);
  int next = y.end;
  while (next < limit && Is(v, next, TokenKind::kQuote)) ++next;
  if (next < limit && Is(v, next, TokenKind::kComma)) ++next;
  return next;
}

// The source before a cue, looking past ", citing Y," and appositives
// (", a member of …,", ", who …,") that separate it from its verb.
TokenRange SourceBefore(const DocView& v, TokenRange sent, int cb, Attribution* a) {
  if (cb - 1 > sent.begin && Is(v, cb - 1, TokenKind::kCloseParen)) {
    // "Gov. Jo Reyes (R-Utah) said": the name before the parenthesis; the
    // annotated source keeps the parenthesis.
    int open = cb - 2;
    while (open > sent.begin && cb - open < 10 && !Is(v, open, TokenKind::kOpenParen)) --open;
    if (open <= sent.begin || !Is(v, open, TokenKind::kOpenParen)) return {cb, cb};
    TokenRange subject = SubjectBefore(v, sent.begin, open);
    if (!Empty(subject)) a->source_extent = {subject.begin, cb};
    return subject;
  }
  if (cb - 1 <= sent.begin || !Is(v, cb - 1, TokenKind::kComma)) return SubjectBefore(v, sent.begin, cb);
  int p = cb - 2;
  while (p > sent.begin && cb - p < kClauseWindow && !Is(v, p, TokenKind::kComma)) --p;
  if (p <= sent.begin || !Is(v, p, TokenKind::kComma)) return {cb, cb};
  const Token& lead = v.tok(p + 1);
  if (IsCueOfKind(v, p + 1, cb, CueKind::kCiting)) {
    TokenRange y = PhraseAfter(v, p + 2, cb - 1);
    if (!Empty(y)) a->cited.push_back(y);
  } else if (!(lead.lower == "a" || lead.lower == "an" || lead.lower == "the" ||
               lead.lower == "who" || lead.lower == "which" ||
               (cb - p <= 9 && p > sent.begin && v.tok(p - 1).capitalized))) {
    return {cb, cb};  // ", Sanders’ campaign manager," after a name is an appositive too
  }
  TokenRange subject = SubjectBefore(v, sent.begin, p);
  if (!Empty(subject) && !IsCueOfKind(v, p + 1, cb, CueKind::kCiting)) a->source_extent = {subject.begin, cb};
  return subject;
}

// "said Jo Doe (R-Utah), a farmer from Leeds.": the source after its cue as
// annotators mark it — with a parenthesis and a trailing appositive up to the
// sentence's end, unless a quote, a participle cue (", adding …") or another
// cue follows.
TokenRange ExtentAfter(const DocView& v, TokenRange sent, TokenRange source) {
  int end = source.end;
  if (end < sent.end && Is(v, end, TokenKind::kOpenParen)) {
    int close = end + 1;
    while (close < sent.end && close - end < 8 && !Is(v, close, TokenKind::kCloseParen)) ++close;
    if (close < sent.end && Is(v, close, TokenKind::kCloseParen)) end = close + 1;
  }
  if (end + 1 < sent.end && Is(v, end, TokenKind::kComma)) {
    int stop = sent.end;
    while (stop > end && (Is(v, stop - 1, TokenKind::kStop) || v.InClosingMark(stop - 1))) --stop;
    // ", referring to …" ends the appositive, its comma included.
    for (int k = end + 2; k + 1 < stop; ++k) {
      if (Is(v, k, TokenKind::kComma) && IsParticiple(v.tok(k + 1)) && IsVerbCueWord(v, k + 1)) { stop = k + 1; break; }
    }
    bool clean = stop - end <= kClauseWindow;
    for (int k = end + 1; k < stop && clean; ++k) {
      clean = !(Is(v, k, TokenKind::kQuote) || Is(v, k, TokenKind::kColon) || IsVerbCueWord(v, k));
    }
    if (clean && stop > end + 1) end = stop;
  }
  return {source.begin, end};
}

bool Framed(Attribution* a) {
  a->complement = true;
  return true;
}

// A quote or that-clause right after the cue; false when there is none.
bool ContentAfter(const DocView& v, TokenRange sent, int after, Attribution* a) {
  int end = ContentEnd(v, sent, after);
  for (int k = after; k < end && k < after + kThatWindow; ++k) {
    if (v.OpensQuote(k) && (k == after || !Is(v, k - 1, TokenKind::kWord))) { SetQuote(v, k, a); return Framed(a); }
    bool punct = Is(v, k, TokenKind::kComma) || Is(v, k, TokenKind::kColon);
    if (punct && k + 1 < end && v.OpensQuote(k + 1)) { SetQuote(v, k + 1, a); return Framed(a); }
    if (v.IsWord(k, "that")) {  // the clause with its "that", as PolNeAR marks it
      SetContent(v, k + 1, end, a);
      if (a->quote < 0) SetContent(v, k, end, a);
      return Framed(a);
    }
    if (Is(v, k, TokenKind::kColon)) { SetContent(v, k + 1, end, a); return Framed(a); }
    if (punct || Is(v, k, TokenKind::kStop) || (k > after && IsVerbCueWord(v, k))) break;
  }
  return false;
}

int WordsBetween(const DocView& v, int from, int end) {
  int n = 0;
  for (int i = from; i < end; ++i) n += Is(v, i, TokenKind::kWord);
  return n;
}

bool TakesObject(const Token& t) {
  return t.lower == "told" || t.lower == "tells" || t.lower == "telling" || t.lower == "informed";
}

// The subject of the sentence's main clause, after a short introduction
// ("On Dec. 15, Russia’s Ministry … issued a statement saying"): up to the
// first stop word or past-tense verb.
TokenRange SubjectAtStart(const DocView& v, TokenRange sent, int cb) {
  int first = sent.begin;
  for (int i = sent.begin; i < cb && i < sent.begin + 6; ++i) {
    if (Is(v, i, TokenKind::kComma)) first = i + 1;
  }
  int last = first;
  for (int i = first; i < cb; ++i) {
    const Token& t = v.tok(i);
    bool past = !t.capitalized && t.lower.size() > 3 && t.lower.ends_with("ed");
    if (t.kind != TokenKind::kWord || v.lexicon->IsNpStop(t.lower) || IsVerbCueWord(v, i) || past) break;
    last = i + 1;
  }
  return {first, last};
}

// Index of the first comma or stop at or after `from`, else `end`.
int NextComma(const DocView& v, int from, int end) {
  while (from < end && !Is(v, from, TokenKind::kComma) && !Is(v, from, TokenKind::kStop)) ++from;
  return from;
}

// "…, adding that …": the participle speaks for the clause's subject.
void ParticipleAttribution(const DocView& v, TokenRange sent, const Attribution* previous,
                           Attribution* a) {
  a->source = previous != nullptr ? previous->source : SubjectAtStart(v, sent, a->cue.begin);
  if (previous != nullptr) a->source_extent = previous->source_extent;
  if (ContentAfter(v, sent, a->cue.end, a)) return;
  SetContent(v, a->cue.end, ContentEnd(v, sent, a->cue.end), a);
}

// "are said to", "is expected to", "was asked", "it became known": a passive
// reports nobody in particular (annotators give it no source), and its subject is not a speaker.
bool IsPassiveCue(const DocView& v, TokenRange cue) {
  if (cue.end - cue.begin < 2) return false;
  const std::string& be = v.tok(cue.begin).lower;
  if (be == "became" || be == "become" || be == "becomes") return true;  // "it became known that"
  if (!(be == "is" || be == "are" || be == "was" || be == "were" || be == "be" || be == "been")) return false;
  const std::string& w = v.tok(cue.begin + 1).lower;
  return w.ends_with("ed") || w == "said" || w == "thought" || w == "known" || w == "seen" || w == "told";
}

void VerbAttribution(const DocView& v, TokenRange sent, const Attribution* previous,
                     Attribution* a) {
  int cb = a->cue.begin, ce = a->cue.end;
  if (IsPassiveCue(v, a->cue)) return;
  if (IsParticiple(v.tok(cb))) return ParticipleAttribution(v, sent, previous, a);
  int before = cb - 1;
  while (before > sent.begin && v.lexicon->IsCueAdverb(v.tok(before).lower)) --before;
  if (before >= sent.begin && (v.IsWord(before, "and") || v.IsWord(before, "but"))) {
    // "X declined to comment but said …": the first verb's subject.
    a->source = previous != nullptr ? previous->source : SubjectAtStart(v, sent, cb);
    if (!Empty(a->source) && ContentAfter(v, sent, ce, a)) return;
    return SetContent(v, ce, ContentEnd(v, sent, ce), a);
  }
  a->source = SourceBefore(v, sent, cb, a);
  if (Empty(a->source)) {
    bool after_punct = cb > sent.begin && (Is(v, cb - 1, TokenKind::kComma) || v.ClosesQuote(cb - 1));
    if (!after_punct || TakesObject(v.tok(cb))) return;
    a->source = PhraseAfter(v, ce, sent.end);
    // "was to stay “for now”": quoted words after a cue are no speaker.
    if (!Empty(a->source) && v.InsideQuote(a->source.begin)) { a->source = {cb, cb}; return; }
    if (!Empty(a->source)) {
      TokenRange extent = ExtentAfter(v, sent, a->source);
      if (extent.end > a->source.end) a->source_extent = extent;
    }
    return Fronted(v, sent, cb, a);
  }
  int after = SkipCiting(v, ce, sent.end, a);
  if (ContentAfter(v, sent, after, a)) return;
  int s = a->source.begin;
  bool boundary = (s > sent.begin && Is(v, s - 1, TokenKind::kComma)) || (s > 0 && v.ClosesQuote(s - 1));
  // "«C», he said, asking …": a whole quote before the source is the content,
  // not the sentence around it; the split-quote shape "C, he said, D" needs no quote.
  int q = s - 1;
  if (q > sent.begin && Is(v, q, TokenKind::kComma)) --q;
  bool quote_before = q >= sent.begin && v.ClosesQuote(q);
  int end = ContentEnd(v, sent, after);
  if (boundary && !quote_before && after < end && Is(v, after, TokenKind::kComma)) {
    return SetContent(v, sent.begin, end, a);
  }
  int tail = NextComma(v, after, end);
  if (boundary && WordsBetween(v, after, tail) <= kFrontedTail) return Fronted(v, sent, s, a);
  SetContent(v, after, end, a);
}

// ", a representative of the group," after a source: returns the token after it.
int SkipAppositive(const DocView& v, int i, int limit) {
  if (i + 1 >= limit || !Is(v, i, TokenKind::kComma)) return i;
  const std::string& lead = v.tok(i + 1).lower;
  if (lead != "a" && lead != "an" && lead != "the" && lead != "who") return i;
  int close = NextComma(v, i + 1, limit);
  if (close >= limit || !Is(v, close, TokenKind::kComma) || close - i > kClauseWindow) return i;
  return close;
}

void AccordingAttribution(const DocView& v, TokenRange sent, Attribution* a) {
  int cb = a->cue.begin;
  a->source = PhraseAfter(v, a->cue.end, sent.end);
  int after = a->source.end;
  while (after < sent.end && Is(v, after, TokenKind::kQuote)) ++after;
  after = SkipCiting(v, after, sent.end, a);
  after = SkipAppositive(v, after, sent.end);
  bool leading = cb == sent.begin || (Is(v, cb - 1, TokenKind::kComma) && cb - sent.begin <= 5);
  int end = ContentEnd(v, sent, after);
  if (leading && after < end) return SetContent(v, after, end, a);
  if (cb - 1 > sent.begin) SetContent(v, sent.begin, cb - 1, a);
}

// "this was reported by X": the subject between the last comma and the auxiliary.
void PassiveAttribution(const DocView& v, TokenRange sent, Attribution* a) {
  a->source = PhraseAfter(v, a->cue.end, sent.end);
  SkipCiting(v, a->source.end, sent.end, a);  // "was reported by X, citing Y"
  int end = a->cue.begin;
  while (end > sent.begin && (v.IsWord(end - 1, "was") || v.IsWord(end - 1, "is") ||
                              v.IsWord(end - 1, "were") || v.IsWord(end - 1, "been") ||
                              v.IsWord(end - 1, "has") || v.IsWord(end - 1, "have"))) --end;
  if (end > sent.begin && v.IsWord(end - 1, "as")) {  // "C, as reported by X"
    int comma = end - 1;
    if (comma > sent.begin && Is(v, comma - 1, TokenKind::kComma)) --comma;
    return SetContent(v, sent.begin, comma, a);
  }
  int first = end;
  while (first > sent.begin && !Is(v, first - 1, TokenKind::kComma)) --first;
  SetContent(v, first, end, a);
}

bool IsOutletNoun(const std::string& w) {
  return w == "newspaper" || w == "paper" || w == "agency" || w == "broadcaster" || w == "channel" ||
         w == "publication" || w == "magazine" || w == "website" || w == "outlet" || w == "station";
}

// "told the newspaper": the nearest outlet named before the sentence, within
// kOutletLookBack tokens; 0 tokens when there is none.
constexpr int kOutletLookBack = 150;
constexpr int kAddresseeReach = 12;
TokenRange OutletNamedBefore(const DocView& v, int before) {
  for (int i = before - 1; i >= 0 && before - i <= kOutletLookBack; --i) {
    if (v.tok(i).kind != TokenKind::kWord || !v.lexicon->StartsOutlet(v.Text(v.tok(i).span))) continue;
    const OutletEntry* entry = nullptr;
    int n = OutletAt(v, i, before, &entry);
    if (n > 0) return {i, i + n};
  }
  return {before, before};
}

// An outlet the source spoke to: "told Interfax", "to Reuters", "speaking to
// the FT", "told the newspaper" (the one named earlier).
void FindAddressee(const DocView& v, TokenRange sent, Attribution* a) {
  // Near the cue only ("X, speaking to the FT on Monday, said"): a long
  // sentence full of cues must not be read once per cue.
  const int first = std::max(sent.begin, a->cue.begin - kAddresseeReach);
  const int last = std::min(sent.end, a->cue.end + kAddresseeReach);
  for (int i = first; i + 1 < last; ++i) {
    const Token& t = v.tok(i);
    if (!(t.lower == "to" || t.lower == "told" || t.lower == "tells" || t.lower == "telling")) continue;
    if (v.InsideQuote(i) || a->content.Contains(t.span)) continue;
    if (t.lower != "to" && i + 2 < sent.end && v.IsWord(i + 1, "the") && IsOutletNoun(v.tok(i + 2).lower)) {
      TokenRange named = OutletNamedBefore(v, sent.begin);
      if (!Empty(named)) { a->addressee = named; return; }
    }
    // "told Russian state media RT that": the outlet within four words.
    for (int j = i + 1; j < sent.end && j <= i + 4 && Is(v, j, TokenKind::kWord); ++j) {
      if (v.IsWord(j, "that")) break;
      const OutletEntry* entry = nullptr;
      int n = OutletAt(v, j, sent.end, &entry);
      if (n > 0) { a->addressee = {j, j + n}; return; }
    }
  }
}

bool IsCueAuxiliary(const Token& t) {
  static const char* const kAux[] = {"has", "have", "had", "also", "later", "now", "repeatedly",
                                     "previously", "first", "then", "would", "will", "once"};
  for (const char* a : kAux) if (t.lower == a) return true;
  return false;
}

// The cue as annotators mark it: with its auxiliaries ("has also said"), a
// colon that introduces the quote, "in a statement", "called for".
TokenRange ExtendCue(const DocView& v, TokenRange sent, const Attribution& a) {
  TokenRange cue = a.cue;
  while (cue.begin > sent.begin && IsCueAuxiliary(v.tok(cue.begin - 1)) &&
         !(a.source.end > a.source.begin && a.source.end > cue.begin - 1)) --cue.begin;
  if (a.kind != CueKind::kVerb) return cue;
  const std::string& w = v.tok(cue.end - 1).lower;
  if (cue.end < sent.end && Is(v, cue.end, TokenKind::kColon)) return {cue.begin, cue.end + 1};
  if (w.starts_with("call") && cue.end < sent.end && (v.IsWord(cue.end, "for") || v.IsWord(cue.end, "on"))) {
    return {cue.begin, cue.end + 1};
  }
  if (cue.end + 2 < sent.end && v.IsWord(cue.end, "in") && (v.IsWord(cue.end + 1, "a") || v.IsWord(cue.end + 1, "an"))) {
    const std::string& n = v.tok(cue.end + 2).lower;
    if (n == "statement") return {cue.begin, cue.end + 3};  // PolNeAR: yes; "in an interview": no
  }
  return cue;
}

// The learned cues, plus the lexicon's where the model tagged nothing: its
// explicit constructions ("according to", "reported by") and a speech verb
// that introduces a quotation ("confirmed to Reuters, “…”"), which the
// lexicon rules get right more often than a model trained on annotators who
// also mark beliefs and stances.
std::vector<std::pair<CueMatch, bool>> SentenceCues(const DocView& v, TokenRange sent) {
  std::vector<std::pair<CueMatch, bool>> cues;
  for (const CueMatch& c : FindModelCues(v, sent)) cues.push_back({c, false});
  const size_t learned = cues.size();
  for (const CueMatch& c : FindCues(v, sent)) {
    bool overlaps = false;
    for (size_t k = 0; k < learned && !overlaps; ++k) {
      overlaps = cues[k].first.tokens.begin < c.tokens.end && c.tokens.begin < cues[k].first.tokens.end;
    }
    if (!overlaps) cues.push_back({c, true});
  }
  std::sort(cues.begin(), cues.end(), [](const auto& a, const auto& b) {
    return a.first.tokens.begin < b.first.tokens.begin;
  });
  return cues;
}

}  // namespace

std::vector<Attribution> FindAttributions(const DocView& v, int s) {
  TokenRange sent = v.sentences[s];
  std::vector<Attribution> out;
  for (const auto& [cue, from_lexicon] : SentenceCues(v, sent)) {
    Attribution a;
    a.kind = cue.kind;
    a.cue = cue.tokens;
    a.sentence = s;
    a.source = {cue.tokens.begin, cue.tokens.begin};
    const Attribution* previous = out.empty() ? nullptr : &out.back();
    if (cue.kind == CueKind::kVerb) VerbAttribution(v, sent, previous, &a);
    else if (cue.kind == CueKind::kAccording) AccordingAttribution(v, sent, &a);
    else if (cue.kind == CueKind::kPassive) PassiveAttribution(v, sent, &a);
    else continue;  // citing / addressee phrases only qualify other cues
    if (from_lexicon && cue.kind == CueKind::kVerb && !a.complement && a.quote < 0) continue;
    if (Empty(a.source) && a.quote < 0) continue;  // "are said to be": nobody speaks
    if (a.content.empty()) continue;
    FindAddressee(v, sent, &a);
    a.cue = ExtendCue(v, sent, a);
    out.push_back(std::move(a));
  }
  return out;
}

}  // namespace storyline::quotes
