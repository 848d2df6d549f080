// JSON lines via nlohmann::json, parsed without exceptions (allow_exceptions =
// false returns a "discarded" value on error). Only for a line that failed is it
// parsed a second time through a SAX handler that records nlohmann's message, so
// the report can say where and why ("unexpected end of input" = truncated line)
// at no cost to good lines.
#include "src/ingest/json_reader.h"

#include <algorithm>
#include <vector>

#include <nlohmann/json.hpp>

#include "absl/strings/str_cat.h"
#include "src/core/utf8.h"
#include "src/ingest/json_article.h"
#include "src/ingest/json_fast.h"

namespace storyline::ingest {
namespace {

using nlohmann::json;

// SAX handler that accepts everything and keeps the first error message.
struct ErrorCatcher : nlohmann::json_sax<json> {
  std::string message;
  bool null() override { return true; }
  bool boolean(bool) override { return true; }
  bool number_integer(number_integer_t) override { return true; }
  bool number_unsigned(number_unsigned_t) override { return true; }
  bool number_float(number_float_t, const string_t&) override { return true; }
  bool string(string_t&) override { return true; }
  bool binary(binary_t&) override { return true; }
  bool start_object(std::size_t) override { return true; }
  bool key(string_t&) override { return true; }
  bool end_object() override { return true; }
  bool start_array(std::size_t) override { return true; }
  bool end_array() override { return true; }
  bool parse_error(std::size_t position, const std::string&,
                   const nlohmann::detail::exception& ex) override {
    // what() is "[json.exception...] parse error at line 1, column 9: <reason>".
    const std::string what = ex.what();
    const size_t column = what.find("column");
    const size_t colon = what.find(": ", column == std::string::npos ? 0 : column);
    message = absl::StrCat("invalid JSON at byte ", position, ": ",
                           colon == std::string::npos ? what : what.substr(colon + 2));
    return false;
  }
};

std::string DescribeError(std::string_view text) {
  ErrorCatcher catcher;
  json::sax_parse(text.begin(), text.end(), &catcher, nlohmann::detail::input_format_t::json,
                  /*strict=*/true);
  if (catcher.message.empty()) return "invalid JSON";
  // nlohmann quotes the token it stopped in, which can be a whole article.
  size_t cut = std::min<size_t>(catcher.message.size(), 200);
  while (cut < catcher.message.size() && (catcher.message[cut] & 0xC0) == 0x80) --cut;
  return cut < catcher.message.size() ? catcher.message.substr(0, cut) + "..." : catcher.message;
}

// Emits one parsed value as an article; `where` names it in messages.
size_t EmitArticle(json& value, const std::string& where, const std::string& stem,
                   const Sink& sink) {
  Document doc;
  std::vector<std::string> warnings;
  if (auto reason = ArticleFromJson(value, stem, &doc, &warnings)) {
    sink.Skip(where, *reason + "; skipped");
    return 0;
  }
  for (auto& warning : warnings) sink.Warn(where, std::move(warning));
  doc.source = where;
  sink.on_document(std::move(doc));
  return 1;
}

std::string_view FirstNonSpace(std::string_view bytes) {
  const size_t i = bytes.find_first_not_of(" \t\r\n");
  return i == std::string_view::npos ? std::string_view() : bytes.substr(i, 1);
}

}  // namespace

std::string JsonLineReader::LineSource(size_t line_number) const {
  return absl::StrCat(source_, ":", line_number);
}

void JsonLineReader::AddLine(std::string_view line, size_t line_number) {
  if (IsBlank(line)) return;
  const std::string where = LineSource(line_number);
  // Valid lines (nearly all) are parsed in place; only a broken one is copied.
  std::string repaired;
  std::string_view text = line.substr(Utf8BomLength(line));
  if (!IsValidUtf8(text)) {
    repaired = PrepareUtf8(line, where, sink_, /*with_line=*/false);
    text = repaired;
  }
  std::optional<json> fast = ParseFlatObject(text);
  json value = fast ? std::move(*fast) : json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (value.is_discarded()) {
    sink_.Skip(where, DescribeError(text) + "; line skipped");
    return;
  }
  count_ += EmitArticle(value, where, stem_, sink_);
}

void JsonLineReader::SkipLongLine(size_t line_number, size_t bytes, size_t limit) {
  sink_.Skip(LineSource(line_number), absl::StrCat("line of ", bytes, " bytes is over the limit of ",
                                                   limit, " bytes; skipped"));
}

size_t ParseJsonLines(std::string_view bytes, const std::string& source, const std::string& stem,
                      size_t max_line_bytes, const Sink& sink) {
  JsonLineReader reader(source, stem, sink);
  size_t line_number = 0;
  size_t begin = 0;
  while (begin < bytes.size()) {
    size_t end = bytes.find('\n', begin);
    if (end == std::string_view::npos) end = bytes.size();
    ++line_number;
    if (end - begin > max_line_bytes) {
      reader.SkipLongLine(line_number, end - begin, max_line_bytes);
    } else {
      reader.AddLine(bytes.substr(begin, end - begin), line_number);
    }
    begin = end + 1;
  }
  return reader.count();
}

size_t ParseJsonFile(std::string_view bytes, const std::string& source, const std::string& stem,
                     size_t max_line_bytes, const Sink& sink) {
  const std::string_view first = FirstNonSpace(bytes.substr(Utf8BomLength(bytes)));
  if (first != "[" && first != "{") return ParseJsonLines(bytes, source, stem, max_line_bytes, sink);
  const std::string text = PrepareUtf8(bytes, source, sink);
  json value = json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (value.is_discarded()) {
    // Not one JSON value: JSON lines in a .json file, or broken.
    return ParseJsonLines(bytes, source, stem, max_line_bytes, sink);
  }
  if (!value.is_array()) return EmitArticle(value, source, stem, sink);
  size_t count = 0;
  for (size_t i = 0; i < value.size(); ++i) {
    count += EmitArticle(value[i], absl::StrCat(source, "[", i, "]"), stem, sink);
  }
  return count;
}

}  // namespace storyline::ingest
