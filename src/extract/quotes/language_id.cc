// CLD2 on plain text. Short quotes are often "unreliable" by CLD2's own flag,
// but its best guess on a one-script span is still right far more often than
// not (a Cyrillic sentence is never called English), so the guess is kept and
// only UNKNOWN_LANGUAGE becomes "un". Only the first kMaxBytes are read: a
// sentence or two decide the language as well as a paragraph does, and a
// content span can be a whole unpunctuated megabyte, once per cue in it.
#include "src/extract/quotes/language_id.h"

#include "cld2/public/compact_lang_det.h"

namespace storyline::quotes {

namespace {
constexpr size_t kMaxBytes = 512;
}  // namespace

std::string QuoteLanguage(std::string_view text) {
  if (text.size() > kMaxBytes) {
    size_t cut = kMaxBytes;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;  // not inside a character
    text = text.substr(0, cut);
  }
  bool reliable = false;
  CLD2::Language lang = CLD2::DetectLanguage(text.data(), static_cast<int>(text.size()),
                                             /*is_plain_text=*/true, &reliable);
  if (lang == CLD2::UNKNOWN_LANGUAGE) return "un";
  return CLD2::LanguageCode(lang);
}

}  // namespace storyline::quotes
