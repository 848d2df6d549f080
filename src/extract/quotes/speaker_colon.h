// Speaker colons: "Matthews: Well, speculation is bad." in a transcript, or
// "Kasich: ‘We Are Going To Go All The Way’" as a headline — a name and a
// colon opening a line, the rest of the line being what the name said.
// PolNeAR marks the colon as the cue; the learned model (cue_model.h) sees a
// colon as a class of its own and rarely tags this one. Stateless; thread-safe.
#ifndef STORYLINE_EXTRACT_QUOTES_SPEAKER_COLON_H_
#define STORYLINE_EXTRACT_QUOTES_SPEAKER_COLON_H_

#include <vector>

#include "src/extract/quotes/cue_matcher.h"
#include "src/extract/quotes/doc_view.h"

namespace storyline::quotes {

// The name before the colon at token `colon` of sentence `sent` ("Chris
// Matthews", "Former AG Mukasey at RNC"); empty ({colon, colon}) unless it
// opens a line, is capitalized, is not a label ("UPDATE:", "The Ninth
// Circle:", "Question:") and, when one word, was named in full earlier.
TokenRange NameBeforeColon(const DocView& v, TokenRange sent, int colon);

// The speaker colons of sentence `sent` (kind kColon), in token order.
std::vector<CueMatch> FindSpeakerColons(const DocView& v, TokenRange sent);

}  // namespace storyline::quotes

#endif  // STORYLINE_EXTRACT_QUOTES_SPEAKER_COLON_H_
