// One statement per document inserts it and its analysis: the documents
// INSERT ... ON CONFLICT DO NOTHING returns the new seq only when the row went
// in, and the analyses INSERT takes its seq from there, so a duplicate (same
// id or content hash, judged by the UNIQUE constraints, so also against another
// writer's concurrent batch) inserts nothing and returns no row. The batch is
// counted by the rows returned. The statements of a batch go out pipelined
// (pg_pipeline.h) inside one transaction.
#include "src/store/pg_document_table.h"

#include <bit>

#include "src/store/analysis_codec.h"
#include "src/store/pg_pipeline.h"

namespace storyline::store {
namespace {

constexpr const char* kContains =
    "SELECT 1 FROM documents WHERE id = $1 OR content_hash = $2 LIMIT 1";
constexpr const char* kInsert =
    "WITH inserted AS ("
    " INSERT INTO documents (id, content_hash, title, title_begin, title_end, body_begin,"
    " body_end, outlet, url, published, language, source, text)"
    " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)"
    " ON CONFLICT DO NOTHING RETURNING seq)"
    " INSERT INTO analyses (seq, format, data) SELECT seq, $14, $15 FROM inserted RETURNING seq";
constexpr const char* kSelectPage =
    "SELECT d.seq, d.id, d.content_hash, d.title, d.title_begin, d.title_end, d.body_begin,"
    " d.body_end, d.outlet, d.url, d.published, d.language, d.source, d.text, a.data"
    " FROM documents d JOIN analyses a ON a.seq = d.seq WHERE d.seq > $1 ORDER BY d.seq LIMIT $2";

// bigint is signed 64-bit; the hash keeps its bit pattern.
int64_t HashToSql(uint64_t hash) { return std::bit_cast<int64_t>(hash); }
uint64_t HashFromSql(int64_t value) { return std::bit_cast<uint64_t>(value); }

PgParams InsertParams(const Document& d, const std::string& record) {
  PgParams params;
  params.Text(d.id).Int(HashToSql(d.content_hash)).Bytes(d.title);
  params.Int(d.title_span.begin).Int(d.title_span.end).Int(d.body.begin).Int(d.body.end);
  params.Text(d.outlet).Text(d.url).Text(d.published).Text(d.language).Text(d.source);
  params.Bytes(d.text).Int(kAnalysisFormat).Bytes(record);
  return params;
}

uint32_t U32(const PgResult& r, int row, int column) {
  return static_cast<uint32_t>(r.Int(row, column));
}

Document ReadDocument(const PgResult& r, int row) {
  Document d;
  d.id = r.Text(row, 1);
  d.content_hash = HashFromSql(r.Int(row, 2));
  d.title = r.Text(row, 3);
  d.title_span = {U32(r, row, 4), U32(r, row, 5)};
  d.body = {U32(r, row, 6), U32(r, row, 7)};
  d.outlet = r.Text(row, 8);
  d.url = r.Text(row, 9);
  d.published = r.Text(row, 10);
  d.language = r.Text(row, 11);
  d.source = r.Text(row, 12);
  d.text = r.Text(row, 13);
  return d;
}

}  // namespace

absl::StatusOr<bool> PgDocumentTable::Contains(const Document& doc) {
  ASSIGN_OR_RETURN(PgResult found,
                   conn_->QueryPrepared("contains", kContains,
                                        PgParams().Text(doc.id).Int(HashToSql(doc.content_hash))));
  return found.rows() > 0;
}

absl::StatusOr<int> PgDocumentTable::TryAddBatch(const std::vector<AnalyzedDocument>& batch,
                                                 const std::vector<std::string>& records) {
  ASSIGN_OR_RETURN(PgTransaction txn, PgTransaction::Begin(*conn_));
  int added = 0;
  {
    ASSIGN_OR_RETURN(PgPipeline pipeline, PgPipeline::Start(*conn_));
    for (size_t i = 0; i < batch.size(); ++i) {
      RETURN_IF_ERROR(pipeline.Send("insert_document", kInsert,
                                    InsertParams(batch[i].document, records[i]),
                                    [&](const PgResult& r) { added += r.rows(); }));
    }
    RETURN_IF_ERROR(pipeline.Finish());
  }
  RETURN_IF_ERROR(txn.Commit());
  return added;
}

absl::StatusOr<int> PgDocumentTable::AddBatch(const std::vector<AnalyzedDocument>& batch) {
  if (batch.empty()) return 0;
  std::vector<std::string> records(batch.size());
  for (size_t i = 0; i < batch.size(); ++i) EncodeAnalysis(batch[i].analysis, records[i]);
  absl::StatusOr<int> added;
  for (int attempt = 0; attempt < kMaxAttempts; ++attempt) {
    added = TryAddBatch(batch, records);
    if (!absl::IsAborted(added.status())) break;
  }
  return added;
}

absl::Status PgDocumentTable::ForEach(
    const std::function<void(const Document&, const Analysis&)>& fn) {
  int64_t last_seq = 0;
  while (true) {
    ASSIGN_OR_RETURN(PgResult page, conn_->QueryPrepared("select_documents", kSelectPage,
                                                         PgParams().Int(last_seq).Int(kPageSize)));
    for (int row = 0; row < page.rows(); ++row) {
      const Document doc = ReadDocument(page, row);
      absl::StatusOr<Analysis> analysis = DecodeAnalysis(page.Bytes(row, 14));
      if (!analysis.ok()) {
        return absl::DataLossError("database '" + conn_->name() + "': document '" + doc.id +
                                   "': " + std::string(analysis.status().message()));
      }
      fn(doc, *analysis);
    }
    if (page.rows() < kPageSize) return absl::OkStatus();
    last_seq = page.Int(page.rows() - 1, 0);
  }
}

}  // namespace storyline::store
