// ReadPaths: directory order, hidden entries, ids below subfolders, sniffing.
#include "src/ingest/reader.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include "src/ingest/file_walk.h"
#include "src/ingest/test_util.h"

namespace storyline::ingest {
namespace {

using testing::Read;
using testing::TestData;

TEST(ReadPaths, DirectoryIsSortedRecursiveAndSkipsHidden) {
  auto c = Read({TestData("ingest/tree")});
  ASSERT_EQ(c.docs.size(), 3u);
  EXPECT_EQ(c.docs[0].id, "a");
  EXPECT_EQ(c.docs[1].id, "b");
  EXPECT_EQ(c.docs[2].id, "sub/a") << "a nested file does not collide with a.txt";
  EXPECT_EQ(c.docs[0].title, "First file");
  EXPECT_TRUE(c.issues.empty());
}

TEST(ReadPaths, SameTreeSameResult) {
  auto a = Read({TestData("ingest/tree")});
  auto b = Read({TestData("ingest/tree")});
  ASSERT_EQ(a.docs.size(), b.docs.size());
  for (size_t i = 0; i < a.docs.size(); ++i) {
    EXPECT_EQ(a.docs[i].id, b.docs[i].id);
    EXPECT_EQ(a.docs[i].content_hash, b.docs[i].content_hash);
  }
}

TEST(ReadPaths, NotRecursiveWhenAsked) {
  ReaderOptions options;
  options.recursive = false;
  auto c = Read({TestData("ingest/tree")}, options);
  EXPECT_EQ(c.docs.size(), 2u);
}

TEST(ReadPaths, HiddenFileNamedExplicitlyIsRead) {
  auto c = Read({TestData("ingest/tree/.hidden.txt")});
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_EQ(c.docs[0].id, ".hidden");
}

TEST(ReadPaths, MissingPathIsReportedAndOthersGoOn) {
  auto c = Read({TestData("ingest/no_such_dir"), TestData("ingest/tree/a.txt")});
  EXPECT_EQ(c.docs.size(), 1u);
  ASSERT_EQ(c.issues.size(), 1u);
  EXPECT_TRUE(c.issues[0].skipped);
}

TEST(ReadPaths, DashReadsJsonLinesFromStdin) {
  int fds[2];
  ASSERT_EQ(::pipe(fds), 0);
  const std::string feed =
      "{\"id\":\"s1\",\"text\":\"From a pipe.\"}\n{\"id\":\"s2\",\"text\":\"Trunc\n"
      "{\"text\":\"No id.\"}";  // no final newline
  ASSERT_EQ(::write(fds[1], feed.data(), feed.size()), static_cast<ssize_t>(feed.size()));
  ::close(fds[1]);
  const int saved = ::dup(STDIN_FILENO);
  ::dup2(fds[0], STDIN_FILENO);
  auto c = Read({"-"});
  ::dup2(saved, STDIN_FILENO);
  ::close(saved);
  ::close(fds[0]);
  ASSERT_EQ(c.docs.size(), 2u);
  EXPECT_EQ(c.docs[0].id, "s1");
  EXPECT_EQ(c.docs[0].source, "stdin:1");
  EXPECT_EQ(c.docs[1].id.rfind("stdin-", 0), 0u);
  ASSERT_EQ(c.issues.size(), 1u);
  EXPECT_EQ(c.issues[0].source, "stdin:2");
}

TEST(FormatOf, ExtensionThenSniffing) {
  EXPECT_EQ(FormatOf("a.TXT", ""), Format::kText);
  EXPECT_EQ(FormatOf("a.ndjson", ""), Format::kJsonLines);
  EXPECT_EQ(FormatOf("a.json", ""), Format::kJson);
  EXPECT_EQ(FormatOf("a.HTM", ""), Format::kHtml);
  EXPECT_EQ(FormatOf("page", "  <!DOCTYPE html><html>"), Format::kHtml);
  EXPECT_EQ(FormatOf("feed.log", "{\"id\":1}"), Format::kJsonLines);
  EXPECT_EQ(FormatOf("notes.md", "# Heading"), Format::kText);
}

}  // namespace
}  // namespace storyline::ingest
