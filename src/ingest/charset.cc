// Charset sniffing (a "charset=" scan, the same shortcut browsers' prescan takes)
// and conversion through ICU's ucnv_convert.
#include "src/ingest/charset.h"

#include <unicode/ucnv.h>

#include <cctype>

#include "absl/strings/ascii.h"

namespace storyline::ingest {

std::string DeclaredCharset(std::string_view html) {
  const std::string head = absl::AsciiStrToLower(std::string(html.substr(0, 2048)));
  const size_t at = head.find("charset=");
  if (at == std::string::npos) return "";
  size_t i = at + 8;
  while (i < head.size() && (head[i] == '"' || head[i] == '\'' || head[i] == ' ')) ++i;
  std::string name;
  while (i < head.size() && name.size() < 40 &&
         (std::isalnum(static_cast<unsigned char>(head[i])) || head[i] == '-' || head[i] == '_')) {
    name += head[i++];
  }
  return name;
}

std::optional<std::string> ConvertToUtf8(std::string_view bytes, const std::string& charset) {
  if (charset.empty() || bytes.size() > (1u << 30)) return std::nullopt;
  // A legacy single- or double-byte charset grows at most 3x in UTF-8 (4x for safety).
  std::string out(bytes.size() * 4 + 4, '\0');
  UErrorCode status = U_ZERO_ERROR;
  const int32_t n = ucnv_convert("UTF-8", charset.c_str(), out.data(),
                                 static_cast<int32_t>(out.size()), bytes.data(),
                                 static_cast<int32_t>(bytes.size()), &status);
  if (U_FAILURE(status)) return std::nullopt;  // warnings (ambiguous alias) are fine
  out.resize(n);
  return out;
}

}  // namespace storyline::ingest
