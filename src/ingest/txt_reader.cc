// Plain-text reader and the headline rule (see txt_reader.h for the rule and why).
#include "src/ingest/txt_reader.h"

#include <cctype>

namespace storyline::ingest {
namespace {

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v'; }

size_t SkipSpace(std::string_view text, size_t i) {
  while (i < text.size() && IsSpace(text[i])) ++i;
  return i;
}

size_t CountCodePoints(std::string_view s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;  // count lead bytes only
  return n;
}

bool HasLetter(std::string_view s) {
  for (unsigned char c : s) {
    if (std::isalpha(c) || c >= 0x80) return true;  // any non-ASCII: most are letters
  }
  return false;
}

bool LooksLikeHeadline(std::string_view line) {
  if (line.empty() || CountCodePoints(line) > kMaxTitleChars || !HasLetter(line)) return false;
  const char last = line.back();
  return last != '.' && last != ',' && last != ';' && last != ':';
}

}  // namespace

ByteSpan FindTitleLine(std::string_view text) {
  const size_t begin = SkipSpace(text, 0);
  const size_t newline = text.find('\n', begin);
  if (newline == std::string_view::npos) return {};
  size_t end = newline;
  while (end > begin && IsSpace(text[end - 1])) --end;
  if (SkipSpace(text, newline) == text.size()) return {};  // nothing after the line
  if (!LooksLikeHeadline(text.substr(begin, end - begin))) return {};
  return {static_cast<uint32_t>(begin), static_cast<uint32_t>(end)};
}

void SplitTitle(Document* doc) {
  const ByteSpan title = FindTitleLine(doc->text);
  const auto size = static_cast<uint32_t>(doc->text.size());
  if (title.empty()) {
    doc->body = {0, size};
    return;
  }
  doc->title_span = title;
  doc->title = std::string(title.Of(doc->text));
  doc->body = {static_cast<uint32_t>(SkipSpace(doc->text, title.end)), size};
}

size_t ParseTxt(std::string_view bytes, const std::string& source, const std::string& id,
                const Sink& sink) {
  if (auto reason = RejectReason(bytes)) {
    sink.Skip(source, *reason);
    return 0;
  }
  Document doc;
  doc.id = id;
  doc.source = source;
  doc.text = PrepareUtf8(bytes, source, sink);
  SplitTitle(&doc);
  doc.content_hash = ContentHash(doc.text);
  sink.on_document(std::move(doc));
  return 1;
}

}  // namespace storyline::ingest
