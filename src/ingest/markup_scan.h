// A one-pass, parse-free estimate of how deep gumbo will nest a page, so the HTML
// reader can refuse hostile pages before gumbo spends quadratic time on them
// (gumbo's open-element scope checks cost O(depth) per tag).
//
// The estimate must not be fooled into reading low: the first version (every end
// tag closed one level, "<x/>" never opened one) let "<div></b>" x 100,000
// through as depth 1 while gumbo nested 100,000 divs (89 s for 900 KB; seen while
// fuzzing the readers, and the fuzzer now checks the estimate against gumbo). So the scan mirrors
// the parts of the HTML tree builder that decide depth, erring high whenever it cannot tell:
// - tag names as the HTML tokenizer reads them (up to space, '/' or '>',
//   ASCII-lowercased); a quoted attribute value may hold '<' or '>';
//   comments, <!...> and <?...> are skipped;
// - an end tag closes only an element it names, and only through elements that
//   gumbo also closes silently (not special, not formatting: <div><b></div>
//   leaves <b> for gumbo to reopen, so it stays counted); other end tags are
//   ignored, as gumbo ignores them;
// - "<x/>" counts as open, as HTML says, except in SVG/MathML content;
// - void elements and those closed implicitly by their next sibling (p, li, td,
//   option...) are not counted in HTML content, but are in foreign content;
// - the text of <style>, <textarea>, <title>, <xmp>, <iframe>, <noembed>,
//   <noframes> and (without "<!--" in it) <script> is skipped; <plaintext> ends
//   the markup.
// Elements gumbo adds on its own (tbody, reopened formatting elements) are not
// counted; each needs a counted tag near it, so gumbo's depth stays within a
// small factor of the estimate.
#ifndef STORYLINE_INGEST_MARKUP_SCAN_H_
#define STORYLINE_INGEST_MARKUP_SCAN_H_

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace storyline::ingest {

struct MarkupShape {
  size_t tags = 0;       // start tags
  size_t max_depth = 0;  // deepest estimated nesting of open elements
};

// The shape of `bytes` (any bytes; linear time, memory proportional to depth).
// Stops early, with the counts so far, once the depth exceeds `stop_above`: the
// caller that will refuse such a page need not pay for the rest.
MarkupShape ScanMarkup(std::string_view bytes, size_t stop_above = SIZE_MAX);

}  // namespace storyline::ingest

#endif  // STORYLINE_INGEST_MARKUP_SCAN_H_
