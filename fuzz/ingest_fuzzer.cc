// libFuzzer target for the readers' parsing (no filesystem): the first byte picks
// the format (txt, JSON lines, .json, HTML), the rest is the file. Beyond "no
// crash, no sanitizer report", every emitted Document must keep the contracts the
// later stages rely on: valid UTF-8 text, spans inside the text, title_span text
// equal to the title (txt, JSON), body after the title, content_hash = ContentHash(text);
// and the JSON fast path must agree with nlohmann (CheckFastPath).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "src/core/utf8.h"
#include "src/ingest/json_fast.h"
#include "src/ingest/reader.h"

namespace {

using storyline::Document;

void Check(bool ok) {
  if (!ok) std::abort();
}

void CheckDocument(const Document& d, bool html) {
  Check(storyline::IsValidUtf8(d.text));
  Check(d.title_span.end <= d.text.size() && d.body.end <= d.text.size());
  Check(d.body.begin <= d.body.end);
  if (!d.title_span.empty()) {
    // HTML may take the title from og:title while title_span marks the <h1>.
    Check(html || d.title_span.Of(d.text) == d.title);
    Check(d.body.begin >= d.title_span.end);
  }
  Check(d.content_hash == storyline::ContentHash(d.text));
  Check(!d.id.empty());
}

// Differential check of the JSON fast path: whenever it accepts a (valid UTF-8)
// line, nlohmann must parse the line to the same value.
void CheckFastPath(std::string_view bytes) {
  const std::string_view line = bytes.substr(0, bytes.find('\n'));
  if (!storyline::IsValidUtf8(line)) return;
  const auto fast = storyline::ingest::ParseFlatObject(line);
  if (!fast) return;
  const auto slow = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
  Check(!slow.is_discarded() && slow == *fast);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  static constexpr storyline::ingest::Format kFormats[] = {
      storyline::ingest::Format::kText, storyline::ingest::Format::kJsonLines,
      storyline::ingest::Format::kJson, storyline::ingest::Format::kHtml};
  const auto format = kFormats[data[0] % 4];
  const std::string_view bytes(reinterpret_cast<const char*>(data) + 1, size - 1);
  if (format == storyline::ingest::Format::kJsonLines) CheckFastPath(bytes);
  storyline::ingest::ReaderOptions options;
  options.max_file_bytes = 1u << 20;
  storyline::ingest::ParseBuffer(
      format, bytes, "fuzz", "fuzz", options, [&](Document d) { CheckDocument(d, format == storyline::ingest::Format::kHtml); },
      [](const storyline::ingest::ReadIssue& issue) {
        Check(!issue.reason.empty());
        Check(issue.reason.find('\n') == std::string::npos);
      });
  return 0;
}
