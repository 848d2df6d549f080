#include "src/core/fields.h"

namespace storyline {

std::vector<std::string_view> SplitFields(std::string_view line, char sep) {
  std::vector<std::string_view> out;
  size_t begin = 0;
  while (true) {
    const size_t end = line.find(sep, begin);
    out.push_back(line.substr(begin, end == std::string_view::npos ? std::string_view::npos
                                                                    : end - begin));
    if (end == std::string_view::npos) return out;
    begin = end + 1;
  }
}

}  // namespace storyline
