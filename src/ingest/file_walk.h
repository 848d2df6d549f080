// Filesystem side of the readers: which files a path names, in what order, and
// their bytes. Everything uses std::error_code / errno, never exceptions.
//
// - A directory is walked recursively in byte order of entry names (determinism:
//   the same tree always yields the same documents in the same order).
// - Entries whose name starts with '.' are skipped (.git, .DS_Store, editor swap
//   files). A hidden file named explicitly on the command line is read.
// - Symlinks to files are followed; symlinks to directories are not (no loops, no
//   file read twice); a dangling or looping link is reported and skipped.
// - Only regular files are read: a FIFO or device would block or never end.
#ifndef STORYLINE_INGEST_FILE_WALK_H_
#define STORYLINE_INGEST_FILE_WALK_H_

#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "src/ingest/prepare.h"

namespace storyline::ingest {

struct InputFile {
  std::string path;  // as given, or given directory + relative path
  std::string id;    // file stem; for files below a subfolder "sub/dir/stem", so
                     // a/001.txt and b/001.txt don't collide
};

// The files `path` names, each problem reported on `sink`. Directories deeper
// than kMaxDepth are not entered (reported).
inline constexpr int kMaxDepth = 64;
std::vector<InputFile> ListInputFiles(const std::string& path, const ReaderOptions& options,
                                      const Sink& sink);

// The whole content of the regular file at `path`. Errors (message = the reason
// for a person): not found, not a regular file, unreadable, over `max_bytes`.
absl::StatusOr<std::string> ReadWholeFile(const std::string& path, size_t max_bytes);

// Format from the extension (case-insensitive); for an unknown extension, sniffed
// from the first bytes: HTML markup -> kHtml, '{' -> kJsonLines, else kText.
Format FormatOf(std::string_view path, std::string_view head);

// Streams JSON lines from the open descriptor `fd` until EOF, line by line, in
// 1 MiB reads. Lines over `max_line_bytes` are skipped without being buffered.
size_t StreamJsonLines(int fd, const std::string& source, const std::string& stem,
                       size_t max_line_bytes, const Sink& sink);

}  // namespace storyline::ingest

#endif  // STORYLINE_INGEST_FILE_WALK_H_
