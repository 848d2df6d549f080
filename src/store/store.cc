// PLACEHOLDER (walking skeleton): keeps everything in memory. Replaced by the SQLite store.
#include "src/store/store.h"

namespace storyline::store {
namespace {
class MemoryStore : public Store {
 public:
  absl::StatusOr<bool> Contains(const Document& doc) override {
    for (const auto& d : docs_) if (d.document.id == doc.id || d.document.content_hash == doc.content_hash) return true;
    return false;
  }
  absl::StatusOr<int> AddBatch(const std::vector<AnalyzedDocument>& batch) override {
    int added = 0;
    for (const auto& d : batch) {
      auto has = Contains(d.document);
      if (!*has) { docs_.push_back(d); ++added; }
    }
    return added;
  }
  absl::Status ForEachDocument(const std::function<void(const Document&, const Analysis&)>& fn) override {
    for (const auto& d : docs_) fn(d.document, d.analysis);
    return absl::OkStatus();
  }
  absl::Status SaveDossier(const Dossier& dossier) override { dossier_ = dossier; return absl::OkStatus(); }
  absl::StatusOr<Dossier> LoadDossier() override { return dossier_; }
 private:
  std::vector<AnalyzedDocument> docs_;
  Dossier dossier_;
};
}  // namespace

absl::StatusOr<std::unique_ptr<Store>> Store::Open(const std::string&) {
  return std::make_unique<MemoryStore>();
}

}  // namespace storyline::store
