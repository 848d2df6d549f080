// Store: SQLite (WAL mode) persistence of documents, their analyses and the linked
// dossier. One transaction per batch: a process killed mid-batch loses only the
// uncommitted batch and leaves a database that opens. Schema versioned with
// migrations (schema.cc has the layout and why). One Store per thread (SQLite
// connection semantics). A "postgresql://" or "postgres://" URI opens the
// PostgreSQL store instead (pg_store.h: same tables and contract, for several
// writing processes at once).
#ifndef STORYLINE_STORE_STORE_H_
#define STORYLINE_STORE_STORE_H_

#include <cstdint>
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

// How a Store opens its database. The defaults suit the CLI and the server.
struct Options {
  // How long a write waits for another connection's write lock before failing
  // with Unavailable naming the file. 5 s outlasts any one batch commit.
  int busy_timeout_ms = 5000;
  // false: PRAGMA synchronous=NORMAL, safe under WAL against a killed process
  // (nothing committed is lost); a power cut may drop the last commits.
  // true: synchronous=FULL, an fsync per commit, also power-cut durable.
  bool fsync_every_commit = false;
};

// A Store owns one SQLite connection: use it from one thread at a time; open one
// Store per thread or process (WAL lets readers run while one writer commits).
class Store {
 public:
  // Opens or creates the database at `path` (":memory:" for an in-memory store),
  // migrating the schema to the current version. Errors name the file and cause:
  // FailedPrecondition for a file that is not a storyline database or has a newer
  // schema than this binary knows, Unavailable when locked past the busy timeout.
  static absl::StatusOr<std::unique_ptr<Store>> Open(const std::string& path);
  static absl::StatusOr<std::unique_ptr<Store>> Open(const std::string& path,
                                                     const Options& options);
  virtual ~Store() = default;

  // True when a document with this id or this content hash is already stored.
  virtual absl::StatusOr<bool> Contains(const Document& doc) = 0;

  // Adds the batch in one transaction; documents already stored (same id or same
  // content hash) are left unchanged. Returns how many were new.
  virtual absl::StatusOr<int> AddBatch(const std::vector<AnalyzedDocument>& batch) = 0;

  // Calls `fn` for every stored document in insertion order (to replay into a
  // Linker), exactly as stored. `fn` must not call ForEachDocument again.
  // DataLoss names a document whose stored analysis cannot be read.
  virtual absl::Status ForEachDocument(
      const std::function<void(const Document&, const Analysis&)>& fn) = 0;

  // Replaces the linked results (stories, entities, timeline, quotes, conflicts,
  // per-document outlet/date/copy_of/off-topic) in one transaction.
  virtual absl::Status SaveDossier(const Dossier& dossier) = 0;

  // The dossier as last saved; an empty one for a new database.
  virtual absl::StatusOr<Dossier> LoadDossier() = 0;

  // A counter that every SaveDossier (from any connection or process) raises in
  // its own transaction: 0 for a database never saved to. Equal values mean an
  // unchanged dossier, so a reader may keep the dossier it loaded; one indexed
  // read, far cheaper than LoadDossier. Read it before LoadDossier: a save
  // between the two then costs one extra load later, never a stale dossier.
  virtual absl::StatusOr<int64_t> DossierGeneration() = 0;

  // True when a dossier was saved and it lists as many documents as are stored:
  // no document was added since the last link (or a linking process was killed
  // between storing and saving), so linking again would give the same dossier.
  virtual absl::StatusOr<bool> DossierIsCurrent() = 0;
};

}  // namespace storyline::store

#endif  // STORYLINE_STORE_STORE_H_
