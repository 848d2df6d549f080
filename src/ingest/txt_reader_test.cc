// The .txt title rule, driven by tests/testdata/ingest/txt_titles.tsv (one case a
// line: name, input, expected title or "-", expected start of the body).
#include "src/ingest/txt_reader.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "absl/strings/str_split.h"
#include "src/ingest/test_util.h"

namespace storyline::ingest {
namespace {

using testing::Parse;
using testing::TestData;

std::string Unescape(const std::string& s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '\\' || i + 1 == s.size()) {
      out += s[i];
      continue;
    }
    const char c = s[++i];
    out += c == 'n' ? '\n' : c == 'r' ? '\r' : c == 't' ? '\t' : c;
  }
  return out;
}

TEST(TxtTitleCases, EveryCaseInTheTable) {
  std::ifstream in(TestData("ingest/txt_titles.tsv"));
  ASSERT_TRUE(in) << "missing txt_titles.tsv";
  std::string line;
  int cases = 0;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> f = absl::StrSplit(line, '\t');
    ASSERT_EQ(f.size(), 4u) << line;
    const std::string input = Unescape(f[1]);
    auto c = Parse(Format::kText, input, f[0]);
    ASSERT_EQ(c.docs.size(), 1u) << f[0];
    const Document& d = c.docs[0];
    SCOPED_TRACE(f[0]);
    EXPECT_EQ(d.text, input) << "text must be kept byte for byte";
    if (f[2] == "-") {
      EXPECT_TRUE(d.title.empty()) << d.title;
      EXPECT_TRUE(d.title_span.empty());
      EXPECT_EQ(d.body.begin, 0u);
    } else {
      EXPECT_EQ(d.title, f[2]);
      EXPECT_EQ(d.title_span.Of(d.text), f[2]);
    }
    EXPECT_EQ(d.body.end, d.text.size());
    EXPECT_EQ(d.body.Of(d.text).substr(0, f[3].size()), f[3]);
    ++cases;
  }
  EXPECT_GE(cases, 15);
}

TEST(TxtReader, SetsIdSourceAndHash) {
  auto c = Parse(Format::kText, "Talks resume\nThe envoy spoke.\n", "story-7");
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_EQ(c.docs[0].id, "story-7");
  EXPECT_EQ(c.docs[0].source, "story-7.in");
  EXPECT_EQ(c.docs[0].content_hash, ContentHash(c.docs[0].text));
  EXPECT_TRUE(c.issues.empty());
}

TEST(TxtReader, StripsUtf8BomAndOffsetsIndexTheText) {
  auto c = Parse(Format::kText, "\xEF\xBB\xBFTalks resume\nThe envoy spoke.\n");
  ASSERT_EQ(c.docs.size(), 1u);
  const Document& d = c.docs[0];
  EXPECT_EQ(d.text, "Talks resume\nThe envoy spoke.\n");
  EXPECT_EQ(d.title_span, (ByteSpan{0, 12}));
  EXPECT_EQ(d.body.Of(d.text), "The envoy spoke.\n");
}

TEST(TxtReader, RepairsInvalidUtf8WithAWarning) {
  auto c = Parse(Format::kText, "Title here\nbad \xFF byte\n");
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_EQ(c.docs[0].text, "Title here\nbad \xEF\xBF\xBD byte\n");
  ASSERT_EQ(c.issues.size(), 1u);
  EXPECT_FALSE(c.issues[0].skipped);
  EXPECT_NE(c.issues[0].reason.find("byte 15 (line 2)"), std::string::npos) << c.issues[0].reason;
}

TEST(TxtReader, SkipsEmptyWhitespaceBinaryAndUtf16) {
  for (std::string_view bytes : {std::string_view(""), std::string_view(" \n\t\n"),
                                 std::string_view("a\0b", 3), std::string_view("\xFF\xFEh\0i\0", 6)}) {
    auto c = Parse(Format::kText, bytes);
    EXPECT_TRUE(c.docs.empty());
    ASSERT_EQ(c.issues.size(), 1u);
    EXPECT_TRUE(c.issues[0].skipped);
    EXPECT_EQ(c.issues[0].reason.find('\n'), std::string::npos) << "one line";
  }
}

TEST(TxtReader, OverTheSizeLimitIsSkipped) {
  ReaderOptions options;
  options.max_file_bytes = 10;
  auto c = Parse(Format::kText, "Twelve bytes", "doc", options);
  EXPECT_TRUE(c.docs.empty());
  ASSERT_EQ(c.issues.size(), 1u);
  EXPECT_NE(c.issues[0].reason.find("over the limit"), std::string::npos);
}

}  // namespace
}  // namespace storyline::ingest
