// A story's title and short extractive summary.
//
// Title: the title of the document closest to the story centroid, else that
// document's first timeline sentence (cut at kMaxTitleBytes on a word boundary).
// Summary, "where the story stands now": the kSummarySentences heaviest events
// among those on the story's kRecentDates latest dates, in date order.
#ifndef STORYLINE_LINK_STORY_SUMMARY_H_
#define STORYLINE_LINK_STORY_SUMMARY_H_

#include <string>
#include <vector>

#include "src/link/timeline_builder.h"

namespace storyline::link {

inline constexpr size_t kMaxTitleBytes = 120;
inline constexpr size_t kSummarySentences = 3;
inline constexpr size_t kRecentDates = 5;

// Cuts `text` to at most `max_bytes` at a space (UTF-8 safe), adding "…" when cut.
std::string Shorten(std::string_view text, size_t max_bytes);

std::string StorySummary(const std::vector<Event>& events, const TimelineBuilder& builder);

}  // namespace storyline::link

#endif  // STORYLINE_LINK_STORY_SUMMARY_H_
