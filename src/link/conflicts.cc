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
// Timeline17 this finds 30-odd pairs, e.g. a quake's death toll dated to the
// quake's day by one outlet and to "last Tuesday" a week later by another,
// or a live blog's Friday crowd count re-dated to the next Friday; a count in
// words ("thousands of people") matched hundreds of unrelated pairs.
//
// Across events (CrossEventConflicts): a report denying an action ("is not
// currently evacuating the base": the head, a verb form after not/never/did
// not) against reports of other events of the story, from other documents,
// that affirm it ("continues to evacuate assets") and share enough of the
// story's particular words (story-weighted cosine >= kCrossNegationPair).
// Such reports may describe different moments -- the conflict names both
// dates -- which is what a reader checking a denial wants to see side by side.
// On the seeds the denial pairs score 0.17 and 0.26 against the affirmation;
// unrelated pairs that share the verb score below 0.10.
#include <algorithm>
#include <cmath>

#include "absl/container/btree_map.h"
#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
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

std::vector<Conflict> TimelineBuilder::CrossEventConflicts(
    const std::vector<const EventFrame*>& frames, const std::vector<Event>& events,
    const std::string& story) const {
  absl::flat_hash_map<const EventFrame*, size_t> event_of;
  for (size_t i = 0; i < events.size(); ++i) {
    for (const EventFrame* f : events[i].members) event_of[f] = i;
  }
  auto date_of = [&](const EventFrame* f) -> std::string {
    auto it = event_of.find(f);
    return it == event_of.end() ? "undated" : events[it->second].date;
  };
  // The affirming frames of each denied head, found in one pass over the story.
  absl::flat_hash_map<uint32_t, std::vector<const EventFrame*>> affirming;
  // A document that denies an action and elsewhere mentions it affirmatively
  // ("talks to evacuate more soldiers") is not in conflict with itself.
  absl::flat_hash_set<std::pair<uint32_t, uint32_t>> denied_in;  // (doc, head)
  for (const EventFrame* f : frames) {
    if (!f->negated || (*docs_)[f->doc].copy) continue;
    for (uint32_t head : f->denied_heads) {
      affirming[head];
      denied_in.insert({f->doc, head});
    }
  }
  if (affirming.empty()) return {};
  for (const EventFrame* g : frames) {
    if (g->negated || (*docs_)[g->doc].copy) continue;
    for (const auto& [t, w] : g->vec) {
      auto it = affirming.find(t);
      if (it != affirming.end()) it->second.push_back(g);
    }
  }
  // One conflict per denied head: the negating reports against the affirming ones.
  absl::btree_map<uint32_t, Conflict> by_head;
  for (const EventFrame* f : frames) {
    if (!f->negated || (*docs_)[f->doc].copy) continue;
    for (uint32_t head : f->denied_heads) {
      for (const EventFrame* g : affirming[head]) {
        auto fe = event_of.find(f), ge = event_of.find(g);
        const bool same_event =
            fe != event_of.end() && ge != event_of.end() && fe->second == ge->second;
        if (denied_in.contains({g->doc, head}) || same_event ||
            Cosine(Vec(*f), Vec(*g)) < kCrossNegationPair) {
          continue;
        }
        Conflict& c = by_head[head];
        if (c.sides.empty()) {
          c.story = story;
          c.about = absl::StrCat("negation across events (", date_of(g), " / ", date_of(f), ")");
          c.sides.resize(2);
          c.sides[0].claim = std::string(SentenceText(*g));
          c.sides[1].claim = std::string(SentenceText(*f));
        }
        AddTo(c.sides[0], (*docs_)[g->doc].id, OriginOf(*g));
        AddTo(c.sides[1], (*docs_)[f->doc].id, OriginOf(*f));
      }
    }
  }
  std::vector<Conflict> out;
  for (auto& [head, c] : by_head) out.push_back(std::move(c));
  return out;
}

std::vector<Conflict> TimelineBuilder::DateConflicts(const std::vector<Event>& events,
                                                    const std::string& story) const {
  std::vector<Conflict> out;
  // Day-dated events in date order.
  std::vector<std::pair<int, size_t>> days;
  for (size_t i = 0; i < events.size(); ++i) {
    int day = 0;
    if (events[i].explicit_date && events[i].date.size() == 10 && DayNumber(events[i].date, &day)) {
      days.push_back({day, i});
    }
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
