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

}  // namespace storyline::link
