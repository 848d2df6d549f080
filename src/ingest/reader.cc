// ReadPaths: walk the paths, read each file, dispatch on its format. Each file is
// read in a try block as a last line of defence: the parsers are written not to
// throw, but an allocation failure on a hostile file must cost that file only.
#include "src/ingest/reader.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <exception>

#include "absl/strings/str_cat.h"
#include "src/ingest/file_walk.h"
#include "src/ingest/html_reader.h"
#include "src/ingest/json_reader.h"
#include "src/ingest/prepare.h"
#include "src/ingest/txt_reader.h"

namespace storyline::ingest {
namespace {

// .jsonl files are streamed, not loaded: the size limit applies per line.
size_t ReadJsonLinesFile(const InputFile& file, const ReaderOptions& options, const Sink& sink) {
  const int fd = ::open(file.path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return sink.Skip(file.path, absl::StrCat("cannot open: ", std::strerror(errno))), 0;
  const size_t count = StreamJsonLines(fd, file.path, file.id, options.max_file_bytes, sink);
  ::close(fd);
  return count;
}

size_t ReadFile(const InputFile& file, const ReaderOptions& options, const Sink& sink) {
  if (FormatOf(file.path, "") == Format::kJsonLines) return ReadJsonLinesFile(file, options, sink);
  absl::StatusOr<std::string> bytes = ReadWholeFile(file.path, options.max_file_bytes);
  if (!bytes.ok()) return sink.Skip(file.path, std::string(bytes.status().message())), 0;
  const Format format = FormatOf(file.path, std::string_view(*bytes).substr(0, 512));
  return ParseBuffer(format, *bytes, file.path, file.id, options, sink.on_document, sink.on_issue);
}

size_t ReadGuarded(const std::string& source, const Sink& sink, const std::function<size_t()>& read) {
  try {
    return read();
  } catch (const std::exception& e) {
    sink.Skip(source, absl::StrCat("internal error while reading: ", e.what()));
  } catch (...) {
    sink.Skip(source, "internal error while reading");
  }
  return 0;
}

}  // namespace

size_t ParseBuffer(Format format, std::string_view bytes, const std::string& source,
                   const std::string& stem, const ReaderOptions& options,
                   const DocumentCallback& on_document, const IssueCallback& on_issue) {
  const Sink sink{on_document, on_issue};
  switch (format) {
    case Format::kJsonLines:
      return ParseJsonLines(bytes, source, stem, options.max_file_bytes, sink);
    case Format::kJson:
      if (bytes.size() > options.max_file_bytes) break;
      return ParseJsonFile(bytes, source, stem, options.max_file_bytes, sink);
    case Format::kHtml:
      if (bytes.size() > options.max_file_bytes) break;
      return ParseHtml(bytes, source, stem, sink);
    case Format::kText:
      if (bytes.size() > options.max_file_bytes) break;
      return ParseTxt(bytes, source, stem, sink);
  }
  sink.Skip(source, absl::StrCat("file of ", bytes.size(), " bytes is over the limit of ",
                                 options.max_file_bytes, " bytes; skipped"));
  return 0;
}

size_t ReadPaths(const std::vector<std::string>& paths, const ReaderOptions& options,
                 const DocumentCallback& on_document, const IssueCallback& on_issue) {
  const Sink sink{on_document, on_issue};
  size_t count = 0;
  for (const std::string& path : paths) {
    if (path == "-") {
      count += ReadGuarded("stdin", sink, [&] {
        return StreamJsonLines(STDIN_FILENO, "stdin", "stdin", options.max_file_bytes, sink);
      });
      continue;
    }
    for (const InputFile& file : ListInputFiles(path, options, sink)) {
      count += ReadGuarded(file.path, sink, [&] { return ReadFile(file, options, sink); });
    }
  }
  return count;
}

}  // namespace storyline::ingest
