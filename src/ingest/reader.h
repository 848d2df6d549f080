// Readers: turn files, directories and stdin into Documents.
//
//   .txt            id = file stem; first line is the title when it looks like a
//                   headline (short, no final period); no other metadata assumed
//   .jsonl / .json  one article per line: id, text (required); title, published,
//                   outlet, url, language (optional)
//   .html / .htm    main text via gumbo; title, date, outlet from <meta>
//   "-"             JSON lines from stdin
//
// Bad input never stops a batch: every problem is reported through `on_issue`
// with the file (and line) and a reason, and reading goes on with the next item.
// Stateless; safe to call from several threads on different paths.
#ifndef STORYLINE_INGEST_READER_H_
#define STORYLINE_INGEST_READER_H_

#include <cstddef>
#include <functional>
#include <string>
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
  size_t max_file_bytes = 64u << 20;
  // Directories are walked recursively; hidden files and folders are ignored.
  bool recursive = true;
};

using DocumentCallback = std::function<void(Document)>;
using IssueCallback = std::function<void(const ReadIssue&)>;

// Reads every path in order (file, directory or "-"), calling `on_document` for
// each article and `on_issue` for each problem. Returns the number of articles.
size_t ReadPaths(const std::vector<std::string>& paths, const ReaderOptions& options,
                 const DocumentCallback& on_document, const IssueCallback& on_issue);

}  // namespace storyline::ingest

#endif  // STORYLINE_INGEST_READER_H_
