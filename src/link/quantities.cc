#include "src/link/quantities.h"

#include <fstream>

#include "absl/strings/ascii.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_replace.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"

namespace storyline::link {
namespace {

bool IsAlnum(char c) { return absl::ascii_isalnum(static_cast<unsigned char>(c)); }
bool IsDigit(char c) { return absl::ascii_isdigit(static_cast<unsigned char>(c)); }

}  // namespace

std::string SingularNoun(std::string_view w) {
  std::string s(w);
  if (s.size() > 4 && s.ends_with("ies")) return s.substr(0, s.size() - 3) + "y";
  if (s.size() > 3 && s.ends_with("s") && !s.ends_with("ss")) s.pop_back();
  return s;
}

absl::StatusOr<std::unique_ptr<QuantityFinder>> QuantityFinder::Load(const std::string& data_dir) {
  const std::string path = data_dir + "/link/quantity_words.tsv";
  std::ifstream in(path);
  if (!in) return absl::NotFoundError("cannot read " + path);
  auto finder = std::unique_ptr<QuantityFinder>(new QuantityFinder());
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> cols = absl::StrSplit(line, '\t');
    double value = 0;
    if (cols[0] == "qualifier" && cols.size() >= 2) {
      finder->qualifiers_.push_back(absl::StrSplit(cols[1], ' '));
    } else if ((cols[0] == "number" || cols[0] == "scale") && cols.size() >= 3 &&
               absl::SimpleAtod(cols[2], &value)) {
      (cols[0] == "number" ? finder->numbers_ : finder->scales_)[cols[1]] = value;
    } else if ((cols[0] == "unit_skip" || cols[0] == "month") && cols.size() >= 2) {
      (cols[0] == "month" ? finder->months_ : finder->unit_skip_).insert(cols[1]);
    } else {
      return absl::InvalidArgumentError(path + ": bad line: " + line);
    }
  }
  // Function words after a number are never what it counts ("27, after ...").
  std::ifstream stop(data_dir + "/link/stopwords.txt");
  for (std::string w; std::getline(stop, w);) finder->unit_skip_.insert(w);
  return finder;
}

// Words are runs of letters/digits/bytes >= 0x80; "1,200", "2.5" and "94%" stay whole.
std::vector<QuantityFinder::Word> QuantityFinder::Split(std::string_view text) {
  std::vector<Word> words;
  size_t i = 0;
  auto word_byte = [&](size_t k) {
    char c = text[k];
    if (IsAlnum(c) || static_cast<unsigned char>(c) >= 0x80) return true;
    return (c == ',' || c == '.') && k > 0 && k + 1 < text.size() && IsDigit(text[k - 1]) &&
           IsDigit(text[k + 1]);
  };
  while (i < text.size()) {
    while (i < text.size() && !word_byte(i)) ++i;
    size_t start = i;
    while (i < text.size() && word_byte(i)) ++i;
    if (i < text.size() && text[i] == '%' && i > start) ++i;
    if (i > start) {
      words.push_back({absl::AsciiStrToLower(std::string(text.substr(start, i - start))),
                       {static_cast<uint32_t>(start), static_cast<uint32_t>(i)}});
    }
  }
  return words;
}

bool QuantityFinder::ParseNumber(const Word& w, double* value) const {
  if (IsDigit(w.lower[0])) {
    std::string digits = absl::StrReplaceAll(w.lower, {{",", ""}, {"%", ""}});
    return absl::SimpleAtod(digits, value);
  }
  auto it = numbers_.find(w.lower);
  if (it == numbers_.end()) return false;
  *value = it->second;
  return true;
}

std::vector<Quantity> QuantityFinder::Find(std::string_view text, uint32_t offset) const {
  std::vector<Quantity> out;
  std::vector<Word> words = Split(text);
  for (size_t i = 0; i < words.size(); ++i) {
    double value = 0;
    if (!ParseNumber(words[i], &value)) continue;
    const bool percent = words[i].lower.ends_with("%");
    const bool plain_year = value >= 1900 && value <= 2100 && IsDigit(words[i].lower[0]) &&
                            words[i].lower.find(',') == std::string::npos;
    // Day of month ("January 18") or a year: dates belong to the time stage.
    if (plain_year || (i > 0 && months_.contains(words[i - 1].lower))) continue;
    size_t j = i + 1;
    while (j < words.size() && scales_.contains(words[j].lower)) value *= scales_.at(words[j++].lower);
    if (j < words.size() && words[j].lower == "of") ++j;
    std::string unit = percent ? "percent" : "";
    if (!percent) {
      if (j >= words.size() || IsDigit(words[j].lower[0]) || unit_skip_.contains(words[j].lower)) {
        continue;
      }
      // "the"/"its" between "of" and the noun: "94% of its personnel" handled above;
      // "hundreds of the soldiers" is rare enough to miss.
      unit = SingularNoun(words[j].lower);
    }
    Quantity q;
    q.value = value;
    q.unit = unit;
    q.has_digits = IsDigit(words[i].lower[0]);
    size_t first = i;
    for (const auto& qual : qualifiers_) {
      if (qual.size() > i) continue;
      bool match = true;
      for (size_t k = 0; k < qual.size() && match; ++k) match = words[i - qual.size() + k].lower == qual[k];
      if (match) {
        q.qualifier = absl::StrJoin(qual, " ");
        first = i - qual.size();
        break;
      }
    }
    const size_t last = percent ? i : j;
    q.span = {offset + words[first].span.begin, offset + words[last].span.end};
    out.push_back(std::move(q));
    i = last;
  }
  return out;
}

}  // namespace storyline::link
