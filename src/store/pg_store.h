// The PostgreSQL Store, for `--db postgresql://...`: the same contract as the
// SQLite store (store.h), for several processes writing one database at once.
// Store::Open hands it any postgresql:// or postgres:// URI.
#ifndef STORYLINE_STORE_PG_STORE_H_
#define STORYLINE_STORE_PG_STORE_H_

#include <memory>
#include <string>

#include "src/store/store.h"

namespace storyline::store {

// Connects to `uri` and migrates its schema. Options map onto the session:
// busy_timeout_ms is lock_timeout (how long a write waits for another writer's
// row or lock before Unavailable); fsync_every_commit false is
// synchronous_commit=off, the SQLite store's synchronous=NORMAL guarantee (a
// killed client loses nothing committed; a server crash may drop the last
// commits, never corrupts), true is synchronous_commit=on.
// Errors name the URI without its password: InvalidArgument for a malformed
// URI, Unavailable when the server cannot be reached, FailedPrecondition for a
// newer schema version.
absl::StatusOr<std::unique_ptr<Store>> OpenPgStore(const std::string& uri, const Options& options);

}  // namespace storyline::store

#endif  // STORYLINE_STORE_PG_STORE_H_
