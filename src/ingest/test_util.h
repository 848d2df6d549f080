// Test helper: runs the readers and keeps what they emit. Test-only.
#ifndef STORYLINE_INGEST_TEST_UTIL_H_
#define STORYLINE_INGEST_TEST_UTIL_H_

#include <string>
#include <vector>

#include "src/ingest/reader.h"

namespace storyline::ingest::testing {

// Collects documents and issues; the callbacks it hands out refer to it.
struct Collected {
  std::vector<Document> docs;
  std::vector<ReadIssue> issues;
  // Callbacks bound to this object (made on demand, so copies stay independent).
  DocumentCallback OnDocument() {
    return [this](Document d) { docs.push_back(std::move(d)); };
  }
  IssueCallback OnIssue() {
    return [this](const ReadIssue& i) { issues.push_back(i); };
  }

  size_t Skipped() const {
    size_t n = 0;
    for (const auto& i : issues) n += i.skipped;
    return n;
  }
  // The first issue whose source contains `source_part`, or nullptr.
  const ReadIssue* IssueFor(const std::string& source_part) const {
    for (const auto& i : issues) {
      if (i.source.find(source_part) != std::string::npos) return &i;
    }
    return nullptr;
  }
  const Document* Doc(const std::string& id) const {
    for (const auto& d : docs) {
      if (d.id == id) return &d;
    }
    return nullptr;
  }
};

inline Collected Parse(Format format, std::string_view bytes, const std::string& stem = "doc",
                       ReaderOptions options = {}) {
  Collected c;
  ParseBuffer(format, bytes, stem + ".in", stem, options, c.OnDocument(), c.OnIssue());
  return c;
}

inline Collected Read(const std::vector<std::string>& paths, ReaderOptions options = {}) {
  Collected c;
  ReadPaths(paths, options, c.OnDocument(), c.OnIssue());
  return c;
}

inline std::string TestData(const std::string& rel) {
  return std::string(STORYLINE_TESTDATA_DIR) + "/" + rel;
}

}  // namespace storyline::ingest::testing

#endif  // STORYLINE_INGEST_TEST_UTIL_H_
