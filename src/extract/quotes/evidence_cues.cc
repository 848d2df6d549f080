// Evidence cues (see evidence_cues.h): a scan for the listed verbs, then a
// look back for a listed noun. Four words back: "Audit files from NGP VAN
// show" (PolNeAR) has three between noun and verb, "A Quinnipiac University
// poll this month found" two; further back the noun is rarely the subject.
#include "src/extract/quotes/evidence_cues.h"

namespace storyline::quotes {
namespace {

constexpr int kMaxGap = 4;

bool NounBefore(const DocView& v, TokenRange sent, int verb) {
  for (int k = verb - 1; k >= sent.begin && verb - k <= kMaxGap; --k) {
    if (v.tok(k).kind != TokenKind::kWord) return false;
    if (v.lexicon->IsEvidenceNoun(v.tok(k).hash)) return true;
  }
  return false;
}

}  // namespace

std::vector<CueMatch> FindEvidenceCues(const DocView& v, TokenRange sent) {
  std::vector<CueMatch> out;
  for (int i = sent.begin + 1; i < sent.end; ++i) {
    const Token& t = v.tok(i);
    if (!v.lexicon->IsEvidenceVerb(t.hash) || t.kind != TokenKind::kWord) continue;
    if (v.IsWord(i - 1, "that") || v.InsideQuote(i) || !NounBefore(v, sent, i)) continue;
    out.push_back({{i, i + 1}, CueKind::kVerb});
  }
  return out;
}

}  // namespace storyline::quotes
