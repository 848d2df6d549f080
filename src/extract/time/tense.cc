// Tense detection for relative-date anchoring; see tense.h. The fallback
// sentence rule is deliberately crude: it only has to keep a cue from leaking
// into the next sentence when the text layer gave no sentences.
#include "src/extract/time/tense.h"

#include "absl/strings/match.h"

namespace storyline::temporal {

std::vector<uint32_t> SentenceOfTokens(std::string_view text, const std::vector<Tok>& tokens,
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
                  tokens[i].capitalized;
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

Tense TenseNear(const std::vector<Tense>& token_tense, const std::vector<uint32_t>& sentence_of,
                uint32_t first, uint32_t last) {
  const uint32_t s = sentence_of[first];
  for (uint32_t d = 1; d < 40; ++d) {
    bool before_ok = first >= d && sentence_of[first - d] == s;
    bool after_ok = last - 1 + d < token_tense.size() && sentence_of[last - 1 + d] == s;
    if (!before_ok && !after_ok) break;
    if (before_ok && token_tense[first - d] != Tense::kUnknown) return token_tense[first - d];
    if (after_ok && token_tense[last - 1 + d] != Tense::kUnknown) return token_tense[last - 1 + d];
  }
  return Tense::kUnknown;
}

}  // namespace storyline::temporal
