// Timeline summarization (the `storyline timeline` command): keeps the N most
// important dates and K sentences per date out of a story's events.
//
// Date importance, as in news-tls DATEWISE without its trained regressor: how
// many documents report something on that day (a document whose sentence names
// the date counts 1, one that only was published that day 0.5). Only day dates compete (a month or year is no timeline point).
// Within a date, events are ranked by weight x (kCentralityFloor + cosine to the
// date's centroid) -- the centroid step of news-tls CENTROID-OPT -- and an event
// whose representative sentence has cosine > kRedundant with one already kept is
// skipped, so K sentences say K different things. Lead sentences summarize the
// news: an event's rank is divided by (1 + first sentence index / kLeadDecay).
//
// Measured on Timeline17 (bench/link/eval_timeline_lines, publication dates
// only): ranking dates by distinct reporting documents instead of summed event
// weight raised mean date-F1 0.583 -> 0.645; the lead prior raised date-agreement
// ROUGE-1 0.119 -> 0.126. kLeadDecay 3..8, kCentralityFloor 0.05..0.5 and
// kRedundant 0.3..0.7 all land within +-0.004 of it.
#ifndef STORYLINE_LINK_TIMELINE_SELECT_H_
#define STORYLINE_LINK_TIMELINE_SELECT_H_

#include <string>
#include <vector>

#include "src/link/timeline_builder.h"

namespace storyline::link {

struct SelectOptions {
  size_t max_dates = 0;  // 0 = every date
  size_t per_date = 0;   // 0 = every event
};

inline constexpr float kCentralityFloor = 0.2f;
inline constexpr float kRedundant = 0.5f;
inline constexpr double kLeadDecay = 5.0;

// The kept entries, in date order, one per kept sentence.
std::vector<TimelineEntry> SelectTimeline(const std::vector<Event>& events,
                                          const TimelineBuilder& builder,
                                          const std::string& story,
                                          const SelectOptions& options);

}  // namespace storyline::link

#endif  // STORYLINE_LINK_TIMELINE_SELECT_H_
