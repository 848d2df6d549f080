// Off-topic passages: paragraphs that drift away from their story (a drones-and-
// NATO tail in a Syria article, a section about another conflict). Judged
// against the story, not the single article: a paragraph is on topic when the
// other documents of its story talk about the same things.
//
// Score: coverage = the paragraph's idf mass (distinct content terms), each term
// counted in proportion to how many other documents of the story use it: fully
// from `full` = clamp(full_share x others, 1, full_docs) documents on. So the
// story's core words (Syria, Russian, base, Assad) count fully, a word one other
// article shares counts half, and words nobody else uses (regiment,
// crowdfunding, sabotage) not at all. A paragraph is off-topic when coverage <
// min_coverage; a paragraph right after an off-topic one (drift comes as tails)
// needs min_coverage + tail_slack; a single low paragraph between two on-topic
// ones stays on topic unless it scores below isolated_floor (on the seeds this
// kept the Syrian Observatory's report of Russian forces leaving two small
// towns, 0.24, and one vague summary paragraph, 0.18). The lead paragraph of a
// document is never off-topic (it is what put the document in the story),
// paragraphs with fewer than min_terms distinct terms are not judged (too little
// evidence), and stories with fewer than min_other_docs other documents are not
// judged at all.
//
// min_coverage = 0.30, tail_slack = 0.10, measured on the seeds with
// bench/link/link_report (five articles, one story): the drones, NATO and
// Kremlin-hybrid paragraphs score 0.21 / 0.37 (after the drones one) / 0.17, the
// Israel-UN section of another article 0.07-0.27, the on-topic paragraph they
// follow 0.51, most on-topic paragraphs 0.45-0.95. Known misses: vague filler
// prose that names nothing scores 0.2-0.3 and is flagged when it comes in runs
// or at the end of an article.
#ifndef STORYLINE_LINK_OFF_TOPIC_H_
#define STORYLINE_LINK_OFF_TOPIC_H_

#include <cstdint>
#include <vector>

#include "src/link/terms.h"

namespace storyline::link {

// The distinct content terms of each paragraph of one document.
struct ParagraphTerms {
  std::vector<std::vector<uint32_t>> paragraphs;  // sorted, distinct, per paragraph
};

struct DriftOptions {
  float min_coverage = 0.30f;
  float tail_slack = 0.10f;
  size_t min_terms = 6;
  size_t min_other_docs = 2;
  float full_share = 0.5f;
  float full_docs = 4.0f;
  float isolated_floor = 0.15f;
};

// For each document of one story (copies left out by the caller), the indices of
// its off-topic paragraphs. `model` supplies idf. When `coverage` is given it
// receives each judged paragraph's score (-1 for paragraphs not judged).
std::vector<std::vector<uint32_t>> FindOffTopic(const std::vector<const ParagraphTerms*>& story,
                                                const TermModel& model,
                                                const DriftOptions& options = {},
                                                std::vector<std::vector<float>>* coverage = nullptr);

// Coverage of one paragraph against the story's document frequencies `df`,
// where `own` are the document's own terms (excluded from df).
float Coverage(const std::vector<uint32_t>& paragraph, const std::vector<uint32_t>& own,
               const absl::flat_hash_map<uint32_t, uint32_t>& df, float full,
               const TermModel& model);

}  // namespace storyline::link

#endif  // STORYLINE_LINK_OFF_TOPIC_H_
