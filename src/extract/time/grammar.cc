// Grammar loading: TSV files → one merged class alphabet, lexicon and rule list.
// Literal pattern tokens ("ago", ",", "года") become classes of their own and are
// entered into the lexicon, so the scanner gives every token its classes with a
// single hash lookup. Optional elements ("X?") are expanded here, so the matcher
// only sees plain sequences (a pattern with k optional parts yields 2^k rules;
// the data keeps k ≤ 3).
#include "src/extract/time/grammar.h"

#include <algorithm>
#include <fstream>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_split.h"

namespace storyline::temporal {
namespace {

constexpr const char* kFixedNames[] = {
    "MONTH", "WEEKDAY", "WEEKDAYS", "NUMW", "A", "ORDW", "UNIT", "MOD", "SHIFT", "RELDAY",
    "REF", "PART", "SEASON", "SETW", "EVERY", "AMPM", "EDGE", "APPROX", "FISCAL", "ZONE",
    "YEAR", "DAY", "NUM", "ORDNUM", "DECADE", "NUMDATE"};
static_assert(sizeof(kFixedNames) / sizeof(kFixedNames[0]) == kNumFixedClasses);

// Calls `fn(fields, line_number)` for each non-comment, non-blank line of `path`.
template <typename Fn>
absl::Status ForEachTsvLine(const std::string& path, bool required, Fn fn) {
  std::ifstream in(path);
  if (!in) {
    return required ? absl::NotFoundError("cannot read " + path) : absl::OkStatus();
  }
  std::string line;
  for (int n = 1; std::getline(in, line); ++n) {
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> fields = absl::StrSplit(line, '\t');
    if (absl::Status s = fn(fields, n); !s.ok()) {
      return absl::InvalidArgumentError(path + ":" + std::to_string(n) + ": " +
                                        std::string(s.message()));
    }
  }
  return absl::OkStatus();
}

absl::StatusOr<Kind> ParseKind(std::string_view s) {
  static const std::pair<const char*, Kind> kKinds[] = {
      {"date", Kind::kDate}, {"split", Kind::kSplit}, {"iso", Kind::kIso},
      {"rel", Kind::kRel}, {"anchor", Kind::kAnchor}, {"ago", Kind::kAgo},
      {"dur", Kind::kDur}, {"decade", Kind::kDecadeK}, {"quarter", Kind::kQuarter},
      {"ref", Kind::kRef}, {"set", Kind::kSet}, {"time", Kind::kTime},
      {"yearago", Kind::kYearAgo}, {"vague", Kind::kVague}, {"spoken", Kind::kSpokenYear},
      {"that", Kind::kThat}, {"half", Kind::kHalf}, {"century", Kind::kCentury},
      {"within", Kind::kWithin}, {"numeric", Kind::kNumeric}};
  for (const auto& [name, kind] : kKinds) {
    if (s == name) return kind;
  }
  return absl::InvalidArgumentError("unknown kind '" + std::string(s) + "'");
}

bool IsClassName(std::string_view s) {
  for (char c : s) {
    if (!absl::ascii_isupper(c)) return false;
  }
  return !s.empty();
}

}  // namespace

Grammar::Grammar() {
  for (const char* name : kFixedNames) {
    class_ids_[name] = static_cast<uint16_t>(class_names_.size());
    class_names_.push_back(name);
  }
}

absl::StatusOr<Grammar> Grammar::Load(const std::string& data_dir,
                                      const std::vector<std::string>& languages) {
  Grammar g;
  for (const std::string& lang : languages) {
    const std::string dir = data_dir + "/time/" + lang + "/";
    RETURN_IF_ERROR(g.LoadLexicon(dir + "lexicon.tsv"));
    RETURN_IF_ERROR(g.LoadPatterns(dir + "patterns.tsv"));
    RETURN_IF_ERROR(g.LoadTense(dir + "tense.tsv"));
    RETURN_IF_ERROR(g.LoadCountNouns(dir + "count_nouns.tsv"));
    RETURN_IF_ERROR(g.LoadExtentPrefixes(dir + "extent_prefixes.tsv"));
    RETURN_IF_ERROR(g.LoadHolidays(dir + "holidays.tsv"));
    RETURN_IF_ERROR(g.LoadWordSet(dir + "abbreviations.tsv", &g.abbreviations_));
  }
  return g;
}

absl::Status Grammar::LoadLexicon(const std::string& path) {
  return ForEachTsvLine(path, true, [&](const std::vector<std::string>& f, int) {
    if (f.size() != 3) return absl::InvalidArgumentError("want word<TAB>CLASS<TAB>value");
    auto it = class_ids_.find(f[1]);
    if (it == class_ids_.end() || it->second >= kNumFixedClasses) {
      return absl::InvalidArgumentError("unknown class '" + f[1] + "'");
    }
    words_[f[0]].push_back({it->second, f[2]});
    IndexWord(f[0]);
    return absl::OkStatus();
  });
}

absl::StatusOr<uint16_t> Grammar::ClassOf(std::string_view element) {
  if (auto it = class_ids_.find(AbslView(element)); it != class_ids_.end()) return it->second;
  if (IsClassName(element)) {
    return absl::InvalidArgumentError("unknown class '" + std::string(element) + "'");
  }
  // A literal token: a class of its own, entered into the lexicon.
  uint16_t id = static_cast<uint16_t>(class_names_.size());
  class_names_.emplace_back(element);
  class_ids_[std::string(element)] = id;
  words_[std::string(element)].push_back({id, ""});
  IndexWord(std::string(element));
  return id;
}

absl::Status Grammar::LoadPatterns(const std::string& path) {
  return ForEachTsvLine(path, true, [&](const std::vector<std::string>& f, int) {
    if (f.size() != 3) return absl::InvalidArgumentError("want pattern<TAB>TYPE<TAB>kind");
    Rule base;
    base.type = ParseTimexType(f[1]);
    ASSIGN_OR_RETURN(base.kind, ParseKind(f[2]));
    base.source = f[0];
    std::vector<std::vector<uint16_t>> variants = {{}};
    for (absl::string_view piece : absl::StrSplit(f[0], ' ', absl::SkipEmpty())) {
      std::string_view el(piece.data(), piece.size());
      const bool at_start = variants[0].size() == base.lead;  // no extent element yet
      const bool is_context = el.size() > 1 && el[0] == '@';
      if (is_context) {
        el.remove_prefix(1);
        ++(at_start ? base.lead : base.context);
      } else if (base.context > 0) {
        return absl::InvalidArgumentError("'@' context elements must come first or last");
      }
      bool optional = el.size() > 1 && el.back() == '?';
      if (optional && is_context) {
        return absl::InvalidArgumentError("a context element cannot be optional");
      }
      if (optional) el.remove_suffix(1);
      ASSIGN_OR_RETURN(uint16_t id, ClassOf(el));
      size_t n = variants.size();
      for (size_t i = 0; i < n; ++i) {
        if (optional) variants.push_back(variants[i]);
        variants[i].push_back(id);
      }
    }
    for (auto& v : variants) {
      Rule r = base;
      r.elements = std::move(v);
      rules_.push_back(std::move(r));
    }
    return absl::OkStatus();
  });
}

void Grammar::IndexWord(const std::string& word) {
  if (!word.empty() && word.size() < 32) {
    first_len_[static_cast<unsigned char>(word[0])] |= 1u << word.size();
  }
}

absl::Status Grammar::LoadTense(const std::string& path) {
  return ForEachTsvLine(path, false, [&](const std::vector<std::string>& f, int) {
    if (f.size() != 2) return absl::InvalidArgumentError("want word<TAB>TENSE");
    if (f[1] == "REPORT") reporting_.insert(f[0]);
    Tense t = f[1] == "PAST" || f[1] == "REPORT" ? Tense::kPast
              : f[1] == "FUTURE"                 ? Tense::kFuture
                                                 : Tense::kPresent;
    tense_[f[0]] = t;
    return absl::OkStatus();
  });
}

absl::Status Grammar::LoadCountNouns(const std::string& path) {
  return LoadWordSet(path, &count_nouns_);
}

absl::Status Grammar::LoadWordSet(const std::string& path, absl::flat_hash_set<std::string>* out) {
  return ForEachTsvLine(path, false, [&](const std::vector<std::string>& f, int) {
    out->insert(f[0]);
    return absl::OkStatus();
  });
}

absl::Status Grammar::LoadExtentPrefixes(const std::string& path) {
  RETURN_IF_ERROR(ForEachTsvLine(path, false, [&](const std::vector<std::string>& f, int) {
    std::vector<std::string> words = absl::StrSplit(f[0], ' ', absl::SkipEmpty());
    if (words.empty()) return absl::InvalidArgumentError("empty prefix");
    extent_prefixes_.push_back(std::move(words));
    return absl::OkStatus();
  }));
  // "no more than" must be tried before "more than".
  std::stable_sort(extent_prefixes_.begin(), extent_prefixes_.end(),
                   [](const auto& a, const auto& b) { return a.size() > b.size(); });
  return absl::OkStatus();
}

absl::Status Grammar::LoadHolidays(const std::string& path) {
  return ForEachTsvLine(path, false, [&](const std::vector<std::string>& f, int) {
    if (f.size() != 2 || f[1].size() < 5 || (f[1][2] != '-' && !absl::StartsWith(f[1], "easter"))) {
      return absl::InvalidArgumentError("want name<TAB>MM-DD[+weekday] or easter[±days][/W]");
    }
    std::vector<uint16_t> name;
    for (absl::string_view word : absl::StrSplit(f[0], ' ', absl::SkipEmpty())) {
      ASSIGN_OR_RETURN(uint16_t id, ClassOf(std::string_view(word.data(), word.size())));
      name.push_back(id);
    }
    // "Thanksgiving Day", "last Thanksgiving", "Christmas 2024", "Christmas, 2024".
    ASSIGN_OR_RETURN(uint16_t comma, ClassOf(","));
    std::vector<std::vector<uint16_t>> shapes = {name, name, name, name};
    shapes[1].insert(shapes[1].begin(), kMod);
    shapes[2].push_back(kYear);
    shapes[3].push_back(comma);
    shapes[3].push_back(kYear);
    for (auto& elements : shapes) {
      Rule r;
      r.elements = std::move(elements);
      r.kind = Kind::kHoliday;
      r.source = f[0];
      r.day_rule = f[1];
      rules_.push_back(std::move(r));
    }
    return absl::OkStatus();
  });
}

}  // namespace storyline::temporal
