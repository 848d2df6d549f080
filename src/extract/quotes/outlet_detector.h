// OutletDetector: the outlet that published an article without metadata, from
// the article's references to itself — a dateline "(Reuters) -" or a closing
// ", News.bg reports." — and the evidence for it. A source the article cites
// ("told the BBC", "according to Reuters", "the FT reported that") is not its
// outlet; a sign-off such as "With wires" is noted as evidence of wire copy but
// names no outlet. Stateless; thread-safe.
#ifndef STORYLINE_EXTRACT_QUOTES_OUTLET_DETECTOR_H_
#define STORYLINE_EXTRACT_QUOTES_OUTLET_DETECTOR_H_

#include <string>
#include <vector>

#include "src/extract/quotes/speaker_resolver.h"

namespace storyline::quotes {

struct OutletGuess {
  std::string outlet;    // empty when unknown
  std::string evidence;  // empty when there is none
};

OutletGuess DetectOutlet(const DocView& v, const std::vector<ResolvedAttribution>& attributions);

}  // namespace storyline::quotes

#endif  // STORYLINE_EXTRACT_QUOTES_OUTLET_DETECTOR_H_
