// Speaker colons (see speaker_colon.h). The label filters come from the
// PolNeAR train split (every 10th article), where lines such as "FIX IS IN:
// PBS Moderators …", "The Ninth Circle: …", "Question: … Answer: …" and
// "Revealed: …" were the colons that name no speaker; with them, 8 of 9
// speaker colons there are gold cues (cue exact F1 +0.003, source +0.004).
#include "src/extract/quotes/speaker_colon.h"

#include <string_view>

namespace storyline::quotes {
namespace {

constexpr int kMaxNameTokens = 6;
// How far back a one-word name is looked for: bounded, so that a transcript
// of a million turns stays linear.
constexpr int kNameLookBack = 2000;

bool IsWord(const DocView& v, int i) { return v.tok(i).kind == TokenKind::kWord; }

// Lower-case words a name may hold ("Former AG Mukasey at RNC").
bool IsNameLink(const Token& t) { return t.lower == "at" || t.lower == "of"; }

bool IsAllCaps(std::string_view word) {
  for (char c : word) if (c >= 'a' && c <= 'z') return false;
  return true;
}

// True when the word of token i occurred capitalized before it ("Chris
// Matthews" before "Matthews:").
bool SeenBefore(const DocView& v, int i) {
  for (int k = i - 1; k >= 0 && i - k <= kNameLookBack; --k) {
    if (v.tok(k).hash == v.tok(i).hash && v.tok(k).capitalized) return true;
  }
  return false;
}

}  // namespace

TokenRange NameBeforeColon(const DocView& v, TokenRange sent, int colon) {
  const TokenRange none{colon, colon};
  int first = colon;
  while (first > sent.begin && colon - first < kMaxNameTokens && IsWord(v, first - 1) &&
         !v.tok(first).newline_before) {
    --first;
  }
  // The name opens the line (or the sentence), after at most an opening quote mark.
  const int start = first > sent.begin && v.OpensQuote(first - 1) ? first - 1 : first;
  if (start != sent.begin && !v.tok(start).newline_before) return none;
  if (first == colon || !v.tok(first).capitalized || !v.tok(colon - 1).capitalized) return none;
  bool all_caps = true;
  for (int k = first; k < colon; ++k) {
    if (!v.tok(k).capitalized && !IsNameLink(v.tok(k))) return none;
    all_caps = all_caps && IsAllCaps(v.Text(v.tok(k).span));
  }
  if (all_caps || v.IsWord(first, "the")) return none;
  if (colon - first == 1 && !SeenBefore(v, first)) return none;
  return {first, colon};
}

std::vector<CueMatch> FindSpeakerColons(const DocView& v, TokenRange sent) {
  std::vector<CueMatch> out;
  for (int i = sent.begin + 1; i + 1 < sent.end; ++i) {
    const Token& t = v.tok(i);
    // Only ':' (the tokenizer's kColon also holds ';'), followed on the same
    // line: "said:" before a paragraph is BlockAfterColon's.
    if (t.kind != TokenKind::kColon || v.text[t.span.begin] != ':' || v.tok(i + 1).newline_before) continue;
    if (v.InsideQuote(i)) continue;
    const TokenRange name = NameBeforeColon(v, sent, i);
    if (name.end > name.begin) out.push_back({{i, i + 1}, CueKind::kColon});
  }
  return out;
}

}  // namespace storyline::quotes
