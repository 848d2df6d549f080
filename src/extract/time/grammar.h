// Grammar: the temporal word lists and token patterns of every language in
// data/time/<lang>/, merged into one alphabet of word classes so the matcher
// scans a mixed English/Russian text once.
//
// Files per language (all TSV, '#' comments):
//   lexicon.tsv   word, CLASS, value   ("december MONTH 12", "last MOD -1")
//   patterns.tsv  pattern, TYPE, kind  ("MONTH .? DAY ,? YEAR  DATE date")
//   tense.tsv     word, PAST|PRESENT|FUTURE|REPORT   (optional; REPORT = past
//                 reporting verb, see tense.h)
//   count_nouns.tsv  one word a line   (optional; "1967 people" is no year)
//   extent_prefixes.tsv  one phrase a line (optional; "at least", "more than":
//                 words before an amount of time that TimeML keeps in its extent)
//   abbreviations.tsv  one word a line (optional; "vs", "gen": a period after it
//                 ends no sentence when the text layer gave none)
//   holidays.tsv  name, day rule (optional; "thanksgiving day  11-22+4": the
//                 first Thursday on or after Nov 22; "christmas  12-25"). Each
//                 name becomes rules "NAME", "MOD NAME", "NAME ,? YEAR".
// Pattern elements: UPPERCASE names a class (lexicon classes and the number
// classes of token_scanner.h), anything else is a literal token, and a trailing
// '?' makes the element optional (expanded at load time). A leading '@' marks a
// first or last element as context: it must match but stays out of the extent
// ("the year @ended": "the year" is the timex, "ended" only tells its reading;
// "@later @in the UNIT": "the day" in "later in the day").
// Immutable after Load(); safe to share across threads.
#ifndef STORYLINE_EXTRACT_TIME_GRAMMAR_H_
#define STORYLINE_EXTRACT_TIME_GRAMMAR_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "src/core/analysis.h"
#include "src/core/status.h"

namespace storyline::temporal {

// Debian's abseil has its own string_view type; convert at the boundary.
inline absl::string_view AbslView(std::string_view s) { return {s.data(), s.size()}; }

// Word classes known to the normalizer. Their ids are fixed; literal tokens used
// by patterns get ids after kNumFixedClasses.
enum Cls : uint16_t {
  kMonth, kWeekday, kWeekdays, kNumW, kA, kOrdW, kUnit, kMod, kShift, kRelDay,
  kRef, kPart, kSeason, kSetW, kEvery, kAmPm, kEdge, kApprox, kFiscal, kZone,
  kYear, kDay, kNum, kOrdNum, kDecade, kNumDate,
  kNumFixedClasses
};

// How a matched pattern is turned into a value (normalizer.cc).
enum class Kind { kDate, kSplit, kIso, kRel, kAnchor, kAgo, kDur, kDecadeK, kQuarter,
                  kRef, kSet, kTime, kYearAgo, kVague, kSpokenYear, kHoliday, kThat,
                  kHalf, kCentury, kWithin, kNumeric };

enum class Tense { kUnknown, kPast, kPresent, kFuture };

struct LexEntry {
  uint16_t cls = 0;
  std::string value;  // class-specific: "12", "-1", "P1D", "PRESENT_REF", "Y"
};

struct Rule {
  std::vector<uint16_t> elements;  // class ids, optional elements already expanded
  uint8_t context = 0;             // trailing elements outside the extent ('@')
  uint8_t lead = 0;                // leading elements outside the extent ('@')
  TimexType type = TimexType::kDate;
  Kind kind = Kind::kDate;
  std::string source;  // the pattern line, for messages and debugging
  std::string day_rule;  // kHoliday only: "MM-DD" or "MM-DD+w" (holidays.tsv)
};

class Grammar {
 public:
  // Loads and merges data_dir/time/<lang>/ for each of `languages`.
  // Errors: NotFound naming a missing file, InvalidArgument naming a bad line.
  static absl::StatusOr<Grammar> Load(const std::string& data_dir,
                                      const std::vector<std::string>& languages);

  // Lexicon entries for a lower-cased word or punctuation token; null if none.
  const std::vector<LexEntry>* Lookup(std::string_view lower) const {
    auto it = words_.find(AbslView(lower));
    return it == words_.end() ? nullptr : &it->second;
  }
  // Cheap pre-filter before Lookup: false when no lexicon word has this first
  // byte and length (most tokens of a text).
  bool MaybeWord(std::string_view lower) const {
    return lower.size() < 32 && first_len_[static_cast<unsigned char>(lower[0])] >> lower.size() & 1;
  }
  Tense TenseOf(std::string_view lower) const {
    auto it = tense_.find(AbslView(lower));
    return it == tense_.end() ? Tense::kUnknown : it->second;
  }
  bool IsCountNoun(std::string_view lower) const { return count_nouns_.contains(AbslView(lower)); }
  bool IsAbbreviation(std::string_view lower) const {
    return abbreviations_.contains(AbslView(lower));
  }
  // A past reporting verb ("said", "told"): the time of the speech act, a weaker
  // cue for the reported event than a verb of its own clause (tense.tsv REPORT).
  bool IsReporting(std::string_view lower) const { return reporting_.contains(AbslView(lower)); }
  const std::vector<Rule>& rules() const { return rules_; }
  // Lower-cased token sequences of extent_prefixes.tsv, longest first.
  const std::vector<std::vector<std::string>>& extent_prefixes() const { return extent_prefixes_; }
  uint16_t num_classes() const { return static_cast<uint16_t>(class_names_.size()); }

 private:
  Grammar();
  absl::Status LoadLexicon(const std::string& path);
  absl::Status LoadPatterns(const std::string& path);
  absl::Status LoadTense(const std::string& path);
  absl::Status LoadCountNouns(const std::string& path);
  absl::Status LoadWordSet(const std::string& path, absl::flat_hash_set<std::string>* out);
  absl::Status LoadExtentPrefixes(const std::string& path);
  absl::Status LoadHolidays(const std::string& path);
  absl::StatusOr<uint16_t> ClassOf(std::string_view element);
  void IndexWord(const std::string& word);

  absl::flat_hash_map<std::string, uint16_t> class_ids_;
  std::vector<std::string> class_names_;
  absl::flat_hash_map<std::string, std::vector<LexEntry>> words_;
  absl::flat_hash_map<std::string, Tense> tense_;
  absl::flat_hash_set<std::string> count_nouns_;
  absl::flat_hash_set<std::string> abbreviations_;
  absl::flat_hash_set<std::string> reporting_;
  std::vector<Rule> rules_;
  std::vector<std::vector<std::string>> extent_prefixes_;
  uint32_t first_len_[256] = {};  // bit L set: some word starts with this byte, has length L
};

}  // namespace storyline::temporal

#endif  // STORYLINE_EXTRACT_TIME_GRAMMAR_H_
