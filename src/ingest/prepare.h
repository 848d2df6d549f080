// Shared first step of every file reader: decide whether the bytes are an article
// at all (empty, binary, UTF-16) and make them valid UTF-8.
//
// Choices, because offsets must index Document::text:
// - A leading UTF-8 byte-order mark is dropped: it is an encoding marker, not
//   content, and left in place it would glue U+FEFF onto the first word (and the
//   title). Document::text is therefore "the file minus its BOM", and every span
//   (title_span, body, analysis spans) indexes that text.
// - Line ends are NOT normalized: CRLF stays CRLF, byte for byte.
// - Invalid UTF-8 is replaced by U+FFFD (storyline::RepairUtf8), with a warning
//   naming the first bad byte's offset in the file and its line.
#ifndef STORYLINE_INGEST_PREPARE_H_
#define STORYLINE_INGEST_PREPARE_H_

#include <optional>
#include <string>
#include <string_view>

#include "src/ingest/reader.h"

namespace storyline::ingest {

// Bundles the two callbacks; references only, lives for one ReadPaths call.
struct Sink {
  const DocumentCallback& on_document;
  const IssueCallback& on_issue;

  void Skip(const std::string& source, std::string reason) const {
    on_issue(ReadIssue{source, std::move(reason), /*skipped=*/true});
  }
  void Warn(const std::string& source, std::string reason) const {
    on_issue(ReadIssue{source, std::move(reason), /*skipped=*/false});
  }
};

// Why `bytes` cannot be an article ("empty file", "binary file ..."), or nullopt
// when they can. Whitespace-only counts as empty.
std::optional<std::string> RejectReason(std::string_view bytes);

// Number of bytes of a leading UTF-8 BOM (0 or 3).
size_t Utf8BomLength(std::string_view bytes);

// Valid UTF-8 copy of `bytes` (BOM removed). When anything was repaired, warns on
// `sink` with the count, the first bad byte's offset in `bytes` and (when
// `with_line`) its line number.
std::string PrepareUtf8(std::string_view bytes, const std::string& source, const Sink& sink,
                        bool with_line = true);

// At most 40 bytes of `text` for a message, every byte outside printable ASCII
// shown as '?', so a report stays one line of valid UTF-8.
std::string PrintableExcerpt(std::string_view text);

// True when `text` holds only spaces, tabs, CR, LF, FF, VT.
bool IsBlank(std::string_view text);

}  // namespace storyline::ingest

#endif  // STORYLINE_INGEST_PREPARE_H_
