// Chain builder: who relays whom for each attribution of a document, outermost
// first — ["Censor.NET", "Financial Times", "Kamal Lababida"]. Used by the
// speaker resolver once names are known. Stateless; thread-safe.
#ifndef STORYLINE_EXTRACT_QUOTES_CHAIN_BUILDER_H_
#define STORYLINE_EXTRACT_QUOTES_CHAIN_BUILDER_H_

#include <vector>

#include "src/extract/quotes/speaker_resolver.h"

namespace storyline::quotes {

// Fills `chain` of every element of `all` (document order).
void BuildChains(const DocView& v, std::vector<ResolvedAttribution>* all);

}  // namespace storyline::quotes

#endif  // STORYLINE_EXTRACT_QUOTES_CHAIN_BUILDER_H_
