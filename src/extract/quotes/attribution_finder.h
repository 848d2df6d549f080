// AttributionFinder: per sentence, the cues (learned, see cue_model.h, plus the
// lexicon's explicit ones) and, for each, its
// source phrase and content span — "X said (that) C", "C, X said", "C, said X",
// "“C,” X told reporters", "according to X, C", "C was reported by X", with the
// relays "X, citing Y, reported" and "told Interfax" / "speaking to the FT",
// the sourceless passive "it was revealed that C", "X said:" before a
// paragraph, "Name: C" opening a line and "polls show C".
// Works on token ranges of a DocView; stateless; thread-safe.
#ifndef STORYLINE_EXTRACT_QUOTES_ATTRIBUTION_FINDER_H_
#define STORYLINE_EXTRACT_QUOTES_ATTRIBUTION_FINDER_H_

#include <vector>

#include "src/extract/quotes/doc_view.h"

namespace storyline::quotes {

struct Attribution {
  CueKind kind = CueKind::kVerb;
  TokenRange cue;
  TokenRange source;            // empty (begin == end) when there is none
  // The source as annotators mark it, with its appositive ("Jo Doe, a farmer
  // from Leeds,"): the speaker span. Empty when it is `source` itself.
  TokenRange source_extent;
  ByteSpan content;             // empty when none was found
  int quote = -1;               // index into DocView::quotes when content is a whole quote
  std::vector<TokenRange> cited;  // "citing Y": who the source relays
  TokenRange addressee;         // outlet the source spoke to ("told Interfax")
  int sentence = 0;
  bool sourceless = false;      // a passive ("it was revealed that"): nobody in particular speaks
  bool complement = false;      // the content follows the cue: a quote, "that …", ": …"
};

// Every attribution of sentence `s` of `v`, in cue order.
std::vector<Attribution> FindAttributions(const DocView& v, int s);

}  // namespace storyline::quotes

#endif  // STORYLINE_EXTRACT_QUOTES_ATTRIBUTION_FINDER_H_
