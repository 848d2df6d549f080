// Schema version 1. Layout, and why:
//  - documents: one row per article, `seq` (the rowid alias) is the insertion
//    order ForEachDocument replays; `id` and `content_hash` are UNIQUE so a
//    re-read article is a no-op at the database level, not only in code.
//  - analyses: one compact binary blob per document (analysis_codec.h). An
//    article has hundreds of tokens and dozens of sentences; as rows of a span
//    table that is ~1000 rows and index entries per article, which made inserts
//    the bottleneck; the blob is ~3 bytes per span and is read back whole anyway
//    (the linker replays whole analyses). Everything a query needs across
//    documents (entities, mentions, quotes, timeline) is in the linked tables.
//  - the linked dossier: one table per list in the Dossier struct, children keyed
//    by (parent position, position) so LoadDossier rebuilds every list in order
//    with one sequential scan per table.
// All tables are STRICT so a wrongly typed value fails loudly instead of being
// silently coerced.
// Version 2 adds dossier_generation: one row whose counter every SaveDossier
// bumps in its own transaction, so a reader (the server) learns with one
// indexed read whether the dossier changed, instead of loading it whole.
// user_version cannot serve: it is the schema version.
#include "src/store/schema.h"

#include <string>
#include <vector>

namespace storyline::store {
namespace {

constexpr const char* kSchemaV1 = R"sql(
CREATE TABLE documents (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  content_hash INTEGER NOT NULL UNIQUE,  -- XXH64 of text, as its signed 64-bit pattern
  title TEXT NOT NULL,
  title_begin INTEGER NOT NULL, title_end INTEGER NOT NULL,  -- bytes into text
  body_begin INTEGER NOT NULL, body_end INTEGER NOT NULL,
  outlet TEXT NOT NULL, url TEXT NOT NULL, published TEXT NOT NULL,
  language TEXT NOT NULL, source TEXT NOT NULL,
  text TEXT NOT NULL
) STRICT;
CREATE TABLE analyses (
  seq INTEGER PRIMARY KEY REFERENCES documents(seq),
  format INTEGER NOT NULL,  -- analysis_codec format version
  data BLOB NOT NULL
) STRICT;

CREATE TABLE linked_documents (
  pos INTEGER PRIMARY KEY, id TEXT NOT NULL, title TEXT NOT NULL,
  outlet TEXT NOT NULL, outlet_evidence TEXT NOT NULL, url TEXT NOT NULL,
  published_date TEXT NOT NULL, published_inferred INTEGER NOT NULL,
  published_confidence REAL NOT NULL, published_evidence TEXT NOT NULL,
  copy_of TEXT NOT NULL, bytes INTEGER NOT NULL
) STRICT;
CREATE TABLE linked_document_languages (
  document INTEGER NOT NULL REFERENCES linked_documents(pos), pos INTEGER NOT NULL,
  language TEXT NOT NULL, PRIMARY KEY (document, pos)) STRICT, WITHOUT ROWID;
CREATE TABLE linked_document_spans (
  document INTEGER NOT NULL REFERENCES linked_documents(pos),
  kind TEXT NOT NULL CHECK (kind IN ('paragraph', 'boilerplate', 'off_topic')),
  pos INTEGER NOT NULL, begin INTEGER NOT NULL, end INTEGER NOT NULL,
  text TEXT NOT NULL, reason TEXT NOT NULL,
  PRIMARY KEY (document, kind, pos)) STRICT, WITHOUT ROWID;

CREATE TABLE stories (
  pos INTEGER PRIMARY KEY, id TEXT NOT NULL, title TEXT NOT NULL, summary TEXT NOT NULL) STRICT;
CREATE TABLE story_documents (
  story INTEGER NOT NULL REFERENCES stories(pos), pos INTEGER NOT NULL,
  doc_id TEXT NOT NULL, PRIMARY KEY (story, pos)) STRICT, WITHOUT ROWID;

CREATE TABLE entities (
  pos INTEGER PRIMARY KEY, id TEXT NOT NULL, name TEXT NOT NULL, type TEXT NOT NULL) STRICT;
CREATE TABLE entity_variants (
  entity INTEGER NOT NULL REFERENCES entities(pos), pos INTEGER NOT NULL,
  variant TEXT NOT NULL, PRIMARY KEY (entity, pos)) STRICT, WITHOUT ROWID;
CREATE TABLE entity_mentions (
  entity INTEGER NOT NULL REFERENCES entities(pos), pos INTEGER NOT NULL,
  doc_id TEXT NOT NULL, begin INTEGER NOT NULL, end INTEGER NOT NULL,
  PRIMARY KEY (entity, pos)) STRICT, WITHOUT ROWID;
CREATE INDEX entity_mentions_by_doc ON entity_mentions (doc_id);
CREATE TABLE entity_geo (
  entity INTEGER PRIMARY KEY REFERENCES entities(pos),
  lat REAL NOT NULL, lon REAL NOT NULL, country TEXT NOT NULL) STRICT;

CREATE TABLE timeline (
  pos INTEGER PRIMARY KEY, story_id TEXT NOT NULL, date TEXT NOT NULL, text TEXT NOT NULL,
  weight REAL NOT NULL, independent_sources INTEGER NOT NULL) STRICT;
CREATE TABLE timeline_entities (
  entry INTEGER NOT NULL REFERENCES timeline(pos), pos INTEGER NOT NULL,
  entity_id TEXT NOT NULL, PRIMARY KEY (entry, pos)) STRICT, WITHOUT ROWID;
CREATE TABLE timeline_reports (
  entry INTEGER NOT NULL REFERENCES timeline(pos), pos INTEGER NOT NULL,
  doc_id TEXT NOT NULL, sentence INTEGER NOT NULL, begin INTEGER NOT NULL, end INTEGER NOT NULL,
  PRIMARY KEY (entry, pos)) STRICT, WITHOUT ROWID;
CREATE TABLE timeline_report_via (
  entry INTEGER NOT NULL, report INTEGER NOT NULL, pos INTEGER NOT NULL, name TEXT NOT NULL,
  PRIMARY KEY (entry, report, pos),
  FOREIGN KEY (entry, report) REFERENCES timeline_reports(entry, pos)) STRICT, WITHOUT ROWID;
CREATE TABLE timeline_origins (
  entry INTEGER NOT NULL REFERENCES timeline(pos), pos INTEGER NOT NULL,
  origin TEXT NOT NULL, PRIMARY KEY (entry, pos)) STRICT, WITHOUT ROWID;

CREATE TABLE quotes (
  pos INTEGER PRIMARY KEY, doc_id TEXT NOT NULL, begin INTEGER NOT NULL, end INTEGER NOT NULL,
  text TEXT NOT NULL, language TEXT NOT NULL, speaker TEXT NOT NULL,
  speaker_entity TEXT NOT NULL, cue TEXT NOT NULL, anonymous INTEGER NOT NULL) STRICT;
CREATE TABLE quote_chain (
  quote INTEGER NOT NULL REFERENCES quotes(pos), pos INTEGER NOT NULL,
  name TEXT NOT NULL, PRIMARY KEY (quote, pos)) STRICT, WITHOUT ROWID;

CREATE TABLE conflicts (
  pos INTEGER PRIMARY KEY, story_id TEXT NOT NULL, about TEXT NOT NULL) STRICT;
CREATE TABLE conflict_sides (
  conflict INTEGER NOT NULL REFERENCES conflicts(pos), pos INTEGER NOT NULL,
  claim TEXT NOT NULL, PRIMARY KEY (conflict, pos)) STRICT, WITHOUT ROWID;
CREATE TABLE conflict_side_docs (
  conflict INTEGER NOT NULL, side INTEGER NOT NULL, pos INTEGER NOT NULL, doc_id TEXT NOT NULL,
  PRIMARY KEY (conflict, side, pos),
  FOREIGN KEY (conflict, side) REFERENCES conflict_sides(conflict, pos)) STRICT, WITHOUT ROWID;
CREATE TABLE conflict_side_origins (
  conflict INTEGER NOT NULL, side INTEGER NOT NULL, pos INTEGER NOT NULL, origin TEXT NOT NULL,
  PRIMARY KEY (conflict, side, pos),
  FOREIGN KEY (conflict, side) REFERENCES conflict_sides(conflict, pos)) STRICT, WITHOUT ROWID;
)sql";

// The CHECK keeps it to one row; the counter starts at 0 even where a dossier
// is already stored, which only costs a reader one load it would make anyway.
constexpr const char* kSchemaV2 = R"sql(
CREATE TABLE dossier_generation (
  id INTEGER PRIMARY KEY CHECK (id = 0), generation INTEGER NOT NULL) STRICT;
INSERT INTO dossier_generation VALUES (0, 0);
)sql";

// kMigrations[i] upgrades version i to i + 1. Append; never edit a shipped step.
const std::vector<const char*>& Migrations() {
  static const auto* steps = new std::vector<const char*>{kSchemaV1, kSchemaV2};
  return *steps;
}

// WAL lets readers (the server, `stories`) run while a batch is written, and a
// killed writer leaves committed transactions in the log for the next opener.
// synchronous=NORMAL is safe with WAL: a commit is in the OS's page cache before
// COMMIT returns, so a killed process loses nothing committed and the file never
// corrupts; only a power cut or OS crash can drop the last few commits, which a
// re-run of the batch restores. FULL (fsync per commit) is an option.
absl::Status Configure(Database& db, bool fsync_every_commit) {
  if (db.path() != ":memory:" && !db.path().empty()) {
    ASSIGN_OR_RETURN(std::string mode, db.QueryText("PRAGMA journal_mode=WAL"));
    (void)mode;  // "wal", or "delete" where the filesystem cannot share memory: still correct
  }
  RETURN_IF_ERROR(db.Exec(fsync_every_commit ? "PRAGMA synchronous=FULL"
                                             : "PRAGMA synchronous=NORMAL"));
  return db.Exec("PRAGMA foreign_keys=ON");
}

// An SQLite file with tables but version 0 belongs to some other program.
absl::Status CheckForeign(Database& db, int64_t version) {
  if (version != 0) return absl::OkStatus();
  ASSIGN_OR_RETURN(int64_t tables, db.QueryInt("SELECT count(*) FROM sqlite_schema"));
  if (tables == 0) return absl::OkStatus();
  return absl::FailedPreconditionError("database '" + db.path() +
                                       "' is an SQLite file but not a storyline store "
                                       "(it has tables and no storyline schema version)");
}

absl::Status Migrate(Database& db) {
  ASSIGN_OR_RETURN(Transaction txn, Transaction::Begin(db));
  // Read again under the write lock: another process may have migrated meanwhile.
  ASSIGN_OR_RETURN(int64_t version, db.QueryInt("PRAGMA user_version"));
  RETURN_IF_ERROR(CheckForeign(db, version));
  const auto& steps = Migrations();
  if (version >= static_cast<int64_t>(steps.size())) return txn.Commit();  // done by another
  for (size_t v = static_cast<size_t>(version); v < steps.size(); ++v) {
    RETURN_IF_ERROR(db.Exec(steps[v]));
  }
  // PRAGMA takes no bound parameters; the number is ours, not input.
  RETURN_IF_ERROR(db.Exec("PRAGMA user_version=" + std::to_string(steps.size())));
  return txn.Commit();
}

}  // namespace

int CurrentSchemaVersion() { return static_cast<int>(Migrations().size()); }

absl::Status PrepareSchema(Database& db, bool fsync_every_commit) {
  RETURN_IF_ERROR(Configure(db, fsync_every_commit));
  ASSIGN_OR_RETURN(int64_t version, db.QueryInt("PRAGMA user_version"));
  if (version > CurrentSchemaVersion()) {
    return absl::FailedPreconditionError(
        "database '" + db.path() + "' has schema version " + std::to_string(version) +
        ", newer than this storyline knows (" + std::to_string(CurrentSchemaVersion()) +
        "); use a newer storyline or another database file");
  }
  if (version == CurrentSchemaVersion()) return absl::OkStatus();
  return Migrate(db);
}

}  // namespace storyline::store
