// SpeakerResolver: turns the source phrases of a document's attributions into
// speakers — a named person or organisation ("Mikhail Bogdanov", "Financial
// Times"), a pronoun resolved to the nearest fitting earlier speaker, or an
// anonymous description kept as written ("an HTS official") — and builds each
// attribution's relay chain, outermost first. Stateless; thread-safe.
#ifndef STORYLINE_EXTRACT_QUOTES_SPEAKER_RESOLVER_H_
#define STORYLINE_EXTRACT_QUOTES_SPEAKER_RESOLVER_H_

#include <optional>
#include <string>
#include <vector>

#include "src/extract/quotes/attribution_finder.h"

namespace storyline::quotes {

struct Speaker {
  std::optional<ByteSpan> span;  // the source phrase in the text
  std::string name;              // resolved name, outlet, or the anonymous description
  bool anonymous = false;
  bool outlet = false;           // name is a media outlet / agency of the lexicon
  bool person = false;           // looks like a named person (pronoun target)
  bool plural = false;           // plural description ("four Syrian officials")
};

struct ResolvedAttribution {
  Attribution attribution;
  Speaker speaker;
  std::vector<std::string> chain;
};

// Resolves speakers and chains of `attributions` (in document order).
std::vector<ResolvedAttribution> ResolveSpeakers(const DocView& v,
                                                 std::vector<Attribution> attributions);

}  // namespace storyline::quotes

#endif  // STORYLINE_EXTRACT_QUOTES_SPEAKER_RESOLVER_H_
