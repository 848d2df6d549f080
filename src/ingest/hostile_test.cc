// Hostile inputs (tests/testdata/hostile, plus ones only a running test can make):
// the reader never crashes or throws, drops only the bad item, and says why.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <fstream>

#include "src/ingest/html_reader.h"
#include "src/ingest/test_util.h"

namespace storyline::ingest {
namespace {

namespace fs = std::filesystem;
using testing::Collected;
using testing::Parse;
using testing::Read;
using testing::TestData;

std::string Hostile(const std::string& name) { return TestData("hostile/" + name); }

class TempDir : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("ingest_hostile_" + std::to_string(::getpid()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  std::string Path(const std::string& name) const { return (dir_ / name).string(); }
  void Write(const std::string& name, const std::string& bytes) {
    std::ofstream(Path(name), std::ios::binary) << bytes;
  }
  fs::path dir_;
};

TEST(Hostile, WholeFolderReadsWhatItCanAndReportsTheRest) {
  auto c = Read({TestData("hostile")});
  // broken_utf8, bom, crlf, hostile.html, no_extension, make_hostile.py, README.md,
  // plus good lines of truncated.jsonl (2) and wrong_types.jsonl (6).
  EXPECT_EQ(c.docs.size(), 15u);
  for (const char* skipped : {"binary.txt", "empty.txt", "whitespace_only.txt", "utf16.txt",
                              "image.dat", "truncated.jsonl:2"}) {
    const ReadIssue* issue = c.IssueFor(skipped);
    ASSERT_NE(issue, nullptr) << skipped;
    EXPECT_TRUE(issue->skipped) << skipped;
  }
  for (const auto& issue : c.issues) EXPECT_EQ(issue.reason.find('\n'), std::string::npos);
}

TEST(Hostile, BrokenUtf8IsRepairedAndNamed) {
  auto c = Read({Hostile("broken_utf8.txt")});
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_NE(c.docs[0].text.find("\xEF\xBF\xBD"), std::string::npos);
  EXPECT_EQ(c.docs[0].title, "Harbour talks stall");
  ASSERT_EQ(c.issues.size(), 1u);
  EXPECT_FALSE(c.issues[0].skipped);
  EXPECT_NE(c.issues[0].reason.find("3 sequence(s)"), std::string::npos) << c.issues[0].reason;
  EXPECT_NE(c.issues[0].reason.find("byte 29 (line 2)"), std::string::npos) << c.issues[0].reason;
}

TEST(Hostile, CrlfIsKeptByteForByte) {
  auto c = Read({Hostile("crlf.txt")});
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_EQ(c.docs[0].text, "Talks resume in Geneva\r\nThe envoy spoke briefly.\r\nThen he left.\r\n");
  EXPECT_EQ(c.docs[0].title, "Talks resume in Geneva");
}

TEST(Hostile, UnknownExtensionTextIsReadBinaryIsSkipped) {
  auto c = Read({Hostile("no_extension"), Hostile("image.dat")});
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_EQ(c.docs[0].title, "Port deal under review");
  ASSERT_EQ(c.issues.size(), 1u);
  EXPECT_NE(c.issues[0].reason.find("binary"), std::string::npos);
}

TEST(Hostile, WrongJsonTypes) {
  auto c = Read({Hostile("wrong_types.jsonl")});
  // Kept: object id (derived), list title, prose date, numeric date, integer id,
  // repaired raw byte.
  ASSERT_EQ(c.docs.size(), 6u);
  EXPECT_EQ(c.docs[0].id.rfind("wrong_types-", 0), 0u) << c.docs[0].id;
  EXPECT_EQ(c.docs[1].title, "");
  EXPECT_EQ(c.docs[2].published, "");
  EXPECT_EQ(c.docs[3].published, "");
  EXPECT_EQ(c.docs[4].id, "7");
  EXPECT_EQ(c.docs[5].text, "raw bad byte \xEF\xBF\xBD here");
  for (int line : {1, 6, 7, 9, 10, 11, 13}) {
    const ReadIssue* issue = c.IssueFor("wrong_types.jsonl:" + std::to_string(line));
    ASSERT_NE(issue, nullptr) << line;
    EXPECT_TRUE(issue->skipped) << line;
  }
  const ReadIssue* repaired = c.IssueFor("wrong_types.jsonl:12");
  ASSERT_NE(repaired, nullptr);
  EXPECT_FALSE(repaired->skipped) << "raw bad byte is repaired; the line then parses";
}

TEST(Hostile, HostileHtml) {
  auto c = Read({Hostile("hostile.html")});
  ASSERT_EQ(c.docs.size(), 1u);
  const Document& d = c.docs[0];
  EXPECT_EQ(d.text.find("INJECTED"), std::string::npos);
  EXPECT_EQ(d.text.find("color"), std::string::npos);
  EXPECT_EQ(d.text.find("Home"), std::string::npos);
  EXPECT_EQ(d.text.find("Share this"), std::string::npos);
  EXPECT_EQ(d.text.find("Related"), std::string::npos);
  EXPECT_EQ(d.text.find("Copyright"), std::string::npos);
  EXPECT_EQ(d.text.find("svg text"), std::string::npos);
  EXPECT_NE(d.text.find("Officials said little about the lease."), std::string::npos);
  EXPECT_NE(d.text.find("bold nested text"), std::string::npos) << d.text;
  EXPECT_EQ(d.title, "Port deal under review");
  EXPECT_EQ(d.published, "2024-12-16T08:00:00Z") << "bad meta date skipped, <time> used";
}

TEST(Hostile, MillionDeepHtmlIsRefusedQuickly) {
  std::string html;
  for (int i = 0; i < 1000000; ++i) html += "<div>";
  const auto start = std::chrono::steady_clock::now();
  auto c = Parse(Format::kHtml, html);
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(2));
  EXPECT_TRUE(c.docs.empty());
  ASSERT_EQ(c.issues.size(), 1u);
}

TEST(Hostile, DeepHtmlUnderTheLimitIsReadOverItRefused) {
  std::string html;
  for (int i = 0; i < 400; ++i) html += "<div><b>";
  auto c = Parse(Format::kHtml, html + "deep text");
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_EQ(c.docs[0].text, "deep text");
  for (int i = 0; i < 20000; ++i) html += "<div><b>";
  const auto start = std::chrono::steady_clock::now();
  c = Parse(Format::kHtml, html + "deep text");
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::milliseconds(500));
  EXPECT_TRUE(c.docs.empty());
}

// Markup the first depth estimate read as shallow while gumbo nested it
// ("<div></b>" x 100,000: 900 KB, 89 s in gumbo, seen while fuzzing the
// readers), and the other ways to the same end. Each must be refused, quickly.
TEST(Hostile, DepthEstimateIsNotFooled) {
  for (const char* unit : {"<div></b>", "<div/>", "<span><div></span></div>", "<div><!--</div>-->",
                           "<div title=\"</div>\">", "<x-1></x-2>", "<svg><td>",
                           "<div><b id=1></div>", "<svg><foreignObject><span></svg>",
                           "<div><script><!--<script></script></div>--></script>"}) {
    std::string html;
    for (int i = 0; i < 20000; ++i) html += unit;
    EXPECT_GT(ScanMarkup(html).max_depth, kMaxHtmlDepth) << unit;
    const auto start = std::chrono::steady_clock::now();
    auto c = Parse(Format::kHtml, html + "text");
    EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(2)) << unit;
    EXPECT_TRUE(c.docs.empty()) << unit;
  }
}

// What real pages do a lot must not look deep: inline SVG icons, scripts with
// '<' in their code, unclosed spans inside divs, markup inside attributes.
TEST(Hostile, CommonMarkupIsNotDeep) {
  for (const char* unit : {"<svg><title>Share</title><path d=\"M0 0\"/><use href=#x /></svg>",
                           "<script>if (a<b && c>d) { go(); }</script>", "<div class=c><span>x</div>",
                           "<ul><li><a href=/x>link</a><li>y</ul>", "<img alt=\"a > b\" src=x>",
                           "<style>p > a { color: red }</style>", "<!-- <div> -->"}) {
    std::string html;
    for (int i = 0; i < 5000; ++i) html += unit;
    EXPECT_LT(ScanMarkup(html).max_depth, 5u) << unit;
  }
}

TEST(Hostile, UnclosedParagraphsAndCellsAreNotDeep) {
  std::string html = "<table>";
  for (int i = 0; i < 5000; ++i) html += "<tr><td>cell<p>para<li>item<br>";
  EXPECT_LT(ScanMarkup(html).max_depth, 5u);
  auto c = Parse(Format::kHtml, html);
  EXPECT_EQ(c.docs.size(), 1u);
}

TEST(Hostile, DeeplyNestedJsonLine) {
  std::string line(100000, '[');
  auto c = Parse(Format::kJsonLines, line + std::string(100000, ']') + "\n" + line);
  EXPECT_TRUE(c.docs.empty());
  EXPECT_EQ(c.Skipped(), 2u);
}

TEST_F(TempDir, SymlinkLoopAndDanglingLinkAreReported) {
  fs::create_symlink(Path("loop.txt"), Path("loop.txt"));
  fs::create_symlink(Path("nowhere.txt"), Path("dangling.txt"));
  fs::create_directory_symlink(dir_, Path("self"));  // a directory loop
  Write("ok.txt", "Fine\nA readable file.\n");
  auto c = Read({dir_.string()});
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_EQ(c.docs[0].id, "ok");
  ASSERT_NE(c.IssueFor("loop.txt"), nullptr);
  EXPECT_TRUE(c.IssueFor("loop.txt")->skipped);
  ASSERT_NE(c.IssueFor("dangling.txt"), nullptr);
  ASSERT_NE(c.IssueFor("self"), nullptr);
  EXPECT_FALSE(c.IssueFor("self")->skipped);
}

TEST_F(TempDir, UnreadableFileIsReported) {
  Write("secret.txt", "Secret\nNot for you.\n");
  fs::permissions(Path("secret.txt"), fs::perms::none);
  if (::access(Path("secret.txt").c_str(), R_OK) == 0) GTEST_SKIP() << "running as root";
  auto c = Read({Path("secret.txt")});
  EXPECT_TRUE(c.docs.empty());
  ASSERT_EQ(c.issues.size(), 1u);
  EXPECT_NE(c.issues[0].reason.find("cannot open"), std::string::npos);
}

TEST_F(TempDir, FifoIsNotReadAndDoesNotBlock) {
  ASSERT_EQ(::mkfifo(Path("pipe.txt").c_str(), 0600), 0);
  auto c = Read({dir_.string()});
  EXPECT_TRUE(c.docs.empty());
  ASSERT_EQ(c.issues.size(), 1u);
  EXPECT_NE(c.issues[0].reason.find("not a regular file"), std::string::npos);
}

TEST_F(TempDir, FileOverTheDefaultLimitIsSkippedWithoutReadingIt) {
  {
    std::ofstream(Path("huge.txt"));
  }
  fs::resize_file(Path("huge.txt"), (64u << 20) + 1);  // sparse: costs no disk
  auto c = Read({Path("huge.txt")});
  EXPECT_TRUE(c.docs.empty());
  ASSERT_EQ(c.issues.size(), 1u);
  EXPECT_NE(c.issues[0].reason.find("over the limit"), std::string::npos);
}

TEST_F(TempDir, StreamedJsonLinesLongerThanOneRead) {
  // A 3 MiB line spans several 1 MiB reads and must arrive whole.
  const std::string text(3u << 20, 'x');
  Write("big.jsonl", "{\"id\":\"big\",\"text\":\"" + text + "\"}\n{\"id\":\"after\",\"text\":\"y\"}");
  auto c = Read({Path("big.jsonl")});
  ASSERT_EQ(c.docs.size(), 2u);
  EXPECT_EQ(c.docs[0].text.size(), text.size());
  EXPECT_EQ(c.docs[1].id, "after");
  ReaderOptions small;
  small.max_file_bytes = 1u << 20;
  auto s = Read({Path("big.jsonl")}, small);
  ASSERT_EQ(s.docs.size(), 1u);
  EXPECT_EQ(s.docs[0].id, "after");
  ASSERT_NE(s.IssueFor("big.jsonl:1"), nullptr);
}

}  // namespace
}  // namespace storyline::ingest
