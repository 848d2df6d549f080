// PgCopyBuffer: rows of one table in COPY's binary format, sent to the server
// in one COPY ... FROM STDIN (FORMAT binary). COPY is PostgreSQL's bulk path:
// no statement per row, no reply per row, so a dossier of 100k rows loads
// several times faster than the same rows as pipelined INSERTs. The rows are
// PgParams, whose binary encoding is exactly COPY's field format. Not
// thread-safe; the buffer owns copies of the row bytes.
#ifndef STORYLINE_STORE_PG_COPY_H_
#define STORYLINE_STORE_PG_COPY_H_

#include <string>

#include "src/store/pg_connection.h"

namespace storyline::store {

class PgCopyBuffer {
 public:
  PgCopyBuffer();

  // Appends one row; its values in the table's column order and types.
  void Append(const PgParams& row);
  size_t rows() const { return rows_; }

  // Runs `copy_sql` ("COPY t FROM STDIN (FORMAT binary)") and streams the
  // rows. Errors name the database and the server's reason (a type mismatch,
  // a key violation); the caller's transaction then rolls back.
  absl::Status Send(PgConnection& conn, const char* copy_sql) const;

 private:
  std::string data_;  // header and rows; the trailer is added by Send
  size_t rows_ = 0;
};

}  // namespace storyline::store

#endif  // STORYLINE_STORE_PG_COPY_H_
