// Markup depth estimate (what it mirrors of the HTML tree builder, and why, in
// markup_scan.h). The open elements are a stack; each entry records whether its
// content is HTML, SVG/MathML ("foreign") or unknown, and whether gumbo closes it
// silently when an end tag names an element below it ("inert"). `barrier_` keeps,
// per depth, one past the topmost non-inert entry, so an end tag is resolved in
// O(1) plus the entries it closes: the scan stays linear on any input.
#include "src/ingest/markup_scan.h"

#include <algorithm>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"

namespace storyline::ingest {
namespace {

using Names = absl::flat_hash_set<std::string_view>;

// HTML's "special" elements: an end tag never closes through them silently.
const Names& Special() {
  static const Names names = {
      "address", "applet",     "area",     "article",    "aside",     "base",     "basefont",
      "bgsound", "blockquote", "body",     "br",         "button",    "caption",  "center",
      "col",     "colgroup",   "dd",       "details",    "dir",       "div",      "dl",
      "dt",      "embed",      "fieldset", "figcaption", "figure",    "footer",   "form",
      "frame",   "frameset",   "h1",       "h2",         "h3",        "h4",       "h5",
      "h6",      "head",       "header",   "hgroup",     "hr",        "html",     "iframe",
      "img",     "input",      "keygen",   "li",         "link",      "listing",  "main",
      "marquee", "menu",       "meta",     "nav",        "noembed",   "noframes", "noscript",
      "object",  "ol",         "p",        "param",      "plaintext", "pre",      "script",
      "search",  "section",    "select",   "source",     "style",     "summary",  "table",
      "tbody",   "td",         "template", "textarea",   "tfoot",     "th",       "thead",
      "title",   "tr",         "track",    "ul",         "wbr",       "xmp"};
  return names;
}

// Formatting elements: closed implicitly they are reopened later (the list of
// active formatting elements), so they stay counted.
const Names& Formatting() {
  static const Names names = {"a",    "b", "big",   "code",   "em",     "font", "i",
                              "nobr", "s", "small", "strike", "strong", "tt",   "u"};
  return names;
}

// Void elements and elements the next sibling closes (unclosed <p>, <li>, <td>).
const Names& Flat() {
  static const Names names = {"area",   "base", "br",   "col",   "embed",  "hr",    "img", "input",
                              "keygen", "link", "meta", "param", "source", "track", "wbr", "p",
                              "li",     "td",   "th",   "tr",    "option", "dt",    "dd"};
  return names;
}

// Start tags that end SVG/MathML content (<font> only with some attributes, so
// it is handled apart).
const Names& Breakout() {
  static const Names names = {
      "b",      "big",  "blockquote", "body",  "br",   "center", "code",    "dd",   "div",
      "dl",     "dt",   "em",         "embed", "h1",   "h2",     "h3",      "h4",   "h5",
      "h6",     "head", "hr",         "i",     "img",  "li",     "listing", "menu", "meta",
      "nobr",   "ol",   "p",          "pre",   "ruby", "s",      "small",   "span", "strong",
      "strike", "sub",  "sup",        "table", "tt",   "u",      "ul",      "var"};
  return names;
}

// Foreign elements whose content is HTML again.
const Names& IntegrationPoints() {
  static const Names names = {"foreignobject", "desc",          "title", "mi", "mo", "mn", "ms",
                              "mtext",         "annotation-xml"};
  return names;
}

// Elements whose content the tokenizer reads as text up to their end tag.
const Names& RawText() {
  static const Names names = {"style",  "textarea", "title",    "xmp",
                              "iframe", "noembed",  "noframes", "script"};
  return names;
}

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }
bool IsAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
char Lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }

struct Tag {
  std::string name;
  bool end = false;
  bool self_closing = false;
  size_t next = 0;  // first byte after the tag
};

// Reads the attributes of a tag from `i` (just after its name) with the HTML
// tokenizer's attribute states, so '>' or '/' inside a value do not end the tag.
// Returns the byte after '>', or npos when the input ends inside the tag (the
// tokenizer then drops it).
size_t TagEnd(std::string_view b, size_t i, bool* self_closing) {
  enum {
    kBeforeName,
    kName,
    kAfterName,
    kBeforeValue,
    kQuoted,
    kUnquoted,
    kSlash
  } state = kBeforeName;
  char quote = 0;
  for (; i < b.size(); ++i) {
    const char c = b[i];
    switch (state) {
      case kQuoted:
        if (c == quote) state = kBeforeName;  // a '/' right after is a self-closing slash
        continue;
      case kUnquoted:
        if (IsSpace(c))
          state = kBeforeName;
        else if (c == '>')
          return *self_closing = false, i + 1;
        continue;
      case kBeforeValue:
        if (c == '"' || c == '\'')
          quote = c, state = kQuoted;
        else if (c == '>')
          return *self_closing = false, i + 1;
        else if (!IsSpace(c))
          state = kUnquoted;
        continue;
      case kName:
        if (c == '=')
          state = kBeforeValue;
        else if (IsSpace(c))
          state = kAfterName;
        else if (c == '/')
          state = kSlash;
        else if (c == '>')
          return *self_closing = false, i + 1;
        continue;
      default:  // kBeforeName, kAfterName, kSlash
        if (c == '>') return *self_closing = state == kSlash, i + 1;
        if (c == '/')
          state = kSlash;
        else if (c == '=' && state == kAfterName)
          state = kBeforeValue;
        else if (!IsSpace(c))
          state = kName;
        else if (state == kSlash)
          state = kBeforeName;
    }
  }
  return std::string_view::npos;
}

// The byte after the end tag `</name ...>` that closes raw text starting at `i`,
// or npos when the text runs to the end.
size_t RawTextEnd(std::string_view b, size_t i, const std::string& name) {
  for (i = b.find("</", i); i != std::string_view::npos; i = b.find("</", i + 2)) {
    const size_t k = i + 2 + name.size();
    if (k > b.size()) return std::string_view::npos;
    bool same = true;
    for (size_t n = 0; n < name.size() && same; ++n) same = Lower(b[i + 2 + n]) == name[n];
    if (!same || (k < b.size() && !IsSpace(b[k]) && b[k] != '/' && b[k] != '>')) continue;
    bool unused;
    return TagEnd(b, k, &unused);
  }
  return std::string_view::npos;
}

class Scanner {
 public:
  Scanner(std::string_view b, size_t stop_above) : b_(b), stop_above_(stop_above) {}

  MarkupShape Run() {
    size_t i = 0;
    while (shape_.max_depth <= stop_above_ && (i = b_.find('<', i)) != std::string_view::npos) {
      i = Markup(i);
    }
    return shape_;
  }

 private:
  enum class Content { kHtml, kForeign, kUnknown };
  struct Open {
    std::string name;
    Content content;  // how the element's children are parsed
  };

  Content Context() const { return stack_.empty() ? Content::kHtml : stack_.back().content; }

  // Handles the markup at b_[i] == '<'; returns where to continue (npos: done).
  size_t Markup(size_t i) {
    const std::string_view rest = b_.substr(i);
    if (rest.substr(0, 4) == "<!--") return CommentEnd(i + 2);
    if (rest.substr(0, 9) == "<![CDATA[" && Context() == Content::kForeign) {
      const size_t end = b_.find("]]>", i + 9);
      return end == std::string_view::npos ? end : end + 3;
    }
    if (rest.size() < 2) return std::string_view::npos;
    const bool end_tag = rest[1] == '/';
    if (rest[1] == '!' || rest[1] == '?' ||
        (end_tag && rest.size() > 2 && !IsAlpha(rest[2]) && rest[2] != '>')) {
      const size_t end = b_.find('>', i + 1);  // bogus comment or doctype
      return end == std::string_view::npos ? end : end + 1;
    }
    const size_t name_begin = i + 1 + end_tag;
    if (name_begin >= b_.size() || !IsAlpha(b_[name_begin])) return i + 1;  // text
    Tag tag;
    tag.end = end_tag;
    size_t k = name_begin;
    for (; k < b_.size() && !IsSpace(b_[k]) && b_[k] != '/' && b_[k] != '>'; ++k) {
      tag.name += Lower(b_[k]);
    }
    tag.next = TagEnd(b_, k, &tag.self_closing);
    if (tag.next == std::string_view::npos) return tag.next;
    return tag.end ? EndTag(tag) : StartTag(tag);
  }

  // The byte after the "-->" or "--!>" that ends a comment whose "--" may start at
  // `i` ("<!-->" is a whole comment), or npos. One forward search, not one per
  // terminator: searching for each to the end made the scan quadratic.
  size_t CommentEnd(size_t i) const {
    for (i = b_.find("--", i); i != std::string_view::npos; i = b_.find("--", i + 1)) {
      if (i + 2 < b_.size() && b_[i + 2] == '>') return i + 3;
      if (i + 3 < b_.size() && b_[i + 2] == '!' && b_[i + 3] == '>') return i + 4;
    }
    return i;
  }

  size_t StartTag(const Tag& tag) {
    ++shape_.tags;
    const std::string& n = tag.name;
    Content context = Context();
    if (context == Content::kForeign && Breakout().contains(n)) {
      while (!stack_.empty() && stack_.back().content == Content::kForeign) Pop();
      context = Context();
    }
    const bool root = n == "svg" || n == "math";
    if (context == Content::kHtml && Flat().contains(n)) return tag.next;
    if (tag.self_closing && (context == Content::kForeign || root)) return tag.next;
    Content content = Content::kHtml;
    if (root)
      content = Content::kForeign;
    else if (context == Content::kForeign)
      content = n == "font"                       ? Content::kUnknown
                : IntegrationPoints().contains(n) ? Content::kHtml
                                                  : Content::kForeign;
    else if (context == Content::kUnknown)
      content = Breakout().contains(n) ? Content::kHtml : Content::kUnknown;
    const bool inert =
        context == Content::kHtml && !root && !Special().contains(n) && !Formatting().contains(n);
    Push(n, content, inert);
    if (context == Content::kHtml && n == "plaintext") return std::string_view::npos;
    if (context == Content::kHtml && RawText().contains(n)) return SkipRawText(tag);
    return tag.next;
  }

  // Past the text of a raw-text element and its end tag (which closes it). A
  // script holding "<!--" may hide "</script>" inside an escaped block: its
  // content is then scanned as markup, where the script entry shields the
  // elements below it.
  size_t SkipRawText(const Tag& tag) {
    const size_t end = RawTextEnd(b_, tag.next, tag.name);
    if (tag.name == "script") {
      const size_t limit = end == std::string_view::npos ? b_.size() : end;
      if (b_.substr(tag.next, limit - tag.next).find("<!--") != std::string_view::npos)
        return tag.next;
    }
    if (end != std::string_view::npos) Pop();
    return end;
  }

  size_t EndTag(const Tag& tag) {
    const Content context = Context();
    if (context == Content::kHtml && Flat().contains(tag.name)) return tag.next;
    if (context == Content::kForeign && (tag.name == "p" || tag.name == "br")) {
      while (!stack_.empty() && stack_.back().content == Content::kForeign) Pop();
      return tag.next;
    }
    const auto it = positions_.find(tag.name);
    if (it == positions_.end() || it->second.empty()) return tag.next;  // nothing to close
    const size_t at = it->second.back();
    if (barrier_.back() > at + 1) return tag.next;  // a non-inert element above it
    while (stack_.size() > at) Pop();
    return tag.next;
  }

  void Push(const std::string& name, Content content, bool inert) {
    const size_t at = stack_.size();
    barrier_.push_back(inert ? (at == 0 ? 0 : barrier_.back()) : at + 1);
    positions_[name].push_back(at);
    stack_.push_back({name, content});
    shape_.max_depth = std::max(shape_.max_depth, stack_.size());
  }

  void Pop() {
    positions_[stack_.back().name].pop_back();
    stack_.pop_back();
    barrier_.pop_back();
  }

  std::string_view b_;
  const size_t stop_above_;
  MarkupShape shape_;
  std::vector<Open> stack_;
  std::vector<size_t>
      barrier_;  // barrier_[d]: 1 + index of the topmost non-inert entry in stack_[0..d]
  absl::flat_hash_map<std::string, std::vector<size_t>> positions_;  // name -> its stack indexes
};

}  // namespace

MarkupShape ScanMarkup(std::string_view bytes, size_t stop_above) {
  return Scanner(bytes, stop_above).Run();
}

}  // namespace storyline::ingest
