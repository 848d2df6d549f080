// Oracle arithmetic: value F1 = 2PR/(P+R) with P = v/s and R = v/g is 2v/(s+g), so
// scoring a class right is a change to v (and s) only: a wrong value counted right
// adds one to v; a miss found with the gold's value and extent adds one to v, s and
// strict; a false alarm dropped takes one from s; a wrong extent fixed adds one to
// strict.
#include "bench/time/class_tally.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdio>

#include "bench/time/error_classes.h"

namespace storyline::bench {
namespace {

// Calls f(begin) for each whole-word occurrence of `word` in `text`.
template <typename F>
void ForEachWord(const std::string& text, const std::string& word, F f) {
  if (word.empty()) return;
  for (size_t p = text.find(word); p != std::string::npos; p = text.find(word, p + 1)) {
    size_t end = p + word.size();
    if ((p == 0 || !IsWordChar(text[p - 1])) && (end == text.size() || !IsWordChar(text[end]))) {
      f(p);
    }
  }
}

bool InsideGold(const TimemlDoc& doc, size_t begin, size_t end) {
  ByteSpan span{static_cast<uint32_t>(begin), static_cast<uint32_t>(end)};
  return std::any_of(doc.gold.begin(), doc.gold.end(),
                     [&](const Timex& g) { return g.span.Overlaps(span); });
}

double F1Of(int hits, int sys, int gold) { return sys + gold ? 2.0 * hits / (sys + gold) : 0; }

TimexSide Side(const TimemlDoc& doc, const Timex& t) {
  return {t.span.Of(doc.text), t.value};
}

}  // namespace

ClassTally::ClassTally(std::vector<const TimemlDoc*> docs) : docs_(std::move(docs)) {
  for (const TimemlDoc* doc : docs_) {
    for (const Timex& g : doc->gold) {
      gold_shapes_[Lower(g.span.Of(doc->text))].insert(ValueShape(g.value));
    }
  }
}

std::string ClassTally::Add(std::string error_class, const Delta& delta, bool both_ways) {
  Effect& e = classes_[error_class];
  e.count++;
  e.delta += delta;
  if (both_ways) {
    e.both_ways_count++;
    e.both_ways_delta += delta;
  }
  return both_ways ? error_class + "; both ways" : error_class;
}

bool ClassTally::UntaggedElsewhere(const std::string& lower_text) const {
  for (const TimemlDoc* doc : docs_) {
    const std::string text = Lower(doc->text);
    bool found = false;
    ForEachWord(text, lower_text, [&](size_t p) {
      found = found || !InsideGold(*doc, p, p + lower_text.size());
    });
    if (found) return true;
  }
  return false;
}

std::string ClassTally::Miss(const TimemlDoc& doc, const Timex& gold) {
  TimexSide side = Side(doc, gold);
  bool untagged = UntaggedElsewhere(Lower(side.text));
  return Add(ClassifyMiss(side, untagged), {.sys = 1, .strict = 1, .value = 1}, untagged);
}

std::string ClassTally::FalseAlarm(const TimemlDoc& doc, const Timex& sys) {
  TimexSide side = Side(doc, sys);
  bool tagged = gold_shapes_.contains(Lower(side.text));
  return Add(ClassifyFalseAlarm(side, tagged), {.sys = -1}, tagged);
}

std::string ClassTally::WrongValue(const TimemlDoc& doc, const Timex& gold, const Timex& sys) {
  // Both ways: another value shape, and the gold gives the same words ours elsewhere
  // ("last week" 1989-WXX here, 1998-W33 there). Direction errors keep the shape.
  const std::string sys_shape = ValueShape(sys.value);
  auto written_ours = [&](const Timex& t) {
    auto it = gold_shapes_.find(Lower(t.span.Of(doc.text)));
    return it != gold_shapes_.end() && it->second.contains(sys_shape);
  };
  bool both_ways = ValueShape(gold.value) != sys_shape && (written_ours(gold) || written_ours(sys));
  return Add(ClassifyWrongValue(Side(doc, gold), Side(doc, sys), doc.dct), {.value = 1},
             both_ways);
}

std::string ClassTally::WrongExtent(const TimemlDoc& doc, const Timex& gold, const Timex& sys) {
  // Both ways: our span's words are a whole gold timex elsewhere.
  bool both_ways = gold_shapes_.contains(Lower(sys.span.Of(doc.text)));
  return Add(ClassifyExtent(Side(doc, gold), Side(doc, sys)), {.strict = 1}, both_ways);
}

void ClassTally::Print(const PartTotals& t) const {
  auto value_f1 = [&](const Delta& d) { return F1Of(t.value + d.value, t.sys + d.sys, t.gold); };
  auto strict_f1 = [&](const Delta& d) {
    return F1Of(t.strict + d.strict, t.sys + d.sys, t.gold);
  };
  std::printf("\nerror classes, tuning part (oracle: F1 were this class scored right; both ways:"
              " errors on words the gold treats both ways elsewhere in the part)\n");
  std::printf("  %-50s %5s %5s  %8s  %9s  %s\n", "class", "count", "both", "value F1",
              "strict F1", "whose");
  Delta conv, ours, ours_both_ways, ours_one_way;
  for (const auto& [name, e] : classes_) {
    bool is_conv = IsConvention(name);
    std::printf("  %-50s %5d %5d  %8.3f  %9.3f  %s\n", name.c_str(), e.count, e.both_ways_count,
                value_f1(e.delta), strict_f1(e.delta), is_conv ? "convention" : "ours");
    (is_conv ? conv : ours) += e.delta;
    if (!is_conv) {
      ours_both_ways += e.both_ways_delta;
      const Delta& both = e.both_ways_delta;
      ours_one_way += {e.delta.sys - both.sys, e.delta.strict - both.strict,
                       e.delta.value - both.value};
    }
  }
  auto line = [&](const char* what, const Delta& d) {
    std::printf("  %-62s  %8.3f  %9.3f\n", what, value_f1(d), strict_f1(d));
  };
  Delta upper = conv;
  upper += ours_both_ways;
  line("now", {});
  line("convention classes scored right", conv);
  line("convention classes and ours' both-ways errors scored right", upper);
  line("ours without both-ways evidence scored right", ours_one_way);
  line("all of ours scored right", ours);
  PrintSpread();
  PrintReferenceWords();
}

// How the gold itself writes each convention family: value shapes with counts.
void ClassTally::PrintSpread() const {
  std::map<std::string, std::map<std::string, int>> spread;
  for (const TimemlDoc* doc : docs_) {
    for (const Timex& g : doc->gold) {
      std::string family = SpreadFamily(Side(*doc, g));
      if (!family.empty()) spread[family][ValueShape(g.value)]++;
    }
  }
  std::printf("\ngold's own spread (tuning part): family: value shape x count\n");
  for (const auto& [family, shapes] : spread) {
    std::printf("  %-24s", family.c_str());
    for (const auto& [shape, n] : shapes) std::printf(" %s x%d", shape.c_str(), n);
    std::printf("\n");
  }
}

// How often the gold tags each reference word where it stands (any gold timex
// covering it counts as tagged).
void ClassTally::PrintReferenceWords() const {
  constexpr std::array<const char*, 12> kWords = {
      "now", "current", "currently", "recently", "recent", "soon", "future",
      "previously", "once", "already", "formerly", "today"};
  std::printf("\nreference words (tuning part): tagged / occurrences\n ");
  for (const char* word : kWords) {
    int tagged = 0, all = 0;
    for (const TimemlDoc* doc : docs_) {
      const std::string text = Lower(doc->text);
      ForEachWord(text, word, [&](size_t p) {
        all++;
        tagged += InsideGold(*doc, p, p + std::string_view(word).size());
      });
    }
    std::printf(" %s %d/%d", word, tagged, all);
  }
  std::printf("\n");
}

}  // namespace storyline::bench
