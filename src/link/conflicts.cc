// Conflicts among the reports of one event (TimelineBuilder::Conflicts).
//
// Numbers: reports counting the same noun ("soldier") with values more than
// kNumberTolerance apart disagree; one side per value. A bounded value ("at
// least 400") does not conflict with a larger one ("500"): both can be true.
// Negation: when some non-copy reports of the event are negated and others are
// not ("is not evacuating the base" / "is evacuating the base"), one side each
// -- but only reports that say nearly the same thing (cosine >= kNegationPair)
// and where the other report affirms what is denied (a content word right after
// the negation, "not evacuating" -> "evacuate", occurs in it): an event's
// reports often carry an unrelated "no" ("no shots were fired") that
// contradicts nothing.
// Copies never form a side of their own: they repeat their original.
//
// Dates (DateConflicts): two events dated to different days less than
// kDateConflictDays apart, alike as a whole (centroid cosine >=
// kDateConflictPair), where reports from different documents give the same
// count written in digits (>= kSpecificQuantity of the same noun) in sentences
// alike but not copied (kDateConflictSentences <= cosine < kSameWording). On
// Timeline17 this finds 9 pairs over the six topics, e.g. a quake's death toll
// dated to the quake's day by one outlet and to "last Tuesday" a week later by
// another, or a live blog's Friday crowd count re-dated to the next Friday; a
// count in words ("thousands of people") matched hundreds of unrelated pairs.
// Tried and removed: a denial in one event against an affirmation of the same
// verb in another (cosine >= 0.15): right on the seeds, but 20-260 mostly
// unrelated pairs per Timeline17 topic (one rare shared verb decides it).

#include <algorithm>
#include <cmath>

#include "absl/container/btree_map.h"
#include "absl/strings/str_cat.h"
#include "src/link/timeline_builder.h"

namespace storyline::link {
namespace {

constexpr double kNumberTolerance = 0.05;
constexpr float kNegationPair = 0.5f;

void AddTo(ConflictSide& side, const std::string& doc, const std::string& origin) {
  if (std::find(side.docs.begin(), side.docs.end(), doc) == side.docs.end()) side.docs.push_back(doc);
  if (std::find(side.origins.begin(), side.origins.end(), origin) == side.origins.end()) {
    side.origins.push_back(origin);
  }
}

bool Compatible(const Quantity& a, const Quantity& b) {
  const double hi = std::max(a.value, b.value), lo = std::min(a.value, b.value);
  if (hi - lo <= kNumberTolerance * hi) return true;
  const Quantity& low = a.value < b.value ? a : b;
  return low.qualifier == "at least" || low.qualifier == "more than" || low.qualifier == "over";
}

bool Affirms(const EventFrame& f, const std::vector<uint32_t>& denied) {
  for (uint32_t t : denied) {
    auto it = std::lower_bound(f.vec.begin(), f.vec.end(), std::make_pair(t, 0.0f),
                               [](const auto& a, const auto& b) { return a.first < b.first; });
    if (it != f.vec.end() && it->first == t) return true;
  }
  return false;
}

// A specific count written in digits ("12 crew members", "1,200 people") that
// both frames give for the same noun; "thousands of people" is no evidence.
bool SharesExactCount(const EventFrame& a, const EventFrame& b) {
  auto exact = [](const Quantity& q) {
    return q.value >= TimelineBuilder::kSpecificQuantity && q.has_digits;
  };
  for (const Quantity& x : a.quantities) {
    for (const Quantity& y : b.quantities) {
      if (x.unit == y.unit && x.value == y.value && exact(x) && exact(y)) return true;
    }
  }
  return false;
}

}  // namespace

std::vector<Conflict> TimelineBuilder::Conflicts(const Event& e, const std::string& story) const {
  std::vector<Conflict> out;
  // unit -> value -> side
  absl::btree_map<std::string, absl::btree_map<double, std::pair<Quantity, ConflictSide>>> counts;
  ConflictSide negated, affirmed;
  for (const EventFrame* f : e.members) {
    const DocInfo& d = (*docs_)[f->doc];
    if (d.copy) continue;
    const std::string origin = OriginOf(*f);
    for (const Quantity& q : f->quantities) {
      auto& [quantity, side] = counts[q.unit][q.value];
      if (side.claim.empty()) {
        quantity = q;
        side.claim = std::string(q.span.Of(d.text));
      }
      AddTo(side, d.id, origin);
    }
    if (!f->negated) continue;
    for (const EventFrame* g : e.members) {
      const DocInfo& gd = (*docs_)[g->doc];
      if (g->negated || gd.copy || g->doc == f->doc || Cosine(f->vec, g->vec) < kNegationPair ||
          !Affirms(*g, f->negated_terms)) {
        continue;
      }
      if (negated.claim.empty()) negated.claim = std::string(SentenceText(*f));
      if (affirmed.claim.empty()) affirmed.claim = std::string(SentenceText(*g));
      AddTo(negated, d.id, origin);
      AddTo(affirmed, gd.id, OriginOf(*g));
    }
  }
  for (auto& [unit, values] : counts) {
    if (values.size() < 2) continue;
    bool disagree = false;
    for (auto a = values.begin(); a != values.end(); ++a) {
      for (auto b = std::next(a); b != values.end(); ++b) {
        disagree |= !Compatible(a->second.first, b->second.first);
      }
    }
    if (!disagree) continue;
    Conflict c{story, absl::StrCat("number of ", unit, " (", e.date, ")"), {}};
    for (auto& [value, qs] : values) c.sides.push_back(qs.second);
    out.push_back(std::move(c));
  }
  if (!negated.docs.empty()) {
    out.push_back({story, absl::StrCat("negation (", e.date, ")"), {affirmed, negated}});
  }
  return out;
}

std::vector<Conflict> TimelineBuilder::DateConflicts(const std::vector<Event>& events,
                                                    const std::string& story) const {
  std::vector<Conflict> out;
  // Day-dated events with a count in digits among their reports, in date order:
  // only they can take part, and there are few of them.
  std::vector<std::pair<int, size_t>> days;
  for (size_t i = 0; i < events.size(); ++i) {
    int day = 0;
    if (!events[i].explicit_date || events[i].date.size() != 10 ||
        !DayNumber(events[i].date, &day)) {
      continue;
    }
    const bool counts = std::any_of(
        events[i].members.begin(), events[i].members.end(), [](const EventFrame* f) {
          return std::any_of(f->quantities.begin(), f->quantities.end(), [](const Quantity& q) {
            return q.has_digits && q.value >= kSpecificQuantity;
          });
        });
    if (counts) days.push_back({day, i});
  }
  std::sort(days.begin(), days.end());
  for (size_t a = 0; a < days.size(); ++a) {
    for (size_t b = a + 1; b < days.size() && days[b].first - days[a].first <= kDateConflictDays;
         ++b) {
      if (days[b].first == days[a].first) continue;
      const Event& x = events[days[a].second];
      const Event& y = events[days[b].second];
      if (Cosine(x.centroid, y.centroid) < kDateConflictPair) continue;
      // Reports from different documents that count the same specific thing
      // ("35,000 people") in other words, on different days.
      Conflict conflict;
      for (const EventFrame* f : x.members) {
        for (const EventFrame* g : y.members) {
          if (f->doc == g->doc || (*docs_)[f->doc].copy || (*docs_)[g->doc].copy ||
              !SharesExactCount(*f, *g)) {
            continue;
          }
          const float sim = Cosine(Vec(*f), Vec(*g));
          if (sim < kDateConflictSentences || sim >= kSameWording) continue;
          if (conflict.sides.empty()) {
            conflict = {story, absl::StrCat("date (", x.date, " / ", y.date, ")"), {{}, {}}};
            conflict.sides[0].claim = std::string(SentenceText(*f));
            conflict.sides[1].claim = std::string(SentenceText(*g));
          }
          AddTo(conflict.sides[0], (*docs_)[f->doc].id, OriginOf(*f));
          AddTo(conflict.sides[1], (*docs_)[g->doc].id, OriginOf(*g));
        }
      }
      if (!conflict.sides.empty()) out.push_back(std::move(conflict));
    }
  }
  return out;
}

}  // namespace storyline::link
