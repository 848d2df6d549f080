// Tense cues for anchoring: which way "on Friday" or "October" points from the
// DCT. A cue is a word from data/time/<lang>/tense.tsv ("said", "will"), an
// English -ed form, or a Russian past form in -л/-ла/-ло/-ли(сь). The cue nearest
// to the expression inside its sentence wins, because reported speech mixes
// tenses ("officials said on Monday the talks will resume on Friday").
// Pure functions; thread-safe.
#ifndef STORYLINE_EXTRACT_TIME_TENSE_H_
#define STORYLINE_EXTRACT_TIME_TENSE_H_

#include <cstdint>
#include <vector>

#include "src/core/analysis.h"
#include "src/extract/time/grammar.h"
#include "src/extract/time/token_scanner.h"

namespace storyline::temporal {

// Sentence index of every token: from `sentences` when given (the text layer),
// else by a simple rule (end punctuation before a capital, or a line break; not a
// period after an abbreviation of `g`, "vs. Wade").
std::vector<uint32_t> SentenceOfTokens(const Grammar& g, std::string_view text,
                                       const std::vector<Tok>& tokens,
                                       const std::vector<Sentence>& sentences);

// Tense cue of one token (kUnknown when it is none).
Tense TokenTense(const Grammar& g, const Tok& t);

// The tense nearest to tokens [first, last) within its sentence. A reporting verb
// (reporting[i]) more than a few tokens away counts only when no other cue is
// found: in "the talks, officials said, would resume in May" the reported clause's
// own verb decides. Likewise a cue after the expression and past a clause break
// (clause_break[i]: a comma, semicolon, dash ...) belongs to another clause ("talks
// that are supposed to end by May, invited Sinn Fein") unless the expression opens
// its sentence ("On Friday, the government planned ...").
Tense TenseNear(const std::vector<Tense>& token_tense, const std::vector<bool>& reporting,
                const std::vector<bool>& clause_break, const std::vector<uint32_t>& sentence_of,
                uint32_t first, uint32_t last);

}  // namespace storyline::temporal

#endif  // STORYLINE_EXTRACT_TIME_TENSE_H_
