// Source phrases (see source_finder.h). Backwards from a cue: past up to
// three adverbs; a parenthesis ("(R-Utah)") stays in the annotated source; a
// comma before the cue means an appositive, tried as a name between commas
// (", Robby Mook,"), then as the noun phrase that opens the sentence and ends
// at its first comma, then as ", a …," / ", who …," / ", seen by …," after a
// subject. Each measured on the PolNeAR train split (data/quotes/README.md).
#include "src/extract/quotes/source_finder.h"

#include <algorithm>
#include <string>

#include "src/extract/quotes/cue_matcher.h"
#include "src/extract/quotes/noun_phrase.h"

namespace storyline::quotes {
namespace {

bool Empty(TokenRange r) { return r.end <= r.begin; }
bool Is(const DocView& v, int i, TokenKind k) { return v.tok(i).kind == k; }

// ", Robby Mook," between two commas: one to four capitalised words.
bool IsNameAppositive(const DocView& v, int first, int end) {
  if (end - first < 1 || end - first > 4) return false;
  for (int i = first; i < end; ++i) {
    if (!Is(v, i, TokenKind::kWord) || !v.tok(i).capitalized || IsVerbCueWord(v, i)) return false;
  }
  return true;
}

// ", however,", ", on the other hand,", ", writing in the Times,": the
// writer's aside between a source and its cue, not the source's description
// (which opens with a noun, a name, a number, "a", "who"). Measured on the
// PolNeAR train split: source exact F1 +0.006.
bool OpensAside(const DocView& v, int i) {
  const Token& t = v.tok(i);
  if (t.kind != TokenKind::kWord || t.capitalized) return false;
  // ", according to X," is a relay of its own (its own cue), not an aside.
  if (t.lower == "who" || t.lower == "whose" || t.lower == "whom" || t.lower == "which" ||
      t.lower == "according") {
    return false;
  }
  static const char* const kAsides[] = {"for", "of", "at", "without", "during", "only", "almost",
                                        "even", "too", "though", "instead", "indeed", "like", "unlike"};
  for (const char* w : kAsides) if (t.lower == w) return true;
  return v.lexicon->IsNpStop(t.lower) || v.lexicon->IsCueAdverb(t.lower) ||
         (t.lower.size() > 4 && (t.lower.ends_with("ly") || t.lower.ends_with("ing")));
}

// "Anne Richards, assistant secretary of state for population, refugees, and
// migration, said" / "“…,” Harry Bond, 30, of Raleigh, who was polled, said":
// the noun phrase that opens the sentence (or follows a fronted quote) and
// ends at its first comma, with everything up to the cue as its extent.
// Forty tokens: the longest such stretch seen in PolNeAR train.
constexpr int kLongAppositive = 40;
TokenRange LeadingSubject(const DocView& v, TokenRange sent, int cb, Attribution* a) {
  int start = sent.begin;
  for (int i = std::max(sent.begin, cb - kLongAppositive); i < cb; ++i) {
    if (v.ClosesQuote(i)) start = i + 1;
  }
  while (start < cb && (Is(v, start, TokenKind::kComma) || v.InClosingMark(start))) ++start;
  if (cb - start > kLongAppositive || start >= cb || !v.tok(start).capitalized) return {cb, cb};
  int end = start;
  while (end < cb - 1 && !Is(v, end, TokenKind::kComma)) ++end;
  if (end >= cb - 1 || end == start) return {cb, cb};
  int np_end = end;
  if (Is(v, end - 1, TokenKind::kCloseParen)) {  // "Gov. John Kasich (R-OH), said"
    while (np_end > start && end - np_end < 10 && !Is(v, np_end, TokenKind::kOpenParen)) --np_end;
    if (!Is(v, np_end, TokenKind::kOpenParen)) return {cb, cb};
  }
  const TokenRange subject = SubjectBefore(v, start, np_end);
  if (subject.begin != start || subject.end != np_end) return {cb, cb};
  if (!OpensAside(v, end + 1)) a->source_extent = {start, cb};
  return subject;
}

bool IsAdverb(const DocView& v, int i) {
  const Token& t = v.tok(i);
  return t.kind == TokenKind::kWord &&
         (v.lexicon->IsCueAdverb(t.lower) || (!t.capitalized && t.lower.size() > 4 && t.lower.ends_with("ly")));
}

// The source before a cue, looking past ", citing Y," and appositives
// (", a member of …,", ", who …,") that separate it from its verb.
TokenRange SourceBeforeCue(const DocView& v, TokenRange sent, int cb, Attribution* a) {
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
  if (p > sent.begin && Is(v, p, TokenKind::kComma) && IsNameAppositive(v, p + 1, cb - 1)) {
    // "Her campaign manager, Robby Mook, suggested": the name speaks; the
    // annotated source is the whole "description, name," stretch.
    TokenRange description = SubjectBefore(v, sent.begin, p);
    a->source_extent = {Empty(description) ? p + 1 : description.begin, cb};
    return {p + 1, cb - 1};
  }
  const TokenRange leading = LeadingSubject(v, sent, cb, a);
  if (!Empty(leading)) return leading;
  if (p <= sent.begin || !Is(v, p, TokenKind::kComma)) return {cb, cb};
  const Token& lead = v.tok(p + 1);
  if (IsCueOfKind(v, p + 1, cb, CueKind::kCiting)) {
    TokenRange y = PhraseAfter(v, p + 2, cb - 1);
    if (!Empty(y)) a->cited.push_back(y);
  } else if (OpensAside(v, p + 1) && !IsParticipleLead(lead)) {
    return SubjectBefore(v, sent.begin, p);
  } else if (!(lead.lower == "a" || lead.lower == "an" || lead.lower == "the" ||
               lead.lower == "who" || lead.lower == "which" || IsParticipleLead(lead) ||
               (cb - p <= 9 && p > sent.begin && v.tok(p - 1).capitalized))) {
    return {cb, cb};  // ", Sanders’ campaign manager," after a name is an appositive too
  }
  TokenRange subject = SubjectBefore(v, sent.begin, p);
  if (!Empty(subject) && !IsCueOfKind(v, p + 1, cb, CueKind::kCiting)) a->source_extent = {subject.begin, cb};
  return subject;
}

}  // namespace

bool IsParticiple(const Token& t) { return t.lower.size() > 4 && t.lower.ends_with("ing"); }

bool IsParticipleLead(const Token& t) {
  if (t.capitalized) return false;
  return t.lower == "seen" || t.lower == "written" || t.lower == "known" || t.lower == "given" ||
         t.lower == "shown" || t.lower == "taken" || (t.lower.size() > 4 && t.lower.ends_with("ed"));
}

TokenRange SourceBefore(const DocView& v, TokenRange sent, int cb, Attribution* a) {
  int c = cb;
  while (c - 1 > sent.begin && cb - c < 3 && IsAdverb(v, c - 1)) --c;
  if (c < cb && Is(v, c - 1, TokenKind::kComma)) {
    TokenRange r = SourceBeforeCue(v, sent, c, a);
    if (!Empty(r)) return r;
    a->source_extent = {};
  }
  return SourceBeforeCue(v, sent, cb, a);
}

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

bool NonSpeakingSource(const DocView& v, TokenRange sent, const Attribution& a) {
  TokenRange phrase = a.source;
  if (phrase.end - phrase.begin == 1 && v.IsWord(phrase.begin, "which") && phrase.begin - 1 > sent.begin &&
      Is(v, phrase.begin - 1, TokenKind::kComma)) {
    phrase = SubjectBefore(v, sent.begin, phrase.begin - 1);
  }
  int head = phrase.end - 1;
  for (int i = phrase.begin + 1; i < phrase.end; ++i) {
    const std::string& w = v.tok(i).lower;
    if (w == "of" || w == "from" || w == "for" || w == "in" || w == "at" || w == "near" || w == "on") { head = i - 1; break; }
  }
  return !Empty(phrase) && v.lexicon->IsNonSpeakerHead(v.tok(head).lower);
}

}  // namespace storyline::quotes
