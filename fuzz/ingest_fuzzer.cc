// libFuzzer target for the readers' parsing (no filesystem). The first byte picks
// the mode, the rest is the file:
//   0-3  txt, JSON lines, .json, HTML;
//   4    sniffed by FormatOf, as a file with an unknown extension is;
//   5    JSON lines streamed through StreamJsonLines in packets whose sizes the
//        input chooses: the same documents and issues as ParseJsonLines on the
//        whole buffer, however lines straddle reads.
// Beyond "no crash, no sanitizer report", every emitted Document must keep the
// contracts the later stages rely on: valid UTF-8 text, spans inside the text,
// title_span text equal to the title (txt, JSON), body after the title,
// content_hash = ContentHash(text); the JSON fast path must agree with nlohmann
// (CheckFastPath); and for HTML the markup depth estimate (markup_scan.h) must
// not read low: gumbo's tree may be at most a small factor deeper.
#include <sys/socket.h>
#include <unistd.h>

#include <gumbo.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <thread>
#include <utility>
#include <vector>

#include "src/core/utf8.h"
#include "src/ingest/file_walk.h"
#include "src/ingest/json_fast.h"
#include "src/ingest/json_reader.h"
#include "src/ingest/markup_scan.h"
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

struct Collected {
  std::vector<std::string> events;  // "doc <id> <text>" / "issue <source> <reason>", in order
  storyline::ingest::DocumentCallback on_document = [this](Document d) {
    CheckDocument(d, false);
    events.push_back("doc " + d.id + " " + d.text);
  };
  storyline::ingest::IssueCallback on_issue = [this](const storyline::ingest::ReadIssue& i) {
    Check(!i.reason.empty() && i.reason.find('\n') == std::string::npos);
    events.push_back("issue " + i.source + " " + i.reason);
  };
};

// Streams `bytes` through a SOCK_SEQPACKET pair, so each read() StreamJsonLines
// makes returns one packet: lines then straddle reads wherever the input says,
// which 1 MiB file reads would only do on huge inputs. Packet sizes come from
// `sizes` (1..256 bytes each, cycled; scaled up past 64 KiB of input so a
// megabyte is not a million syscalls).
size_t PacketScale(size_t input_bytes) { return 1 + input_bytes / 65536; }

std::vector<std::string> Streamed(std::string_view bytes, std::string_view sizes, size_t max_line) {
  const size_t scale = PacketScale(bytes.size());
  int fds[2];
  Check(::socketpair(AF_UNIX, SOCK_SEQPACKET, 0, fds) == 0);
  std::thread writer([&] {
    for (size_t at = 0, k = 0; at < bytes.size(); ++k) {
      const size_t n = std::min<size_t>(
          bytes.size() - at, scale * (1 + static_cast<uint8_t>(sizes[k % sizes.size()])));
      // The reader stops early on binary input and closes its end: then stop too.
      if (::send(fds[1], bytes.data() + at, n, MSG_NOSIGNAL) != static_cast<ssize_t>(n)) break;
      at += n;
    }
    ::close(fds[1]);
  });
  Collected c;
  const storyline::ingest::Sink sink{c.on_document, c.on_issue};
  storyline::ingest::StreamJsonLines(fds[0], "fuzz", "fuzz", max_line, sink);
  ::close(fds[0]);  // unblocks a writer the reader did not drain
  writer.join();
  return c.events;
}

// Input: [max line - 1] [packet size count k] [k packet sizes] [JSON lines].
void CheckStreamMatchesBuffer(std::string_view input) {
  if (input.size() < 2) return;
  const size_t max_line = 1 + static_cast<uint8_t>(input[0]) * 16;
  const size_t k = 1 + static_cast<uint8_t>(input[1]) % 16;
  if (input.size() < 2 + k) return;
  const std::string_view sizes = input.substr(2, k);
  const std::string_view bytes = input.substr(2 + k);
  const std::vector<std::string> streamed = Streamed(bytes, sizes, max_line);
  // Only the stream rejects empty or binary input; otherwise the two must agree.
  const size_t first =
      std::min<size_t>(bytes.size(), PacketScale(bytes.size()) * (1 + static_cast<uint8_t>(sizes[0])));
  if (bytes.empty() || storyline::LooksBinary(bytes.substr(0, first))) return;
  Collected whole;
  const storyline::ingest::Sink sink{whole.on_document, whole.on_issue};
  storyline::ingest::ParseJsonLines(bytes, "fuzz", "fuzz", max_line, sink);
  Check(streamed == whole.events);
}

// Deepest element of gumbo's tree for `html` (explicit stack: the tree may be deep).
size_t GumboDepth(const std::string& html) {
  GumboOutput* out = gumbo_parse_with_options(&kGumboDefaultOptions, html.data(), html.size());
  size_t deepest = 0;
  std::vector<std::pair<const GumboNode*, size_t>> stack = {{out->root, 1}};
  while (!stack.empty()) {
    const auto [node, depth] = stack.back();
    stack.pop_back();
    deepest = std::max(deepest, depth);
    const GumboVector& children = node->v.element.children;
    for (unsigned i = 0; i < children.length; ++i) {
      const auto* child = static_cast<const GumboNode*>(children.data[i]);
      if (child->type == GUMBO_NODE_ELEMENT || child->type == GUMBO_NODE_TEMPLATE) {
        stack.push_back({child, depth + 1});
      }
    }
  }
  gumbo_destroy_output(&kGumboDefaultOptions, out);
  return deepest;
}

// Under the reader's limit, gumbo nests at most about 4x the estimate (it adds
// html/head/body and table sections the page did not write): a deeper tree means
// the estimate can be fooled, and a hostile page slip past the limit.
void CheckDepthEstimate(std::string_view bytes) {
  const size_t estimate = storyline::ingest::ScanMarkup(bytes, 1000).max_depth;
  if (estimate > 1000) return;
  Check(GumboDepth(storyline::RepairUtf8(bytes).text) <= 4 * estimate + 8);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  static constexpr storyline::ingest::Format kFormats[] = {
      storyline::ingest::Format::kText, storyline::ingest::Format::kJsonLines,
      storyline::ingest::Format::kJson, storyline::ingest::Format::kHtml};
  const std::string_view bytes(reinterpret_cast<const char*>(data) + 1, size - 1);
  const int mode = data[0] % 6;
  if (mode == 5) return CheckStreamMatchesBuffer(bytes), 0;
  if (mode == 3) CheckDepthEstimate(bytes);
  const auto format = mode == 4 ? storyline::ingest::FormatOf("fuzz", bytes.substr(0, 512))
                                : kFormats[mode];
  if (format == storyline::ingest::Format::kJsonLines) CheckFastPath(bytes);
  storyline::ingest::ReaderOptions options;
  options.max_file_bytes = 1u << 20;
  storyline::ingest::ParseBuffer(
      format, bytes, "fuzz", "fuzz", options,
      [&](Document d) { CheckDocument(d, format == storyline::ingest::Format::kHtml); },
      [](const storyline::ingest::ReadIssue& issue) {
        Check(!issue.reason.empty());
        Check(issue.reason.find('\n') == std::string::npos);
      });
  return 0;
}
