// LoadDossierTables: one sequential scan per table in (parent, pos) order, so
// every list is rebuilt by appending; no per-parent queries. Parents are read
// first and children are attached by their parent's position, checked against
// the parent list so a damaged file is an error, not an out-of-bounds write.
#include <string>
#include <vector>

#include "src/store/dossier_tables.h"

namespace storyline::store {
namespace {

using Row = const Statement&;

uint32_t U32(Row row, int column) { return static_cast<uint32_t>(row.ColumnInt(column)); }

// The parent at position `row.ColumnInt(0)`, or DataLoss naming the table.
template <typename T>
absl::StatusOr<T*> Parent(std::vector<T>& parents, Row row, std::string_view table) {
  const int64_t pos = row.ColumnInt(0);
  if (pos < 0 || static_cast<size_t>(pos) >= parents.size()) {
    return absl::DataLossError("table " + std::string(table) + " refers to missing row " +
                               std::to_string(pos));
  }
  return &parents[static_cast<size_t>(pos)];
}

// Scans `sql`, whose first column is a parent position, calling fn(parent, row).
template <typename T, typename F>
absl::Status LoadChildren(Database& db, std::vector<T>& parents, std::string_view table,
                          const std::string& sql, F fn) {
  return ForEachRow(db, sql, [&](Row row) -> absl::Status {
    ASSIGN_OR_RETURN(T * parent, Parent(parents, row, table));
    return fn(*parent, row);
  });
}

absl::Status LoadDocuments(Database& db, std::vector<DossierDocument>& docs) {
  RETURN_IF_ERROR(ForEachRow(db,
      "SELECT id, title, outlet, outlet_evidence, url, published_date, published_inferred, "
      "published_confidence, published_evidence, copy_of, bytes FROM linked_documents ORDER BY pos",
      [&](Row r) {
        DossierDocument& d = docs.emplace_back();
        d.id = r.ColumnText(0), d.title = r.ColumnText(1), d.outlet = r.ColumnText(2);
        d.outlet_evidence = r.ColumnText(3), d.url = r.ColumnText(4);
        d.published = {r.ColumnText(5), r.ColumnInt(6) != 0,
                       static_cast<float>(r.ColumnDouble(7)), r.ColumnText(8)};
        d.copy_of = r.ColumnText(9), d.bytes = U32(r, 10);
        return absl::OkStatus();
      }));
  RETURN_IF_ERROR(LoadChildren(db, docs, "linked_document_languages",
      "SELECT document, language FROM linked_document_languages ORDER BY document, pos",
      [](DossierDocument& d, Row r) {
        d.languages.push_back(r.ColumnText(1));
        return absl::OkStatus();
      }));
  return LoadChildren(db, docs, "linked_document_spans",
      "SELECT document, kind, begin, end, text, reason FROM linked_document_spans "
      "ORDER BY document, kind, pos",
      [](DossierDocument& d, Row r) {
        const std::string_view kind = r.ColumnBytes(1);
        auto& list = kind == "paragraph" ? d.paragraphs
                     : kind == "boilerplate" ? d.boilerplate : d.off_topic;
        list.push_back({U32(r, 2), U32(r, 3), r.ColumnText(4), r.ColumnText(5)});
        return absl::OkStatus();
      });
}

absl::Status LoadStories(Database& db, std::vector<Story>& stories) {
  RETURN_IF_ERROR(ForEachRow(db, "SELECT id, title, summary FROM stories ORDER BY pos",
      [&](Row r) {
        stories.push_back({r.ColumnText(0), r.ColumnText(1), r.ColumnText(2), {}});
        return absl::OkStatus();
      }));
  return LoadChildren(db, stories, "story_documents",
      "SELECT story, doc_id FROM story_documents ORDER BY story, pos", [](Story& s, Row r) {
        s.documents.push_back(r.ColumnText(1));
        return absl::OkStatus();
      });
}

absl::Status LoadEntities(Database& db, std::vector<Entity>& entities) {
  RETURN_IF_ERROR(ForEachRow(db, "SELECT id, name, type FROM entities ORDER BY pos", [&](Row r) {
    Entity& e = entities.emplace_back();
    e.id = r.ColumnText(0), e.name = r.ColumnText(1);
    e.type = ParseEntityType(r.ColumnBytes(2));
    return absl::OkStatus();
  }));
  RETURN_IF_ERROR(LoadChildren(db, entities, "entity_variants",
      "SELECT entity, variant FROM entity_variants ORDER BY entity, pos", [](Entity& e, Row r) {
        e.variants.push_back(r.ColumnText(1));
        return absl::OkStatus();
      }));
  RETURN_IF_ERROR(LoadChildren(db, entities, "entity_mentions",
      "SELECT entity, doc_id, begin, end FROM entity_mentions ORDER BY entity, pos",
      [](Entity& e, Row r) {
        e.mentions.push_back({r.ColumnText(1), U32(r, 2), U32(r, 3)});
        return absl::OkStatus();
      }));
  return LoadChildren(db, entities, "entity_geo",
      "SELECT entity, lat, lon, country FROM entity_geo ORDER BY entity", [](Entity& e, Row r) {
        e.geo = Geo{r.ColumnDouble(1), r.ColumnDouble(2), r.ColumnText(3)};
        return absl::OkStatus();
      });
}

absl::Status LoadTimeline(Database& db, std::vector<TimelineEntry>& timeline) {
  RETURN_IF_ERROR(ForEachRow(db,
      "SELECT story_id, date, text, weight, independent_sources FROM timeline ORDER BY pos",
      [&](Row r) {
        TimelineEntry& t = timeline.emplace_back();
        t.story = r.ColumnText(0), t.date = r.ColumnText(1), t.text = r.ColumnText(2);
        t.weight = r.ColumnDouble(3), t.independent_sources = static_cast<int>(r.ColumnInt(4));
        return absl::OkStatus();
      }));
  RETURN_IF_ERROR(LoadChildren(db, timeline, "timeline_entities",
      "SELECT entry, entity_id FROM timeline_entities ORDER BY entry, pos",
      [](TimelineEntry& t, Row r) {
        t.entities.push_back(r.ColumnText(1));
        return absl::OkStatus();
      }));
  RETURN_IF_ERROR(LoadChildren(db, timeline, "timeline_reports",
      "SELECT entry, doc_id, sentence, begin, end FROM timeline_reports ORDER BY entry, pos",
      [](TimelineEntry& t, Row r) {
        t.reports.push_back({r.ColumnText(1), U32(r, 2), U32(r, 3), U32(r, 4), {}});
        return absl::OkStatus();
      }));
  RETURN_IF_ERROR(LoadChildren(db, timeline, "timeline_report_via",
      "SELECT entry, report, name FROM timeline_report_via ORDER BY entry, report, pos",
      [](TimelineEntry& t, Row r) -> absl::Status {
        const int64_t report = r.ColumnInt(1);
        if (report < 0 || static_cast<size_t>(report) >= t.reports.size()) {
          return absl::DataLossError("table timeline_report_via refers to a missing report");
        }
        t.reports[static_cast<size_t>(report)].via.push_back(r.ColumnText(2));
        return absl::OkStatus();
      }));
  return LoadChildren(db, timeline, "timeline_origins",
      "SELECT entry, origin FROM timeline_origins ORDER BY entry, pos",
      [](TimelineEntry& t, Row r) {
        t.origins.push_back(r.ColumnText(1));
        return absl::OkStatus();
      });
}

absl::Status LoadQuotes(Database& db, std::vector<DossierQuote>& quotes) {
  RETURN_IF_ERROR(ForEachRow(db,
      "SELECT doc_id, begin, end, text, language, speaker, speaker_entity, cue, anonymous "
      "FROM quotes ORDER BY pos",
      [&](Row r) {
        DossierQuote& q = quotes.emplace_back();
        q.doc = r.ColumnText(0), q.begin = U32(r, 1), q.end = U32(r, 2);
        q.text = r.ColumnText(3), q.language = r.ColumnText(4), q.speaker = r.ColumnText(5);
        q.speaker_entity = r.ColumnText(6), q.cue = r.ColumnText(7);
        q.anonymous = r.ColumnInt(8) != 0;
        return absl::OkStatus();
      }));
  return LoadChildren(db, quotes, "quote_chain",
      "SELECT quote, name FROM quote_chain ORDER BY quote, pos", [](DossierQuote& q, Row r) {
        q.chain.push_back(r.ColumnText(1));
        return absl::OkStatus();
      });
}

// Side-level rows carry (conflict, side, value): the side index is column 1.
absl::StatusOr<ConflictSide*> Side(Conflict& c, Row r) {
  const int64_t side = r.ColumnInt(1);
  if (side < 0 || static_cast<size_t>(side) >= c.sides.size()) {
    return absl::DataLossError("conflict side rows refer to a missing side");
  }
  return &c.sides[static_cast<size_t>(side)];
}

absl::Status LoadConflicts(Database& db, std::vector<Conflict>& conflicts) {
  RETURN_IF_ERROR(ForEachRow(db, "SELECT story_id, about FROM conflicts ORDER BY pos", [&](Row r) {
    conflicts.push_back({r.ColumnText(0), r.ColumnText(1), {}});
    return absl::OkStatus();
  }));
  RETURN_IF_ERROR(LoadChildren(db, conflicts, "conflict_sides",
      "SELECT conflict, claim FROM conflict_sides ORDER BY conflict, pos", [](Conflict& c, Row r) {
        c.sides.push_back({r.ColumnText(1), {}, {}});
        return absl::OkStatus();
      }));
  RETURN_IF_ERROR(LoadChildren(db, conflicts, "conflict_side_docs",
      "SELECT conflict, side, doc_id FROM conflict_side_docs ORDER BY conflict, side, pos",
      [](Conflict& c, Row r) -> absl::Status {
        ASSIGN_OR_RETURN(ConflictSide * side, Side(c, r));
        side->docs.push_back(r.ColumnText(2));
        return absl::OkStatus();
      }));
  return LoadChildren(db, conflicts, "conflict_side_origins",
      "SELECT conflict, side, origin FROM conflict_side_origins ORDER BY conflict, side, pos",
      [](Conflict& c, Row r) -> absl::Status {
        ASSIGN_OR_RETURN(ConflictSide * side, Side(c, r));
        side->origins.push_back(r.ColumnText(2));
        return absl::OkStatus();
      });
}

}  // namespace

absl::StatusOr<Dossier> LoadDossierTables(Database& db) {
  ASSIGN_OR_RETURN(Transaction snapshot, Transaction::Begin(db, Transaction::Mode::kRead));
  Dossier d;
  RETURN_IF_ERROR(LoadDocuments(db, d.documents));
  RETURN_IF_ERROR(LoadStories(db, d.stories));
  RETURN_IF_ERROR(LoadEntities(db, d.entities));
  RETURN_IF_ERROR(LoadTimeline(db, d.timeline));
  RETURN_IF_ERROR(LoadQuotes(db, d.quotes));
  RETURN_IF_ERROR(LoadConflicts(db, d.conflicts));
  RETURN_IF_ERROR(snapshot.Commit());
  return d;
}

}  // namespace storyline::store
