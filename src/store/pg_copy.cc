#include "src/store/pg_copy.h"

#include <algorithm>

namespace storyline::store {
namespace {

void AppendBigEndian(std::string& out, uint32_t value, int bytes) {
  for (int i = bytes - 1; i >= 0; --i) out.push_back(static_cast<char>(value >> (8 * i)));
}

// libpq's PQputCopyData takes an int length; 1 MB pieces keep memory steady.
constexpr size_t kPiece = 1 << 20;

}  // namespace

PgCopyBuffer::PgCopyBuffer() {
  // Signature, then a zero flags word and a zero-length header extension.
  data_.assign("PGCOPY\n\377\r\n\0", 11);
  AppendBigEndian(data_, 0, 4);
  AppendBigEndian(data_, 0, 4);
}

void PgCopyBuffer::Append(const PgParams& row) {
  AppendBigEndian(data_, static_cast<uint32_t>(row.size()), 2);
  const char* const* values = row.values();
  for (int i = 0; i < row.size(); ++i) {
    AppendBigEndian(data_, static_cast<uint32_t>(row.lengths()[i]), 4);
    data_.append(values[i], static_cast<size_t>(row.lengths()[i]));
  }
  ++rows_;
}

absl::Status PgCopyBuffer::Send(PgConnection& conn, const char* copy_sql) const {
  PgResult start(PQexec(conn.handle(), copy_sql));
  if (PQresultStatus(start.get()) != PGRES_COPY_IN) return conn.Check(start.get(), copy_sql);
  bool sent = true;
  for (size_t at = 0; at < data_.size() && sent; at += kPiece) {
    const size_t n = std::min(kPiece, data_.size() - at);
    sent = PQputCopyData(conn.handle(), data_.data() + at, static_cast<int>(n)) == 1;
  }
  static constexpr char kTrailer[2] = {'\xff', '\xff'};  // field count -1
  sent = sent && PQputCopyData(conn.handle(), kTrailer, 2) == 1;
  if (PQputCopyEnd(conn.handle(), sent ? nullptr : "client failed to send") != 1) {
    return conn.ConnectionError(copy_sql);
  }
  PgResult done(PQgetResult(conn.handle()));
  absl::Status status = conn.Check(done.get(), copy_sql);
  while (PGresult* extra = PQgetResult(conn.handle())) PQclear(extra);
  if (status.ok() && !sent) return conn.ConnectionError(copy_sql);
  return status;
}

}  // namespace storyline::store
