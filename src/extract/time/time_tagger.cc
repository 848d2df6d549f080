// TimeTagger: glue between the document model and TaggerCore. Analyze() infers
// the publication date first (a DCT-free pass, see pubdate.h) when the metadata
// has none, then tags again against that date, so relative expressions resolve
// the same way whether the date came from metadata or from the text.
#include "src/extract/time/time_tagger.h"

#include "src/extract/time/calendar.h"
#include "src/extract/time/pubdate.h"
#include "src/extract/time/tagger_core.h"

namespace storyline::temporal {
namespace {

// Dates in boilerplate (crawl stamps, related-headline lists, tweet widgets) say
// when a page was scraped or what else the site ran, not when the article was
// written: they are no evidence for the publication date.
std::vector<Timex> OutsideBoilerplate(std::vector<Timex> timexes,
                                      const std::vector<FlaggedSpan>& boilerplate) {
  std::erase_if(timexes, [&](const Timex& t) {
    for (const FlaggedSpan& b : boilerplate) {
      if (b.span.Overlaps(t.span)) return true;
    }
    return false;
  });
  return timexes;
}

class RuleTagger : public TimeTagger {
 public:
  explicit RuleTagger(std::unique_ptr<TaggerCore> core) : core_(std::move(core)) {}

  void Analyze(const Document& doc, Analysis* analysis) const override {
    std::optional<absl::CivilDay> dct = ParseDay(doc.published);
    if (dct) {
      analysis->published = {DayValue(*dct), false, 1.0f, "metadata"};
    } else {
      analysis->published = InferPublished(doc.text, OutsideBoilerplate(
          core_->Run(doc.text, std::nullopt, analysis->sentences), analysis->boilerplate));
      dct = ParseDay(analysis->published.date);
    }
    analysis->timexes = core_->Run(doc.text, dct, analysis->sentences);
  }

  std::vector<Timex> Tag(std::string_view text, std::string_view dct) const override {
    return core_->Run(text, ParseDay(dct), {});
  }

 private:
  std::unique_ptr<TaggerCore> core_;
};

}  // namespace

absl::StatusOr<std::unique_ptr<TimeTagger>> TimeTagger::Load(const std::string& data_dir) {
  ASSIGN_OR_RETURN(std::unique_ptr<TaggerCore> core, TaggerCore::Create(data_dir));
  return std::make_unique<RuleTagger>(std::move(core));
}

}  // namespace storyline::temporal
