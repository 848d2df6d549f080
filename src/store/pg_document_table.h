// The `documents` and `analyses` tables of the PostgreSQL store: adding batches
// of analyzed articles and replaying them in insertion order. Borrows one
// PgConnection, which must outlive it; not thread-safe (one connection, one
// thread). Several processes may add to the same database at once.
#ifndef STORYLINE_STORE_PG_DOCUMENT_TABLE_H_
#define STORYLINE_STORE_PG_DOCUMENT_TABLE_H_

#include <functional>
#include <string>
#include <vector>

#include "src/store/pg_connection.h"
#include "src/store/store.h"

namespace storyline::store {

class PgDocumentTable {
 public:
  explicit PgDocumentTable(PgConnection& conn) : conn_(&conn) {}

  // True when a document with this id or content hash is stored.
  absl::StatusOr<bool> Contains(const Document& doc);

  // Inserts the batch in one transaction, skipping documents whose id or content
  // hash is already stored (or earlier in the batch, or committed meanwhile by
  // another writer). Returns how many were new. On error nothing is kept.
  absl::StatusOr<int> AddBatch(const std::vector<AnalyzedDocument>& batch);

  // Replays every document in insertion order, kPageSize rows per query (by
  // seq, not one long transaction) so memory stays bounded and no snapshot is
  // held open. A batch another writer commits during the replay is seen if its
  // rows sort after the current page. DataLoss names a document whose analysis
  // record cannot be decoded. `fn` may call the store.
  absl::Status ForEach(const std::function<void(const Document&, const Analysis&)>& fn);

  // Two writers whose batches overlap in opposite orders can deadlock on each
  // other's uncommitted rows; the server aborts one, which retries the batch.
  static constexpr int kMaxAttempts = 5;
  static constexpr int kPageSize = 512;

 private:
  absl::StatusOr<int> TryAddBatch(const std::vector<AnalyzedDocument>& batch,
                                  const std::vector<std::string>& records);

  PgConnection* conn_;
};

}  // namespace storyline::store

#endif  // STORYLINE_STORE_PG_DOCUMENT_TABLE_H_
