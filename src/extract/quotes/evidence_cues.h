// Evidence cues: "Early polls show voters …", "A Quinnipiac poll this month
// found …", "Findings show …" — a poll, study or record that shows something,
// which PolNeAR marks as a cue (the verb) with the noun phrase as its source.
// The learned model (cue_model.h) tags such verbs after a person and often
// misses them after a poll. Lists: data/quotes/evidence_cues.tsv. Stateless;
// thread-safe.
#ifndef STORYLINE_EXTRACT_QUOTES_EVIDENCE_CUES_H_
#define STORYLINE_EXTRACT_QUOTES_EVIDENCE_CUES_H_

#include <vector>

#include "src/extract/quotes/cue_matcher.h"
#include "src/extract/quotes/doc_view.h"

namespace storyline::quotes {

// The evidence verbs of sentence `sent` (kind kVerb), in token order: a listed
// verb outside quotes with a listed noun at most four words before it, only
// words between, and no "that" right before it ("polls that show" is the
// writer's relative clause).
std::vector<CueMatch> FindEvidenceCues(const DocView& v, TokenRange sent);

}  // namespace storyline::quotes

#endif  // STORYLINE_EXTRACT_QUOTES_EVIDENCE_CUES_H_
