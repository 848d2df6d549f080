#include "src/link/name_normalizer.h"

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <fstream>

namespace storyline::link {
namespace {
bool IsVowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

std::string ApplyRule(const std::string& word, const std::string& from, const std::string& to) {
  std::string out;
  size_t i = 0;
  while (i < word.size()) {
    if (word.compare(i, from.size(), from) == 0) { out += to; i += from.size(); }
    else out += word[i++];
  }
  return out;
}
}  // namespace

NameNormalizer::~NameNormalizer() = default;

absl::StatusOr<std::unique_ptr<NameNormalizer>> NameNormalizer::Create(const std::string& data_dir) {
  std::unique_ptr<NameNormalizer> n(new NameNormalizer());
  std::string path = data_dir + "/entities/name_rules.tsv";
  std::ifstream in(path);
  if (!in) return absl::NotFoundError("missing name rules: " + path);
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    size_t t1 = line.find('\t');
    if (t1 == std::string::npos) continue;
    size_t t2 = line.find('\t', t1 + 1);
    std::string kind = line.substr(0, t1);
    std::string a = line.substr(t1 + 1, t2 == std::string::npos ? std::string::npos : t2 - t1 - 1);
    if (kind == "particle") n->particles_.insert(a);
    if (kind == "rule" && t2 != std::string::npos) n->rules_.emplace_back(a, line.substr(t2 + 1));
  }
  UErrorCode status = U_ZERO_ERROR;
  n->translit_.reset(icu::Transliterator::createInstance("Any-Latin; Latin-ASCII", UTRANS_FORWARD, status));
  if (U_FAILURE(status) || !n->translit_) return absl::InternalError("ICU transliterator unavailable");
  return n;
}

std::string NameNormalizer::ToAscii(std::string_view name) {
  bool ascii = std::all_of(name.begin(), name.end(), [](char c) { return (c & 0x80) == 0; });
  if (ascii) return std::string(name);
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(name.data(), name.size()));
  translit_->transliterate(u);
  std::string out;
  u.toUTF8String(out);
  return out;
}

std::string NameNormalizer::Fold(std::string_view name) {
  std::string ascii = ToAscii(name), out;
  for (size_t i = 0; i < ascii.size(); ++i) {
    char c = ascii[i];
    if (c == '\'' || c == '`') {
      if (i + 1 < ascii.size() && (ascii[i + 1] == 's' || ascii[i + 1] == 'S') &&
          (i + 2 == ascii.size() || ascii[i + 2] == ' ')) { ++i; continue; }  // possessive
      continue;
    }
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) out += c;
    else if (c >= 'A' && c <= 'Z') out += static_cast<char>(c - 'A' + 'a');
    else if (!out.empty() && out.back() != ' ') out += ' ';
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

std::vector<std::string> NameNormalizer::Words(std::string_view name) {
  std::vector<std::string> out;
  std::string folded = Fold(name);
  size_t i = 0;
  while (i < folded.size()) {
    size_t j = folded.find(' ', i);
    if (j == std::string::npos) j = folded.size();
    std::string w = folded.substr(i, j - i);
    i = j + 1;
    if (particles_.contains(w)) continue;
    for (const auto& [from, to] : rules_) w = ApplyRule(w, from, to);
    if (!w.empty()) out.push_back(std::move(w));
  }
  return out;
}

std::string NameNormalizer::Skeleton(std::string_view word) {
  std::string out;
  for (size_t i = 0; i < word.size(); ++i) {
    char c = word[i];
    if (i > 0 && IsVowel(c)) continue;
    if (i > 0 && word[i - 1] == c) continue;  // doubled in the word itself
    out += c;
  }
  return out;
}

double EditSimilarity(std::string_view a, std::string_view b) {
  if (a.empty() && b.empty()) return 1.0;
  std::vector<size_t> row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    size_t diag = row[0];
    row[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diag + (a[i - 1] != b[j - 1])});
      diag = up;
    }
  }
  return 1.0 - static_cast<double>(row[b.size()]) / std::max(a.size(), b.size());
}

std::string JoinWords(const std::vector<std::string>& words) {
  std::string out;
  for (const auto& w : words) {
    if (!out.empty()) out += ' ';
    out += w;
  }
  return out;
}

}  // namespace storyline::link
