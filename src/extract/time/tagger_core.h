// TaggerCore: scan → match → normalize for one text. Owns the merged Grammar and
// its Matcher. Immutable after Create(); Run() keeps its scratch on the stack, so
// one TaggerCore serves all threads.
#ifndef STORYLINE_EXTRACT_TIME_TAGGER_CORE_H_
#define STORYLINE_EXTRACT_TIME_TAGGER_CORE_H_

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "absl/time/civil_time.h"
#include "src/core/analysis.h"
#include "src/extract/time/grammar.h"
#include "src/extract/time/matcher.h"

namespace storyline::temporal {

class TaggerCore {
 public:
  // Loads data_dir/time/{en,ru}. Errors as Grammar::Load.
  static absl::StatusOr<std::unique_ptr<TaggerCore>> Create(const std::string& data_dir);

  // Timexes of `text` in text order, normalized against `dct` (none: relative
  // values stay underspecified). `sentences` may be empty.
  std::vector<Timex> Run(std::string_view text, std::optional<absl::CivilDay> dct,
                         const std::vector<Sentence>& sentences) const;

 private:
  explicit TaggerCore(Grammar grammar);
  // False for a bare year that reads as a count ("1967 people", "$2000", "2000%").
  bool AcceptMatch(const RawMatch& m, const std::vector<Tok>& tokens) const;

  Grammar grammar_;
  Matcher matcher_;
};

}  // namespace storyline::temporal

#endif  // STORYLINE_EXTRACT_TIME_TAGGER_CORE_H_
