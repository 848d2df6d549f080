// Builds Document + Analysis values by hand for the link stage's tests, the way
// the per-document stages would: paragraphs are lines, sentences end at ". ",
// and timexes, mentions and quotes are placed by quoting their text.
#ifndef STORYLINE_LINK_LINK_TEST_UTIL_H_
#define STORYLINE_LINK_LINK_TEST_UTIL_H_

#include <string>
#include <string_view>
#include <vector>

#include "src/core/analysis.h"
#include "src/core/document.h"

namespace storyline::link::testing {

struct Article {
  Document doc;
  Analysis analysis;

  // `text`: paragraphs separated by '\n'. `published`: "YYYY-MM-DD" or "".
  Article(std::string id, std::string text, std::string published = "",
          std::string outlet = "");
  // The span of the `nth` occurrence of `needle`; an empty span at 0 if missing.
  ByteSpan Find(std::string_view needle, int nth = 0) const;
  Article& Timex(std::string_view text, std::string value);
  // Every occurrence of `name` becomes a mention.
  Article& Mention(std::string_view name, EntityType type);
  Article& Quote(std::string_view content, std::string_view cue, std::vector<std::string> chain,
                 bool anonymous = false, std::string_view speaker = "");
  Article& Boilerplate(std::string_view line, std::string reason);
};

}  // namespace storyline::link::testing

#endif  // STORYLINE_LINK_LINK_TEST_UTIL_H_
