// HTML articles: gumbo (a full HTML5 parser, so unclosed tags and broken markup
// parse as browsers parse them) gives the tree; html_text.h takes the main text.
// Metadata, first match wins:
//   title      og:title, JSON-LD headline, twitter:title, <title>, the first <h1>
//   published  article:published_time, JSON-LD datePublished (schema.org
//              <script type="application/ld+json">), og:published_time, itemprop=datePublished,
//              pubdate / publishdate / date / dc.date meta, the first <time datetime>;
//              only ISO 8601 values (iso_date.h) are taken, others are warned about
//   outlet     og:site_name, JSON-LD publisher.name
//   url        og:url, <link rel=canonical>
//   language   <html lang>
// Document::text is the extracted text, so offsets index that text, not the
// markup. When it opens with the page's <h1> line, title_span marks it.
#ifndef STORYLINE_INGEST_HTML_READER_H_
#define STORYLINE_INGEST_HTML_READER_H_

#include <string>
#include <string_view>

#include "src/ingest/markup_scan.h"
#include "src/ingest/prepare.h"

namespace storyline::ingest {

// Limits above which a page is refused before parsing. gumbo's open-element scope
// checks make parse time grow with tags x nesting depth: measured here, 40,000
// nested tags took 1.3 s, a million would take minutes. Real news pages have a few
// thousand tags nested some 20-60 deep, so 200,000 tags and an estimated depth of
// 1,000 (ScanMarkup in markup_scan.h, one pass, no parse) reject only hostile
// pages and bound the worst parse to well under a second.
inline constexpr size_t kMaxHtmlTags = 200000;
inline constexpr size_t kMaxHtmlDepth = 1000;

// Emits the article in `bytes` (or reports why not). Returns 1 or 0.
size_t ParseHtml(std::string_view bytes, const std::string& source, const std::string& id,
                 const Sink& sink);

}  // namespace storyline::ingest

#endif  // STORYLINE_INGEST_HTML_READER_H_
