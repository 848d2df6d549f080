// PgPipeline: many executions of prepared statements sent without waiting for
// each reply (libpq pipeline mode). A batch of 256 documents or a dossier of
// 100k rows is then bound by the server's work, not by one network round trip
// per row. Used inside an explicit transaction, so every statement still
// commits or rolls back together.
//
// Replies are read back every kSyncEvery statements: the server stops reading
// our queries while its own replies are unread, and with both socket buffers
// full both sides would wait forever. Borrows the connection; not thread-safe.
#ifndef STORYLINE_STORE_PG_PIPELINE_H_
#define STORYLINE_STORE_PG_PIPELINE_H_

#include <functional>
#include <string>
#include <vector>

#include "src/store/pg_connection.h"

namespace storyline::store {

class PgPipeline {
 public:
  // Puts `conn` into pipeline mode until Finish() or destruction.
  static absl::StatusOr<PgPipeline> Start(PgConnection& conn);
  PgPipeline(PgPipeline&& other) noexcept;
  PgPipeline& operator=(PgPipeline&&) = delete;
  ~PgPipeline();  // reads what is pending and leaves pipeline mode

  using ResultFn = std::function<void(const PgResult&)>;

  // Queues the statement prepared under `name` (preparing it from `sql` with
  // the types of `params` on first use); `on_result`, if set, gets its rows
  // once they are read. `params` may be destroyed when Send returns. An error
  // of an earlier statement shows here or at Finish(); after one, every later
  // statement is skipped by the server.
  absl::Status Send(const char* name, const char* sql, const PgParams& params,
                    ResultFn on_result = nullptr);

  // Reads every pending reply and leaves pipeline mode. Returns the first error.
  absl::Status Finish();

  static constexpr size_t kSyncEvery = 512;

 private:
  explicit PgPipeline(PgConnection* conn) : conn_(conn) {}
  struct Pending {
    const char* name;          // for error messages
    std::string prepare_name;  // set for a PREPARE: forgotten again if it failed
    ResultFn on_result;
  };
  // Sends a Sync and reads every pending reply up to it.
  absl::Status Drain();
  void ReadOne(const Pending& pending);

  PgConnection* conn_;  // null once finished
  std::vector<Pending> pending_;
  absl::Status first_error_;
};

}  // namespace storyline::store

#endif  // STORYLINE_STORE_PG_PIPELINE_H_
