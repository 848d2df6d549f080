// PLACEHOLDER (walking skeleton): finds nothing. Replaced by the quotes stage.
#include "src/extract/quotes/quote_extractor.h"

namespace storyline::quotes {
namespace {
class NullExtractor : public QuoteExtractor {
 public:
  void Analyze(const Document&, Analysis*) const override {}
};
}  // namespace

absl::StatusOr<std::unique_ptr<QuoteExtractor>> QuoteExtractor::Load(const std::string&) {
  return std::make_unique<NullExtractor>();
}

}  // namespace storyline::quotes
