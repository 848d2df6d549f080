// TimeTagger: finds TIMEX3 expressions (DATE, TIME, DURATION, SET), normalizes
// them against the document creation time, and infers the publication date when
// the metadata has none. Rules and word lists load from data/time/<lang>/.
// Immutable after Load(); safe to share across threads.
#ifndef STORYLINE_EXTRACT_TIME_TIME_TAGGER_H_
#define STORYLINE_EXTRACT_TIME_TIME_TAGGER_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "src/core/analysis.h"
#include "src/core/document.h"
#include "src/core/status.h"

namespace storyline::temporal {

class TimeTagger {
 public:
  // Loads rules from `data_dir`/time. Errors: NotFound / InvalidArgument naming the file.
  static absl::StatusOr<std::unique_ptr<TimeTagger>> Load(const std::string& data_dir);
  virtual ~TimeTagger() = default;

  // Fills analysis->published (doc.published when given, else inferred; empty date
  // when there is no evidence) and analysis->timexes, normalized against that date.
  // Uses analysis->sentences and languages when the text layer has run.
  virtual void Analyze(const Document& doc, Analysis* analysis) const = 0;

  // Tags `text` alone. `dct` is "YYYY-MM-DD", or empty when unknown (relative
  // expressions then get values such as "XXXX-12-08" or a reference like PAST_REF).
  virtual std::vector<Timex> Tag(std::string_view text, std::string_view dct) const = 0;
};

}  // namespace storyline::temporal

#endif  // STORYLINE_EXTRACT_TIME_TIME_TAGGER_H_
