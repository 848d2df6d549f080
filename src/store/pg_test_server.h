// PgTestServer: a throwaway PostgreSQL server for tests and benchmarks. Start()
// runs initdb into a fresh temp directory and starts the server listening only
// on a unix socket in that directory (no TCP, so nothing is exposed and no port
// can clash), with trust authentication for the user "storyline". The
// destructor stops the server and deletes the directory.
//
// PostgreSQL refuses to run as root: when the effective user is root (CI), the
// directory is given to the "postgres" user (the Debian package creates it) and
// initdb/pg_ctl run through `runuser -u postgres --`.
#ifndef STORYLINE_STORE_PG_TEST_SERVER_H_
#define STORYLINE_STORE_PG_TEST_SERVER_H_

#include <memory>
#include <string>

#include "src/core/status.h"

namespace storyline::store {

class PgTestServer {
 public:
  struct Options {
    // false: fsync=off, for tests (nothing to keep after a crash). The bench
    // keeps the server's durable default.
    bool fsync = false;
  };

  // The bin directory holding initdb and pg_ctl: $STORYLINE_PG_BINDIR if set,
  // else the newest version under /usr/lib/postgresql/*/bin (Debian's layout).
  // NotFound saying what is missing.
  static absl::StatusOr<std::string> FindBinDir();

  // Starts a server. NotFound when PostgreSQL's server binaries are missing;
  // Internal with the tail of the log when initdb or the server fails.
  static absl::StatusOr<std::unique_ptr<PgTestServer>> Start(const Options& options);
  static absl::StatusOr<std::unique_ptr<PgTestServer>> Start() { return Start(Options{}); }
  ~PgTestServer();

  // URI of `database` on this server (no password: trust authentication).
  std::string Uri(const std::string& database = "postgres") const;
  // Creates an empty database with a fresh name and returns its URI.
  absl::StatusOr<std::string> CreateDatabase();
  // The socket directory, for URIs built by hand.
  const std::string& dir() const { return dir_; }
  int port() const { return port_; }

 private:
  PgTestServer(std::string bin_dir, std::string dir, int port, bool as_postgres)
      : bin_dir_(std::move(bin_dir)),
        dir_(std::move(dir)),
        port_(port),
        as_postgres_(as_postgres) {}
  // Runs `program` from bin_dir_ with `args`, as postgres when we are root.
  absl::Status Run(const std::string& program, const std::vector<std::string>& args,
                   const std::string& log) const;

  std::string bin_dir_;
  std::string dir_;
  int port_;
  bool as_postgres_;
  bool started_ = false;
  int databases_ = 0;
};

}  // namespace storyline::store

#endif  // STORYLINE_STORE_PG_TEST_SERVER_H_
