// QuoteScanner: finds direct-quote spans delimited by quotation marks in every
// style news uses — "…", “…”, «…» (nested «…„…“…»), „…“, ‘…’ and '…' — including
// quotes that run over several paragraphs by the news convention (a paragraph
// ends without a closing mark and the next one opens with a mark again).
// One left-to-right pass; an opening mark that never closes is dropped at the
// end of its paragraph, so unbalanced marks cost linear time, never a rescan.
// Plain function; thread-safe.
#ifndef STORYLINE_EXTRACT_QUOTES_QUOTE_SCANNER_H_
#define STORYLINE_EXTRACT_QUOTES_QUOTE_SCANNER_H_

#include <string_view>
#include <vector>

#include "src/core/span.h"

namespace storyline::quotes {

struct QuoteSpan {
  ByteSpan outer;  // including the opening and closing marks
  ByteSpan inner;  // the words between them
};

// Top-level quote spans of `text` in text order; nested quotes stay inside
// their outer quote. Linear in text.size().
std::vector<QuoteSpan> ScanQuotes(std::string_view text);

}  // namespace storyline::quotes

#endif  // STORYLINE_EXTRACT_QUOTES_QUOTE_SCANNER_H_
