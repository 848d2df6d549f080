// PLACEHOLDER (walking skeleton): one story holding every document. Replaced by the link stage.
#include "src/link/linker.h"

namespace storyline::link {
namespace {
class SimpleLinker : public Linker {
 public:
  void Add(const Document& doc, const Analysis& analysis) override {
    DossierDocument d;
    d.id = doc.id;
    d.title = doc.title;
    d.outlet = doc.outlet.empty() ? analysis.outlet : doc.outlet;
    d.url = doc.url;
    d.published = analysis.published;
    d.languages = analysis.languages;
    d.bytes = doc.text.size();
    for (const auto& p : analysis.paragraphs) d.paragraphs.push_back({p.span.begin, p.span.end, "", ""});
    for (const auto& b : analysis.boilerplate)
      d.boilerplate.push_back({b.span.begin, b.span.end, std::string(b.span.Of(doc.text)), b.reason});
    docs_.push_back(std::move(d));
  }
  Dossier BuildDossier() const override {
    Dossier dossier;
    dossier.documents = docs_;
    if (!docs_.empty()) {
      Story s{"s1", docs_.front().title, "", {}};
      for (const auto& d : docs_) s.documents.push_back(d.id);
      dossier.stories.push_back(s);
    }
    return dossier;
  }
 private:
  std::vector<DossierDocument> docs_;
};
}  // namespace

absl::StatusOr<std::unique_ptr<Linker>> Linker::Create(const LinkOptions&) {
  return std::make_unique<SimpleLinker>();
}

}  // namespace storyline::link
