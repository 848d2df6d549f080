// Minimal TimeML reader for evaluation: the text of <TEXT> with all tags removed,
// the gold TIMEX3 spans (byte offsets into that text) with type and value, and the
// DCT from <DCT>'s TIMEX3 value. Entities (&amp;) are left as they are, so offsets
// stay offsets into the stripped text the tagger sees.
#ifndef STORYLINE_BENCH_TIME_TIMEML_H_
#define STORYLINE_BENCH_TIME_TIMEML_H_

#include <string>
#include <vector>

#include "src/core/analysis.h"

namespace storyline::bench {

struct TimemlDoc {
  std::string path;
  std::string dct;   // "YYYY-MM-DD"
  std::string text;  // <TEXT> content without tags
  std::vector<Timex> gold;
};

// Reads one .tml file; false when it cannot be read or has no <TEXT>.
bool ReadTimeml(const std::string& path, TimemlDoc* doc);

}  // namespace storyline::bench

#endif  // STORYLINE_BENCH_TIME_TIMEML_H_
