// Outlet of the article. Two self-reference shapes are trusted:
//  - a dateline in the first paragraph: "(Reuters) -" / "LONDON (AFP) —";
//  - a present-tense report verb ("reports", "writes", "informs") whose content
//    comes before its source: "…, News.bg reports." Past tense with a
//    that-clause ("The Washington Post reported Tuesday that …") is a citation.
// The source must be an outlet of the lexicon or look like a site name
// ("News.bg"). Sign-off lines are matched whole against data/quotes/signoffs.tsv.
#include "src/extract/quotes/outlet_detector.h"

#include <string>

#include "absl/strings/ascii.h"
#include "absl/strings/str_split.h"
#include "src/extract/quotes/noun_phrase.h"

namespace storyline::quotes {
namespace {

constexpr int kDatelineTokens = 12;  // "WASHINGTON, Dec 13 (Reuters) -" fits

OutletGuess FromDateline(const DocView& v) {
  int limit = std::min<int>(v.tokens.size(), kDatelineTokens);
  for (int i = 0; i + 2 < limit; ++i) {
    if (v.token_paragraph[i] > 1) break;
    if (v.tok(i).kind != TokenKind::kOpenParen) continue;
    const OutletEntry* e = nullptr;
    int n = OutletAt(v, i + 1, limit, &e);
    int close = i + 1 + n;
    if (n == 0 || close + 1 >= static_cast<int>(v.tokens.size())) continue;
    if (v.tok(close).kind == TokenKind::kCloseParen && v.tok(close + 1).kind == TokenKind::kDash) {
      return {e->name, "dateline: '" + std::string(v.Text(v.Span(i, close + 2))) + "'"};
    }
  }
  return {};
}

OutletGuess FromSelfReport(const DocView& v, const std::vector<ResolvedAttribution>& all) {
  for (const ResolvedAttribution& r : all) {
    const Attribution& a = r.attribution;
    std::string_view cue = v.tok(a.cue.begin).lower;
    if (!(cue == "reports" || cue == "writes" || cue == "informs")) continue;
    if (a.source.end <= a.source.begin || a.content.end > v.tok(a.source.begin).span.begin) continue;
    std::string_view src = v.Text(v.Span(a.source.begin, a.source.end));
    if (!r.speaker.outlet && !(a.source.end - a.source.begin == 1 && LooksLikeSite(src))) continue;
    std::string name = r.speaker.outlet ? r.speaker.name : std::string(src);
    return {name, "self-reference: '" + std::string(src) + " " + std::string(v.Text(v.Span(a.cue.begin, a.cue.end))) + "'"};
  }
  return {};
}

std::string SignOffEvidence(const DocView& v) {
  std::vector<std::string> lines =
      absl::StrSplit(absl::string_view(v.text.data(), v.text.size()), '\n', absl::SkipWhitespace());
  size_t from = lines.size() > 3 ? lines.size() - 3 : 0;
  for (size_t i = from; i < lines.size(); ++i) {
    std::string line = absl::AsciiStrToLower(absl::StripAsciiWhitespace(lines[i]));
    if (v.lexicon->IsSignOff(line)) {
      return "sign-off '" + std::string(absl::StripAsciiWhitespace(lines[i])) +
             "': wire copy, outlet not named";
    }
  }
  return "";
}

}  // namespace

OutletGuess DetectOutlet(const DocView& v, const std::vector<ResolvedAttribution>& all) {
  OutletGuess guess = FromDateline(v);
  if (guess.outlet.empty()) guess = FromSelfReport(v, all);
  if (guess.outlet.empty()) guess.evidence = SignOffEvidence(v);
  return guess;
}

}  // namespace storyline::quotes
