// Page furniture: what several articles of one story carry because they came
// from one site's pages, not from their authors -- a copyright line, a "most
// read" box, a tweet widget stamped with the day the pages were fetched. Its
// dates say when a page was crawled, not what happened or when the article
// appeared, so story dating (story_dates.h) does not count them.
//
// Two kinds, both judged across the story's documents (copies of one article
// count once, or a wire story and its copies would make their own text
// furniture):
//  - a line that kMinDocs or more documents carry word for word;
//  - a dated phrase: the same day with the same two words before it and one
//    after it within its line, digits folded ("0:00 pm ET [February 11, 2013]
//    RETWEET"), in kMinDocs or more documents and a tenth of the story's.
//    A widget's lines differ by the post they show, its stamp does not; a
//    page stamp naming each article's own update day differs by day and
//    stays, and three articles of one site updated on one day share theirs,
//    which is still theirs, while a crawl widget's day recurs in far more.
#ifndef STORYLINE_LINK_PAGE_FURNITURE_H_
#define STORYLINE_LINK_PAGE_FURNITURE_H_

#include <string_view>
#include <vector>

#include "src/core/analysis.h"
#include "src/core/span.h"

namespace storyline::link {

struct FurnitureDoc {
  std::string_view text;
  const std::vector<Timex>* timexes = nullptr;  // may be null
  bool copy = false;  // a near-duplicate of another document: not counted
};

// Per document, the furniture spans (lines and dated phrases), sorted by begin
// and disjoint.
std::vector<std::vector<ByteSpan>> FindPageFurniture(const std::vector<FurnitureDoc>& docs);

}  // namespace storyline::link

#endif  // STORYLINE_LINK_PAGE_FURNITURE_H_
