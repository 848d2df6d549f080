// Language of a quote: CLD2 on the span's bytes. Thread-safe (CLD2 is).
#ifndef STORYLINE_EXTRACT_QUOTES_LANGUAGE_ID_H_
#define STORYLINE_EXTRACT_QUOTES_LANGUAGE_ID_H_

#include <string>
#include <string_view>

namespace storyline::quotes {

// ISO 639-1 code ("en", "ru"), "un" when CLD2 cannot tell.
std::string QuoteLanguage(std::string_view text);

}  // namespace storyline::quotes

#endif  // STORYLINE_EXTRACT_QUOTES_LANGUAGE_ID_H_
