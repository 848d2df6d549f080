// HTML reader: parse with gumbo, pick metadata (priority order in html_reader.h),
// extract the main text. gumbo keeps no global state, so this is thread-safe.
#include "src/ingest/html_reader.h"

#include <gumbo.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <memory>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "src/core/utf8.h"
#include "src/ingest/charset.h"
#include "src/ingest/html_text.h"
#include "src/ingest/iso_date.h"

namespace storyline::ingest {
namespace {

// Meta names/properties that carry a publication date, best first.
constexpr std::array<std::string_view, 8> kDateMetas = {
    "article:published_time", "og:published_time", "datepublished", "pubdate",
    "publishdate", "dc.date.issued", "dc.date", "date"};

struct Meta {
  std::string og_title, twitter_title, title_tag, site_name, og_url, canonical, lang, time_datetime;
  std::string ld_date, ld_headline, ld_publisher;  // from schema.org JSON-LD
  std::array<std::string, kDateMetas.size()> dates;  // parallel to kDateMetas
};

void ReadMetaTag(const GumboNode* n, Meta* meta) {
  std::string key(Attribute(n, "property"));
  if (key.empty()) key = Attribute(n, "name");
  if (key.empty()) key = Attribute(n, "itemprop");
  key = absl::AsciiStrToLower(key);
  const std::string value(absl::StripAsciiWhitespace(std::string(Attribute(n, "content"))));
  if (value.empty()) return;
  auto set = [&](std::string* field) { if (field->empty()) *field = value; };
  if (key == "og:title") set(&meta->og_title);
  if (key == "twitter:title") set(&meta->twitter_title);
  if (key == "og:site_name") set(&meta->site_name);
  if (key == "og:url") set(&meta->og_url);
  for (size_t i = 0; i < kDateMetas.size(); ++i) {
    if (key == kDateMetas[i]) set(&meta->dates[i]);
  }
}

// The string at obj[key], or "".
std::string StringField(const nlohmann::json& obj, const char* key) {
  const auto it = obj.find(key);
  return it != obj.end() && it->is_string() ? it->get<std::string>() : "";
}

// schema.org NewsArticle data: the first object (top level, in a top-level array,
// or in "@graph") with a datePublished gives date, headline and publisher name.
void ReadJsonLd(const GumboNode* script, Meta* meta) {
  if (!meta->ld_date.empty() || script->v.element.children.length != 1) return;
  const auto* text = static_cast<const GumboNode*>(script->v.element.children.data[0]);
  if (text->type != GUMBO_NODE_TEXT && text->type != GUMBO_NODE_CDATA) return;
  const nlohmann::json root = nlohmann::json::parse(text->v.text.text, nullptr, false);
  std::vector<const nlohmann::json*> candidates = {&root};
  for (const char* list : {"", "@graph"}) {
    const nlohmann::json* array = *list ? nullptr : &root;
    if (*list && root.is_object() && root.contains(list)) array = &root[list];
    if (array != nullptr && array->is_array()) {
      for (const auto& item : *array) candidates.push_back(&item);
    }
  }
  for (const nlohmann::json* c : candidates) {
    if (!c->is_object() || StringField(*c, "datePublished").empty()) continue;
    meta->ld_date = StringField(*c, "datePublished");
    meta->ld_headline = StringField(*c, "headline");
    const auto publisher = c->find("publisher");
    if (publisher != c->end() && publisher->is_object()) {
      meta->ld_publisher = StringField(*publisher, "name");
    }
    return;
  }
}

void ReadElement(const GumboNode* n, Meta* meta) {
  switch (n->v.element.tag) {
    case GUMBO_TAG_META: ReadMetaTag(n, meta); break;
    case GUMBO_TAG_TITLE:
      if (meta->title_tag.empty()) meta->title_tag = CollapsedText(n);
      break;
    case GUMBO_TAG_LINK:
      if (absl::AsciiStrToLower(std::string(Attribute(n, "rel"))) == "canonical" && meta->canonical.empty()) {
        meta->canonical = std::string(absl::StripAsciiWhitespace(std::string(Attribute(n, "href"))));
      }
      break;
    case GUMBO_TAG_TIME:
      if (meta->time_datetime.empty()) meta->time_datetime = Attribute(n, "datetime");
      break;
    case GUMBO_TAG_HTML: meta->lang = Attribute(n, "lang"); break;
    case GUMBO_TAG_SCRIPT:
      if (Attribute(n, "type") == "application/ld+json") ReadJsonLd(n, meta);
      break;
    default: break;
  }
}

Meta ReadMeta(const GumboNode* document) {
  Meta meta;
  std::vector<const GumboNode*> stack = {document};
  while (!stack.empty()) {
    const GumboNode* n = stack.back();
    stack.pop_back();
    if (n->type != GUMBO_NODE_ELEMENT && n->type != GUMBO_NODE_DOCUMENT) continue;
    const GumboVector& children = n->type == GUMBO_NODE_DOCUMENT ? n->v.document.children
                                                                  : n->v.element.children;
    if (n->type == GUMBO_NODE_ELEMENT) ReadElement(n, &meta);
    for (size_t i = children.length; i > 0; --i) {
      stack.push_back(static_cast<const GumboNode*>(children.data[i - 1]));
    }
  }
  return meta;
}

const std::string& FirstNonEmpty(std::initializer_list<const std::string*> values) {
  static const std::string kEmpty;
  for (const std::string* v : values) {
    if (!v->empty()) return *v;
  }
  return kEmpty;
}

// The first ISO date among the candidates; warns about a non-ISO one it passes over.
std::string ChooseDate(const Meta& meta, const std::string& source, const Sink& sink) {
  std::vector<const std::string*> candidates = {&meta.dates[0], &meta.ld_date};
  for (size_t i = 1; i < meta.dates.size(); ++i) candidates.push_back(&meta.dates[i]);
  candidates.push_back(&meta.time_datetime);
  for (const std::string* d : candidates) {
    if (d->empty()) continue;
    if (IsIsoDateTime(*d)) return *d;
    sink.Warn(source, absl::StrCat("publication date is not ISO 8601: \"", PrintableExcerpt(*d),
                                   "\"; ignored"));
  }
  return "";
}

void FillDocument(const GumboOutput& out, const std::string& source, const Sink& sink,
                  Document* doc) {
  HtmlText main = ExtractMainText(out.document);
  const Meta meta = ReadMeta(out.document);
  doc->text = std::move(main.text);
  doc->title = FirstNonEmpty(
      {&meta.og_title, &meta.ld_headline, &meta.twitter_title, &meta.title_tag, &main.headline});
  doc->outlet = FirstNonEmpty({&meta.site_name, &meta.ld_publisher});
  doc->url = FirstNonEmpty({&meta.og_url, &meta.canonical});
  doc->language = meta.lang;
  doc->published = ChooseDate(meta, source, sink);
  const auto size = static_cast<uint32_t>(doc->text.size());
  doc->body = {0, size};
  const std::string& h = main.headline;
  if (!h.empty() && h.size() < size && doc->text.compare(0, h.size(), h) == 0 &&
      doc->text[h.size()] == '\n') {
    doc->title_span = {0, static_cast<uint32_t>(h.size())};
    doc->body.begin = doc->title_span.end + 1;
  }
}

// Valid UTF-8 text of the page: converted from its declared charset when it is
// not UTF-8 already (charset.h), repaired otherwise.
std::string ToUtf8(std::string_view bytes, const std::string& source, const Sink& sink) {
  if (!IsValidUtf8(bytes)) {
    const std::string charset = DeclaredCharset(bytes);
    if (charset != "utf-8" && charset != "utf8") {
      if (std::optional<std::string> converted = ConvertToUtf8(bytes, charset)) {
        sink.Warn(source, absl::StrCat("converted from ", charset, " to UTF-8"));
        return PrepareUtf8(*converted, source, sink);
      }
    }
  }
  return PrepareUtf8(bytes, source, sink);
}

}  // namespace

size_t ParseHtml(std::string_view bytes, const std::string& source, const std::string& id,
                 const Sink& sink) {
  if (auto reason = RejectReason(bytes)) return sink.Skip(source, *reason), 0;
  const MarkupShape shape = ScanMarkup(bytes, kMaxHtmlDepth);
  if (shape.max_depth > kMaxHtmlDepth) {
    sink.Skip(source, absl::StrCat("HTML nested over ", kMaxHtmlDepth, " deep; skipped"));
    return 0;
  }
  if (shape.tags > kMaxHtmlTags) {
    sink.Skip(source, absl::StrCat("HTML with ", shape.tags, " tags (limit ", kMaxHtmlTags,
                                   "); skipped"));
    return 0;
  }
  const std::string html = ToUtf8(bytes, source, sink);
  GumboOptions options = kGumboDefaultOptions;
  options.max_errors = 0;  // parse errors are normal on the web; don't collect them
  std::unique_ptr<GumboOutput, void (*)(GumboOutput*)> out(
      gumbo_parse_with_options(&options, html.data(), html.size()),
      [](GumboOutput* o) { gumbo_destroy_output(&kGumboDefaultOptions, o); });
  if (out == nullptr) return sink.Skip(source, "HTML parser failed; skipped"), 0;
  Document doc;
  doc.id = id;
  doc.source = source;
  FillDocument(*out, source, sink, &doc);
  if (IsBlank(doc.text)) return sink.Skip(source, "no article text in the HTML; skipped"), 0;
  doc.content_hash = ContentHash(doc.text);
  sink.on_document(std::move(doc));
  return 1;
}

}  // namespace storyline::ingest
