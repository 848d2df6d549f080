// Cue matching: at each word outside a quote, try the 3-, 2- and 1-word phrase
// starting there. A verb cue right after a form of "be" is a passive ("are said
// to be", "is reported to") or an adjective, not somebody speaking, except the
// explicit passive cues ("reported by") that name their source after them.
#include "src/extract/quotes/cue_matcher.h"

#include <algorithm>
#include <string>

namespace storyline::quotes {
namespace {

// A verb cue after a determiner is a noun or adjective: "no reports of",
// "its continued presence".
bool IsDeterminer(const Token& t) {
  static const char* const kDet[] = {"the", "a", "an", "no", "its", "his", "her", "their",
                                     "our", "my", "your", "this", "these", "those", "any",
                                     "some", "many", "several", "such", "of"};
  for (const char* d : kDet) if (t.lower == d) return true;
  return false;
}

// "…, reports surfaced": a plural noun opening a clause, not "X reports".
bool IsNounAfterComma(const DocView& v, int i, int begin) {
  const std::string& w = v.tok(i).lower;
  bool s_form = w == "reports" || w == "notes" || w == "claims" || w == "shows" || w == "statements";
  return s_form && i > begin && v.tok(i - 1).kind == TokenKind::kComma;
}

bool IsBe(const Token& t) {
  return t.lower == "is" || t.lower == "are" || t.lower == "was" || t.lower == "were" ||
         t.lower == "be" || t.lower == "been" || t.lower == "being";
}

// Length in tokens of the longest cue starting at i, 0 if none.
int LongestCue(const DocView& v, int i, int end, CueKind* kind) {
  std::string key;
  int best = 0;
  for (int n = 1; n <= 3 && i + n <= end; ++n) {
    const Token& t = v.tok(i + n - 1);
    if (t.kind != TokenKind::kWord) break;
    if (n > 1) key += ' ';
    key += t.lower;
    if (const CueKind* k = v.lexicon->FindCue(key)) {
      *kind = *k;
      best = n;
    }
  }
  return best;
}

}  // namespace

std::vector<CueMatch> FindCues(const DocView& v, TokenRange sentence) {
  std::vector<CueMatch> cues;
  for (int i = sentence.begin; i < sentence.end; ++i) {
    if (v.tok(i).kind != TokenKind::kWord || !v.lexicon->StartsCue(v.tok(i).hash) || v.InsideQuote(i)) continue;
    CueKind kind = CueKind::kVerb;
    int n = LongestCue(v, i, sentence.end, &kind);
    if (n == 0) continue;
    bool after_be = i > sentence.begin && IsBe(v.tok(i - 1));
    bool after_det = i > sentence.begin && IsDeterminer(v.tok(i - 1));
    if (kind == CueKind::kVerb && (after_be || after_det || IsNounAfterComma(v, i, sentence.begin))) continue;
    cues.push_back({{i, i + n}, kind});
    i += n - 1;
  }
  return cues;
}

// A run stops at a comma, a stop or a quote mark ("reported, citing" is two
// cues, not one) and before a relay word ("citing"), which begins its own.
bool BreaksRun(const DocView& v, int i, int end) {
  const TokenKind k = v.tok(i).kind;
  if (k == TokenKind::kComma || k == TokenKind::kStop || k == TokenKind::kQuote) return true;
  CueKind kind;
  return k == TokenKind::kWord && LongestCue(v, i, end, &kind) > 0 &&
         (kind == CueKind::kCiting || kind == CueKind::kAddressee);
}

bool IsCueOfKind(const DocView& v, int i, int end, CueKind kind) {
  if (i >= end || !v.lexicon->StartsCue(v.tok(i).hash)) return false;  // the usual case, without allocating
  for (const CueMatch& c : FindCues(v, {i, std::min(end, i + 3)})) {
    if (c.tokens.begin == i) return c.kind == kind;
  }
  return false;
}


std::vector<CueMatch> FindModelCues(const DocView& v, TokenRange sentence) {
  const CueModel& model = v.lexicon->cue_model();
  std::vector<CueMatch> cues;
  std::vector<uint64_t> features;
  bool prev = false;
  for (int i = sentence.begin; i < sentence.end; ++i) {
    bool tagged = false;
    if (model.ShouldScore(v, sentence, i, prev)) {
      model.Features(v, sentence, i, prev, &features);
      tagged = model.Score(features) > 0;
    }
    if (tagged && prev && BreaksRun(v, i, sentence.end)) {
      prev = false;
      if (v.tok(i).kind != TokenKind::kWord) continue;
    }
    if (tagged && prev) cues.back().tokens.end = i + 1;
    else if (tagged) cues.push_back({{i, i + 1}, CueKind::kVerb});
    prev = tagged;
  }
  // A run never starts with a name inside the sentence: in "…since Monday,
  // Reuters reported" the model also tags "Reuters", which is the source.
  for (CueMatch& c : cues) {
    while (c.tokens.end - c.tokens.begin > 1 && c.tokens.begin > sentence.begin &&
           v.tok(c.tokens.begin).capitalized) {
      ++c.tokens.begin;
    }
  }
  // The kind of a lexicon phrase inside the run, which may end past it: the
  // model's "was reported" is the passive "reported by".
  for (CueMatch& c : cues) {
    for (int i = c.tokens.begin; i < c.tokens.end; ++i) {
      CueKind kind = CueKind::kVerb;
      int n = v.tok(i).kind == TokenKind::kWord ? LongestCue(v, i, sentence.end, &kind) : 0;
      if (n > 0 && kind != CueKind::kVerb) {
        c.kind = kind;
        c.tokens.end = std::max(c.tokens.end, i + n);
        break;
      }
    }
  }
  // A run stretched to its phrase may now reach the next one.
  for (size_t k = 1; k < cues.size(); ++k) {
    cues[k].tokens.begin = std::max(cues[k].tokens.begin, cues[k - 1].tokens.end);
  }
  std::erase_if(cues, [](const CueMatch& c) { return c.tokens.end <= c.tokens.begin; });
  return cues;
}

}  // namespace storyline::quotes
