// Directory walk and file reading (rules in file_walk.h). POSIX open/fstat/read
// rather than iostreams: one syscall per file for the size check, errno for the
// reason, and no exceptions.
#include "src/ingest/file_walk.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"

namespace storyline::ingest {
namespace {

namespace fs = std::filesystem;

struct Entry {
  std::string name;
  bool is_dir = false;
};

// Sorted non-hidden entries of `dir`; symlinked directories are reported, not listed.
std::vector<Entry> ListDirectory(const fs::path& dir, const Sink& sink) {
  std::vector<Entry> entries;
  std::error_code ec;
  fs::directory_iterator it(dir, ec), end;
  for (; !ec && it != end; it.increment(ec)) {
    std::string name = it->path().filename().string();
    if (name.empty() || name[0] == '.') continue;
    std::error_code link_ec;
    if (it->is_symlink(link_ec) && it->is_directory(link_ec)) {
      sink.Warn(it->path().string(), "symlinked directory not followed");
      continue;
    }
    entries.push_back({std::move(name), it->is_directory(link_ec)});
  }
  if (ec) sink.Skip(dir.string(), absl::StrCat("cannot list directory: ", ec.message()));
  std::sort(entries.begin(), entries.end(),
            [](const Entry& a, const Entry& b) { return a.name < b.name; });
  return entries;
}

void Walk(const fs::path& dir, const std::string& prefix, int depth, const ReaderOptions& options,
          const Sink& sink, std::vector<InputFile>* out) {
  for (const Entry& e : ListDirectory(dir, sink)) {
    const fs::path path = dir / e.name;
    if (!e.is_dir) {
      out->push_back({path.string(), prefix + path.stem().string()});
    } else if (!options.recursive) {
      continue;
    } else if (depth >= kMaxDepth) {
      sink.Skip(path.string(), absl::StrCat("deeper than ", kMaxDepth, " folders; not entered"));
    } else {
      Walk(path, prefix + e.name + "/", depth + 1, options, sink, out);
    }
  }
}

std::string Errno(const char* what) { return absl::StrCat(what, ": ", std::strerror(errno)); }

bool LooksLikeHtml(std::string_view head) {
  const size_t i = head.find_first_not_of(" \t\r\n");
  if (i == std::string_view::npos || head[i] != '<') return false;
  const std::string lower = absl::AsciiStrToLower(std::string(head.substr(i, 64)));
  return absl::StartsWith(lower, "<!doctype html") || absl::StartsWith(lower, "<html") ||
         absl::StartsWith(lower, "<head") || absl::StartsWith(lower, "<body") ||
         absl::StartsWith(lower, "<article");
}

}  // namespace

std::vector<InputFile> ListInputFiles(const std::string& path, const ReaderOptions& options,
                                      const Sink& sink) {
  std::vector<InputFile> files;
  std::error_code ec;
  const fs::file_status status = fs::status(path, ec);
  if (ec || status.type() == fs::file_type::not_found) {
    sink.Skip(path, ec ? ec.message() : "no such file or directory");
  } else if (status.type() == fs::file_type::directory) {
    Walk(path, "", 0, options, sink, &files);
  } else {
    files.push_back({path, fs::path(path).stem().string()});
  }
  return files;
}

absl::StatusOr<std::string> ReadWholeFile(const std::string& path, size_t max_bytes) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
  if (fd < 0) return absl::NotFoundError(Errno("cannot open"));
  struct stat st;
  std::string bytes;
  absl::Status status;
  if (::fstat(fd, &st) != 0) {
    status = absl::InternalError(Errno("cannot stat"));
  } else if (!S_ISREG(st.st_mode)) {
    status = absl::FailedPreconditionError("not a regular file; skipped");
  } else if (static_cast<uint64_t>(st.st_size) > max_bytes) {
    status = absl::ResourceExhaustedError(absl::StrCat("file of ", st.st_size,
        " bytes is over the limit of ", max_bytes, " bytes; skipped"));
  } else {
    bytes.resize(st.st_size);
    size_t done = 0;
    while (done < bytes.size()) {
      const ssize_t n = ::read(fd, bytes.data() + done, bytes.size() - done);
      if (n < 0 && errno == EINTR) continue;
      if (n < 0) status = absl::DataLossError(Errno("read failed"));
      if (n <= 0) break;
      done += n;
    }
    bytes.resize(done);  // a file that shrank while read is read as it is now
  }
  ::close(fd);
  if (!status.ok()) return status;
  return bytes;
}

Format FormatOf(std::string_view path, std::string_view head) {
  const std::string ext = absl::AsciiStrToLower(fs::path(path).extension().string());
  if (ext == ".txt" || ext == ".text") return Format::kText;
  if (ext == ".jsonl" || ext == ".ndjson") return Format::kJsonLines;
  if (ext == ".json") return Format::kJson;
  if (ext == ".html" || ext == ".htm" || ext == ".xhtml") return Format::kHtml;
  if (LooksLikeHtml(head)) return Format::kHtml;
  const size_t i = head.find_first_not_of(" \t\r\n\xEF\xBB\xBF");
  return i != std::string_view::npos && head[i] == '{' ? Format::kJsonLines : Format::kText;
}

}  // namespace storyline::ingest
