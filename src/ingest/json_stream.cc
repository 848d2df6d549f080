// Streaming JSON lines from a file descriptor (stdin or a .jsonl file): 1 MiB
// reads, complete lines handed to JsonLineReader straight from the read buffer,
// only a line that spans two reads is copied. Memory stays at about one read
// buffer plus the longest accepted line, whatever the feed's size.
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "absl/strings/str_cat.h"
#include "src/core/utf8.h"
#include "src/ingest/file_walk.h"
#include "src/ingest/json_reader.h"

namespace storyline::ingest {
namespace {

constexpr size_t kReadSize = 1u << 20;

// Cuts a byte stream into lines for `reader`, dropping over-long lines unbuffered.
class LineSplitter {
 public:
  LineSplitter(JsonLineReader* reader, size_t max_line_bytes)
      : reader_(reader), max_line_bytes_(max_line_bytes) {}

  void Feed(std::string_view chunk) {
    for (;;) {
      const size_t newline = chunk.find('\n');
      if (newline == std::string_view::npos) return Carry(chunk);
      EndLine(chunk.substr(0, newline));
      chunk.remove_prefix(newline + 1);
    }
  }
  void Finish() {
    if (line_bytes_ > 0) EndLine({});
  }

 private:
  // Keeps the start of a line that continues in the next read (unless too long).
  void Carry(std::string_view piece) {
    line_bytes_ += piece.size();
    if (line_bytes_ > max_line_bytes_) {
      pending_.clear();
    } else {
      pending_.append(piece);
    }
  }
  void EndLine(std::string_view last_piece) {
    const size_t total = line_bytes_ + last_piece.size();
    ++line_number_;
    if (total > max_line_bytes_) {
      reader_->SkipLongLine(line_number_, total, max_line_bytes_);
    } else if (pending_.empty()) {
      reader_->AddLine(last_piece, line_number_);  // wholly inside this read: no copy
    } else {
      pending_.append(last_piece);
      reader_->AddLine(pending_, line_number_);
    }
    pending_.clear();
    line_bytes_ = 0;
  }

  JsonLineReader* reader_;
  const size_t max_line_bytes_;
  std::string pending_;
  size_t line_bytes_ = 0;
  size_t line_number_ = 0;
};

}  // namespace

size_t StreamJsonLines(int fd, const std::string& source, const std::string& stem,
                       size_t max_line_bytes, const Sink& sink) {
  JsonLineReader reader(source, stem, sink);
  LineSplitter splitter(&reader, max_line_bytes);
  std::string buffer(kReadSize, '\0');
  bool first = true;
  for (;;) {
    const ssize_t n = ::read(fd, buffer.data(), buffer.size());
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      sink.Skip(source, absl::StrCat("read failed: ", std::strerror(errno)));
      break;
    }
    if (n == 0) break;
    const std::string_view chunk(buffer.data(), n);
    if (first && LooksBinary(chunk)) {
      sink.Skip(source, "binary file (NUL or control bytes); skipped");
      return 0;
    }
    first = false;
    splitter.Feed(chunk);
  }
  splitter.Finish();
  if (first) sink.Skip(source, "empty input; skipped");
  return reader.count();
}

}  // namespace storyline::ingest
