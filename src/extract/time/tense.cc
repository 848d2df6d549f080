// Tense detection for relative-date anchoring; see tense.h. The fallback
// sentence rule is deliberately crude: it only has to keep a cue from leaking
// into the next sentence when the text layer gave no sentences.
#include "src/extract/time/tense.h"

#include "absl/strings/match.h"

namespace storyline::temporal {
namespace {

// "said Friday", "said on Friday", "Friday, officials said": a reporting verb this
// close dates the expression itself; farther away it dates only the speech act.
constexpr uint32_t kReportReach = 3;

// An expression with at most this many tokens before it in its sentence is a
// fronted adverbial ("On Friday,", "Late last week,"): the clause it belongs to
// follows the comma.
constexpr uint32_t kFrontedTokens = 2;

}  // namespace

std::vector<uint32_t> SentenceOfTokens(const Grammar& g, std::string_view text,
                                       const std::vector<Tok>& tokens,
                                       const std::vector<Sentence>& sentences) {
  std::vector<uint32_t> out(tokens.size(), 0);
  uint32_t s = 0;
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (!sentences.empty()) {
      while (s + 1 < sentences.size() && tokens[i].begin >= sentences[s].span.end) ++s;
    } else if (i > 0) {
      const Tok& prev = tokens[i - 1];
      bool newline = text.substr(prev.end, tokens[i].begin - prev.end).find('\n') !=
                     std::string_view::npos;
      bool stop = (prev.lower == "." || prev.lower == "!" || prev.lower == "?") &&
                  tokens[i].capitalized &&
                  !(prev.lower == "." && i >= 2 && g.IsAbbreviation(tokens[i - 2].lower));
      if (newline || stop) ++s;
    }
    out[i] = s;
  }
  return out;
}

Tense TokenTense(const Grammar& g, const Tok& t) {
  if (!t.word) return Tense::kUnknown;
  if (Tense known = g.TenseOf(t.lower); known != Tense::kUnknown) return known;
  std::string_view w = t.lower;
  if (static_cast<unsigned char>(w[0]) < 0x80) {
    return w.size() >= 5 && absl::EndsWith(AbslView(w), "ed") ? Tense::kPast : Tense::kUnknown;
  }
  // Cyrillic: 2 bytes a letter; past forms need at least 4 letters.
  if (w.size() >= 8 && (absl::EndsWith(AbslView(w), "л") || absl::EndsWith(AbslView(w), "ла") ||
                        absl::EndsWith(AbslView(w), "ли") || absl::EndsWith(AbslView(w), "ло") ||
                        absl::EndsWith(AbslView(w), "лся") || absl::EndsWith(AbslView(w), "лись") ||
                        absl::EndsWith(AbslView(w), "лась"))) {
    return Tense::kPast;
  }
  return Tense::kUnknown;
}

Tense TenseNear(const std::vector<Tense>& token_tense, const std::vector<bool>& reporting,
                const std::vector<bool>& clause_break, const std::vector<uint32_t>& sentence_of,
                uint32_t first, uint32_t last) {
  const uint32_t s = sentence_of[first];
  Tense fallback = Tense::kUnknown;
  const bool fronted = first <= kFrontedTokens || sentence_of[first - kFrontedTokens - 1] != s;
  bool after_crossed = false;  // a clause break lies between the expression and the cue
  auto cue = [&](uint32_t i, uint32_t d, bool weak) {
    if (token_tense[i] == Tense::kUnknown) return false;
    if (!weak && (!reporting[i] || d <= kReportReach)) return true;
    if (fallback == Tense::kUnknown) fallback = token_tense[i];
    return false;
  };
  for (uint32_t d = 1; d < 40; ++d) {
    bool before_ok = first >= d && sentence_of[first - d] == s;
    // After-cues count double distance, checked at odd d; a fronted expression's
    // verb can only follow it ("In January, a week after ..., a bombing killed"),
    // so there they count single distance.
    uint32_t a = fronted ? d : (d + 1) / 2;
    bool after_ok = (fronted || d % 2 == 1) && last - 1 + a < token_tense.size() &&
                    sentence_of[last - 1 + a] == s;
    bool after_in = last - 1 + a < token_tense.size() && sentence_of[last - 1 + a] == s;
    if (!before_ok && !after_in) break;
    if (before_ok && cue(first - d, d, false)) return token_tense[first - d];
    if (after_ok) {
      after_crossed = after_crossed || clause_break[last - 1 + a];
      if (cue(last - 1 + a, a, after_crossed && !fronted)) return token_tense[last - 1 + a];
    }
  }
  return fallback;
}

}  // namespace storyline::temporal
