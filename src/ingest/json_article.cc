// JSON object -> Document (rules in json_article.h). Every access checks the type
// first, so nlohmann never gets the chance to throw a type_error.
#include "src/ingest/json_article.h"

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "src/ingest/iso_date.h"
#include "src/ingest/prepare.h"

namespace storyline::ingest {
namespace {

using nlohmann::json;

// The string at obj[key]; empty (with a warning when present but not a string) otherwise.
std::string OptionalString(const json& obj, const char* key, std::vector<std::string>* warnings) {
  const auto it = obj.find(key);
  if (it == obj.end() || it->is_null()) return "";
  if (!it->is_string()) {
    warnings->push_back(absl::StrCat("field '", key, "' is ", it->type_name(),
                                     ", not a string; ignored"));
    return "";
  }
  return it->get_ref<const std::string&>();
}

std::string IdOf(const json& obj, const std::string& stem, uint64_t hash,
                 std::vector<std::string>* warnings) {
  const auto it = obj.find("id");
  if (it != obj.end() && it->is_string() && !IsBlank(it->get_ref<const std::string&>())) {
    return it->get<std::string>();
  }
  if (it != obj.end() && it->is_number_integer()) return it->dump();
  if (it != obj.end() && !it->is_null() && !it->is_string()) {
    warnings->push_back(absl::StrCat("field 'id' is ", it->type_name(), "; id derived from text"));
  }
  return absl::StrFormat("%s-%016x", stem, hash);
}

// title_span/body: the title counts as part of the text only when the text opens with it.
void PlaceTitle(Document* doc) {
  const auto size = static_cast<uint32_t>(doc->text.size());
  doc->body = {0, size};
  const std::string& t = doc->title;
  if (t.empty() || doc->text.compare(0, t.size(), t) != 0) return;
  size_t next = t.size();
  if (next < doc->text.size() && doc->text[next] == '\r') ++next;
  if (next >= doc->text.size() || doc->text[next] != '\n') return;
  doc->title_span = {0, static_cast<uint32_t>(t.size())};
  while (next < doc->text.size() && IsBlank(std::string_view(doc->text).substr(next, 1))) ++next;
  doc->body.begin = static_cast<uint32_t>(next);
}

}  // namespace

std::optional<std::string> ArticleFromJson(json& obj, const std::string& stem,
                                           Document* doc, std::vector<std::string>* warnings) {
  if (!obj.is_object()) return absl::StrCat("not a JSON object (", obj.type_name(), ")");
  const auto text = obj.find("text");
  if (text == obj.end()) return std::string("no 'text' field");
  if (!text->is_string()) return absl::StrCat("field 'text' is ", text->type_name(), ", not a string");
  if (IsBlank(text->get_ref<const std::string&>())) return std::string("empty 'text'");
  doc->text = std::move(text->get_ref<std::string&>());
  doc->content_hash = ContentHash(doc->text);
  doc->id = IdOf(obj, stem, doc->content_hash, warnings);
  doc->title = OptionalString(obj, "title", warnings);
  doc->outlet = OptionalString(obj, "outlet", warnings);
  doc->url = OptionalString(obj, "url", warnings);
  doc->language = OptionalString(obj, "language", warnings);
  std::string published = OptionalString(obj, "published", warnings);
  if (!published.empty() && !IsIsoDateTime(published)) {
    warnings->push_back(absl::StrCat("'published' is not an ISO date: \"",
                                     PrintableExcerpt(published), "\"; ignored"));
    published.clear();
  }
  doc->published = std::move(published);
  PlaceTitle(doc);
  return std::nullopt;
}

}  // namespace storyline::ingest
