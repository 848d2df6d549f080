// Main-text extraction from a gumbo tree (approach in html_text.h).
#include "src/ingest/html_text.h"

#include <array>
#include <cctype>
#include <string_view>
#include <utility>
#include <vector>

namespace storyline::ingest {
namespace {

// Class/id parts (split on ' ', '-', '_') naming page furniture, not prose. Kept
// short and exact-part (so "commentary" is not "comment"); a page-furniture list,
// not linguistic rule data.
constexpr std::array<std::string_view, 20> kFurniture = {
    "share", "sharing", "social", "related", "comments", "comment", "cookie",
    "cookies", "newsletter", "promo", "advert", "advertisement", "ad", "ads",
    "breadcrumb", "breadcrumbs", "sidebar", "subscribe", "nav", "navigation"};

// Articles examined when choosing the root: pages have a few; a hostile page with
// thousands would make "measure each one" quadratic.
constexpr size_t kMaxArticles = 64;

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f'; }

bool IsElement(const GumboNode* n) { return n->type == GUMBO_NODE_ELEMENT || n->type == GUMBO_NODE_TEMPLATE; }

// Children of an element or the document node; nullptr for text and comments.
const GumboVector* Children(const GumboNode* n) {
  if (n->type == GUMBO_NODE_DOCUMENT) return &n->v.document.children;
  return IsElement(n) ? &n->v.element.children : nullptr;
}

bool IsText(const GumboNode* n) {
  return n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_WHITESPACE || n->type == GUMBO_NODE_CDATA;
}

// Collapses whitespace as a browser does and turns block boundaries into '\n'.
class TextBuilder {
 public:
  void AddText(std::string_view s) {
    for (char c : s) {
      if (IsSpace(c)) {
        space_ = true;
        continue;
      }
      if (!out_.empty()) {
        if (break_) out_ += '\n';
        else if (space_) out_ += ' ';
      }
      break_ = space_ = false;
      out_ += c;
    }
  }
  void Break() { break_ = true; }
  std::string Finish() { return std::move(out_); }

 private:
  std::string out_;
  bool space_ = false;  // whitespace seen since the last visible byte
  bool break_ = false;  // block boundary seen since the last visible byte
};

bool IsDropped(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_HEAD: case GUMBO_TAG_NAV: case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_FORM: case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_SELECT: case GUMBO_TAG_TEXTAREA: case GUMBO_TAG_INPUT: case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_IFRAME: case GUMBO_TAG_SVG: case GUMBO_TAG_MATH: case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_MENU: case GUMBO_TAG_DETAILS: case GUMBO_TAG_OBJECT: case GUMBO_TAG_EMBED:
    case GUMBO_TAG_CANVAS: case GUMBO_TAG_NOFRAMES: case GUMBO_TAG_NOEMBED:
      return true;
    default:
      return false;
  }
}

bool IsBlock(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3:
    case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_LI: case GUMBO_TAG_UL:
    case GUMBO_TAG_OL: case GUMBO_TAG_DL: case GUMBO_TAG_DT: case GUMBO_TAG_DD: case GUMBO_TAG_BR:
    case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_PRE: case GUMBO_TAG_SECTION: case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_MAIN: case GUMBO_TAG_TABLE: case GUMBO_TAG_TR: case GUMBO_TAG_HR:
    case GUMBO_TAG_ADDRESS: case GUMBO_TAG_CENTER: case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FOOTER: case GUMBO_TAG_CAPTION: case GUMBO_TAG_HGROUP: case GUMBO_TAG_BODY:
      return true;
    default:
      return false;
  }
}

bool NamesFurniture(std::string_view value) {
  size_t i = 0;
  while (i < value.size()) {
    const size_t j = std::min(value.find_first_of(" -_\t", i), value.size());
    std::string part(value.substr(i, j - i));
    for (char& c : part) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    for (std::string_view f : kFurniture) {
      if (part == f) return true;
    }
    i = j + 1;
  }
  return false;
}

bool IsHiddenOrFurniture(const GumboNode* n) {
  const std::string_view role = Attribute(n, "role");
  if (role == "navigation" || role == "banner" || role == "contentinfo" || role == "complementary") {
    return true;
  }
  if (gumbo_get_attribute(&n->v.element.attributes, "hidden") != nullptr) return true;
  if (Attribute(n, "aria-hidden") == "true") return true;
  return NamesFurniture(Attribute(n, "class")) || NamesFurniture(Attribute(n, "id"));
}

// Calls visit(node) for every node under `root` in document order; visit returns
// false to skip the node's subtree.
template <typename Visit>
void Walk(const GumboNode* root, Visit&& visit) {
  std::vector<const GumboNode*> stack = {root};
  while (!stack.empty()) {
    const GumboNode* n = stack.back();
    stack.pop_back();
    const GumboVector* children = Children(n);
    if (!visit(n) || children == nullptr) continue;
    for (size_t i = children->length; i > 0; --i) {
      stack.push_back(static_cast<const GumboNode*>(children->data[i - 1]));
    }
  }
}

size_t TextLength(const GumboNode* root) {
  size_t length = 0;
  Walk(root, [&](const GumboNode* n) {
    if (IsText(n)) length += std::string_view(n->v.text.text).size();
    return !IsElement(n) || !IsDropped(n->v.element.tag);
  });
  return length;
}

const GumboNode* ChooseRoot(const GumboNode* document) {
  const GumboNode* best_article = nullptr;
  const GumboNode* main = nullptr;
  const GumboNode* body = nullptr;
  size_t best_length = 0, articles = 0;
  Walk(document, [&](const GumboNode* n) {
    if (n->type == GUMBO_NODE_DOCUMENT) return true;
    if (!IsElement(n)) return false;
    const GumboTag tag = n->v.element.tag;
    if (tag == GUMBO_TAG_BODY && body == nullptr) body = n;
    if ((tag == GUMBO_TAG_MAIN || Attribute(n, "role") == "main") && main == nullptr) main = n;
    if (tag == GUMBO_TAG_ARTICLE && articles++ < kMaxArticles) {
      const size_t length = TextLength(n);
      if (length > best_length) best_length = length, best_article = n;
    }
    return !IsDropped(tag);
  });
  if (best_article != nullptr) return best_article;
  if (main != nullptr) return main;
  return body != nullptr ? body : document;
}

bool KeepElement(const GumboNode* n, const GumboNode* root, bool in_article) {
  const GumboTag tag = n->v.element.tag;
  if (IsDropped(tag) || (n != root && IsHiddenOrFurniture(n))) return false;
  return !((tag == GUMBO_TAG_HEADER && !in_article) || tag == GUMBO_TAG_FOOTER);
}

}  // namespace

std::string_view Attribute(const GumboNode* node, const char* name) {
  if (!IsElement(node)) return {};
  const GumboAttribute* a = gumbo_get_attribute(&node->v.element.attributes, name);
  return a == nullptr || a->value == nullptr ? std::string_view() : std::string_view(a->value);
}

std::string CollapsedText(const GumboNode* node) {
  TextBuilder builder;
  Walk(node, [&](const GumboNode* n) {
    if (IsText(n)) builder.AddText(n->v.text.text);
    if (IsText(n) || !IsElement(n)) return false;
    builder.AddText(" ");  // element boundaries separate words ("<b>a</b><br>b")
    return !IsDropped(n->v.element.tag) || n->v.element.tag == GUMBO_TAG_HEAD;
  });
  return builder.Finish();
}

HtmlText ExtractMainText(const GumboNode* document) {
  const GumboNode* root = ChooseRoot(document);
  const bool in_article = IsElement(root) && root->v.element.tag == GUMBO_TAG_ARTICLE;
  HtmlText result;
  TextBuilder builder;
  // Explicit stack; a nullptr entry marks the end of a block element, and
  // &kCloseQuote the end of a <q> (browsers draw its quotation marks; the quote
  // stage needs them in the text, so they are written out).
  static const GumboNode kCloseQuote{};
  std::vector<const GumboNode*> stack = {root};
  while (!stack.empty()) {
    const GumboNode* n = stack.back();
    stack.pop_back();
    if (n == nullptr || n == &kCloseQuote) {
      n == nullptr ? builder.Break() : builder.AddText("\u201D");
      continue;
    }
    if (IsText(n)) builder.AddText(n->v.text.text);
    const GumboVector* children = Children(n);
    if (children == nullptr) continue;
    if (IsElement(n)) {
      if (!KeepElement(n, root, in_article)) continue;
      const GumboTag tag = n->v.element.tag;
      if (IsBlock(tag)) builder.Break(), stack.push_back(nullptr);
      if (tag == GUMBO_TAG_Q) builder.AddText("\u201C"), stack.push_back(&kCloseQuote);
      if (tag == GUMBO_TAG_H1 && result.headline.empty()) result.headline = CollapsedText(n);
    }
    for (size_t i = children->length; i > 0; --i) {
      stack.push_back(static_cast<const GumboNode*>(children->data[i - 1]));
    }
  }
  result.text = builder.Finish();
  return result;
}

}  // namespace storyline::ingest
