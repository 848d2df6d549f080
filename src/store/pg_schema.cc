// Schema version 1 mirrors the SQLite layout (schema.cc has the why of each
// table), with PostgreSQL types:
//  - every integer is bigint and every real double precision, as SQLite's
//    INTEGER and REAL are: the same values fit, and the binary parameters
//    (int8, float8) need no conversion;
//  - documents.title and documents.text are bytea: the article is kept byte
//    for byte (offsets point into it), and PostgreSQL's text refuses NUL;
//  - analyses.data is the analysis codec's record (analysis_codec.h) as bytea,
//    the same bytes the SQLite store keeps, so there is one encoding to maintain;
//  - the linked dossier keeps one table per list, children keyed by (parent
//    position, position), rather than one jsonb document: the tables stay
//    queryable with plain SQL by other tools (the reason to pick PostgreSQL),
//    floats round-trip as exact float8, and LoadDossier reuses the SQLite
//    store's scan-in-order reconstruction;
//  - the linked tables have no FOREIGN KEYs (the SQLite ones do): PostgreSQL
//    checks each key with a per-row trigger, which more than doubled the time
//    to save the store_bench dossier (0.80 s -> 0.35-0.50 s without), and
//    these tables are only ever written whole, by SavePgDossier, from list
//    indexes, then checked on load (a child pointing at a missing parent is
//    DataLoss). analyses keeps its key to documents;
//  - documents.text and analyses.data use lz4 TOAST compression rather than
//    the default pglz: replay read 9-17k articles/s with pglz, ~30k with lz4
//    (store_bench --pg, 10000 articles). Needs a server built with lz4
//    (Debian's and the official images are).
// Version 2 adds dossier_generation, as in the SQLite store: one row whose
// counter every SavePgDossier bumps in its transaction, so the server checks
// for a new dossier with one read instead of loading it (~50 ms).
#include "src/store/pg_schema.h"

#include <vector>

namespace storyline::store {
namespace {

constexpr const char* kSchemaV1 = R"sql(
CREATE TABLE documents (
  seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  id text NOT NULL UNIQUE,
  content_hash bigint NOT NULL UNIQUE,  -- XXH64 of text, as its signed 64-bit pattern
  title bytea NOT NULL,
  title_begin bigint NOT NULL, title_end bigint NOT NULL,  -- bytes into text
  body_begin bigint NOT NULL, body_end bigint NOT NULL,
  outlet text NOT NULL, url text NOT NULL, published text NOT NULL,
  language text NOT NULL, source text NOT NULL,
  text bytea COMPRESSION lz4 NOT NULL
);
CREATE TABLE analyses (
  seq bigint PRIMARY KEY REFERENCES documents(seq),
  format bigint NOT NULL,  -- analysis_codec format version
  data bytea COMPRESSION lz4 NOT NULL
);

CREATE TABLE linked_documents (
  pos bigint PRIMARY KEY, id text NOT NULL, title text NOT NULL,
  outlet text NOT NULL, outlet_evidence text NOT NULL, url text NOT NULL,
  published_date text NOT NULL, published_inferred boolean NOT NULL,
  published_confidence double precision NOT NULL, published_evidence text NOT NULL,
  copy_of text NOT NULL, bytes bigint NOT NULL);
CREATE TABLE linked_document_languages (
  document bigint NOT NULL, pos bigint NOT NULL,
  language text NOT NULL, PRIMARY KEY (document, pos));
CREATE TABLE linked_document_spans (
  document bigint NOT NULL,
  kind text NOT NULL CHECK (kind IN ('paragraph', 'boilerplate', 'off_topic')),
  pos bigint NOT NULL, "begin" bigint NOT NULL, "end" bigint NOT NULL,
  text text NOT NULL, reason text NOT NULL,
  PRIMARY KEY (document, kind, pos));

CREATE TABLE stories (
  pos bigint PRIMARY KEY, id text NOT NULL, title text NOT NULL, summary text NOT NULL);
CREATE TABLE story_documents (
  story bigint NOT NULL, pos bigint NOT NULL,
  doc_id text NOT NULL, PRIMARY KEY (story, pos));

CREATE TABLE entities (
  pos bigint PRIMARY KEY, id text NOT NULL, name text NOT NULL, type text NOT NULL);
CREATE TABLE entity_variants (
  entity bigint NOT NULL, pos bigint NOT NULL,
  variant text NOT NULL, PRIMARY KEY (entity, pos));
CREATE TABLE entity_mentions (
  entity bigint NOT NULL, pos bigint NOT NULL,
  doc_id text NOT NULL, "begin" bigint NOT NULL, "end" bigint NOT NULL,
  PRIMARY KEY (entity, pos));
CREATE INDEX entity_mentions_by_doc ON entity_mentions (doc_id);
CREATE TABLE entity_geo (
  entity bigint PRIMARY KEY,
  lat double precision NOT NULL, lon double precision NOT NULL, country text NOT NULL);

CREATE TABLE timeline (
  pos bigint PRIMARY KEY, story_id text NOT NULL, date text NOT NULL, text text NOT NULL,
  weight double precision NOT NULL, independent_sources bigint NOT NULL);
CREATE TABLE timeline_entities (
  entry bigint NOT NULL, pos bigint NOT NULL,
  entity_id text NOT NULL, PRIMARY KEY (entry, pos));
CREATE TABLE timeline_reports (
  entry bigint NOT NULL, pos bigint NOT NULL,
  doc_id text NOT NULL, sentence bigint NOT NULL, "begin" bigint NOT NULL, "end" bigint NOT NULL,
  PRIMARY KEY (entry, pos));
CREATE TABLE timeline_report_via (
  entry bigint NOT NULL, report bigint NOT NULL, pos bigint NOT NULL, name text NOT NULL,
  PRIMARY KEY (entry, report, pos));
CREATE TABLE timeline_origins (
  entry bigint NOT NULL, pos bigint NOT NULL,
  origin text NOT NULL, PRIMARY KEY (entry, pos));

CREATE TABLE quotes (
  pos bigint PRIMARY KEY, doc_id text NOT NULL, "begin" bigint NOT NULL, "end" bigint NOT NULL,
  text text NOT NULL, language text NOT NULL, speaker text NOT NULL,
  speaker_entity text NOT NULL, cue text NOT NULL, anonymous boolean NOT NULL);
CREATE TABLE quote_chain (
  quote bigint NOT NULL, pos bigint NOT NULL,
  name text NOT NULL, PRIMARY KEY (quote, pos));

CREATE TABLE conflicts (
  pos bigint PRIMARY KEY, story_id text NOT NULL, about text NOT NULL);
CREATE TABLE conflict_sides (
  conflict bigint NOT NULL, pos bigint NOT NULL,
  claim text NOT NULL, PRIMARY KEY (conflict, pos));
CREATE TABLE conflict_side_docs (
  conflict bigint NOT NULL, side bigint NOT NULL, pos bigint NOT NULL, doc_id text NOT NULL,
  PRIMARY KEY (conflict, side, pos));
CREATE TABLE conflict_side_origins (
  conflict bigint NOT NULL, side bigint NOT NULL, pos bigint NOT NULL, origin text NOT NULL,
  PRIMARY KEY (conflict, side, pos));
)sql";

// The CHECK keeps it to one row (the primary key makes it one at most).
constexpr const char* kSchemaV2 = R"sql(
CREATE TABLE dossier_generation (
  id bigint PRIMARY KEY CHECK (id = 0), generation bigint NOT NULL);
INSERT INTO dossier_generation VALUES (0, 0);
)sql";

// kPgMigrations[i] upgrades version i to i + 1. Append; never edit a shipped step.
const std::vector<const char*>& Migrations() {
  static const auto* steps = new std::vector<const char*>{kSchemaV1, kSchemaV2};
  return *steps;
}

// Any constant works as long as nothing else in the database uses it; this one
// is "storylin" in ASCII.
constexpr int64_t kMigrationLockKey = 0x73746f72796c696e;

absl::Status RefuseNewer(const PgConnection& conn, int64_t version) {
  return absl::FailedPreconditionError(
      "database '" + conn.name() + "' has schema version " + std::to_string(version) +
      ", newer than this storyline knows (" + std::to_string(CurrentPgSchemaVersion()) +
      "); use a newer storyline or another database");
}

absl::Status Migrate(PgConnection& conn) {
  ASSIGN_OR_RETURN(PgTransaction txn, PgTransaction::Begin(conn));
  RETURN_IF_ERROR(
      conn.Query("SELECT pg_advisory_xact_lock($1)", PgParams().Int(kMigrationLockKey)).status());
  RETURN_IF_ERROR(
      conn.Exec("CREATE TABLE IF NOT EXISTS storyline_schema (version bigint NOT NULL)"));
  // Read again under the lock: another process may have migrated meanwhile.
  ASSIGN_OR_RETURN(int64_t version, PgSchemaVersion(conn));
  const auto& steps = Migrations();
  if (version > static_cast<int64_t>(steps.size())) return RefuseNewer(conn, version);
  if (version == static_cast<int64_t>(steps.size())) return txn.Commit();
  for (size_t v = static_cast<size_t>(version); v < steps.size(); ++v) {
    RETURN_IF_ERROR(conn.Exec(steps[v]));
  }
  RETURN_IF_ERROR(conn.Exec("DELETE FROM storyline_schema"));
  RETURN_IF_ERROR(conn.Query("INSERT INTO storyline_schema (version) VALUES ($1)",
                             PgParams().Int(CurrentPgSchemaVersion()))
                      .status());
  return txn.Commit();
}

}  // namespace

int CurrentPgSchemaVersion() { return static_cast<int>(Migrations().size()); }

absl::StatusOr<int64_t> PgSchemaVersion(PgConnection& conn) {
  ASSIGN_OR_RETURN(PgResult exists,
                   conn.Query("SELECT to_regclass('storyline_schema') IS NOT NULL"));
  if (!exists.Bool(0, 0)) return 0;
  ASSIGN_OR_RETURN(PgResult version,
                   conn.Query("SELECT coalesce(max(version), 0) FROM storyline_schema"));
  return version.Int(0, 0);
}

absl::Status PreparePgSchema(PgConnection& conn) {
  // The common case, an up-to-date database, costs two reads and no lock.
  ASSIGN_OR_RETURN(int64_t version, PgSchemaVersion(conn));
  if (version > CurrentPgSchemaVersion()) return RefuseNewer(conn, version);
  if (version == CurrentPgSchemaVersion()) return absl::OkStatus();
  return Migrate(conn);
}

}  // namespace storyline::store
