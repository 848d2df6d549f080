// The linked dossier's tables in PostgreSQL (layout in pg_schema.cc, the same
// as the SQLite store's). SavePgDossier replaces all of them in one transaction,
// so a reader sees the old dossier or the new one, never a mix; LoadPgDossier
// reads them in one REPEATABLE READ snapshot and rebuilds the Dossier exactly.
#ifndef STORYLINE_STORE_PG_DOSSIER_TABLES_H_
#define STORYLINE_STORE_PG_DOSSIER_TABLES_H_

#include "src/core/dossier.h"
#include "src/core/status.h"
#include "src/store/pg_connection.h"

namespace storyline::store {

// Errors name the database; on error nothing is changed. Two processes saving
// at once take turns (the later one's dossier wins).
absl::Status SavePgDossier(PgConnection& conn, const Dossier& dossier);

// An empty Dossier when nothing was saved. DataLoss when a child row points at
// a parent that does not exist.
absl::StatusOr<Dossier> LoadPgDossier(PgConnection& conn);

}  // namespace storyline::store

#endif  // STORYLINE_STORE_PG_DOSSIER_TABLES_H_
