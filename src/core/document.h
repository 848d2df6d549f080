// Document: one article as a reader produced it. Plain value type, owned by
// whoever holds it; safe to share read-only across threads.
//
// `text` is the article exactly as read (invalid UTF-8 repaired to U+FFFD, nothing
// else changed): all analysis spans are byte offsets into it. For a .txt file the
// first line can be the title; it then stays inside `text` and `title_span` says
// where, so offsets remain offsets into the file.
#ifndef STORYLINE_CORE_DOCUMENT_H_
#define STORYLINE_CORE_DOCUMENT_H_

#include <cstdint>
#include <string>

#include "src/core/span.h"

namespace storyline {

struct Document {
  std::string id;         // stable: file stem, JSON `id`, or HTML file stem
  std::string text;       // UTF-8 article text; spans index into this
  std::string title;      // empty when none is known
  ByteSpan title_span;    // the title's place inside `text`; empty if not from text
  ByteSpan body;          // the part of `text` after the title (all of it if none)
  std::string outlet;     // from metadata; empty when unknown
  std::string url;        // from metadata; empty when unknown
  std::string published;  // ISO date or datetime from metadata; empty when none
  std::string language;   // language hint from metadata; empty when none
  std::string source;     // where it came from ("dir/a.txt", "feed.jsonl:12"), for messages
  uint64_t content_hash = 0;  // XXH64 of `text`: re-reading the same text is a no-op
};

// XXH64 of `text` with the project's fixed seed.
uint64_t ContentHash(std::string_view text);

}  // namespace storyline

#endif  // STORYLINE_CORE_DOCUMENT_H_
