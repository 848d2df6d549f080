// PLACEHOLDER (walking skeleton): tags nothing. Replaced by the time stage.
#include "src/extract/time/time_tagger.h"

namespace storyline::temporal {
namespace {
class NullTagger : public TimeTagger {
 public:
  void Analyze(const Document& doc, Analysis* analysis) const override {
    if (!doc.published.empty()) analysis->published.date = doc.published.substr(0, 10);
  }
  std::vector<Timex> Tag(std::string_view, std::string_view) const override { return {}; }
};
}  // namespace

absl::StatusOr<std::unique_ptr<TimeTagger>> TimeTagger::Load(const std::string&) {
  return std::make_unique<NullTagger>();
}

}  // namespace storyline::temporal
