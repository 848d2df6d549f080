// The `documents` and `analyses` tables: adding batches of analyzed articles and
// replaying them in insertion order. Holds prepared statements of one Database,
// which must outlive it; not thread-safe (one connection, one thread).
#ifndef STORYLINE_STORE_DOCUMENT_TABLE_H_
#define STORYLINE_STORE_DOCUMENT_TABLE_H_

#include <functional>
#include <string>
#include <vector>

#include "src/store/sqlite.h"
#include "src/store/store.h"

namespace storyline::store {

class DocumentTable {
 public:
  static absl::StatusOr<DocumentTable> Create(Database& db);

  // True when a document with this id or content hash is stored.
  absl::StatusOr<bool> Contains(const Document& doc);

  // Inserts the batch in one transaction, skipping documents whose id or content
  // hash is already stored (or earlier in the batch). Returns how many were new.
  // On error nothing of the batch is kept.
  absl::StatusOr<int> AddBatch(const std::vector<AnalyzedDocument>& batch);

  // Replays every document in insertion order. DataLoss names the document
  // whose analysis record cannot be decoded.
  absl::Status ForEach(const std::function<void(const Document&, const Analysis&)>& fn);

 private:
  DocumentTable(Database& db, Statement contains, Statement insert_doc,
                Statement insert_analysis, Statement select_all)
      : db_(&db),
        contains_(std::move(contains)),
        insert_doc_(std::move(insert_doc)),
        insert_analysis_(std::move(insert_analysis)),
        select_all_(std::move(select_all)) {}

  // Inserts one document; false when it was already there.
  absl::StatusOr<bool> Insert(const AnalyzedDocument& item);

  Database* db_;
  Statement contains_;
  Statement insert_doc_;
  Statement insert_analysis_;
  Statement select_all_;
  std::string record_;  // reused encoding buffer
};

}  // namespace storyline::store

#endif  // STORYLINE_STORE_DOCUMENT_TABLE_H_
