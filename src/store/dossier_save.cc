// SaveDossierTables: delete every linked table (children before parents, for the
// foreign keys) and insert the dossier again, all in one transaction. Linking
// rebuilds the whole dossier from the documents each time, so replacing is both
// simpler and as fast as diffing. Positions (`pos`) are list indexes, which is
// how LoadDossierTables restores the order.
#include <string>
#include <vector>

#include "src/store/dossier_statements.h"
#include "src/store/dossier_tables.h"

namespace storyline::store {
namespace {

constexpr const char* kBumpDossierGeneration =
    "UPDATE dossier_generation SET generation = generation + 1";

// Inserts (parent, pos, value) for each of `values`.
absl::Status SaveList(Statement& stmt, size_t parent, const std::vector<std::string>& values) {
  for (size_t i = 0; i < values.size(); ++i) RETURN_IF_ERROR(stmt.RunWith(parent, i, values[i]));
  return absl::OkStatus();
}

// Inserts (p1, p2, pos, value) for each of `values`.
absl::Status SaveList2(Statement& stmt, size_t p1, size_t p2,
                       const std::vector<std::string>& values) {
  for (size_t i = 0; i < values.size(); ++i) {
    RETURN_IF_ERROR(stmt.RunWith(p1, p2, i, values[i]));
  }
  return absl::OkStatus();
}

absl::Status SaveSpans(Statement& stmt, size_t doc, const char* kind,
                       const std::vector<TextSpan>& spans) {
  for (size_t i = 0; i < spans.size(); ++i) {
    const TextSpan& s = spans[i];
    RETURN_IF_ERROR(stmt.RunWith(doc, std::string_view(kind), i, s.begin, s.end, s.text, s.reason));
  }
  return absl::OkStatus();
}

absl::Status SaveDocuments(Database& db, const std::vector<DossierDocument>& docs) {
  ASSIGN_OR_RETURN(Statement doc, Statement::Prepare(db,
      "INSERT INTO linked_documents VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)"));
  ASSIGN_OR_RETURN(Statement lang, Statement::Prepare(db,
      "INSERT INTO linked_document_languages VALUES (?1, ?2, ?3)"));
  ASSIGN_OR_RETURN(Statement span, Statement::Prepare(db,
      "INSERT INTO linked_document_spans VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"));
  for (size_t i = 0; i < docs.size(); ++i) {
    const DossierDocument& d = docs[i];
    const PublishedDate& p = d.published;
    RETURN_IF_ERROR(doc.RunWith(i, d.id, d.title, d.outlet, d.outlet_evidence, d.url, p.date,
                                p.inferred, p.confidence, p.evidence, d.copy_of, d.bytes));
    RETURN_IF_ERROR(SaveList(lang, i, d.languages));
    RETURN_IF_ERROR(SaveSpans(span, i, "paragraph", d.paragraphs));
    RETURN_IF_ERROR(SaveSpans(span, i, "boilerplate", d.boilerplate));
    RETURN_IF_ERROR(SaveSpans(span, i, "off_topic", d.off_topic));
  }
  return absl::OkStatus();
}

absl::Status SaveStories(Database& db, const std::vector<Story>& stories) {
  ASSIGN_OR_RETURN(Statement story, Statement::Prepare(db,
      "INSERT INTO stories VALUES (?1, ?2, ?3, ?4)"));
  ASSIGN_OR_RETURN(Statement docs, Statement::Prepare(db,
      "INSERT INTO story_documents VALUES (?1, ?2, ?3)"));
  for (size_t i = 0; i < stories.size(); ++i) {
    const Story& s = stories[i];
    RETURN_IF_ERROR(story.RunWith(i, s.id, s.title, s.summary));
    RETURN_IF_ERROR(SaveList(docs, i, s.documents));
  }
  return absl::OkStatus();
}

absl::Status SaveEntities(Database& db, const std::vector<Entity>& entities) {
  ASSIGN_OR_RETURN(Statement entity, Statement::Prepare(db,
      "INSERT INTO entities VALUES (?1, ?2, ?3, ?4)"));
  ASSIGN_OR_RETURN(Statement variant, Statement::Prepare(db,
      "INSERT INTO entity_variants VALUES (?1, ?2, ?3)"));
  ASSIGN_OR_RETURN(Statement mention, Statement::Prepare(db,
      "INSERT INTO entity_mentions VALUES (?1, ?2, ?3, ?4, ?5)"));
  ASSIGN_OR_RETURN(Statement geo, Statement::Prepare(db,
      "INSERT INTO entity_geo VALUES (?1, ?2, ?3, ?4)"));
  for (size_t i = 0; i < entities.size(); ++i) {
    const Entity& e = entities[i];
    RETURN_IF_ERROR(entity.RunWith(i, e.id, e.name, EntityTypeName(e.type)));
    RETURN_IF_ERROR(SaveList(variant, i, e.variants));
    for (size_t j = 0; j < e.mentions.size(); ++j) {
      const EntityMention& m = e.mentions[j];
      RETURN_IF_ERROR(mention.RunWith(i, j, m.doc, m.begin, m.end));
    }
    if (e.geo) RETURN_IF_ERROR(geo.RunWith(i, e.geo->lat, e.geo->lon, e.geo->country));
  }
  return absl::OkStatus();
}

absl::Status SaveTimeline(Database& db, const std::vector<TimelineEntry>& timeline) {
  ASSIGN_OR_RETURN(Statement entry, Statement::Prepare(db,
      "INSERT INTO timeline VALUES (?1, ?2, ?3, ?4, ?5, ?6)"));
  ASSIGN_OR_RETURN(Statement entity, Statement::Prepare(db,
      "INSERT INTO timeline_entities VALUES (?1, ?2, ?3)"));
  ASSIGN_OR_RETURN(Statement report, Statement::Prepare(db,
      "INSERT INTO timeline_reports VALUES (?1, ?2, ?3, ?4, ?5, ?6)"));
  ASSIGN_OR_RETURN(Statement via, Statement::Prepare(db,
      "INSERT INTO timeline_report_via VALUES (?1, ?2, ?3, ?4)"));
  ASSIGN_OR_RETURN(Statement origin, Statement::Prepare(db,
      "INSERT INTO timeline_origins VALUES (?1, ?2, ?3)"));
  for (size_t i = 0; i < timeline.size(); ++i) {
    const TimelineEntry& t = timeline[i];
    RETURN_IF_ERROR(entry.RunWith(i, t.story, t.date, t.text, t.weight, t.independent_sources));
    RETURN_IF_ERROR(SaveList(entity, i, t.entities));
    for (size_t j = 0; j < t.reports.size(); ++j) {
      const Report& r = t.reports[j];
      RETURN_IF_ERROR(report.RunWith(i, j, r.doc, r.sentence, r.begin, r.end));
      RETURN_IF_ERROR(SaveList2(via, i, j, r.via));
    }
    RETURN_IF_ERROR(SaveList(origin, i, t.origins));
  }
  return absl::OkStatus();
}

absl::Status SaveQuotes(Database& db, const std::vector<DossierQuote>& quotes) {
  ASSIGN_OR_RETURN(Statement quote, Statement::Prepare(db,
      "INSERT INTO quotes VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)"));
  ASSIGN_OR_RETURN(Statement chain, Statement::Prepare(db,
      "INSERT INTO quote_chain VALUES (?1, ?2, ?3)"));
  for (size_t i = 0; i < quotes.size(); ++i) {
    const DossierQuote& q = quotes[i];
    RETURN_IF_ERROR(quote.RunWith(i, q.doc, q.begin, q.end, q.text, q.language, q.speaker,
                                  q.speaker_entity, q.cue, q.anonymous));
    RETURN_IF_ERROR(SaveList(chain, i, q.chain));
  }
  return absl::OkStatus();
}

absl::Status SaveConflicts(Database& db, const std::vector<Conflict>& conflicts) {
  ASSIGN_OR_RETURN(Statement conflict, Statement::Prepare(db,
      "INSERT INTO conflicts VALUES (?1, ?2, ?3)"));
  ASSIGN_OR_RETURN(Statement side, Statement::Prepare(db,
      "INSERT INTO conflict_sides VALUES (?1, ?2, ?3)"));
  ASSIGN_OR_RETURN(Statement docs, Statement::Prepare(db,
      "INSERT INTO conflict_side_docs VALUES (?1, ?2, ?3, ?4)"));
  ASSIGN_OR_RETURN(Statement origins, Statement::Prepare(db,
      "INSERT INTO conflict_side_origins VALUES (?1, ?2, ?3, ?4)"));
  for (size_t i = 0; i < conflicts.size(); ++i) {
    const Conflict& c = conflicts[i];
    RETURN_IF_ERROR(conflict.RunWith(i, c.story, c.about));
    for (size_t j = 0; j < c.sides.size(); ++j) {
      RETURN_IF_ERROR(side.RunWith(i, j, c.sides[j].claim));
      RETURN_IF_ERROR(SaveList2(docs, i, j, c.sides[j].docs));
      RETURN_IF_ERROR(SaveList2(origins, i, j, c.sides[j].origins));
    }
  }
  return absl::OkStatus();
}

}  // namespace

absl::Status SaveDossierTables(Database& db, const Dossier& dossier) {
  ASSIGN_OR_RETURN(Transaction txn, Transaction::Begin(db));
  RETURN_IF_ERROR(db.Exec(kClearDossierTables));
  RETURN_IF_ERROR(SaveDocuments(db, dossier.documents));
  RETURN_IF_ERROR(SaveStories(db, dossier.stories));
  RETURN_IF_ERROR(SaveEntities(db, dossier.entities));
  RETURN_IF_ERROR(SaveTimeline(db, dossier.timeline));
  RETURN_IF_ERROR(SaveQuotes(db, dossier.quotes));
  RETURN_IF_ERROR(SaveConflicts(db, dossier.conflicts));
  // In the same transaction: a reader never sees the new counter with the old
  // dossier, so a reader that cached the dossier of generation g may keep it.
  RETURN_IF_ERROR(db.Exec(kBumpDossierGeneration));
  return txn.Commit();
}

}  // namespace storyline::store
