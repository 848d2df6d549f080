// Main article text from a gumbo tree.
//
// Approach (a small, predictable subset of what readability-style extractors do):
// 1. The root is the <article> with the most text (pages list teasers as small
//    <article>s too), else <main> or role="main", else <body>.
// 2. Walking the root, whole subtrees that are never article prose are dropped:
//    nav, script, style, noscript, template, form and its controls, aside, iframe,
//    svg, math, figure, menu, details; header and footer (except a <header> inside the
//    chosen <article>: that holds the headline); anything hidden (hidden,
//    aria-hidden="true") or with role navigation/banner/contentinfo/complementary;
//    and elements whose class or id names a page furniture part (kFurniture in
//    html_text.cc: share bars, related links, comments, cookie banners...).
// 3. Text is whitespace-collapsed as a browser renders it; block elements (p, div,
//    h1-h6, li, blockquote, tr, br...) end a paragraph. Paragraphs are joined by
//    one '\n' — the layout the text stage expects from .txt files. <q> gets the
//    curly quotation marks a browser would draw.
// The walk uses an explicit stack, so a page nested a million levels deep cannot
// overflow the call stack.
#ifndef STORYLINE_INGEST_HTML_TEXT_H_
#define STORYLINE_INGEST_HTML_TEXT_H_

#include <string>

#include <gumbo.h>

namespace storyline::ingest {

struct HtmlText {
  std::string text;      // paragraphs joined by '\n', no leading/trailing blank
  std::string headline;  // text of the first <h1> kept in `text`; empty if none
};

// Extracts the main text under `document` (gumbo's output->document node).
HtmlText ExtractMainText(const GumboNode* document);

// Text content of `node` with whitespace collapsed (for <title>, <h1>...).
std::string CollapsedText(const GumboNode* node);

// The element's attribute value, or "" when absent.
std::string_view Attribute(const GumboNode* node, const char* name);

}  // namespace storyline::ingest

#endif  // STORYLINE_INGEST_HTML_TEXT_H_
