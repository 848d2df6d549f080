// HTML: main text without page furniture, metadata from <meta>, title_span on the <h1>.
#include "src/ingest/html_reader.h"

#include <gtest/gtest.h>

#include "src/ingest/test_util.h"

namespace storyline::ingest {
namespace {

using testing::Parse;
using testing::Read;
using testing::TestData;

TEST(HtmlReader, ArticlePage) {
  auto c = Read({TestData("ingest/article.html")});
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_TRUE(c.issues.empty());
  const Document& d = c.docs[0];
  EXPECT_EQ(d.id, "article");
  EXPECT_EQ(d.text,
            "Convoy leaves hill posts\n"
            "By A. Writer\n"
            "A long column of trucks left the hill posts on Friday, witnesses said.\n"
            "The commander told reporters: \u201CWe go where we are sent.\u201D\n"
            "Officials declined to comment\n"
            "on the timing.");
  EXPECT_EQ(d.title, "Convoy leaves hill posts");
  EXPECT_EQ(d.title_span.Of(d.text), "Convoy leaves hill posts");
  EXPECT_EQ(d.body.Of(d.text).substr(0, 12), "By A. Writer");
  EXPECT_EQ(d.outlet, "Harbour Gazette");
  EXPECT_EQ(d.url, "https://gazette.example/world/convoy-leaves");
  EXPECT_EQ(d.published, "2024-12-14T09:30:00+00:00");
  EXPECT_EQ(d.language, "en-GB");
}

TEST(HtmlReader, FallsBackToTitleTagCanonicalAndTimeElement) {
  auto c = Parse(Format::kHtml,
                 "<html><head><title> Plain  title </title>"
                 "<link rel=canonical href='https://x.example/a'></head>"
                 "<body><p>Para one.</p><p>Para <time datetime='2025-01-18'>Saturday</time>.</p>");
  ASSERT_EQ(c.docs.size(), 1u);
  const Document& d = c.docs[0];
  EXPECT_EQ(d.title, "Plain title");
  EXPECT_TRUE(d.title_span.empty());
  EXPECT_EQ(d.url, "https://x.example/a");
  EXPECT_EQ(d.published, "2025-01-18");
  EXPECT_EQ(d.text, "Para one.\nPara Saturday.");
}

TEST(HtmlReader, JsonLdNewsArticle) {
  auto c = Parse(Format::kHtml,
                 "<script type='application/ld+json'>{\"@graph\": [{\"@type\": \"WebPage\"},"
                 "{\"@type\": \"NewsArticle\", \"headline\": \"Lease signed\","
                 "\"datePublished\": \"2025-01-27T12:00:00Z\", \"publisher\": {\"name\": \"Coast Wire\"}}]}"
                 "</script><p>Body.</p><script type='application/ld+json'>{broken</script>");
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_EQ(c.docs[0].published, "2025-01-27T12:00:00Z");
  EXPECT_EQ(c.docs[0].title, "Lease signed");
  EXPECT_EQ(c.docs[0].outlet, "Coast Wire");
  EXPECT_EQ(c.docs[0].text, "Body.");
}

TEST(HtmlReader, LegacyCharsetIsConverted) {
  // "Москва" in windows-1251, declared in a meta tag.
  auto c = Parse(Format::kHtml,
                 "<meta http-equiv='Content-Type' content='text/html; charset=windows-1251'>"
                 "<p>\xCC\xEE\xF1\xEA\xE2\xE0</p>");
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_EQ(c.docs[0].text, "\u041C\u043E\u0441\u043A\u0432\u0430");
  ASSERT_EQ(c.issues.size(), 1u);
  EXPECT_FALSE(c.issues[0].skipped);
}

TEST(HtmlReader, UnknownCharsetFallsBackToRepair) {
  auto c = Parse(Format::kHtml, "<meta charset='no-such-charset'><p>bad \xFF byte</p>");
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_EQ(c.docs[0].text, "bad \xEF\xBF\xBD byte");
}

TEST(HtmlReader, NonIsoDateIsWarnedAndIgnored) {
  auto c = Parse(Format::kHtml,
                 "<meta property='article:published_time' content='Dec 15'><p>Text.</p>");
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_EQ(c.docs[0].published, "");
  ASSERT_EQ(c.issues.size(), 1u);
  EXPECT_FALSE(c.issues[0].skipped);
}

TEST(HtmlReader, PageWithNoTextIsSkipped) {
  auto c = Parse(Format::kHtml, "<html><head><script>x()</script></head><body><nav>Menu</nav></body></html>");
  EXPECT_TRUE(c.docs.empty());
  ASSERT_EQ(c.issues.size(), 1u);
  EXPECT_TRUE(c.issues[0].skipped);
}

TEST(HtmlReader, LargestArticleWinsOverTeasers) {
  auto c = Parse(Format::kHtml,
                 "<article><p>Teaser.</p></article><article><p>The real story is longer.</p></article>");
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_EQ(c.docs[0].text, "The real story is longer.");
}

TEST(HtmlReader, FurnitureClassesAndHiddenAreDropped) {
  auto c = Parse(Format::kHtml,
                 "<main><p>Kept.</p><div class='related-links'>Other</div><p hidden>Gone</p>"
                 "<div id='comments'>Rude</div><div class='commentary-body'>Opinion kept.</div>"
                 "<div aria-hidden='true'>Icon</div></main><p>Outside main.</p>");
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_EQ(c.docs[0].text, "Kept.\nOpinion kept.");
}

}  // namespace
}  // namespace storyline::ingest
