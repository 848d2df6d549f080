// A thin RAII layer over the sqlite3 C API: a connection (Database), prepared
// statements (Statement) and write transactions (Transaction). Every error becomes
// an absl::Status that names the database file and SQLite's own message, so a
// caller several layers up can still say which file is locked or damaged.
//
// Values are always bound to `?N` parameters; SQL text is never assembled from
// values. Text is bound SQLITE_STATIC (no copy): the caller keeps the bound
// strings alive until the statement has been stepped, which every use here does
// by binding and stepping within one expression or loop body.
#ifndef STORYLINE_STORE_SQLITE_H_
#define STORYLINE_STORE_SQLITE_H_

#include <sqlite3.h>

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <type_traits>

#include "src/core/status.h"

namespace storyline::store {

// One open sqlite3 connection. Owns the handle; movable, not copyable. Not safe
// to use from two threads at once (one connection per thread, as SQLite wants).
class Database {
 public:
  // Opens (creating if needed) `path`; ":memory:" gives a private in-memory db.
  // Does not touch the file's contents yet, so a non-database opens fine here
  // and fails on the first statement.
  static absl::StatusOr<Database> Open(const std::string& path, int busy_timeout_ms);

  Database(Database&&) = default;
  Database& operator=(Database&&) = default;

  sqlite3* handle() const { return db_.get(); }
  const std::string& path() const { return path_; }
  int busy_timeout_ms() const { return busy_timeout_ms_; }

  // Runs one or more statements without parameters (schema, pragmas).
  absl::Status Exec(std::string_view sql);
  // Runs a single-row, single-column query (pragmas such as user_version).
  absl::StatusOr<int64_t> QueryInt(const std::string& sql);
  absl::StatusOr<std::string> QueryText(const std::string& sql);

  // The status for SQLite result `rc` while doing `what`, naming the file.
  absl::Status Error(int rc, std::string_view what) const;

 private:
  struct Closer {
    void operator()(sqlite3* db) const { sqlite3_close_v2(db); }
  };
  Database(sqlite3* db, std::string path, int busy_timeout_ms)
      : db_(db), path_(std::move(path)), busy_timeout_ms_(busy_timeout_ms) {}

  std::unique_ptr<sqlite3, Closer> db_;
  std::string path_;
  int busy_timeout_ms_ = 0;
};

// One prepared statement of a Database that outlives it and is not moved while
// the statement exists (the statement keeps a pointer to it for error messages). Bind* take 1-based
// parameter indexes, Column* 0-based column indexes (SQLite's own convention).
class Statement {
 public:
  static absl::StatusOr<Statement> Prepare(const Database& db, std::string_view sql);

  Statement(Statement&&) = default;
  Statement& operator=(Statement&&) = default;

  // Binds; bound text/blob memory must stay valid until the next Step/Reset.
  Statement& Bind(int index, int64_t value);
  Statement& Bind(int index, double value);
  Statement& Bind(int index, std::string_view text);
  Statement& BindBlob(int index, std::string_view bytes);
  Statement& BindNull(int index);

  // Advances: true when a row is ready, false when done; errors name the file.
  absl::StatusOr<bool> Step();
  // Steps a statement that returns no rows (INSERT, DELETE, ...) and resets it.
  absl::Status Run();
  // Makes the statement reusable with new bindings.
  void Reset();
  // Binds `args` to ?1, ?2, ... (integers, bools, floats, strings) and Run()s.
  template <typename... Args>
  absl::Status RunWith(const Args&... args) {
    int index = 0;
    (BindValue(++index, args), ...);
    return Run();
  }

  int64_t ColumnInt(int column) const { return sqlite3_column_int64(stmt_.get(), column); }
  double ColumnDouble(int column) const { return sqlite3_column_double(stmt_.get(), column); }
  bool ColumnIsNull(int column) const {
    return sqlite3_column_type(stmt_.get(), column) == SQLITE_NULL;
  }
  // Text or blob bytes of the current row; valid until the next Step/Reset.
  std::string_view ColumnBytes(int column) const;
  std::string ColumnText(int column) const { return std::string(ColumnBytes(column)); }

 private:
  struct Finalizer {
    void operator()(sqlite3_stmt* stmt) const { sqlite3_finalize(stmt); }
  };
  Statement(const Database* db, sqlite3_stmt* stmt) : db_(db), stmt_(stmt) {}
  template <typename T>
  void BindValue(int index, const T& value) {
    if constexpr (std::is_integral_v<T>) {
      Bind(index, static_cast<int64_t>(value));
    } else if constexpr (std::is_floating_point_v<T>) {
      Bind(index, static_cast<double>(value));
    } else {
      Bind(index, std::string_view(value));
    }
  }

  const Database* db_;
  std::unique_ptr<sqlite3_stmt, Finalizer> stmt_;
};

// Runs `sql` (no parameters) and calls `fn` on each row until it fails.
absl::Status ForEachRow(const Database& db, std::string_view sql,
                        const std::function<absl::Status(const Statement&)>& fn);

// A transaction; rolls back unless Commit() succeeded. kWrite is BEGIN
// IMMEDIATE: it takes the write lock up front, so a concurrent writer makes us
// wait busy_timeout and then fail cleanly instead of failing later with a
// snapshot conflict. kRead (BEGIN DEFERRED) gives several SELECTs one consistent
// snapshot; under WAL it never blocks or waits for a writer.
class Transaction {
 public:
  enum class Mode { kRead, kWrite };
  static absl::StatusOr<Transaction> Begin(Database& db, Mode mode = Mode::kWrite);
  Transaction(Transaction&& other) noexcept : db_(other.db_) { other.db_ = nullptr; }
  Transaction& operator=(Transaction&&) = delete;
  ~Transaction();

  absl::Status Commit();

 private:
  explicit Transaction(Database* db) : db_(db) {}
  Database* db_;  // null once committed or rolled back
};

}  // namespace storyline::store

#endif  // STORYLINE_STORE_SQLITE_H_
