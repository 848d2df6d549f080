// A thin RAII layer over libpq for the PostgreSQL store: a connection
// (PgConnection), query results (PgResult), bound parameters (PgParams) and a
// transaction guard (PgTransaction). Every error becomes an absl::Status naming
// the database by its URI with the password removed, plus the server's message.
//
// Values always travel as bound parameters in PostgreSQL's binary format (exact
// bytes for bytea, exact bit patterns for float8); SQL text is never assembled
// from values. Results are requested in binary format too, so a bytea column
// comes back as its raw bytes without hex decoding.
//
// SQLSTATE classes map onto status codes the callers act on: deadlock and
// serialization failures are Aborted (retry the transaction), a lock wait past
// lock_timeout or a lost connection is Unavailable.
#ifndef STORYLINE_STORE_PG_CONNECTION_H_
#define STORYLINE_STORE_PG_CONNECTION_H_

#include <libpq-fe.h>

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "src/core/status.h"

namespace storyline::store {

// True for "postgresql://..." and "postgres://..." (libpq's URI schemes).
bool IsPostgresUri(std::string_view path);

// `uri` without its password (userinfo "user:secret@" and a "password="
// query parameter), for error messages and logs.
std::string RedactPassword(std::string_view uri);

// Parameters of one query, each in binary format with its type OID so the
// server needs no inference. Text and bytea values are NOT copied: the viewed
// bytes must stay alive until the query has been sent.
class PgParams {
 public:
  PgParams& Int(int64_t value);
  PgParams& Double(double value);
  PgParams& Bool(bool value);
  PgParams& Text(std::string_view text);    // must be valid UTF-8 without NUL
  PgParams& Bytes(std::string_view bytes);  // bytea: any bytes

  // Binds each of `args`: bool, integers, floating point, then strings as text.
  template <typename... Args>
  static PgParams Of(const Args&... args) {
    PgParams params;
    (params.AddValue(args), ...);
    return params;
  }

  int size() const { return static_cast<int>(lengths_.size()); }
  const unsigned* types() const { return types_.data(); }
  const int* lengths() const { return lengths_.data(); }
  const int* formats() const { return formats_.data(); }
  // Pointers to the values; valid until the next Add or the params' end.
  const char* const* values() const;

 private:
  template <typename T>
  void AddValue(const T& value) {
    if constexpr (std::is_same_v<T, bool>) {
      Bool(value);
    } else if constexpr (std::is_integral_v<T>) {
      Int(static_cast<int64_t>(value));
    } else if constexpr (std::is_floating_point_v<T>) {
      Double(static_cast<double>(value));
    } else {
      Text(std::string_view(value));
    }
  }
  PgParams& AddNumber(unsigned type, uint64_t big_endian_source, int bytes);
  PgParams& AddView(unsigned type, std::string_view bytes);

  std::vector<unsigned> types_;
  std::vector<int> lengths_;
  std::vector<int> formats_;
  // Each value is either a view (external_ set) or bytes in numbers_ at offset.
  std::vector<const char*> external_;
  std::vector<size_t> offsets_;
  std::string numbers_;
  mutable std::vector<const char*> values_;
};

// One query result in binary format. Getters take 0-based row and column and
// read by the column's type (int2/4/8, bool, float4/8, text, bytea); a getter
// used on a column of another type is a bug in the caller's SQL.
class PgResult {
 public:
  explicit PgResult(PGresult* result) : result_(result) {}

  PGresult* get() const { return result_.get(); }
  int rows() const { return PQntuples(result_.get()); }
  int64_t Int(int row, int column) const;
  double Double(int row, int column) const;
  bool Bool(int row, int column) const { return Int(row, column) != 0; }
  std::string_view Bytes(int row, int column) const {
    return {PQgetvalue(result_.get(), row, column),
            static_cast<size_t>(PQgetlength(result_.get(), row, column))};
  }
  std::string Text(int row, int column) const { return std::string(Bytes(row, column)); }

 private:
  struct Clearer {
    void operator()(PGresult* result) const { PQclear(result); }
  };
  std::unique_ptr<PGresult, Clearer> result_;
};

// One libpq connection. Movable, not copyable; not safe to use from two threads
// at once (one connection per thread, as libpq wants).
class PgConnection {
 public:
  // Connects to `uri` with client_encoding UTF8. InvalidArgument for a URI
  // libpq cannot parse, Unavailable when the server cannot be reached or
  // refuses the login; both name the URI without its password.
  static absl::StatusOr<PgConnection> Open(const std::string& uri);

  PgConnection(PgConnection&&) = default;
  PgConnection& operator=(PgConnection&&) = default;

  PGconn* handle() const { return conn_.get(); }
  // The URI without password, as errors show it.
  const std::string& name() const { return name_; }

  // Runs one or more statements without parameters (schema, BEGIN, COMMIT).
  absl::Status Exec(const char* sql);
  // Runs `sql` with `params`, returning the rows (binary format).
  absl::StatusOr<PgResult> Query(const char* sql, const PgParams& params = {});
  // Runs `sql` as the statement prepared under `name`, preparing it on first
  // use with the types of `params` (so later calls skip parsing and planning).
  absl::StatusOr<PgResult> QueryPrepared(const char* name, const char* sql, const PgParams& params);

  // Which statements are prepared on this connection, for PgPipeline, which
  // prepares inside a pipeline and forgets a name whose PREPARE did not run.
  bool IsPrepared(std::string_view name) const;
  void MarkPrepared(std::string_view name, bool prepared);

  // OK when `result` is a success; else the status for its error, naming the
  // database, what we were doing and the server's message.
  absl::Status Check(const PGresult* result, std::string_view what) const;
  // The status for a failure libpq reports on the connection (no result).
  absl::Status ConnectionError(std::string_view what) const;

 private:
  struct Finisher {
    void operator()(PGconn* conn) const { PQfinish(conn); }
  };
  PgConnection(PGconn* conn, std::string name) : conn_(conn), name_(std::move(name)) {}

  std::unique_ptr<PGconn, Finisher> conn_;
  std::string name_;
  std::vector<std::string> prepared_;  // statement names prepared on this connection
};

// An explicit transaction; rolls back unless Commit() succeeded.
class PgTransaction {
 public:
  // `begin` is the BEGIN statement, e.g. with an isolation level.
  static absl::StatusOr<PgTransaction> Begin(PgConnection& conn, const char* begin = "BEGIN");
  PgTransaction(PgTransaction&& other) noexcept : conn_(other.conn_) { other.conn_ = nullptr; }
  PgTransaction& operator=(PgTransaction&&) = delete;
  ~PgTransaction();

  absl::Status Commit();

 private:
  explicit PgTransaction(PgConnection* conn) : conn_(conn) {}
  PgConnection* conn_;  // null once committed or rolled back
};

}  // namespace storyline::store

#endif  // STORYLINE_STORE_PG_CONNECTION_H_
