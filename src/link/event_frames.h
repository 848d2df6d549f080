// Event frames: one per story sentence, the unit the timeline merges. A frame
// holds when (date and whether a timex in the sentence gave it, or only the
// document's publication date), who and where (resolved entity indices), how
// many (quantities), what (content terms, tf-idf), polarity (negation), and who
// relays it (the attribution chain of the quotes covering the sentence).
//
// Date choice: the most specific DATE timex inside the sentence (day over month
// over week over year); relative values the time stage could not anchor
// ("PAST_REF") are ignored. Without one, the publication date with
// explicit_date = false: such a report weighs half (kFallbackDateWeight in
// timeline_builder.h) and may move to a nearby explicit date when it clearly
// reports the same event.
#ifndef STORYLINE_LINK_EVENT_FRAMES_H_
#define STORYLINE_LINK_EVENT_FRAMES_H_

#include <cstdint>
#include <string>
#include <vector>

#include "absl/container/flat_hash_set.h"
#include "src/core/analysis.h"
#include "src/core/document.h"
#include "src/link/quantities.h"
#include "src/link/terms.h"

namespace storyline::link {

struct EventFrame {
  uint32_t doc = 0;       // the linker's document number
  uint32_t sentence = 0;  // index into the document's Analysis::sentences
  uint32_t paragraph = 0;
  ByteSpan span;
  std::string date;       // "YYYY-MM-DD" | "YYYY-MM" | "YYYY-Www" | "YYYY"; empty = unknown
  bool explicit_date = false;
  TermVector vec;         // tf-idf of the sentence's content terms
  uint32_t term_count = 0;
  std::vector<uint32_t> entities;  // EntityResolver indices, sorted, distinct
  std::vector<Quantity> quantities;
  bool negated = false;
  // The first two content terms after each negation word: what is denied
  // ("not evacuating the base" -> evacu, base).
  std::vector<uint32_t> negated_terms;
  std::vector<std::string> via;    // attribution chain, outermost first; empty = first-hand
  std::string origin;              // first-hand source from the chain; empty = the outlet
  // The resolver index of the entity the origin names when it is written as a
  // mention of the document ("Lababidi" -> the entity of "Kamal Lababidi"), so
  // one source under two spellings counts once; -1 otherwise.
  int64_t origin_entity = -1;
};

// Inputs of one document for frame building.
struct FrameInput {
  uint32_t doc = 0;
  const Document* document = nullptr;
  const Analysis* analysis = nullptr;
  const std::vector<size_t>* mention_entities = nullptr;  // per analysis->mentions
  std::string published;  // "YYYY-MM-DD" or empty
};

// Builds the frames of one document's sentences, skipping sentences inside
// boilerplate spans. Not thread-safe (interns terms in `terms`).
std::vector<EventFrame> BuildFrames(const FrameInput& in, TermModel& terms,
                                    const QuantityFinder& quantities,
                                    const absl::flat_hash_set<std::string>& negations);

// The most specific calendar DATE value among `timexes` inside `span`; empty if none.
std::string SentenceDate(const std::vector<Timex>& timexes, ByteSpan span);

// `sentence` without a dateline opening it: place words ("IZMAIL, Ukraine,"), an
// optional full date (a timex), an optional "(Agency)" and a dash
// ("IZMAIL, Ukraine, March 4, 2025 - A carrier ran aground late on Monday" ->
// "A carrier ran aground late on Monday"). The dateline dates the article, not
// the event, and is noise in a timeline entry. Unchanged when there is none.
ByteSpan WithoutDateline(std::string_view text, ByteSpan sentence, const std::vector<Timex>& timexes);

struct Attribution {
  std::vector<std::string> via;
  std::string origin;
};

// The attribution of sentence `index`: the longest chain among the quotes whose
// content overlaps it or whose cue lies in it (a named speaker without a chain
// gives [speaker]). An attribution without content of its own ("According to X,
// this was reported by Y.") also covers the sentences before it in its
// paragraph, or the whole previous paragraph when it opens a paragraph. The origin is
// the chain's last element, except that an anonymous last speaker ("an
// official") cannot be told from another anonymous one, so the named relay
// before it is the origin that counts.
Attribution AttributionFor(const Analysis& analysis, std::string_view text, size_t index);

}  // namespace storyline::link

#endif  // STORYLINE_LINK_EVENT_FRAMES_H_
