// Reading the text layer's rule files (data/text/*.tsv): UTF-8, one rule a line,
// fields separated by tabs, '#' starts a comment line, blank lines ignored.
#ifndef STORYLINE_TEXT_RULE_FILE_H_
#define STORYLINE_TEXT_RULE_FILE_H_

#include <string>
#include <vector>

#include "src/core/status.h"

namespace storyline::text {

// The rows of the TSV file at `path`, each row's fields in order. Errors: NotFound
// when the file cannot be opened; InvalidArgument naming the line when a row has
// fewer than `min_fields` fields.
absl::StatusOr<std::vector<std::vector<std::string>>> ReadRuleFile(const std::string& path,
                                                                 size_t min_fields);

}  // namespace storyline::text

#endif  // STORYLINE_TEXT_RULE_FILE_H_
