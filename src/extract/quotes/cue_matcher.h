// Cue matcher: the cue phrases of the lexicon (1–3 words, longest first) among
// the tokens of a sentence, outside quotation marks, leaving out the passive
// "are said to" that reports nobody's words. Stateless; thread-safe.
#ifndef STORYLINE_EXTRACT_QUOTES_CUE_MATCHER_H_
#define STORYLINE_EXTRACT_QUOTES_CUE_MATCHER_H_

#include <vector>

#include "src/extract/quotes/doc_view.h"

namespace storyline::quotes {

struct CueMatch {
  TokenRange tokens;
  CueKind kind = CueKind::kVerb;
};

std::vector<CueMatch> FindCues(const DocView& v, TokenRange sentence);

// True when a lexicon cue of `kind` starts at token i (looking no further than
// `end`): ", according to", ", citing". Allocates only when a cue starts there.
bool IsCueOfKind(const DocView& v, int i, int end, CueKind kind);

// The cues the learned classifier (CueModel) tags in a sentence: runs of
// consecutive cue tokens. The kind comes from the lexicon when the run is one
// of its phrases ("according to", "reported by", "citing"), else it is a verb cue.
std::vector<CueMatch> FindModelCues(const DocView& v, TokenRange sentence);

}  // namespace storyline::quotes

#endif  // STORYLINE_EXTRACT_QUOTES_CUE_MATCHER_H_
