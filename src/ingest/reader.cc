// PLACEHOLDER (walking skeleton): reads .txt files only. Replaced by the ingest stage.
#include "src/ingest/reader.h"

#include <filesystem>
#include <fstream>
#include <sstream>

namespace storyline::ingest {

size_t ReadPaths(const std::vector<std::string>& paths, const ReaderOptions& options,
                 const DocumentCallback& on_document, const IssueCallback& on_issue) {
  size_t count = 0;
  for (const auto& path : paths) {
    std::vector<std::filesystem::path> files;
    if (std::filesystem::is_directory(path)) {
      for (const auto& e : std::filesystem::recursive_directory_iterator(path))
        if (e.is_regular_file()) files.push_back(e.path());
    } else {
      files.push_back(path);
    }
    std::sort(files.begin(), files.end());
    for (const auto& f : files) {
      std::ifstream in(f, std::ios::binary);
      std::stringstream ss;
      ss << in.rdbuf();
      Document doc;
      doc.id = f.stem().string();
      doc.text = ss.str();
      doc.body = {0, static_cast<uint32_t>(doc.text.size())};
      doc.source = f.string();
      doc.content_hash = ContentHash(doc.text);
      on_document(std::move(doc));
      ++count;
    }
  }
  return count;
}

}  // namespace storyline::ingest
