// The SQLite Store: opens the connection, prepares the schema, and hands each
// call to the table code (document_table.cc, dossier_save.cc, dossier_load.cc).
// A postgresql:// URI goes to the PostgreSQL store instead (pg_store.h).
#include "src/store/store.h"

#include <optional>

#include "src/store/document_table.h"
#include "src/store/dossier_statements.h"
#include "src/store/dossier_tables.h"
#include "src/store/pg_connection.h"
#include "src/store/pg_store.h"
#include "src/store/schema.h"
#include "src/store/sqlite.h"

namespace storyline::store {
namespace {

class SqliteStore : public Store {
 public:
  explicit SqliteStore(Database db) : db_(std::move(db)) {}

  // Prepares the document statements; separate from the constructor because the
  // statements point at db_, which must already be in its final place.
  absl::Status Init() {
    ASSIGN_OR_RETURN(DocumentTable table, DocumentTable::Create(db_));
    documents_.emplace(std::move(table));
    return absl::OkStatus();
  }

  absl::StatusOr<bool> Contains(const Document& doc) override { return documents_->Contains(doc); }
  absl::StatusOr<int> AddBatch(const std::vector<AnalyzedDocument>& batch) override {
    return documents_->AddBatch(batch);
  }
  absl::Status ForEachDocument(
      const std::function<void(const Document&, const Analysis&)>& fn) override {
    return documents_->ForEach(fn);
  }
  absl::Status SaveDossier(const Dossier& dossier) override {
    return SaveDossierTables(db_, dossier);
  }
  absl::StatusOr<Dossier> LoadDossier() override { return LoadDossierTables(db_); }
  absl::StatusOr<int64_t> DossierGeneration() override {
    return db_.QueryInt("SELECT generation FROM dossier_generation");
  }

  absl::StatusOr<bool> DossierIsCurrent() override {
    ASSIGN_OR_RETURN(int64_t current, db_.QueryInt(kDossierIsCurrent));
    return current != 0;
  }

 private:
  Database db_;
  std::optional<DocumentTable> documents_;  // set by Init(); destroyed before db_
};

}  // namespace

absl::StatusOr<std::unique_ptr<Store>> Store::Open(const std::string& path) {
  return Open(path, Options{});
}

absl::StatusOr<std::unique_ptr<Store>> Store::Open(const std::string& path,
                                                   const Options& options) {
  if (IsPostgresUri(path)) return OpenPgStore(path, options);
  ASSIGN_OR_RETURN(Database db, Database::Open(path, options.busy_timeout_ms));
  RETURN_IF_ERROR(PrepareSchema(db, options.fsync_every_commit));
  auto store = std::make_unique<SqliteStore>(std::move(db));
  RETURN_IF_ERROR(store->Init());
  return store;
}

}  // namespace storyline::store
