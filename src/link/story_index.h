// StoryIndex: incremental story clustering. Each arriving document joins the
// most similar existing story or opens a new one.
//
// A story is a long-running thread, so there is no time window: the centroid
// (sum of member document vectors, truncated to its kCentroidTerms heaviest
// terms) keeps the thread's vocabulary -- places, actors, bases -- which stays
// stable for weeks while the day's events change.
//
// Candidates come from an inverted index, term -> stories whose centroid holds
// it; a document looks up only its kQueryTerms heaviest terms, and a term whose
// posting list has grown past kMaxPostings stories stops being indexed or
// looked up (it no longer tells stories apart; this also bounds the cost per
// document as the store grows). At most kMaxCandidates stories (most shared
// query terms first) are scored by cosine.
//
// kJoin = 0.20 (cosine of the document's tf-idf vector with the story
// centroid), measured with a harness over StoryIndex + TermModel on the raw texts:
// the five seed articles join the story the earlier ones formed at 0.29, 0.33,
// 0.50 and 0.39. All 1,424 Timeline17 articles (6 topics) fed into one index
// give 151 stories of which at most 3 mix topics; the biggest story of each
// topic holds 45% (financial crisis, a sprawling topic) to 98% (BP oil spill)
// of its articles.
// Not thread-safe.
#ifndef STORYLINE_LINK_STORY_INDEX_H_
#define STORYLINE_LINK_STORY_INDEX_H_

#include <cstdint>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "src/link/terms.h"

namespace storyline::link {

class StoryIndex {
 public:
  static constexpr size_t kQueryTerms = 12;
  static constexpr size_t kCentroidTerms = 120;
  static constexpr size_t kMaxPostings = 512;
  static constexpr size_t kMaxCandidates = 64;
  static constexpr float kJoin = 0.20f;

  // Adds a document vector (L2-normalized) and returns its story number
  // (0, 1, 2, ... in order of opening). An empty vector opens a new story.
  uint32_t Add(const TermVector& doc);
  // Forces the document into story `story` (the single-story mode of the
  // timeline command), updating its centroid.
  void AddTo(uint32_t story, const TermVector& doc);

  size_t size() const { return centroids_.size(); }
  // The cosine of the last Add's document with the story it joined, or with the
  // best candidate when it opened a new story (0 when there was none).
  float last_score() const { return last_score_; }
  // The story centroid, L2-normalized.
  TermVector Centroid(uint32_t story) const;

 private:
  std::vector<uint32_t> Candidates(const TermVector& doc) const;
  void Update(uint32_t story, const TermVector& doc);

  // Unnormalized sums, truncated to kCentroidTerms, sorted by term id.
  std::vector<TermVector> centroids_;
  std::vector<float> norms_;
  absl::flat_hash_map<uint32_t, std::vector<uint32_t>> postings_;
  float last_score_ = 0;
};

// The `n` heaviest entries of `v`, sorted by term id.
TermVector TopTerms(const TermVector& v, size_t n);

}  // namespace storyline::link

#endif  // STORYLINE_LINK_STORY_INDEX_H_
