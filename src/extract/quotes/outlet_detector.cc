// Outlet of the article. Two self-reference shapes are trusted:
//  - a dateline opening the first or second paragraph (after a headline):
//    "(Reuters) -" / "LONDON (AFP) —";
//  - a present-tense report verb ("reports", "writes", "informs") whose content
//    comes before its source: "…, News.bg reports." Past tense with a
//    that-clause ("The Washington Post reported Tuesday that …") is a citation.
// The source must be an outlet of the lexicon or look like a site name
// ("News.bg"). Sign-off lines are matched whole against data/quotes/signoffs.tsv.
#include "src/extract/quotes/outlet_detector.h"

#include <string>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/ascii.h"
#include "absl/strings/str_split.h"
#include "src/extract/quotes/noun_phrase.h"

namespace storyline::quotes {
namespace {

constexpr int kDatelineTokens = 12;  // "WASHINGTON, Dec 13 (Reuters) -" fits

// The dateline opens the lead, which follows the headline when the text has
// one: the first kDatelineTokens tokens of each of the first two paragraphs
// are searched (a headline of a dozen words had hidden "DALLAS (AP) —").
OutletGuess FromDateline(const DocView& v) {
  const int n_tokens = static_cast<int>(v.tokens.size());
  int paragraph_start = 0;
  for (int i = 0; i + 2 < n_tokens; ++i) {
    if (v.token_paragraph[i] > 1) break;
    if (i > 0 && v.token_paragraph[i] != v.token_paragraph[i - 1]) paragraph_start = i;
    const int limit = std::min(n_tokens, paragraph_start + kDatelineTokens);
    if (i + 2 >= limit || v.tok(i).kind != TokenKind::kOpenParen) continue;
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

// "…, Klein told POLITICO in an email": an outlet that sources talk to is the
// article's own when it is a newspaper or a site — not a wire or broadcaster,
// whose interviews other outlets relay ("told The Associated Press", "told CNN":
// 0 of 19 right on PolNeAR train) — and the article
// does not also cite it as a publication ("The Post reported", "according to
// the Times"), which would make the interview someone else's. The outlet told
// most often wins; a tie names none.
OutletGuess FromToldOutlet(const DocView& v, const std::vector<ResolvedAttribution>& all) {
  struct Told {
    int count = 0;
    std::string first;  // the first "told …" as written, for the evidence
  };
  absl::flat_hash_map<std::string, Told> told;
  const int n = static_cast<int>(v.tokens.size());
  for (int i = 0; i + 1 < n; ++i) {
    if (!v.IsWord(i, "told")) continue;
    // "told the Guardian": an outlet writes its own name with its capital
    // ("told The Washington Post", "told POLITICO"); a lower-case "the" is how
    // other papers write it (Politico and HuffPost articles on PolNeAR train:
    // 6 of 6 such were citations).
    if (v.Text(v.tok(i + 1).span) == "the") continue;
    const int at = i + 1 + (v.IsWord(i + 1, "the") ? 1 : 0);
    const OutletEntry* e = nullptr;
    int words = OutletAt(v, at, std::min(n, at + 6), &e);
    if (words == 0 || (e->kind != "newspaper" && e->kind != "online")) continue;
    Told& t = told[e->name];
    if (t.count++ == 0) t.first = std::string(v.Text(v.Span(i, at + words)));
  }
  for (const ResolvedAttribution& r : all) {
    if (r.speaker.outlet) told.erase(r.speaker.name);  // cited as a publication
  }
  const std::pair<const std::string, Told>* best = nullptr;
  bool tie = false;
  for (const auto& entry : told) {
    if (best == nullptr || entry.second.count > best->second.count) {
      best = &entry;
      tie = false;
    } else if (entry.second.count == best->second.count) {
      tie = true;
    }
  }
  if (best == nullptr || tie) return {};
  return {best->first, "interviews: '" + best->second.first + "' (" +
                           std::to_string(best->second.count) + " times)"};
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
  if (guess.outlet.empty()) guess = FromToldOutlet(v, all);
  if (guess.outlet.empty()) guess.evidence = SignOffEvidence(v);
  return guess;
}

}  // namespace storyline::quotes
