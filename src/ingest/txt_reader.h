// Plain-text articles: the whole file is the article, id = file stem.
//
// Title rule (no metadata is assumed, so the title is a guess from layout): the
// first non-blank line is the title when it looks like a headline —
//   1. it is followed by a line break and more non-blank text (a one-line file is
//      all body);
//   2. it has at most kMaxTitleChars code points (150). Headline style guides
//      stop near 70-110 characters; 150 leaves room, while the lead paragraphs
//      that open many files (the seeds' run 145-470 bytes) usually end in a period
//      and are caught by rule 3. Counting code points, not bytes, treats a
//      Cyrillic or Greek headline like a Latin one.
//   3. after trimming trailing spaces it does not end in '.', ',', ';' or ':' —
//      sentences and lead-ins do, headlines don't ('?' and '!' are allowed: they
//      are common in headlines);
//   4. it contains at least one letter (a line of dashes or a date is no title).
// The title stays inside Document::text: title_span marks it (trailing spaces and
// CR excluded) and body starts at the first non-blank byte after it.
#ifndef STORYLINE_INGEST_TXT_READER_H_
#define STORYLINE_INGEST_TXT_READER_H_

#include <string>
#include <string_view>

#include "src/core/document.h"
#include "src/ingest/prepare.h"

namespace storyline::ingest {

inline constexpr size_t kMaxTitleChars = 150;

// The headline line at the start of `text` by the rule above; empty span if none.
ByteSpan FindTitleLine(std::string_view text);

// Sets title, title_span and body of `doc` from doc->text by the rule above.
void SplitTitle(Document* doc);

// Emits the article in `bytes` (or reports why not). Returns 1 or 0.
size_t ParseTxt(std::string_view bytes, const std::string& source, const std::string& id,
                const Sink& sink);

}  // namespace storyline::ingest

#endif  // STORYLINE_INGEST_TXT_READER_H_
