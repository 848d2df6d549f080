#include "src/store/sqlite.h"

#include <utility>

namespace storyline::store {

absl::StatusOr<Database> Database::Open(const std::string& path, int busy_timeout_ms) {
  sqlite3* raw = nullptr;
  const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX;
  const int rc = sqlite3_open_v2(path.c_str(), &raw, flags, nullptr);
  Database db(raw, path, busy_timeout_ms);  // owns `raw` even when opening failed
  if (rc != SQLITE_OK) return db.Error(rc, "cannot open");
  sqlite3_extended_result_codes(raw, 1);
  sqlite3_busy_timeout(raw, busy_timeout_ms);
  return db;
}

absl::Status Database::Error(int rc, std::string_view what) const {
  const std::string file = "database '" + path_ + "'";
  const char* detail = db_ ? sqlite3_errmsg(db_.get()) : sqlite3_errstr(rc);
  switch (rc & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return absl::UnavailableError(file + " is locked by another connection (gave up after " +
                                    std::to_string(busy_timeout_ms_) + " ms): " +
                                    std::string(what));
    case SQLITE_NOTADB:
      return absl::FailedPreconditionError(file + " is not an SQLite database: " +
                                           std::string(detail));
    case SQLITE_CORRUPT:
      return absl::DataLossError(file + " is damaged: " + std::string(detail));
    case SQLITE_CANTOPEN:
    case SQLITE_READONLY:
    case SQLITE_PERM:
      return absl::PermissionDeniedError(file + ": " + std::string(what) + ": " +
                                         std::string(detail));
    default:
      return absl::InternalError(file + ": " + std::string(what) + ": " + std::string(detail));
  }
}

absl::Status Database::Exec(std::string_view sql) {
  const std::string text(sql);
  const int rc = sqlite3_exec(db_.get(), text.c_str(), nullptr, nullptr, nullptr);
  if (rc != SQLITE_OK) return Error(rc, "cannot run '" + text.substr(0, 60) + "'");
  return absl::OkStatus();
}

absl::StatusOr<int64_t> Database::QueryInt(const std::string& sql) {
  ASSIGN_OR_RETURN(Statement stmt, Statement::Prepare(*this, sql));
  ASSIGN_OR_RETURN(bool row, stmt.Step());
  if (!row) return Error(SQLITE_ERROR, "no row from '" + sql + "'");
  return stmt.ColumnInt(0);
}

absl::StatusOr<std::string> Database::QueryText(const std::string& sql) {
  ASSIGN_OR_RETURN(Statement stmt, Statement::Prepare(*this, sql));
  ASSIGN_OR_RETURN(bool row, stmt.Step());
  if (!row) return Error(SQLITE_ERROR, "no row from '" + sql + "'");
  return stmt.ColumnText(0);
}

absl::StatusOr<Statement> Statement::Prepare(const Database& db, std::string_view sql) {
  sqlite3_stmt* raw = nullptr;
  const int rc = sqlite3_prepare_v3(db.handle(), sql.data(), static_cast<int>(sql.size()),
                                    SQLITE_PREPARE_PERSISTENT, &raw, nullptr);
  Statement stmt(&db, raw);
  if (rc != SQLITE_OK) {
    return db.Error(rc, "cannot prepare '" + std::string(sql.substr(0, 60)) + "'");
  }
  return stmt;
}

Statement& Statement::Bind(int index, int64_t value) {
  sqlite3_bind_int64(stmt_.get(), index, value);
  return *this;
}

Statement& Statement::Bind(int index, double value) {
  sqlite3_bind_double(stmt_.get(), index, value);
  return *this;
}

Statement& Statement::Bind(int index, std::string_view text) {
  sqlite3_bind_text64(stmt_.get(), index, text.data(), text.size(), SQLITE_STATIC, SQLITE_UTF8);
  return *this;
}

Statement& Statement::BindBlob(int index, std::string_view bytes) {
  sqlite3_bind_blob64(stmt_.get(), index, bytes.data(), bytes.size(), SQLITE_STATIC);
  return *this;
}

Statement& Statement::BindNull(int index) {
  sqlite3_bind_null(stmt_.get(), index);
  return *this;
}

absl::StatusOr<bool> Statement::Step() {
  const int rc = sqlite3_step(stmt_.get());
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  const absl::Status error = db_->Error(rc, sqlite3_sql(stmt_.get()));
  sqlite3_reset(stmt_.get());
  return error;
}

absl::Status Statement::Run() {
  absl::StatusOr<bool> row = Step();
  Reset();
  return row.status();
}

void Statement::Reset() {
  sqlite3_reset(stmt_.get());
  sqlite3_clear_bindings(stmt_.get());
}

std::string_view Statement::ColumnBytes(int column) const {
  // sqlite3_column_blob before _bytes, as the SQLite docs require for the size to match.
  const void* data = sqlite3_column_blob(stmt_.get(), column);
  const int size = sqlite3_column_bytes(stmt_.get(), column);
  if (data == nullptr) return {};
  return std::string_view(static_cast<const char*>(data), static_cast<size_t>(size));
}

absl::Status ForEachRow(const Database& db, std::string_view sql,
                        const std::function<absl::Status(const Statement&)>& fn) {
  ASSIGN_OR_RETURN(Statement stmt, Statement::Prepare(db, sql));
  while (true) {
    ASSIGN_OR_RETURN(bool row, stmt.Step());
    if (!row) return absl::OkStatus();
    RETURN_IF_ERROR(fn(stmt));
  }
}

absl::StatusOr<Transaction> Transaction::Begin(Database& db, Mode mode) {
  RETURN_IF_ERROR(db.Exec(mode == Mode::kWrite ? "BEGIN IMMEDIATE" : "BEGIN DEFERRED"));
  return Transaction(&db);
}

Transaction::~Transaction() {
  // Best effort: a failed ROLLBACK leaves SQLite to roll back on close.
  if (db_ != nullptr) (void)db_->Exec("ROLLBACK");
}

absl::Status Transaction::Commit() {
  Database* db = std::exchange(db_, nullptr);
  absl::Status status = db->Exec("COMMIT");
  if (!status.ok()) (void)db->Exec("ROLLBACK");
  return status;
}

}  // namespace storyline::store
