// Empty / binary / UTF-16 detection and UTF-8 repair shared by all readers.
// Binary detection is storyline::LooksBinary (a NUL byte or > 10% control bytes
// in the first 8 KiB); UTF-16 is recognised by its BOM first, only to give a
// clearer reason than "binary".
#include "src/ingest/prepare.h"

#include <algorithm>

#include "absl/strings/str_cat.h"
#include "src/core/utf8.h"

namespace storyline::ingest {

bool IsBlank(std::string_view text) {
  return std::all_of(text.begin(), text.end(), [](char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v';
  });
}

std::string PrintableExcerpt(std::string_view text) {
  std::string out(text.substr(0, 40));
  for (char& c : out) {
    if (c < 0x20 || c > 0x7e) c = '?';
  }
  if (text.size() > 40) out += "...";
  return out;
}

size_t Utf8BomLength(std::string_view bytes) {
  return bytes.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
}

std::optional<std::string> RejectReason(std::string_view bytes) {
  if (bytes.empty()) return "empty file; skipped";
  const std::string_view head = bytes.substr(0, 2);
  if (head == "\xFF\xFE" || head == "\xFE\xFF") {
    return "UTF-16 text (byte-order mark); convert it to UTF-8; skipped";
  }
  if (LooksBinary(bytes)) return "binary file (NUL or control bytes); skipped";
  if (IsBlank(bytes.substr(Utf8BomLength(bytes)))) return "empty file (whitespace only); skipped";
  return std::nullopt;
}

std::string PrepareUtf8(std::string_view bytes, const std::string& source, const Sink& sink,
                        bool with_line) {
  const size_t bom = Utf8BomLength(bytes);
  Utf8Repair repair = RepairUtf8(bytes.substr(bom));
  if (repair.replaced > 0) {
    const size_t offset = bom + repair.first_bad_byte;
    std::string where = absl::StrCat("first at byte ", offset);
    if (with_line) {
      absl::StrAppend(&where, " (line ", 1 + std::count(bytes.begin(), bytes.begin() + offset, '\n'),
                      ")");
    } else {
      absl::StrAppend(&where, " of the line");
    }
    sink.Warn(source, absl::StrCat("invalid UTF-8 repaired: ", repair.replaced,
                                   " sequence(s) replaced by U+FFFD, ", where));
  }
  return std::move(repair.text);
}

}  // namespace storyline::ingest
