// The store's schema and its migrations. The version lives in SQLite's own
// header field (PRAGMA user_version), so no extra table can disagree with it.
// kMigrations[i] takes a database from version i to i + 1; a new binary applies
// every step the file is missing, in one transaction, and refuses a file whose
// version is newer than it knows (an older binary must not write into a layout it
// does not understand).
#ifndef STORYLINE_STORE_SCHEMA_H_
#define STORYLINE_STORE_SCHEMA_H_

#include "src/core/status.h"
#include "src/store/sqlite.h"

namespace storyline::store {

// The schema version this binary writes and reads.
int CurrentSchemaVersion();

// Configures the connection (WAL, synchronous, foreign keys) and migrates `db`
// to CurrentSchemaVersion(). Errors: not a database, locked past the busy
// timeout, or FailedPrecondition for a newer schema version; all name the file.
absl::Status PrepareSchema(Database& db, bool fsync_every_commit);

}  // namespace storyline::store

#endif  // STORYLINE_STORE_SCHEMA_H_
