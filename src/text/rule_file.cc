#include "src/text/rule_file.h"

#include <fstream>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"

namespace storyline::text {

absl::StatusOr<std::vector<std::vector<std::string>>> ReadRuleFile(const std::string& path,
                                                                 size_t min_fields) {
  std::ifstream in(path);
  if (!in) return absl::NotFoundError(absl::StrCat("text: cannot open rule file ", path));
  std::vector<std::vector<std::string>> rows;
  std::string line;
  for (int number = 1; std::getline(in, line); ++number) {
    absl::string_view view = absl::StripTrailingAsciiWhitespace(line);
    if (view.empty() || view[0] == '#') continue;
    std::vector<std::string> fields = absl::StrSplit(view, '\t');
    if (fields.size() < min_fields) {
      return absl::InvalidArgumentError(
          absl::StrCat(path, ":", number, ": expected ", min_fields, " tab-separated fields"));
    }
    rows.push_back(std::move(fields));
  }
  return rows;
}

}  // namespace storyline::text
