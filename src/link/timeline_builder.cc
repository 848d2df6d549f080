#include "src/link/timeline_builder.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>

#include "absl/container/btree_set.h"
#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "src/link/story_index.h"

namespace storyline::link {
int SharedQuantity(const EventFrame& a, const EventFrame& b) {
  int best = 0;
  for (const Quantity& x : a.quantities) {
    for (const Quantity& y : b.quantities) {
      if (x.unit == y.unit && x.value == y.value) {
        best = std::max(best, x.value >= TimelineBuilder::kSpecificQuantity ? 2 : 1);
      }
    }
  }
  return best;
}

namespace {

float EntityJaccard(const std::vector<uint32_t>& a, const std::vector<uint32_t>& b) {
  if (a.empty() || b.empty()) return 0;
  size_t shared = 0, i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i] == b[j]) {
      ++shared, ++i, ++j;
    } else if (a[i] < b[j]) {
      ++i;
    } else {
      ++j;
    }
  }
  return static_cast<float>(shared) / (a.size() + b.size() - shared);
}

}  // namespace

// The normalized centroid from the members' summed vectors, cut to its
// kCentroidTerms heaviest terms so a big event costs no more than a small one.
static void SetCentroid(Event& e, const absl::flat_hash_map<uint32_t, float>& sum) {
  TermVector c(sum.begin(), sum.end());
  std::sort(c.begin(), c.end());
  c = TopTerms(c, TimelineBuilder::kCentroidTerms);
  double norm = 0;
  for (const auto& p : c) norm += static_cast<double>(p.second) * p.second;
  if (norm > 0) {
    for (auto& p : c) p.second /= static_cast<float>(std::sqrt(norm));
  }
  e.centroid = std::move(c);
}

// The best of `candidates` scoring >= `threshold`; SIZE_MAX when none.
static size_t BestEvent(const EventFrame* f, const std::vector<size_t>& candidates, float threshold,
                 const std::vector<Event>& events,
                 const std::function<float(const EventFrame&, const Event&, float)>& sim) {
  size_t best = SIZE_MAX;
  float best_score = threshold;
  for (size_t id : candidates) {
    float s = sim(*f, events[id], best_score);
    if (s >= best_score) {
      best = id;
      best_score = s;
    }
  }
  return best;
}

bool DayNumber(std::string_view date, int* days) {
  int y = 0, m = 0, d = 0;
  if (date.size() < 10 || std::sscanf(std::string(date.substr(0, 10)).c_str(), "%4d-%2d-%2d",
                                      &y, &m, &d) != 3) {
    return false;
  }
  std::chrono::year_month_day ymd{std::chrono::year(y), std::chrono::month(m),
                                  std::chrono::day(d)};
  if (!ymd.ok()) return false;
  *days = std::chrono::sys_days(ymd).time_since_epoch().count();
  return true;
}

std::string DayString(int days) {
  std::chrono::year_month_day ymd{std::chrono::sys_days(std::chrono::days(days))};
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(ymd.year()),
                static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
  return buf;
}

float TimelineBuilder::Similarity(const EventFrame& f, const Event& e, float floor) const {
  // Against the event's centroid, not its closest member: single-link joining
  // chains one story's sentences into one blob.
  float s = Cosine(Vec(f), e.centroid);
  // The most the bonuses below can add for this frame; when even that cannot
  // reach `floor`, the member comparisons are skipped (on Timeline17 most
  // candidates of a busy day share a term or two and no more).
  const float most = (f.entities.empty() ? 0.0f : kEntityBonus) +
                     (f.quantities.empty() ? 0.0f
                      : f.explicit_date    ? kQuantityBonus
                                           : std::max(kQuantityBonus, kSpecificQuantityBonus));
  if (s + most < floor) return s;
  float entities = 0;
  int quantity = 0;
  for (size_t i = 0; i < e.members.size() && i < kMaxCompared; ++i) {
    entities = std::max(entities, EntityJaccard(f.entities, e.members[i]->entities));
    quantity = std::max(quantity, SharedQuantity(f, *e.members[i]));
  }
  // Only a frame without its own date gets the larger bonus: nothing else ties
  // it to the event (on Timeline17, where every frame has a date, giving it to
  // all frames lowered date-F1 from .666 to .640).
  const float bonus = quantity == 0                      ? 0.0f
                      : quantity == 2 && !f.explicit_date ? kSpecificQuantityBonus
                                                          : kQuantityBonus;
  return s + kEntityBonus * entities + bonus;
}

const TermVector& TimelineBuilder::Vec(const EventFrame& f) const {
  auto it = local_.find(&f);
  return it == local_.end() ? f.vec : it->second;
}

void TimelineBuilder::Reweight(const std::vector<const EventFrame*>& frames) {
  absl::flat_hash_map<uint32_t, uint32_t> sf;
  for (const EventFrame* f : frames) {
    for (const auto& [t, w] : f->vec) ++sf[t];
  }
  const double s = static_cast<double>(frames.size());
  for (const EventFrame* f : frames) {
    TermVector v;
    double norm = 0;
    for (const auto& [t, w] : f->vec) {
      float x = w * static_cast<float>(std::log(1 + s / sf[t]));
      if (x <= 0) continue;
      v.emplace_back(t, x);
      norm += static_cast<double>(x) * x;
    }
    if (norm > 0) {
      for (auto& p : v) p.second /= static_cast<float>(std::sqrt(norm));
    }
    local_[f] = std::move(v);
  }
}

namespace {

// Events of one date, with an inverted index from the heaviest terms of their
// members to the events, so a frame is compared with the events that share one
// of its heaviest terms instead of every event of a busy day.
struct DateIndex {
  std::vector<size_t> events;
  absl::flat_hash_map<uint32_t, std::vector<size_t>> by_term;

  void Add(size_t event, const TermVector& v, bool is_new) {
    if (is_new) events.push_back(event);
    for (const auto& [t, w] : TopTerms(v, kIndexTerms)) {
      auto& list = by_term[t];
      if (list.empty() || list.back() != event) list.push_back(event);
    }
  }
  void Candidates(const TermVector& v, std::vector<size_t>& out) const {
    if (events.size() <= kScanAll) {
      out.insert(out.end(), events.begin(), events.end());
      return;
    }
    const size_t start = out.size();
    for (const auto& [t, w] : TopTerms(v, kIndexTerms)) {
      auto it = by_term.find(t);
      if (it != by_term.end()) out.insert(out.end(), it->second.begin(), it->second.end());
    }
    std::sort(out.begin() + start, out.end());
    out.erase(std::unique(out.begin() + start, out.end()), out.end());
  }
  static constexpr size_t kIndexTerms = 8;
  static constexpr size_t kScanAll = 64;
};

}  // namespace

std::vector<Event> TimelineBuilder::Merge(const std::vector<const EventFrame*>& frames) {
  Reweight(frames);
  std::vector<Event> events;
  std::vector<absl::flat_hash_map<uint32_t, float>> sums;
  absl::flat_hash_map<std::string, DateIndex> explicit_by_date, fallback_by_date;
  DateIndex explicit_all;
  auto sim = [this](const EventFrame& f, const Event& e, float floor) { return Similarity(f, e, floor); };
  auto add_to = [&](size_t event, const EventFrame* f) {
    for (const auto& [t, w] : Vec(*f)) sums[event][t] += w;
    SetCentroid(events[event], sums[event]);
    const bool is_new = events[event].members.size() == 1;
    (events[event].explicit_date ? explicit_by_date : fallback_by_date)[events[event].date].Add(
        event, Vec(*f), is_new);
    if (events[event].explicit_date) explicit_all.Add(event, Vec(*f), is_new);
  };
  auto join = [&](const EventFrame* f, const std::vector<size_t>& candidates, float threshold) {
    size_t best = BestEvent(f, candidates, threshold, events, sim);
    if (best == SIZE_MAX) return false;
    events[best].members.push_back(f);
    add_to(best, f);
    return true;
  };
  auto open = [&](const EventFrame* f, bool is_explicit) {
    events.push_back(Event{f->date, is_explicit, {f}, 0, {}});
    sums.emplace_back();
    add_to(events.size() - 1, f);
  };
  std::vector<size_t> candidates;
  for (const EventFrame* f : frames) {
    if (!f->explicit_date) continue;
    candidates.clear();
    explicit_by_date[f->date].Candidates(Vec(*f), candidates);
    if (!join(f, candidates, kSameEvent)) open(f, true);
  }
  for (const EventFrame* f : frames) {
    if (f->explicit_date) continue;
    int published = 0;
    candidates.clear();
    if (DayNumber(f->date, &published)) {
      for (int d = published - kLookbackDays; d <= published + 1; ++d) {
        auto it = explicit_by_date.find(DayString(d));
        if (it != explicit_by_date.end()) it->second.Candidates(Vec(*f), candidates);
      }
    } else {
      explicit_all.Candidates(Vec(*f), candidates);  // undated: only attaching can place it
    }
    if (join(f, candidates, f->date.empty() ? kAttachUndated : kAttach) || f->date.empty()) continue;
    candidates.clear();
    fallback_by_date[f->date].Candidates(Vec(*f), candidates);
    if (!join(f, candidates, kSameEvent)) open(f, false);
  }
  for (Event& e : events) Finish(e);
  return events;
}

void TimelineBuilder::Finish(Event& e) const {
  absl::flat_hash_map<uint32_t, double> per_doc;
  for (const EventFrame* f : e.members) {
    if ((*docs_)[f->doc].copy) continue;
    double w = f->explicit_date ? 1.0 : kFallbackDateWeight;
    per_doc[f->doc] = std::max(per_doc[f->doc], w);
  }
  e.weight = 0;
  for (const auto& [doc, w] : per_doc) e.weight += w;
}

std::string_view TimelineBuilder::SentenceText(const EventFrame& f) const {
  return f.span.Of((*docs_)[f.doc].text);
}

std::string TimelineBuilder::OriginOf(const EventFrame& f) const {
  if (entities_ != nullptr && f.origin_entity >= 0 &&
      static_cast<size_t>(f.origin_entity) < entities_->size()) {
    return (*entities_)[f.origin_entity].name;
  }
  if (!f.origin.empty()) return f.origin;
  const DocInfo& d = (*docs_)[f.doc];
  return d.outlet.empty() ? d.id : d.outlet;
}

const EventFrame* TimelineBuilder::Representative(const Event& e) const {
  const EventFrame* best = nullptr;
  float best_score = -1;
  for (const EventFrame* f : e.members) {
    // Central, first-hand-dated, not a copy; very short or very long sentences read badly.
    float score = Cosine(Vec(*f), e.centroid) + (f->explicit_date ? 0.1f : 0.0f) -
                  ((*docs_)[f->doc].copy ? 0.5f : 0.0f) -
                  (f->term_count < 4 || f->term_count > 40 ? 0.3f : 0.0f);
    if (score > best_score) {
      best = f;
      best_score = score;
    }
  }
  return best;
}

TimelineEntry TimelineBuilder::ToEntry(const Event& e, const std::string& story) const {
  TimelineEntry entry;
  entry.story = story;
  entry.date = e.date;
  entry.text = std::string(SentenceText(*Representative(e)));
  entry.weight = e.weight;
  absl::btree_set<uint32_t> entities;
  for (const EventFrame* f : e.members) {
    entities.insert(f->entities.begin(), f->entities.end());
    const DocInfo& d = (*docs_)[f->doc];
    entry.reports.push_back({d.id, f->sentence, f->span.begin, f->span.end, f->via});
    if (d.copy) continue;
    std::string origin = OriginOf(*f);
    if (std::find(entry.origins.begin(), entry.origins.end(), origin) == entry.origins.end()) {
      entry.origins.push_back(origin);
    }
  }
  for (uint32_t ent : entities) entry.entities.push_back("e" + std::to_string(ent + 1));
  entry.independent_sources = static_cast<int>(entry.origins.size());
  return entry;
}

}  // namespace storyline::link
