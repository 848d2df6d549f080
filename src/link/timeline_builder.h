// Timeline building for one story: merges the event frames of its documents
// into events (reports of one happening, possibly from many documents) and turns
// them into TimelineEntry values with provenance, plus the conflicts among the
// reports of each event.
//
// Merging, greedy and in arrival order:
//   1. Frames with an explicit date join the most similar event of the same date
//      when similarity >= kSameEvent, else open one.
//   2. Frames dated only by publication join the most similar event dated within
//      [published - kLookbackDays, published + 1] when similarity >= kAttach
//      (stricter: the date itself is a guess), else group on the publication date
//      with the same kSameEvent rule. Frames with no date at all may only attach,
//      to any explicitly dated event of the story, at kAttachUndated (on the
//      seeds 0.55 let an undated December lead join a January event: the two
//      shared only the story's background, "the fall of Assad's regime").
// A shared specific quantity (a number >= kSpecificQuantity) weighs more for a
// frame without a date of its own.
// Candidates: the events of the date(s) in question; on a busy date (> 64
// events) only those sharing one of the frame's 8 heaviest terms, so a big story
// costs about linear time. Similarity = cosine to the event centroid (not to the closest member: that
// chains a story's sentences into one blob) + kQuantityBonus when the frame
// shares a quantity (same number and noun) with one of the first kMaxCompared
// members + kEntityBonus x the best entity Jaccard with them.
// Thresholds, set on invented test texts and checked on the seeds: two
// paraphrases of one report ("pulled at least 300 marines out of the port" /
// "had evacuated at least 300 marines from the port, citing an official") have
// cosine ~0.35-0.45; two different events of one story on one day share only
// the story's names (cosine < 0.25).
//
// Weight: each non-copy document reporting the event adds 1 (explicit date) or
// kFallbackDateWeight (publication date only); copies add nothing. origins are
// the distinct first-hand sources (chain ends, or the outlet / document when the
// report is first-hand); independent_sources counts them.
#ifndef STORYLINE_LINK_TIMELINE_BUILDER_H_
#define STORYLINE_LINK_TIMELINE_BUILDER_H_

#include <functional>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "src/core/dossier.h"
#include "src/link/event_frames.h"

namespace storyline::link {

// What the builder needs to know about a document.
struct DocInfo {
  std::string id;
  std::string outlet;  // empty when unknown: the document id stands in as origin
  bool copy = false;   // a near-duplicate of another document
  std::string text;    // the document text, for sentence and quantity text
};

struct Event {
  std::string date;
  bool explicit_date = false;
  std::vector<const EventFrame*> members;
  double weight = 0;
  TermVector centroid;  // normalized mean of member vectors
};

class TimelineBuilder {
 public:
  static constexpr float kSameEvent = 0.45f;
  static constexpr float kAttach = 0.55f;
  static constexpr float kAttachUndated = 0.65f;
  static constexpr float kQuantityBonus = 0.25f;
  // A shared number >= kSpecificQuantity: on the seeds the two reports of "at
  // least 400 soldiers" (one undated, worded apart: cosine 0.19) score 0.48
  // with the plain bonus, below kAttachUndated; in the example corpus two
  // reports of "at least 12 crew members" (cosine 0.17) scored 0.62 with a
  // 0.45 bonus. Timeline17 date-F1 and ROUGE moved by <= .001 with it.
  static constexpr float kSpecificQuantityBonus = 0.5f;
  static constexpr double kSpecificQuantity = 10;
  static constexpr float kEntityBonus = 0.1f;
  static constexpr int kLookbackDays = 7;
  static constexpr size_t kMaxCompared = 16;
  static constexpr size_t kCentroidTerms = 100;
  static constexpr double kFallbackDateWeight = 0.5;
  static constexpr int kDateConflictDays = 7;
  static constexpr float kDateConflictPair = 0.3f;
  static constexpr float kDateConflictSentences = 0.5f;
  static constexpr float kSameWording = 0.9f;

  // `docs` is indexed by EventFrame::doc and must outlive the builder.
  explicit TimelineBuilder(const std::vector<DocInfo>* docs) : docs_(docs) {}
  // The resolver's entities, by index: origins that name one are reported under
  // the entity's name. Optional; must outlive the builder.
  void set_entities(const std::vector<Entity>* entities) { entities_ = entities; }

  // Groups `frames` (one story's, boilerplate and off-topic already removed).
  // First re-weights every frame's vector by the story's own idf (see Vec).
  std::vector<Event> Merge(const std::vector<const EventFrame*>& frames);

  // The frame's vector re-weighted by log(1 + S / sf) over the S frames
  // of the story (sf = frames holding the term), L2-normalized: the story's own
  // names (in nearly every sentence) stop making every pair of its sentences
  // look alike. The frame's plain vector before Merge.
  const TermVector& Vec(const EventFrame& f) const;

  // One entry per event, `entities` ids taken from `entity_ids` (resolver index
  // -> "e<n>"). Text is the most central member sentence.
  TimelineEntry ToEntry(const Event& event, const std::string& story) const;

  // Number and negation disagreements among the event's reports.
  std::vector<Conflict> Conflicts(const Event& event, const std::string& story) const;
  // One happening reported on different days by different documents.
  std::vector<Conflict> DateConflicts(const std::vector<Event>& events,
                                      const std::string& story) const;

  std::string_view SentenceText(const EventFrame& f) const;
  std::string OriginOf(const EventFrame& f) const;
  // The member whose sentence best represents the event.
  const EventFrame* Representative(const Event& event) const;

 private:
  // Below `floor` the exact value is not needed: a score that cannot reach it
  // may come back without the member bonuses.
  float Similarity(const EventFrame& f, const Event& e,
                   float floor = -std::numeric_limits<float>::infinity()) const;
  void Finish(Event& e) const;
  void Reweight(const std::vector<const EventFrame*>& frames);
  const std::vector<DocInfo>* docs_;
  const std::vector<Entity>* entities_ = nullptr;
  absl::flat_hash_map<const EventFrame*, TermVector> local_;
};

// 0 when the frames share no quantity (same number and noun), 2 when the shared
// number is large enough to be specific to one report (>= kSpecificQuantity:
// "at least 400 soldiers" is rarely said of two events, "two officials" often
// is), 1 otherwise.
int SharedQuantity(const EventFrame& a, const EventFrame& b);

// Days since 1970-01-01 of "YYYY-MM-DD"; false when `date` is not a day.
bool DayNumber(std::string_view date, int* days);
std::string DayString(int days);

}  // namespace storyline::link

#endif  // STORYLINE_LINK_TIMELINE_BUILDER_H_
