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

}  // namespace storyline::quotes

#endif  // STORYLINE_EXTRACT_QUOTES_CUE_MATCHER_H_
