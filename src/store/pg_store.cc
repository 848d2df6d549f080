// The PostgreSQL Store: one connection, configured per session, handing each
// call to the table code (pg_document_table.cc, pg_dossier_save.cc,
// pg_dossier_load.cc).
#include "src/store/pg_store.h"

#include "src/store/dossier_statements.h"
#include "src/store/pg_connection.h"
#include "src/store/pg_document_table.h"
#include "src/store/pg_dossier_tables.h"
#include "src/store/pg_schema.h"

namespace storyline::store {
namespace {

class PgStore : public Store {
 public:
  explicit PgStore(std::unique_ptr<PgConnection> conn)
      : conn_(std::move(conn)), documents_(*conn_) {}

  absl::StatusOr<bool> Contains(const Document& doc) override { return documents_.Contains(doc); }
  absl::StatusOr<int> AddBatch(const std::vector<AnalyzedDocument>& batch) override {
    return documents_.AddBatch(batch);
  }
  absl::Status ForEachDocument(
      const std::function<void(const Document&, const Analysis&)>& fn) override {
    return documents_.ForEach(fn);
  }
  absl::Status SaveDossier(const Dossier& dossier) override {
    return SavePgDossier(*conn_, dossier);
  }
  absl::StatusOr<Dossier> LoadDossier() override { return LoadPgDossier(*conn_); }
  absl::StatusOr<int64_t> DossierGeneration() override {
    ASSIGN_OR_RETURN(PgResult row, conn_->Query("SELECT generation FROM dossier_generation"));
    return row.Int(0, 0);
  }

  absl::StatusOr<bool> DossierIsCurrent() override {
    ASSIGN_OR_RETURN(PgResult row, conn_->Query(kDossierIsCurrent));
    return row.Int(0, 0) != 0;
  }

 private:
  std::unique_ptr<PgConnection> conn_;  // on the heap: documents_ keeps a pointer to it
  PgDocumentTable documents_;
};

absl::Status ConfigureSession(PgConnection& conn, const Options& options) {
  const std::string lock_timeout = std::to_string(options.busy_timeout_ms);
  return conn
      .Query(
          "SELECT set_config('lock_timeout', $1, false), "
          "set_config('synchronous_commit', $2, false)",
          PgParams().Text(lock_timeout).Text(options.fsync_every_commit ? "on" : "off"))
      .status();
}

}  // namespace

absl::StatusOr<std::unique_ptr<Store>> OpenPgStore(const std::string& uri, const Options& options) {
  ASSIGN_OR_RETURN(PgConnection conn, PgConnection::Open(uri));
  auto owned = std::make_unique<PgConnection>(std::move(conn));
  RETURN_IF_ERROR(ConfigureSession(*owned, options));
  RETURN_IF_ERROR(PreparePgSchema(*owned));
  return std::make_unique<PgStore>(std::move(owned));
}

}  // namespace storyline::store
