// Legacy charsets in HTML. The web still serves pages in windows-1251, koi8-r,
// windows-1252, shift_jis... declared in <meta charset> or http-equiv
// Content-Type. Repairing those bytes as UTF-8 would turn every Cyrillic letter
// into U+FFFD, so a page that is not valid UTF-8 and declares another charset is
// converted with ICU (ucnv) first. Undeclared or unknown charsets fall through
// to UTF-8 repair, as for any other input.
#ifndef STORYLINE_INGEST_CHARSET_H_
#define STORYLINE_INGEST_CHARSET_H_

#include <optional>
#include <string>
#include <string_view>

namespace storyline::ingest {

// The charset named by the first "charset=" in the first 2 KiB (lowercased), or "".
std::string DeclaredCharset(std::string_view html);

// `bytes` converted from `charset` to UTF-8, or nullopt when ICU does not know
// the charset or conversion fails.
std::optional<std::string> ConvertToUtf8(std::string_view bytes, const std::string& charset);

}  // namespace storyline::ingest

#endif  // STORYLINE_INGEST_CHARSET_H_
