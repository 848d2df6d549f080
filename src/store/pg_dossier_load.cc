// LoadPgDossier: one query per table in (parent, pos) order, so every list is
// rebuilt by appending, as the SQLite store's dossier_load.cc does. Children are
// attached by their parent's position, checked against the parent list so a
// damaged table is an error, not an out-of-bounds write.
#include <string>
#include <vector>

#include "src/store/pg_dossier_tables.h"

namespace storyline::store {
namespace {

// One row of a result, read by 0-based column.
class Row {
 public:
  Row(const PgResult& result, int row) : result_(result), row_(row) {}
  int64_t Int(int column) const { return result_.Int(row_, column); }
  uint32_t U32(int column) const { return static_cast<uint32_t>(Int(column)); }
  double Double(int column) const { return result_.Double(row_, column); }
  bool Bool(int column) const { return result_.Bool(row_, column); }
  std::string_view Bytes(int column) const { return result_.Bytes(row_, column); }
  std::string Text(int column) const { return result_.Text(row_, column); }

 private:
  const PgResult& result_;
  int row_;
};

template <typename F>
absl::Status ForEachRow(PgConnection& conn, const char* sql, F fn) {
  ASSIGN_OR_RETURN(PgResult result, conn.Query(sql));
  for (int i = 0; i < result.rows(); ++i) RETURN_IF_ERROR(fn(Row(result, i)));
  return absl::OkStatus();
}

// Index `pos` of `list`, or DataLoss naming the table.
template <typename T>
absl::StatusOr<T*> At(std::vector<T>& list, int64_t pos, std::string_view table) {
  if (pos < 0 || static_cast<size_t>(pos) >= list.size()) {
    return absl::DataLossError("table " + std::string(table) + " refers to missing row " +
                               std::to_string(pos));
  }
  return &list[static_cast<size_t>(pos)];
}

// Scans `sql`, whose first column is a parent position, calling fn(parent, row).
template <typename T, typename F>
absl::Status LoadChildren(PgConnection& conn, std::vector<T>& parents, std::string_view table,
                          const char* sql, F fn) {
  return ForEachRow(conn, sql, [&](const Row& row) -> absl::Status {
    ASSIGN_OR_RETURN(T * parent, At(parents, row.Int(0), table));
    return fn(*parent, row);
  });
}

absl::Status LoadDocuments(PgConnection& conn, std::vector<DossierDocument>& docs) {
  RETURN_IF_ERROR(ForEachRow(conn,
      "SELECT id, title, outlet, outlet_evidence, url, published_date, published_inferred, "
      "published_confidence, published_evidence, copy_of, bytes FROM linked_documents ORDER BY pos",
      [&](const Row& r) {
        DossierDocument& d = docs.emplace_back();
        d.id = r.Text(0), d.title = r.Text(1), d.outlet = r.Text(2);
        d.outlet_evidence = r.Text(3), d.url = r.Text(4);
        d.published = {r.Text(5), r.Bool(6), static_cast<float>(r.Double(7)), r.Text(8)};
        d.copy_of = r.Text(9), d.bytes = r.U32(10);
        return absl::OkStatus();
      }));
  RETURN_IF_ERROR(LoadChildren(conn, docs, "linked_document_languages",
      "SELECT document, language FROM linked_document_languages ORDER BY document, pos",
      [](DossierDocument& d, const Row& r) {
        d.languages.push_back(r.Text(1));
        return absl::OkStatus();
      }));
  return LoadChildren(conn, docs, "linked_document_spans",
      "SELECT document, kind, \"begin\", \"end\", text, reason FROM linked_document_spans "
      "ORDER BY document, kind, pos",
      [](DossierDocument& d, const Row& r) {
        const std::string_view kind = r.Bytes(1);
        auto& list = kind == "paragraph" ? d.paragraphs
                     : kind == "boilerplate" ? d.boilerplate : d.off_topic;
        list.push_back({r.U32(2), r.U32(3), r.Text(4), r.Text(5)});
        return absl::OkStatus();
      });
}

absl::Status LoadStories(PgConnection& conn, std::vector<Story>& stories) {
  RETURN_IF_ERROR(ForEachRow(conn, "SELECT id, title, summary FROM stories ORDER BY pos",
      [&](const Row& r) {
        stories.push_back({r.Text(0), r.Text(1), r.Text(2), {}});
        return absl::OkStatus();
      }));
  return LoadChildren(conn, stories, "story_documents",
      "SELECT story, doc_id FROM story_documents ORDER BY story, pos",
      [](Story& s, const Row& r) {
        s.documents.push_back(r.Text(1));
        return absl::OkStatus();
      });
}

absl::Status LoadEntities(PgConnection& conn, std::vector<Entity>& entities) {
  RETURN_IF_ERROR(ForEachRow(conn, "SELECT id, name, type FROM entities ORDER BY pos",
      [&](const Row& r) {
        Entity& e = entities.emplace_back();
        e.id = r.Text(0), e.name = r.Text(1);
        e.type = ParseEntityType(r.Bytes(2));
        return absl::OkStatus();
      }));
  RETURN_IF_ERROR(LoadChildren(conn, entities, "entity_variants",
      "SELECT entity, variant FROM entity_variants ORDER BY entity, pos",
      [](Entity& e, const Row& r) {
        e.variants.push_back(r.Text(1));
        return absl::OkStatus();
      }));
  RETURN_IF_ERROR(LoadChildren(conn, entities, "entity_mentions",
      "SELECT entity, doc_id, \"begin\", \"end\" FROM entity_mentions ORDER BY entity, pos",
      [](Entity& e, const Row& r) {
        e.mentions.push_back({r.Text(1), r.U32(2), r.U32(3)});
        return absl::OkStatus();
      }));
  return LoadChildren(conn, entities, "entity_geo",
      "SELECT entity, lat, lon, country FROM entity_geo ORDER BY entity",
      [](Entity& e, const Row& r) {
        e.geo = Geo{r.Double(1), r.Double(2), r.Text(3)};
        return absl::OkStatus();
      });
}

absl::Status LoadTimeline(PgConnection& conn, std::vector<TimelineEntry>& timeline) {
  RETURN_IF_ERROR(ForEachRow(conn,
      "SELECT story_id, date, text, weight, independent_sources FROM timeline ORDER BY pos",
      [&](const Row& r) {
        TimelineEntry& t = timeline.emplace_back();
        t.story = r.Text(0), t.date = r.Text(1), t.text = r.Text(2);
        t.weight = r.Double(3), t.independent_sources = static_cast<int>(r.Int(4));
        return absl::OkStatus();
      }));
  RETURN_IF_ERROR(LoadChildren(conn, timeline, "timeline_entities",
      "SELECT entry, entity_id FROM timeline_entities ORDER BY entry, pos",
      [](TimelineEntry& t, const Row& r) {
        t.entities.push_back(r.Text(1));
        return absl::OkStatus();
      }));
  RETURN_IF_ERROR(LoadChildren(conn, timeline, "timeline_reports",
      "SELECT entry, doc_id, sentence, \"begin\", \"end\" FROM timeline_reports "
      "ORDER BY entry, pos",
      [](TimelineEntry& t, const Row& r) {
        t.reports.push_back({r.Text(1), r.U32(2), r.U32(3), r.U32(4), {}});
        return absl::OkStatus();
      }));
  RETURN_IF_ERROR(LoadChildren(conn, timeline, "timeline_report_via",
      "SELECT entry, report, name FROM timeline_report_via ORDER BY entry, report, pos",
      [](TimelineEntry& t, const Row& r) -> absl::Status {
        ASSIGN_OR_RETURN(Report * report, At(t.reports, r.Int(1), "timeline_report_via"));
        report->via.push_back(r.Text(2));
        return absl::OkStatus();
      }));
  return LoadChildren(conn, timeline, "timeline_origins",
      "SELECT entry, origin FROM timeline_origins ORDER BY entry, pos",
      [](TimelineEntry& t, const Row& r) {
        t.origins.push_back(r.Text(1));
        return absl::OkStatus();
      });
}

absl::Status LoadQuotes(PgConnection& conn, std::vector<DossierQuote>& quotes) {
  RETURN_IF_ERROR(ForEachRow(conn,
      "SELECT doc_id, \"begin\", \"end\", text, language, speaker, speaker_entity, cue, "
      "anonymous FROM quotes ORDER BY pos",
      [&](const Row& r) {
        DossierQuote& q = quotes.emplace_back();
        q.doc = r.Text(0), q.begin = r.U32(1), q.end = r.U32(2);
        q.text = r.Text(3), q.language = r.Text(4), q.speaker = r.Text(5);
        q.speaker_entity = r.Text(6), q.cue = r.Text(7);
        q.anonymous = r.Bool(8);
        return absl::OkStatus();
      }));
  return LoadChildren(conn, quotes, "quote_chain",
      "SELECT quote, name FROM quote_chain ORDER BY quote, pos",
      [](DossierQuote& q, const Row& r) {
        q.chain.push_back(r.Text(1));
        return absl::OkStatus();
      });
}

absl::Status LoadConflicts(PgConnection& conn, std::vector<Conflict>& conflicts) {
  RETURN_IF_ERROR(ForEachRow(conn, "SELECT story_id, about FROM conflicts ORDER BY pos",
      [&](const Row& r) {
        conflicts.push_back({r.Text(0), r.Text(1), {}});
        return absl::OkStatus();
      }));
  RETURN_IF_ERROR(LoadChildren(conn, conflicts, "conflict_sides",
      "SELECT conflict, claim FROM conflict_sides ORDER BY conflict, pos",
      [](Conflict& c, const Row& r) {
        c.sides.push_back({r.Text(1), {}, {}});
        return absl::OkStatus();
      }));
  RETURN_IF_ERROR(LoadChildren(conn, conflicts, "conflict_side_docs",
      "SELECT conflict, side, doc_id FROM conflict_side_docs ORDER BY conflict, side, pos",
      [](Conflict& c, const Row& r) -> absl::Status {
        ASSIGN_OR_RETURN(ConflictSide * side, At(c.sides, r.Int(1), "conflict_side_docs"));
        side->docs.push_back(r.Text(2));
        return absl::OkStatus();
      }));
  return LoadChildren(conn, conflicts, "conflict_side_origins",
      "SELECT conflict, side, origin FROM conflict_side_origins ORDER BY conflict, side, pos",
      [](Conflict& c, const Row& r) -> absl::Status {
        ASSIGN_OR_RETURN(ConflictSide * side, At(c.sides, r.Int(1), "conflict_side_origins"));
        side->origins.push_back(r.Text(2));
        return absl::OkStatus();
      });
}

}  // namespace

absl::StatusOr<Dossier> LoadPgDossier(PgConnection& conn) {
  // One snapshot for all tables: a save committing meanwhile is not half seen.
  ASSIGN_OR_RETURN(PgTransaction snapshot,
                   PgTransaction::Begin(conn, "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"));
  Dossier d;
  RETURN_IF_ERROR(LoadDocuments(conn, d.documents));
  RETURN_IF_ERROR(LoadStories(conn, d.stories));
  RETURN_IF_ERROR(LoadEntities(conn, d.entities));
  RETURN_IF_ERROR(LoadTimeline(conn, d.timeline));
  RETURN_IF_ERROR(LoadQuotes(conn, d.quotes));
  RETURN_IF_ERROR(LoadConflicts(conn, d.conflicts));
  RETURN_IF_ERROR(snapshot.Commit());
  return d;
}

}  // namespace storyline::store
