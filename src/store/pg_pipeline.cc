#include "src/store/pg_pipeline.h"

namespace storyline::store {

absl::StatusOr<PgPipeline> PgPipeline::Start(PgConnection& conn) {
  if (PQenterPipelineMode(conn.handle()) != 1) {
    return conn.ConnectionError("cannot enter pipeline mode");
  }
  return PgPipeline(&conn);
}

PgPipeline::PgPipeline(PgPipeline&& other) noexcept
    : conn_(other.conn_),
      pending_(std::move(other.pending_)),
      first_error_(std::move(other.first_error_)) {
  other.conn_ = nullptr;
}

PgPipeline::~PgPipeline() {
  if (conn_ != nullptr) (void)Finish();
}

absl::Status PgPipeline::Send(const char* name, const char* sql, const PgParams& params,
                              ResultFn on_result) {
  PGconn* pg = conn_->handle();
  if (!conn_->IsPrepared(name)) {
    if (PQsendPrepare(pg, name, sql, params.size(), params.types()) != 1) {
      return conn_->ConnectionError(std::string("statement ") + name);
    }
    conn_->MarkPrepared(name, true);
    pending_.push_back({name, name, nullptr});
  }
  if (PQsendQueryPrepared(pg, name, params.size(), params.values(), params.lengths(),
                          params.formats(), /*resultFormat=*/1) != 1) {
    return conn_->ConnectionError(std::string("statement ") + name);
  }
  pending_.push_back({name, "", std::move(on_result)});
  if (pending_.size() >= kSyncEvery) RETURN_IF_ERROR(Drain());
  return first_error_;
}

void PgPipeline::ReadOne(const Pending& pending) {
  PgResult result(PQgetResult(conn_->handle()));
  const ExecStatusType status = PQresultStatus(result.get());
  const bool ok =
      result.get() != nullptr && (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK);
  if (ok && pending.on_result) pending.on_result(result);
  if (!ok && !pending.prepare_name.empty()) conn_->MarkPrepared(pending.prepare_name, false);
  // PGRES_PIPELINE_ABORTED only repeats the first error, which we already hold.
  if (!ok && status != PGRES_PIPELINE_ABORTED && first_error_.ok()) {
    first_error_ = conn_->Check(result.get(), std::string("statement ") + pending.name);
  }
  if (result.get() == nullptr) return;
  // Each statement's replies end with a null result.
  while (PGresult* extra = PQgetResult(conn_->handle())) PQclear(extra);
}

absl::Status PgPipeline::Drain() {
  if (PQpipelineSync(conn_->handle()) != 1) return conn_->ConnectionError("pipeline sync");
  for (const Pending& pending : pending_) ReadOne(pending);
  pending_.clear();
  PgResult sync(PQgetResult(conn_->handle()));
  if (PQresultStatus(sync.get()) != PGRES_PIPELINE_SYNC && first_error_.ok()) {
    first_error_ = conn_->Check(sync.get(), "pipeline sync");
    if (first_error_.ok()) first_error_ = conn_->ConnectionError("pipeline out of step");
  }
  return first_error_;
}

absl::Status PgPipeline::Finish() {
  if (conn_ == nullptr) return first_error_;
  (void)Drain();
  if (PQexitPipelineMode(conn_->handle()) != 1 && first_error_.ok()) {
    first_error_ = conn_->ConnectionError("cannot leave pipeline mode");
  }
  conn_ = nullptr;
  return first_error_;
}

}  // namespace storyline::store
