// BoilerplateDetector: cue rules through one RE2::Set (all patterns in a single
// pass per line), then the trailing related-headline rule. See the header.
#include "src/text/boilerplate.h"

#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "src/text/rule_file.h"
#include "src/text/utf8_scan.h"

namespace storyline::text {
namespace {

size_t CountWords(std::string_view line) {
  size_t words = 0;
  bool in_word = false;
  for (char c : line) {
    const bool space = c == ' ' || c == '\t';
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words;
}

}  // namespace

bool EndsLikeSentence(std::string_view line) {
  uint32_t i = static_cast<uint32_t>(line.size());
  while (i > 0) {
    char32_t c = PrevCodePoint(line, 0, i);
    if (IsClosing(c) || IsSpace(c)) continue;
    return c == '.' || c == '!' || c == '?' || c == 0x2026 || c == ':' || c == ';';
  }
  return false;
}

BoilerplateDetector::BoilerplateDetector(Options options) : options_(options) {}

absl::StatusOr<std::unique_ptr<BoilerplateDetector>> BoilerplateDetector::Load(
    const std::string& data_dir, Options options) {
  const std::string path = data_dir + "/text/boilerplate.tsv";
  ASSIGN_OR_RETURN(auto rows, ReadRuleFile(path, 2));
  auto detector = FromRules(rows, options);
  if (!detector.ok()) {
    return absl::InvalidArgumentError(absl::StrCat(path, ": ", detector.status().message()));
  }
  return detector;
}

absl::StatusOr<std::unique_ptr<BoilerplateDetector>> BoilerplateDetector::FromRules(
    const std::vector<std::vector<std::string>>& rows, Options options) {
  std::unique_ptr<BoilerplateDetector> detector(new BoilerplateDetector(options));
  RE2::Options re_options;
  re_options.set_log_errors(false);
  re_options.set_max_mem(64 << 20);  // the \p{L} classes of many rules add up
  detector->cues_ = std::make_unique<RE2::Set>(re_options, RE2::ANCHOR_BOTH);
  for (const auto& row : rows) {
    std::string error;
    if (detector->cues_->Add(row[1], &error) < 0) {
      return absl::InvalidArgumentError(absl::StrCat("bad pattern '", row[1], "': ", error));
    }
    detector->reasons_.push_back(row[0]);
    size_t max_bytes = options.max_line_bytes;
    if (row.size() > 2 && !absl::SimpleAtoi(row[2], &max_bytes)) {
      return absl::InvalidArgumentError(absl::StrCat("bad max bytes '", row[2], "'"));
    }
    detector->max_bytes_.push_back(max_bytes);
  }
  if (!detector->cues_->Compile()) return absl::ResourceExhaustedError("cue set too large");
  return detector;
}

std::string_view BoilerplateDetector::CueReason(std::string_view line) const {
  if (reasons_.empty() || line.size() > options_.max_line_bytes) return {};
  std::vector<int> matched;
  if (!cues_->Match(line, &matched) || matched.empty()) return {};
  int first = -1;
  for (int m : matched) {
    if (line.size() <= max_bytes_[m] && (first < 0 || m < first)) first = m;
  }
  return first < 0 ? std::string_view() : std::string_view(reasons_[first]);
}

bool BoilerplateDetector::LooksLikeHeadline(std::string_view line) const {
  if (line.empty() || line.size() > options_.max_headline_bytes) return false;
  const size_t words = CountWords(line);
  if (words < options_.min_headline_words || words > options_.max_headline_words) return false;
  if (EndsLikeSentence(line)) return false;
  uint32_t i = 0;
  const char32_t first = NextCodePoint(line, i);
  return u_isupper(static_cast<UChar32>(first)) || u_isdigit(static_cast<UChar32>(first)) ||
         IsOpeningQuote(first);
}

void BoilerplateDetector::Flag(std::string_view text, const std::vector<Paragraph>& paragraphs,
                               int title, std::vector<FlaggedSpan>* out) const {
  std::vector<std::string> reasons(paragraphs.size());
  for (size_t i = 0; i < paragraphs.size(); ++i) {
    if (static_cast<int>(i) != title) reasons[i] = CueReason(paragraphs[i].span.Of(text));
  }
  // Walk back over the tail: cue-flagged lines and headline-like lines.
  int i = static_cast<int>(paragraphs.size()) - 1;
  std::vector<int> tail;
  while (i > title) {
    if (!reasons[i].empty()) {
      --i;
    } else if (tail.size() < options_.max_trailing_headlines &&
               LooksLikeHeadline(paragraphs[i].span.Of(text))) {
      tail.push_back(i--);
    } else {
      break;
    }
  }
  // `i` is now the last real paragraph, which must end like prose.
  const int body = i - title;  // real paragraphs up to and including i
  if (!tail.empty() && i >= 0 && body >= static_cast<int>(options_.min_body_paragraphs) &&
      reasons[i].empty() && EndsLikeSentence(paragraphs[i].span.Of(text))) {
    for (int t : tail) reasons[t] = "related-headline";
  }
  for (size_t k = 0; k < paragraphs.size(); ++k) {
    if (!reasons[k].empty()) out->push_back({paragraphs[k].span, reasons[k]});
  }
}

}  // namespace storyline::text
