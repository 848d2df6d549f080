// JSON-lines reader: one article object per line (json_article.h has the field
// rules). Lines are parsed one at a time, so a feed of any size streams through a
// constant amount of memory, and a bad line costs only itself: it is reported
// with its line number ("feed.jsonl:12") and the next line is read.
// Blank lines are skipped silently. Each line's bytes are UTF-8-repaired before
// parsing (nlohmann rejects invalid UTF-8 inside strings), with a warning.
#ifndef STORYLINE_INGEST_JSON_READER_H_
#define STORYLINE_INGEST_JSON_READER_H_

#include <string>
#include <string_view>

#include "src/ingest/prepare.h"

namespace storyline::ingest {

// Parses lines of one input. Holds references to the sink; not thread-safe.
class JsonLineReader {
 public:
  // `source` names the input ("feed.jsonl", "stdin"); `stem` prefixes derived ids.
  JsonLineReader(std::string source, std::string stem, const Sink& sink)
      : source_(std::move(source)), stem_(std::move(stem)), sink_(sink) {}

  // Parses one line (its '\n' removed; a trailing '\r' is tolerated). Line numbers count from 1.
  void AddLine(std::string_view line, size_t line_number);

  // Reports a line that was too long to read (`bytes` long) and so was dropped.
  void SkipLongLine(size_t line_number, size_t bytes, size_t limit);

  // Articles emitted so far.
  size_t count() const { return count_; }

 private:
  std::string LineSource(size_t line_number) const;

  std::string source_;
  std::string stem_;
  const Sink& sink_;
  size_t count_ = 0;
};

// Splits `bytes` into lines and feeds them to a JsonLineReader. Lines longer than
// `max_line_bytes` are skipped with a reason. Returns the number of articles.
size_t ParseJsonLines(std::string_view bytes, const std::string& source, const std::string& stem,
                      size_t max_line_bytes, const Sink& sink);

// A .json file: an array of article objects, one (possibly pretty-printed)
// object, or else JSON lines. Array items are named "file.json[3]".
size_t ParseJsonFile(std::string_view bytes, const std::string& source, const std::string& stem,
                     size_t max_line_bytes, const Sink& sink);

}  // namespace storyline::ingest

#endif  // STORYLINE_INGEST_JSON_READER_H_
