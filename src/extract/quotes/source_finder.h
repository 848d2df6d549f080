// Source phrases of cues as PolNeAR's annotators mark them: before the cue,
// past adverbs and appositives ("Her campaign manager, Robby Mook,", "Gov. Jo
// Reyes (R-Utah),", "The audit, seen by Reuters,", "Anne Richards, assistant
// secretary of state for …,"); after it with its appositive ("said Jo Doe, a
// farmer from Leeds"); and whether the source can speak at all. Works on token
// ranges of a DocView; stateless; thread-safe.
#ifndef STORYLINE_EXTRACT_QUOTES_SOURCE_FINDER_H_
#define STORYLINE_EXTRACT_QUOTES_SOURCE_FINDER_H_

#include "src/extract/quotes/attribution_finder.h"
#include "src/extract/quotes/doc_view.h"

namespace storyline::quotes {

// Longest appositive between a source and its cue, in tokens: ", who also
// serves as …," fits.
constexpr int kClauseWindow = 25;

// "adding", "saying": an -ing form (five letters at least).
bool IsParticiple(const Token& t);
// ", seen by Reuters,": a lower-case past participle, which opens an
// appositive rather than a clause.
bool IsParticipleLead(const Token& t);

// The source of the cue that begins at token `cb` of sentence `sent`, read
// backwards; {cb, cb} when there is none. Sets a->source_extent when the
// annotated source is wider than the speaker ("description, Name,") and adds
// to a->cited whom the source relays ("X, citing Y, said").
TokenRange SourceBefore(const DocView& v, TokenRange sent, int cb, Attribution* a);

// "said Jo Doe (R-Utah), a farmer from Leeds.": a source found after its cue,
// widened to its parenthesis and a trailing appositive up to the sentence's
// end, unless a quote, a participle cue (", adding …") or another cue follows.
TokenRange ExtentAfter(const DocView& v, TokenRange sent, TokenRange source);

// True when the source cannot speak: its head (the antecedent of "which")
// is a picture, a movement or a place (data/quotes/nonspeaker_heads.tsv).
// The head is the last word before the first preposition ("satellite images
// | from January 18", "A spokesman | for the port authority"), else the last.
bool NonSpeakingSource(const DocView& v, TokenRange sent, const Attribution& a);

}  // namespace storyline::quotes

#endif  // STORYLINE_EXTRACT_QUOTES_SOURCE_FINDER_H_
