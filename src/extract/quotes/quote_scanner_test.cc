// Quote-mark scanner: every mark style, nesting, multi-paragraph quotes, and
// unbalanced marks (dropped at the paragraph end, in linear time).
#include "src/extract/quotes/quote_scanner.h"

#include <chrono>
#include <string>

#include "gtest/gtest.h"

namespace storyline::quotes {
namespace {

std::vector<std::string> Inner(std::string_view text) {
  std::vector<std::string> out;
  for (const QuoteSpan& q : ScanQuotes(text)) out.emplace_back(q.inner.Of(text));
  return out;
}

TEST(QuoteScannerTest, AllStyles) {
  using V = std::vector<std::string>;
  EXPECT_EQ(Inner("He said \"we are ready\" today."), V{"we are ready"});
  EXPECT_EQ(Inner("He said “we are ready” today."), V{"we are ready"});
  EXPECT_EQ(Inner("Он сказал: «мы готовы»."), V{"мы готовы"});
  EXPECT_EQ(Inner("Er sagte: „wir sind bereit“."), V{"wir sind bereit"});
  EXPECT_EQ(Inner("She called it ‘a farce’ and left."), V{"a farce"});
}

TEST(QuoteScannerTest, ApostrophesAreNotQuotes) {
  EXPECT_TRUE(Inner("The army’s base and Moscow's port.").empty());
}

TEST(QuoteScannerTest, NestedQuotesStayInside) {
  using V = std::vector<std::string>;
  EXPECT_EQ(Inner("«Он сказал „нет“ дважды»"), V{"Он сказал „нет“ дважды"});
  EXPECT_EQ(Inner("“They call it ‘a pause’ now”"),
            V{"They call it ‘a pause’ now"});
}

TEST(QuoteScannerTest, MultiParagraphQuote) {
  std::string text = "“First part of the talk.\n“Second part,” he said.";
  auto quotes = ScanQuotes(text);
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].outer.begin, 0u);
  EXPECT_TRUE(std::string(quotes[0].inner.Of(text)).ends_with("Second part,"));
}

TEST(QuoteScannerTest, UnclosedQuoteDroppedAtParagraphEnd) {
  using V = std::vector<std::string>;
  EXPECT_EQ(Inner("He said \"never closed\nNext \"closed one\" here."), V{"closed one"});
}

TEST(QuoteScannerTest, OneOpeningMarkInAMegabyteIsLinear) {
  std::string text = "“";
  while (text.size() < (1 << 20)) text += "word word word, word. ";
  auto start = std::chrono::steady_clock::now();
  EXPECT_TRUE(ScanQuotes(text).empty());
  auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start);
  EXPECT_LT(ms.count(), 1000);
}

}  // namespace
}  // namespace storyline::quotes
