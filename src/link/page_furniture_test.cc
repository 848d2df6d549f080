// Page furniture on invented pages: a widget whose lines differ by the post
// they show but whose stamp does not, a copyright line, a page stamp that
// names each article's own day, and prose that happens to share a date.
#include "src/link/page_furniture.h"

#include <string>

#include "gtest/gtest.h"

namespace storyline::link {
namespace {

struct Page {
  std::string text;
  std::vector<Timex> timexes;
  Page(std::string t) : text(std::move(t)) {}
  Page& Date(std::string_view surface, std::string value, size_t nth = 0) {
    size_t at = text.find(surface);
    for (size_t k = 0; k < nth; ++k) at = text.find(surface, at + 1);
    timexes.push_back({{static_cast<uint32_t>(at), static_cast<uint32_t>(at + surface.size())},
                       TimexType::kDate, std::move(value)});
    return *this;
  }
  bool Furniture(const std::vector<ByteSpan>& spans, std::string_view surface) const {
    const size_t at = text.find(surface);
    for (const ByteSpan& s : spans) {
      if (s.begin <= at && at + surface.size() <= s.end) return true;
    }
    return false;
  }
};

TEST(PageFurniture, WidgetStampsAndSharedLinesButNotProseOrOwnStamps) {
  std::vector<Page> pages = {
      Page("Ferry talks resumed in Velmora on March 3, 2031, officials said.\n"
           "Page updated March 4, 2031\n"
           "x1 7:01 pm ET July 2, 2036 SHARE Harbour concert tonight\n"
           "All rights reserved by the Velmora Courier group."),
      Page("The ferry union rejected the offer on March 3, 2031, its leader said.\n"
           "Page updated March 5, 2031\n"
           "yy2 6:30 pm ET July 2, 2036 SHARE New bakery on the quay\n"
           "All rights reserved by the Velmora Courier group."),
      Page("Strikes closed the port after talks failed on March 3, 2031, in the evening.\n"
           "Page updated March 6, 2031\n"
           "z 1:24 pm ET July 2, 2036 SHARE Rain expected\n"
           "All rights reserved by the Velmora Courier group.")};
  pages[0].Date("March 3, 2031", "2031-03-03").Date("March 4, 2031", "2031-03-04")
      .Date("July 2, 2036", "2036-07-02");
  pages[1].Date("March 3, 2031", "2031-03-03").Date("March 5, 2031", "2031-03-05")
      .Date("July 2, 2036", "2036-07-02");
  pages[2].Date("March 3, 2031", "2031-03-03").Date("March 6, 2031", "2031-03-06")
      .Date("July 2, 2036", "2036-07-02");
  std::vector<FurnitureDoc> docs;
  for (const Page& p : pages) docs.push_back({p.text, &p.timexes, false});
  std::vector<std::vector<ByteSpan>> got = FindPageFurniture(docs);
  ASSERT_EQ(got.size(), 3u);
  for (size_t i = 0; i < pages.size(); ++i) {
    EXPECT_TRUE(pages[i].Furniture(got[i], "July 2, 2036")) << i;            // the widget's stamp
    EXPECT_TRUE(pages[i].Furniture(got[i], "All rights reserved")) << i;     // a shared line
    EXPECT_FALSE(pages[i].Furniture(got[i], "March 3, 2031")) << i;          // prose: other words
    EXPECT_FALSE(pages[i].Furniture(got[i], "Page updated")) << i;           // each page's own day
    for (size_t k = 1; k < got[i].size(); ++k) EXPECT_LT(got[i][k - 1].end, got[i][k].begin);
  }
  // Copies count once: two of the three pages as copies leave nothing shared.
  docs[1].copy = docs[2].copy = true;
  got = FindPageFurniture(docs);
  EXPECT_TRUE(got[0].empty());
}

}  // namespace
}  // namespace storyline::link
