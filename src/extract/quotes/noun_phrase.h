// Noun-phrase finder for sources: reads the speaker's phrase off the tokens next
// to a cue — backwards for "Russian deputy minister Mikhail Bogdanov says",
// forwards for "according to Kamal Lababidi," and "…, stated one official".
// Shallow on purpose: a news source is a short phrase bounded by a comma, a
// clause word or a verb, so a stop list does as well here as a parser would.
// Plain functions; thread-safe.
#ifndef STORYLINE_EXTRACT_QUOTES_NOUN_PHRASE_H_
#define STORYLINE_EXTRACT_QUOTES_NOUN_PHRASE_H_

#include "src/extract/quotes/doc_view.h"

namespace storyline::quotes {

// The subject phrase ending just before token `end` (auxiliaries such as "has",
// "also" between it and the cue are skipped), not reaching before `floor`.
// Empty range (begin == end) when there is none.
TokenRange SubjectBefore(const DocView& v, int floor, int end);

// The phrase starting at token `begin` (an opening quote mark around it is
// skipped), ending before `limit` or the first comma, stop word or verb cue.
TokenRange PhraseAfter(const DocView& v, int begin, int limit);

// Number of tokens of the outlet whose variant starts at token i (0 if none);
// `entry` receives it.
int OutletAt(const DocView& v, int i, int limit, const OutletEntry** entry);

// True for a site name used as an outlet name ("News.bg", "Example.net").
bool LooksLikeSite(std::string_view word);

// True when token i is a reporting-verb cue word.
bool IsVerbCueWord(const DocView& v, int i);

}  // namespace storyline::quotes

#endif  // STORYLINE_EXTRACT_QUOTES_NOUN_PHRASE_H_
