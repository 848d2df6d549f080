// eval_timex --classes: counts the tuning part's errors per class (error_classes.h),
// prints what value F1 and strict extent F1 would be were each class scored right
// (the "oracle per class"), the split of the gap into conventions and ours, and the
// gold's own spread for the convention families.
//
// Not thread-safe; one per evaluation run. Keeps pointers to the documents it is given.
#ifndef STORYLINE_BENCH_TIME_CLASS_TALLY_H_
#define STORYLINE_BENCH_TIME_CLASS_TALLY_H_

#include <map>
#include <set>
#include <string>
#include <vector>

#include "bench/time/timeml.h"

namespace storyline::bench {

// Totals of the part being classified, as eval_timex counts them.
struct PartTotals {
  int gold = 0, sys = 0, strict = 0, value = 0;
};

class ClassTally {
 public:
  // `docs`: the tuning part, to look up how the gold treats the same words elsewhere.
  explicit ClassTally(std::vector<const TimemlDoc*> docs);

  // Each counts one error and returns its class ("; both ways" added when the gold
  // treats the same words both ways elsewhere), for the --errors line.
  std::string Miss(const TimemlDoc& doc, const Timex& gold);
  std::string FalseAlarm(const TimemlDoc& doc, const Timex& sys);
  std::string WrongValue(const TimemlDoc& doc, const Timex& gold, const Timex& sys);
  std::string WrongExtent(const TimemlDoc& doc, const Timex& gold, const Timex& sys);

  void Print(const PartTotals& totals) const;

 private:
  // What scoring errors right would change in the part's totals.
  struct Delta {
    int sys = 0, strict = 0, value = 0;
    void operator+=(const Delta& d) { sys += d.sys, strict += d.strict, value += d.value; }
  };
  struct Effect {
    int count = 0;
    Delta delta;
    int both_ways_count = 0;  // of these, errors on a surface the gold treats both ways
    Delta both_ways_delta;
  };
  std::string Add(std::string error_class, const Delta& delta, bool both_ways);
  bool UntaggedElsewhere(const std::string& lower_text) const;
  void PrintSpread() const;
  void PrintReferenceWords() const;

  std::vector<const TimemlDoc*> docs_;
  // Lower-cased gold timex text -> the value shapes the gold gives it in the part.
  std::map<std::string, std::set<std::string>> gold_shapes_;
  std::map<std::string, Effect> classes_;
};

}  // namespace storyline::bench

#endif  // STORYLINE_BENCH_TIME_CLASS_TALLY_H_
