// Splitting a line of a data file (TSV, '|'-separated variants) into fields
// without copying. Every stage loads such files from data/.
#ifndef STORYLINE_CORE_FIELDS_H_
#define STORYLINE_CORE_FIELDS_H_

#include <string_view>
#include <vector>

namespace storyline {

// The fields of `line` between `sep` characters; empty fields are kept, so a
// line with k separators always gives k + 1 fields. Views point into `line`.
std::vector<std::string_view> SplitFields(std::string_view line, char sep = '\t');

}  // namespace storyline

#endif  // STORYLINE_CORE_FIELDS_H_
