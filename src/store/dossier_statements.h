// Statements over the linked dossier's tables shared by the SQLite and
// PostgreSQL stores (both lay the tables out alike: schema.cc, pg_schema.cc).
#ifndef STORYLINE_STORE_DOSSIER_STATEMENTS_H_
#define STORYLINE_STORE_DOSSIER_STATEMENTS_H_

namespace storyline::store {

// Children first: deleting a parent row before its children violates the keys.
inline constexpr const char* kClearDossierTables =
    "DELETE FROM conflict_side_origins; DELETE FROM conflict_side_docs;"
    "DELETE FROM conflict_sides; DELETE FROM conflicts;"
    "DELETE FROM quote_chain; DELETE FROM quotes;"
    "DELETE FROM timeline_origins; DELETE FROM timeline_report_via;"
    "DELETE FROM timeline_reports; DELETE FROM timeline_entities; DELETE FROM timeline;"
    "DELETE FROM entity_geo; DELETE FROM entity_mentions; DELETE FROM entity_variants;"
    "DELETE FROM entities; DELETE FROM story_documents; DELETE FROM stories;"
    "DELETE FROM linked_document_spans; DELETE FROM linked_document_languages;"
    "DELETE FROM linked_documents;";

// 1 when a dossier was saved and it covers every stored document, else 0 (both
// stores; see Store::DossierIsCurrent).
inline constexpr const char* kDossierIsCurrent =
    "SELECT CASE WHEN (SELECT generation FROM dossier_generation) > 0 AND "
    "(SELECT COUNT(*) FROM documents) = (SELECT COUNT(*) FROM linked_documents) "
    "THEN 1 ELSE 0 END";

}  // namespace storyline::store

#endif  // STORYLINE_STORE_DOSSIER_STATEMENTS_H_
