#include "src/store/pg_connection.h"

#include <algorithm>
#include <bit>
#include <cstring>

namespace storyline::store {
namespace {

// Type OIDs from PostgreSQL's catalog (pg_type.dat); fixed since 7.x. The
// server-side header that defines them is not part of libpq-dev.
constexpr unsigned kBoolOid = 16, kByteaOid = 17, kInt8Oid = 20, kInt2Oid = 21, kInt4Oid = 23,
                   kTextOid = 25, kFloat4Oid = 700, kFloat8Oid = 701;

// libpq's messages end in a newline and indent continuation lines with a tab:
// one line, single spaces.
std::string OneLine(std::string_view message) {
  std::string out;
  for (char c : message) {
    const bool space = c == '\n' || c == '\t' || c == ' ';
    if (space && (out.empty() || out.back() == ' ')) continue;
    out.push_back(space ? ' ' : c);
  }
  if (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

std::string Concat(std::initializer_list<std::string_view> parts) {
  std::string out;
  for (std::string_view part : parts) out.append(part);
  return out;
}

uint64_t ReadBigEndian(const char* bytes, int count) {
  uint64_t value = 0;
  for (int i = 0; i < count; ++i) value = (value << 8) | static_cast<unsigned char>(bytes[i]);
  return value;
}

absl::Status StatusFor(std::string_view sqlstate, std::string message) {
  const auto starts = [&](std::string_view prefix) { return sqlstate.starts_with(prefix); };
  // 40P01 deadlock, 40001 serialization failure: the whole transaction may be retried.
  if (sqlstate == "40P01" || sqlstate == "40001") return absl::AbortedError(message);
  // Lock wait past lock_timeout, cancelled, connection trouble, server shutting down or full.
  if (sqlstate == "55P03" || sqlstate == "57014" || starts("08") || starts("57P") || starts("53")) {
    return absl::UnavailableError(message);
  }
  if (starts("28") || sqlstate == "42501") return absl::PermissionDeniedError(message);
  if (starts("22")) return absl::InvalidArgumentError(message);  // data exceptions
  if (starts("23") || starts("42")) return absl::FailedPreconditionError(message);
  return absl::InternalError(message);
}

void IgnoreNotice(void*, const char*) {}  // "table already exists, skipping" and the like

}  // namespace

bool IsPostgresUri(std::string_view path) {
  return path.starts_with("postgresql://") || path.starts_with("postgres://");
}

std::string RedactPassword(std::string_view uri) {
  const size_t scheme_end = uri.find("://");
  if (scheme_end == std::string_view::npos) return std::string(uri);
  const size_t query = uri.find('?', scheme_end);
  const std::string_view before_query = uri.substr(0, query);
  std::string out;
  // The last '@' before the query ends the userinfo, even if a password holds '@'.
  const size_t at = before_query.rfind('@');
  if (at != std::string_view::npos && at > scheme_end) {
    const std::string_view userinfo = before_query.substr(scheme_end + 3, at - scheme_end - 3);
    out = Concat({uri.substr(0, scheme_end + 3), userinfo.substr(0, userinfo.find(':')),
                  before_query.substr(at)});
  } else {
    out = std::string(before_query);
  }
  if (query == std::string_view::npos) return out;
  char separator = '?';
  std::string_view params = uri.substr(query + 1);
  while (!params.empty()) {
    const size_t amp = params.find('&');
    const std::string_view param = params.substr(0, amp);
    params = amp == std::string_view::npos ? "" : params.substr(amp + 1);
    if (param.starts_with("password=")) continue;
    out.push_back(separator);
    out.append(param);
    separator = '&';
  }
  return out;
}

PgParams& PgParams::AddNumber(unsigned type, uint64_t value, int bytes) {
  types_.push_back(type);
  lengths_.push_back(bytes);
  formats_.push_back(1);
  external_.push_back(nullptr);
  offsets_.push_back(numbers_.size());
  for (int i = bytes - 1; i >= 0; --i) numbers_.push_back(static_cast<char>(value >> (8 * i)));
  return *this;
}

PgParams& PgParams::AddView(unsigned type, std::string_view bytes) {
  types_.push_back(type);
  lengths_.push_back(static_cast<int>(bytes.size()));
  formats_.push_back(1);
  // A null pointer would mean SQL NULL; an empty value must point somewhere.
  external_.push_back(bytes.data() != nullptr ? bytes.data() : "");
  offsets_.push_back(0);
  return *this;
}

PgParams& PgParams::Int(int64_t value) {
  return AddNumber(kInt8Oid, std::bit_cast<uint64_t>(value), 8);
}
PgParams& PgParams::Double(double value) {
  return AddNumber(kFloat8Oid, std::bit_cast<uint64_t>(value), 8);
}
PgParams& PgParams::Bool(bool value) { return AddNumber(kBoolOid, value ? 1 : 0, 1); }
PgParams& PgParams::Text(std::string_view text) { return AddView(kTextOid, text); }
PgParams& PgParams::Bytes(std::string_view bytes) { return AddView(kByteaOid, bytes); }

const char* const* PgParams::values() const {
  values_.resize(external_.size());
  for (size_t i = 0; i < external_.size(); ++i) {
    values_[i] = external_[i] != nullptr ? external_[i] : numbers_.data() + offsets_[i];
  }
  return values_.data();
}

int64_t PgResult::Int(int row, int column) const {
  const char* bytes = PQgetvalue(result_.get(), row, column);
  switch (PQftype(result_.get(), column)) {
    case kInt2Oid:
      return static_cast<int16_t>(ReadBigEndian(bytes, 2));
    case kInt4Oid:
      return static_cast<int32_t>(ReadBigEndian(bytes, 4));
    case kBoolOid:
      return bytes[0] != 0;
    default:
      return static_cast<int64_t>(ReadBigEndian(bytes, 8));  // int8
  }
}

double PgResult::Double(int row, int column) const {
  const char* bytes = PQgetvalue(result_.get(), row, column);
  if (PQftype(result_.get(), column) == kFloat4Oid) {
    return std::bit_cast<float>(static_cast<uint32_t>(ReadBigEndian(bytes, 4)));
  }
  return std::bit_cast<double>(ReadBigEndian(bytes, 8));
}

absl::StatusOr<PgConnection> PgConnection::Open(const std::string& uri) {
  const std::string name = RedactPassword(uri);
  char* parse_error = nullptr;
  PQconninfoOption* parsed = PQconninfoParse(uri.c_str(), &parse_error);
  if (parsed == nullptr) {
    std::string cause = parse_error != nullptr ? OneLine(parse_error) : "out of memory";
    PQfreemem(parse_error);
    return absl::InvalidArgumentError(
        Concat({"database '", name, "': not a valid PostgreSQL connection URI: ", cause}));
  }
  PQconninfoFree(parsed);
  // Keywords are applied in order: the URI (expanded from dbname) overrides the
  // connect timeout before it; client_encoding after it is always UTF8, the
  // encoding of every string storyline holds.
  const char* keywords[] = {"connect_timeout", "fallback_application_name", "dbname",
                            "client_encoding", nullptr};
  const char* values[] = {"10", "storyline", uri.c_str(), "UTF8", nullptr};
  PgConnection conn(PQconnectdbParams(keywords, values, /*expand_dbname=*/1), name);
  if (conn.handle() == nullptr) {
    return absl::ResourceExhaustedError("database '" + name + "': out of memory");
  }
  if (PQstatus(conn.handle()) != CONNECTION_OK) return conn.ConnectionError("cannot connect");
  PQsetNoticeProcessor(conn.handle(), IgnoreNotice, nullptr);
  return conn;
}

absl::Status PgConnection::ConnectionError(std::string_view what) const {
  return absl::UnavailableError(
      Concat({"database '", name_, "': ", what, ": ", OneLine(PQerrorMessage(conn_.get()))}));
}

absl::Status PgConnection::Check(const PGresult* result, std::string_view what) const {
  const ExecStatusType status = PQresultStatus(result);
  if (result != nullptr &&
      (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK || status == PGRES_PIPELINE_SYNC)) {
    return absl::OkStatus();
  }
  // Long statements (the schema) are named by their start.
  if (what.size() > 80) what = what.substr(0, 80);
  if (result == nullptr || PQstatus(conn_.get()) == CONNECTION_BAD) return ConnectionError(what);
  const char* sqlstate = PQresultErrorField(result, PG_DIAG_SQLSTATE);
  const char* primary = PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY);
  const char* detail = PQresultErrorField(result, PG_DIAG_MESSAGE_DETAIL);
  std::string message =
      Concat({"database '", name_, "': ", what, ": ",
              primary != nullptr ? std::string(primary) : OneLine(PQresultErrorMessage(result))});
  if (detail != nullptr) message += Concat({" (", OneLine(detail), ")"});
  if (sqlstate != nullptr) message += Concat({" [SQLSTATE ", sqlstate, "]"});
  return StatusFor(sqlstate != nullptr ? sqlstate : "", std::move(message));
}

absl::Status PgConnection::Exec(const char* sql) {
  PgResult result(PQexec(conn_.get(), sql));
  return Check(result.get(), sql);
}

absl::StatusOr<PgResult> PgConnection::Query(const char* sql, const PgParams& params) {
  PgResult result(PQexecParams(conn_.get(), sql, params.size(), params.types(), params.values(),
                               params.lengths(), params.formats(), /*resultFormat=*/1));
  RETURN_IF_ERROR(Check(result.get(), sql));
  return result;
}

bool PgConnection::IsPrepared(std::string_view name) const {
  return std::find(prepared_.begin(), prepared_.end(), name) != prepared_.end();
}

void PgConnection::MarkPrepared(std::string_view name, bool prepared) {
  if (prepared == IsPrepared(name)) return;
  if (prepared) {
    prepared_.emplace_back(name);
  } else {
    prepared_.erase(std::find(prepared_.begin(), prepared_.end(), name));
  }
}

absl::StatusOr<PgResult> PgConnection::QueryPrepared(const char* name, const char* sql,
                                                     const PgParams& params) {
  if (!IsPrepared(name)) {
    PgResult prepared(PQprepare(conn_.get(), name, sql, params.size(), params.types()));
    RETURN_IF_ERROR(Check(prepared.get(), sql));
    MarkPrepared(name, true);
  }
  PgResult result(PQexecPrepared(conn_.get(), name, params.size(), params.values(),
                                 params.lengths(), params.formats(), /*resultFormat=*/1));
  RETURN_IF_ERROR(Check(result.get(), sql));
  return result;
}

absl::StatusOr<PgTransaction> PgTransaction::Begin(PgConnection& conn, const char* begin) {
  RETURN_IF_ERROR(conn.Exec(begin));
  return PgTransaction(&conn);
}

PgTransaction::~PgTransaction() {
  if (conn_ != nullptr) (void)conn_->Exec("ROLLBACK");  // best effort; the error is already out
}

absl::Status PgTransaction::Commit() {
  PgConnection* conn = conn_;
  conn_ = nullptr;
  PgResult result(PQexec(conn->handle(), "COMMIT"));
  RETURN_IF_ERROR(conn->Check(result.get(), "COMMIT"));
  // COMMIT of a transaction that failed earlier succeeds as a ROLLBACK.
  if (std::strcmp(PQcmdStatus(result.get()), "COMMIT") != 0) {
    return absl::AbortedError("database '" + conn->name() + "': transaction was rolled back");
  }
  return absl::OkStatus();
}

}  // namespace storyline::store
