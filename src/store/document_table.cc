// Documents go in with "ON CONFLICT DO NOTHING": the UNIQUE constraints on id and
// content_hash decide what is a duplicate, so a batch that repeats an article (or
// two processes adding the same one) cannot create a second row. The analysis
// record is keyed by the document's seq, the rowid the insert produced.
#include "src/store/document_table.h"

#include <bit>

#include "src/store/analysis_codec.h"

namespace storyline::store {
namespace {

constexpr const char* kContains =
    "SELECT 1 FROM documents WHERE id = ?1 OR content_hash = ?2 LIMIT 1";
constexpr const char* kInsertDocument =
    "INSERT INTO documents (id, content_hash, title, title_begin, title_end, body_begin, "
    "body_end, outlet, url, published, language, source, text) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13) ON CONFLICT DO NOTHING";
constexpr const char* kInsertAnalysis =
    "INSERT INTO analyses (seq, format, data) VALUES (?1, ?2, ?3)";
constexpr const char* kSelectAll =
    "SELECT d.id, d.content_hash, d.title, d.title_begin, d.title_end, d.body_begin, "
    "d.body_end, d.outlet, d.url, d.published, d.language, d.source, d.text, a.data "
    "FROM documents d JOIN analyses a ON a.seq = d.seq ORDER BY d.seq";

// SQLite integers are signed 64-bit; the hash keeps its bit pattern.
int64_t HashToSql(uint64_t hash) { return std::bit_cast<int64_t>(hash); }
uint64_t HashFromSql(int64_t value) { return std::bit_cast<uint64_t>(value); }

void BindDocument(Statement& stmt, const Document& d) {
  stmt.Bind(1, d.id).Bind(2, HashToSql(d.content_hash)).Bind(3, d.title);
  stmt.Bind(4, int64_t{d.title_span.begin}).Bind(5, int64_t{d.title_span.end});
  stmt.Bind(6, int64_t{d.body.begin}).Bind(7, int64_t{d.body.end});
  stmt.Bind(8, d.outlet).Bind(9, d.url).Bind(10, d.published);
  stmt.Bind(11, d.language).Bind(12, d.source).Bind(13, d.text);
}

Document ReadDocument(const Statement& stmt) {
  Document d;
  d.id = stmt.ColumnText(0);
  d.content_hash = HashFromSql(stmt.ColumnInt(1));
  d.title = stmt.ColumnText(2);
  d.title_span = {static_cast<uint32_t>(stmt.ColumnInt(3)), static_cast<uint32_t>(stmt.ColumnInt(4))};
  d.body = {static_cast<uint32_t>(stmt.ColumnInt(5)), static_cast<uint32_t>(stmt.ColumnInt(6))};
  d.outlet = stmt.ColumnText(7);
  d.url = stmt.ColumnText(8);
  d.published = stmt.ColumnText(9);
  d.language = stmt.ColumnText(10);
  d.source = stmt.ColumnText(11);
  d.text = stmt.ColumnText(12);
  return d;
}

}  // namespace

absl::StatusOr<DocumentTable> DocumentTable::Create(Database& db) {
  ASSIGN_OR_RETURN(Statement contains, Statement::Prepare(db, kContains));
  ASSIGN_OR_RETURN(Statement insert_doc, Statement::Prepare(db, kInsertDocument));
  ASSIGN_OR_RETURN(Statement insert_analysis, Statement::Prepare(db, kInsertAnalysis));
  ASSIGN_OR_RETURN(Statement select_all, Statement::Prepare(db, kSelectAll));
  return DocumentTable(db, std::move(contains), std::move(insert_doc),
                       std::move(insert_analysis), std::move(select_all));
}

absl::StatusOr<bool> DocumentTable::Contains(const Document& doc) {
  contains_.Bind(1, doc.id).Bind(2, HashToSql(doc.content_hash));
  absl::StatusOr<bool> found = contains_.Step();
  contains_.Reset();
  return found;
}

absl::StatusOr<bool> DocumentTable::Insert(const AnalyzedDocument& item) {
  BindDocument(insert_doc_, item.document);
  RETURN_IF_ERROR(insert_doc_.Run());
  if (sqlite3_changes(db_->handle()) == 0) return false;
  const int64_t seq = sqlite3_last_insert_rowid(db_->handle());
  EncodeAnalysis(item.analysis, record_);
  insert_analysis_.Bind(1, seq).Bind(2, int64_t{kAnalysisFormat}).BindBlob(3, record_);
  RETURN_IF_ERROR(insert_analysis_.Run());
  return true;
}

absl::StatusOr<int> DocumentTable::AddBatch(const std::vector<AnalyzedDocument>& batch) {
  ASSIGN_OR_RETURN(Transaction txn, Transaction::Begin(*db_));
  int added = 0;
  for (const AnalyzedDocument& item : batch) {
    ASSIGN_OR_RETURN(bool is_new, Insert(item));
    added += is_new ? 1 : 0;
  }
  RETURN_IF_ERROR(txn.Commit());
  return added;
}

absl::Status DocumentTable::ForEach(
    const std::function<void(const Document&, const Analysis&)>& fn) {
  absl::Status status;
  while (status.ok()) {
    absl::StatusOr<bool> row = select_all_.Step();
    if (!row.ok() || !*row) {
      status = row.status();
      break;
    }
    const Document doc = ReadDocument(select_all_);
    absl::StatusOr<Analysis> analysis = DecodeAnalysis(select_all_.ColumnBytes(13));
    if (!analysis.ok()) {
      status = absl::DataLossError("database '" + db_->path() + "': document '" + doc.id +
                                   "': " + std::string(analysis.status().message()));
      break;
    }
    fn(doc, *analysis);
  }
  select_all_.Reset();
  return status;
}

}  // namespace storyline::store
