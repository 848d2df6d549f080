// Store: SQLite (WAL mode) persistence of documents, their analyses and the linked
// dossier. One transaction per batch: a process killed mid-batch loses only the
// uncommitted batch and leaves a database that opens. Schema versioned with
// migrations. One Store per thread (SQLite connection semantics).
#ifndef STORYLINE_STORE_STORE_H_
#define STORYLINE_STORE_STORE_H_

#include <functional>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "src/core/analysis.h"
#include "src/core/document.h"
#include "src/core/dossier.h"
#include "src/core/status.h"

namespace storyline::store {

struct AnalyzedDocument {
  Document document;
  Analysis analysis;
};

class Store {
 public:
  // Opens or creates the database at `path` (":memory:" for an in-memory store),
  // migrating the schema to the current version. Errors name the file and cause
  // (not a database, locked, newer schema than this binary knows).
  static absl::StatusOr<std::unique_ptr<Store>> Open(const std::string& path);
  virtual ~Store() = default;

  // True when a document with this id or this content hash is already stored.
  virtual absl::StatusOr<bool> Contains(const Document& doc) = 0;

  // Adds the batch in one transaction; documents already stored (same id or same
  // content hash) are left unchanged. Returns how many were new.
  virtual absl::StatusOr<int> AddBatch(const std::vector<AnalyzedDocument>& batch) = 0;

  // Calls `fn` for every stored document in insertion order (to replay into a Linker).
  virtual absl::Status ForEachDocument(
      const std::function<void(const Document&, const Analysis&)>& fn) = 0;

  // Replaces the linked results (stories, entities, timeline, quotes, conflicts,
  // per-document outlet/date/copy_of/off-topic) in one transaction.
  virtual absl::Status SaveDossier(const Dossier& dossier) = 0;

  // The dossier as last saved; an empty one for a new database.
  virtual absl::StatusOr<Dossier> LoadDossier() = 0;
};

}  // namespace storyline::store

#endif  // STORYLINE_STORE_STORE_H_
