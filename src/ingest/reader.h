// Readers: turn files, directories and stdin into Documents.
//
//   .txt            id = file stem; first line is the title when it looks like a
//                   headline (see txt_reader.h for the exact rule); no other metadata
//   .jsonl / .json  one article per line: id, text (required); title, published,
//                   outlet, url, language (optional). A .json file may also hold one
//                   object or an array of objects.
//   .html / .htm    main text via gumbo; title, date, outlet, url from <meta>
//   "-"             JSON lines from stdin, streamed line by line
//   other           read as text when it is text (HTML / JSON lines are sniffed),
//                   skipped with a reason otherwise
//
// Bad input never stops a batch: every problem is reported through `on_issue`
// with the file (and line) and a reason, and reading goes on with the next item.
// Nothing here throws. Stateless; safe to call from several threads on different paths.
#ifndef STORYLINE_INGEST_READER_H_
#define STORYLINE_INGEST_READER_H_

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "src/core/document.h"

namespace storyline::ingest {

struct ReadIssue {
  std::string source;  // "dir/a.txt" or "feed.jsonl:12"
  std::string reason;  // one line, for a person
  bool skipped = true; // true: the item was dropped; false: a warning (e.g. UTF-8 repaired)
};

struct ReaderOptions {
  // Files larger than this are skipped with a reason (a news article is < 1 MB).
  // For JSON lines the limit applies to each line, and files are streamed, so a
  // multi-gigabyte feed is fine.
  size_t max_file_bytes = 64u << 20;
  // Directories are walked recursively; hidden files and folders are ignored.
  bool recursive = true;
};

using DocumentCallback = std::function<void(Document)>;
using IssueCallback = std::function<void(const ReadIssue&)>;

// Reads every path in order (file, directory or "-"), calling `on_document` for
// each article and `on_issue` for each problem. Returns the number of articles.
// Directory entries are visited in byte order of their names, so two runs over the
// same tree give the same documents in the same order.
size_t ReadPaths(const std::vector<std::string>& paths, const ReaderOptions& options,
                 const DocumentCallback& on_document, const IssueCallback& on_issue);

// The input formats, chosen from the file extension (or sniffed for unknown ones).
enum class Format { kText, kJsonLines, kJson, kHtml };

// Parses one file's bytes already in memory: no filesystem access, so the fuzzer
// and the tests drive every parser through it. `source` names the input in
// messages and Document::source; `stem` is the id for .txt/.html and the prefix
// of derived ids for JSON lines. Returns the number of articles emitted.
size_t ParseBuffer(Format format, std::string_view bytes, const std::string& source,
                   const std::string& stem, const ReaderOptions& options,
                   const DocumentCallback& on_document, const IssueCallback& on_issue);

}  // namespace storyline::ingest

#endif  // STORYLINE_INGEST_READER_H_
