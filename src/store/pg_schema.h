// The PostgreSQL store's schema and its migrations. The version lives in a
// one-row table, storyline_schema, created when missing. kPgMigrations[i] takes
// a database from version i to i + 1; opening applies every missing step in one
// transaction under an advisory lock (two processes opening a fresh database at
// once migrate it once), and refuses a database whose version is newer than
// this binary knows.
#ifndef STORYLINE_STORE_PG_SCHEMA_H_
#define STORYLINE_STORE_PG_SCHEMA_H_

#include "src/core/status.h"
#include "src/store/pg_connection.h"

namespace storyline::store {

// The schema version this binary writes and reads.
int CurrentPgSchemaVersion();

// The version recorded in `conn`'s database; 0 when it has no storyline_schema.
absl::StatusOr<int64_t> PgSchemaVersion(PgConnection& conn);

// Migrates `conn`'s database to CurrentPgSchemaVersion(). FailedPrecondition
// naming the database for a newer version, or when a storyline table name is
// already taken by something else.
absl::Status PreparePgSchema(PgConnection& conn);

}  // namespace storyline::store

#endif  // STORYLINE_STORE_PG_SCHEMA_H_
