// Sorting the tagger's errors against TimeML gold into classes, by rule only
// (value shapes and surface words), so a ceiling can be stated in numbers: how much
// of the value-F1 gap is the gold's own inconsistency (a convention the two corpora,
// or one corpus, apply both ways) and how much is the tagger's.
//
// Stateless functions; safe to call from any thread.
#ifndef STORYLINE_BENCH_TIME_ERROR_CLASSES_H_
#define STORYLINE_BENCH_TIME_ERROR_CLASSES_H_

#include <string>
#include <string_view>

namespace storyline::bench {

// ASCII lower case of `s`, and whether `c` is a letter or digit: the shared
// text helpers of the classifier and the tally.
std::string Lower(std::string_view s);
bool IsWordChar(char c);

// One side of a comparison: the covered text and the TIMEX3 value.
struct TimexSide {
  std::string_view text;
  std::string_view value;
};

// A relaxed match whose value differs from the gold's. `dct` is "YYYY-MM-DD" (may be
// empty). Returns a class name such as "week convention" or "weekday direction"; the
// first rule that fires wins (see error_classes.cc for the order and why).
std::string ClassifyWrongValue(const TimexSide& gold, const TimexSide& sys,
                               std::string_view dct);

// A relaxed match with the right value but another extent: "we add a modifier",
// "we drop a modifier" or "other extent".
std::string ClassifyExtent(const TimexSide& gold, const TimexSide& sys);

// A gold timex with no overlapping system timex. `untagged_elsewhere`: the same text
// (lower-cased) stands outside any gold timex somewhere in the tuning part, i.e. the
// gold tags this word only some of the time.
std::string ClassifyMiss(const TimexSide& gold, bool untagged_elsewhere);

// A system timex with no overlapping gold timex. `tagged_elsewhere`: a gold timex with
// the same text (lower-cased) exists somewhere in the tuning part.
std::string ClassifyFalseAlarm(const TimexSide& sys, bool tagged_elsewhere);

// For the gold's own spread: the family of surfaces a convention class is about
// ("week, not a duration", "bare year", ...), or "" when the gold timex is in none.
std::string SpreadFamily(const TimexSide& gold);

// The value with digits replaced by 9: "1989-W43" -> "9999-W99", "2000-W7" -> "9999-W9".
std::string ValueShape(std::string_view value);

// True for the classes judged the gold's convention or slip rather than the tagger's
// error (the rule behind each is in error_classes.cc).
bool IsConvention(std::string_view error_class);

}  // namespace storyline::bench

#endif  // STORYLINE_BENCH_TIME_ERROR_CLASSES_H_
