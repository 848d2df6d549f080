#include "src/link/timeline_select.h"

#include <algorithm>
#include <cmath>

#include "absl/container/btree_map.h"
#include "absl/container/flat_hash_map.h"

namespace storyline::link {
namespace {

struct DateGroup {
  double score = 0;
  std::vector<const Event*> events;
  absl::flat_hash_map<uint32_t, double> docs;  // document -> its report weight here
};

TermVector DateCentroid(const std::vector<const Event*>& events) {
  absl::flat_hash_map<uint32_t, float> sum;
  for (const Event* e : events) {
    for (const auto& [t, w] : e->centroid) sum[t] += static_cast<float>(w * e->weight);
  }
  TermVector c(sum.begin(), sum.end());
  std::sort(c.begin(), c.end());
  double norm = 0;
  for (const auto& p : c) norm += static_cast<double>(p.second) * p.second;
  if (norm > 0) {
    for (auto& p : c) p.second /= static_cast<float>(std::sqrt(norm));
  }
  return c;
}

// The date's best events, at most `k` (0 = all), without near-repeats.
std::vector<const Event*> PickEvents(const DateGroup& group, size_t k,
                                     const TimelineBuilder& builder) {
  TermVector centroid = DateCentroid(group.events);
  std::vector<std::pair<double, const Event*>> ranked;
  for (const Event* e : group.events) {
    uint32_t first = UINT32_MAX;
    for (const EventFrame* f : e->members) first = std::min(first, f->sentence);
    const double lead = 1.0 / (1.0 + first / kLeadDecay);
    ranked.emplace_back(-e->weight * (kCentralityFloor + Cosine(e->centroid, centroid)) * lead, e);
  }
  std::sort(ranked.begin(), ranked.end(),
            [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<const Event*> kept;
  std::vector<const TermVector*> kept_vecs;
  for (const auto& [score, e] : ranked) {
    if (k > 0 && kept.size() >= k) break;
    const TermVector& v = builder.Vec(*builder.Representative(*e));
    bool repeat = std::any_of(kept_vecs.begin(), kept_vecs.end(),
                              [&](const TermVector* o) { return Cosine(v, *o) > kRedundant; });
    if (repeat) continue;
    kept.push_back(e);
    kept_vecs.push_back(&v);
  }
  return kept;
}

}  // namespace

std::vector<TimelineEntry> SelectTimeline(const std::vector<Event>& events,
                                          const TimelineBuilder& builder,
                                          const std::string& story,
                                          const SelectOptions& options) {
  absl::btree_map<std::string, DateGroup> by_date;
  for (const Event& e : events) {
    int day = 0;
    if (!DayNumber(e.date, &day) || e.date.size() != 10) continue;
    DateGroup& g = by_date[e.date];
    g.events.push_back(&e);
    for (const EventFrame* f : e.members) {
      double w = f->explicit_date ? 1.0 : TimelineBuilder::kFallbackDateWeight;
      g.docs[f->doc] = std::max(g.docs[f->doc], w);
    }
  }
  for (auto& [date, g] : by_date) {
    for (const auto& [doc, w] : g.docs) g.score += w;
  }
  std::vector<std::pair<double, std::string>> dates;
  for (const auto& [date, g] : by_date) dates.emplace_back(-g.score, date);
  std::sort(dates.begin(), dates.end());
  if (options.max_dates > 0 && dates.size() > options.max_dates) dates.resize(options.max_dates);
  std::sort(dates.begin(), dates.end(),
            [](const auto& a, const auto& b) { return a.second < b.second; });
  std::vector<TimelineEntry> out;
  for (const auto& [score, date] : dates) {
    for (const Event* e : PickEvents(by_date[date], options.per_date, builder)) {
      out.push_back(builder.ToEntry(*e, story));
    }
  }
  return out;
}

}  // namespace storyline::link
