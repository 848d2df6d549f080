// The linked dossier's tables (stories, entities, timeline, quotes, conflicts and
// per-document linked fields; layout in schema.cc). SaveDossierTables replaces
// all of them in one write transaction, so a reader sees the old dossier or the
// new one, never a mix; LoadDossierTables reads them in one read transaction and
// rebuilds the Dossier exactly (every list in its saved order).
#ifndef STORYLINE_STORE_DOSSIER_TABLES_H_
#define STORYLINE_STORE_DOSSIER_TABLES_H_

#include "src/core/dossier.h"
#include "src/core/status.h"
#include "src/store/sqlite.h"

namespace storyline::store {

// Errors: locked past the busy timeout, or any SQLite error; nothing is changed.
absl::Status SaveDossierTables(Database& db, const Dossier& dossier);

// An empty Dossier when nothing was saved. DataLoss when a child row points at
// a parent that does not exist (a damaged file).
absl::StatusOr<Dossier> LoadDossierTables(Database& db);

}  // namespace storyline::store

#endif  // STORYLINE_STORE_DOSSIER_TABLES_H_
