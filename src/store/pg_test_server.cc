#include "src/store/pg_test_server.h"

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <pwd.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <vector>

#include "src/store/pg_connection.h"

extern char** environ;

namespace storyline::store {
namespace {

namespace fs = std::filesystem;

// The last lines of `path`, to say why initdb or the server failed.
std::string Tail(const std::string& path) {
  std::ifstream in(path);
  std::stringstream all;
  all << in.rdbuf();
  const std::string text = all.str();
  return text.size() > 1500 ? text.substr(text.size() - 1500) : text;
}

// A port nobody listens on right now. The server listens only on its unix
// socket, whose name includes the port; a free TCP port keeps even the lock
// file name unique.
absl::StatusOr<int> FreePort() {
  const int fd = socket(AF_INET, SOCK_STREAM, 0);
  if (fd < 0) return absl::InternalError("socket() failed");
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  socklen_t len = sizeof(addr);
  const bool ok = bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof(addr)) == 0 &&
                  getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len) == 0;
  close(fd);
  if (!ok) return absl::InternalError("cannot find a free port");
  return ntohs(addr.sin_port);
}

// A 0700 temp directory; when the server runs as postgres, owned by it.
absl::StatusOr<std::string> MakeDir(const passwd* owner) {
  std::string pattern = (fs::temp_directory_path() / "storyline_pg_XXXXXX").string();
  if (mkdtemp(pattern.data()) == nullptr) {
    return absl::InternalError("cannot create a temp directory under " +
                               fs::temp_directory_path().string());
  }
  if (owner != nullptr && chown(pattern.c_str(), owner->pw_uid, owner->pw_gid) != 0) {
    fs::remove_all(pattern);
    return absl::InternalError("cannot give " + pattern + " to user postgres");
  }
  return pattern;
}

}  // namespace

absl::StatusOr<std::string> PgTestServer::FindBinDir() {
  // A server installed elsewhere (a source build, another distribution).
  if (const char* dir = std::getenv("STORYLINE_PG_BINDIR"); dir != nullptr && *dir != '\0') {
    if (fs::exists(fs::path(dir) / "initdb") && fs::exists(fs::path(dir) / "pg_ctl")) return dir;
    return absl::NotFoundError(std::string("no initdb and pg_ctl in STORYLINE_PG_BINDIR=") + dir);
  }
  std::vector<fs::path> found;
  std::error_code ec;
  for (const auto& version : fs::directory_iterator("/usr/lib/postgresql", ec)) {
    if (fs::exists(version.path() / "bin" / "initdb") &&
        fs::exists(version.path() / "bin" / "pg_ctl")) {
      found.push_back(version.path() / "bin");
    }
  }
  if (found.empty()) {
    return absl::NotFoundError(
        "no PostgreSQL server: /usr/lib/postgresql/*/bin/initdb not found "
        "(scripts/setup.sh installs the postgresql package)");
  }
  // Numeric versions compare by length first so "15" sorts after "9.6".
  std::sort(found.begin(), found.end(), [](const fs::path& a, const fs::path& b) {
    const std::string va = a.parent_path().filename(), vb = b.parent_path().filename();
    return va.size() != vb.size() ? va.size() < vb.size() : va < vb;
  });
  return found.back().string();
}

absl::Status PgTestServer::Run(const std::string& program, const std::vector<std::string>& args,
                               const std::string& log) const {
  std::vector<std::string> argv;
  if (as_postgres_) argv = {"runuser", "-u", "postgres", "--"};
  argv.push_back(bin_dir_ + "/" + program);
  argv.insert(argv.end(), args.begin(), args.end());
  std::vector<char*> c_argv;
  for (std::string& arg : argv) c_argv.push_back(arg.data());
  c_argv.push_back(nullptr);

  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, log.c_str(),
                                   O_WRONLY | O_CREAT | O_APPEND, 0644);
  posix_spawn_file_actions_adddup2(&actions, STDOUT_FILENO, STDERR_FILENO);
  pid_t pid = 0;
  const int rc = posix_spawnp(&pid, c_argv[0], &actions, nullptr, c_argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  if (rc != 0) return absl::InternalError("cannot run " + argv[0]);
  int status = 0;
  waitpid(pid, &status, 0);
  if (WIFEXITED(status) && WEXITSTATUS(status) == 0) return absl::OkStatus();
  return absl::InternalError(program + " failed; its output:\n" + Tail(log));
}

absl::StatusOr<std::unique_ptr<PgTestServer>> PgTestServer::Start(const Options& options) {
  ASSIGN_OR_RETURN(std::string bin_dir, FindBinDir());
  const bool as_root = geteuid() == 0;
  const passwd* postgres = as_root ? getpwnam("postgres") : nullptr;
  if (as_root && postgres == nullptr) {
    return absl::NotFoundError(
        "running as root, and PostgreSQL refuses root: no 'postgres' user to run it as "
        "(the postgresql package creates it)");
  }
  ASSIGN_OR_RETURN(int port, FreePort());
  ASSIGN_OR_RETURN(std::string dir, MakeDir(postgres));
  std::unique_ptr<PgTestServer> server(new PgTestServer(bin_dir, dir, port, as_root));
  const std::string data = dir + "/data";
  RETURN_IF_ERROR(server->Run(
      "initdb",
      {"-D", data, "-U", "storyline", "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync"},
      dir + "/initdb.log"));
  // The -o string reaches the server through /bin/sh; dir is mkdtemp's (no
  // spaces or quotes).
  const std::string server_options = "-c listen_addresses='' -k " + dir + " -p " +
                                     std::to_string(port) +
                                     (options.fsync ? "" : " -c fsync=off -c full_page_writes=off");
  RETURN_IF_ERROR(server->Run(
      "pg_ctl",
      {"-D", data, "-l", dir + "/server.log", "-o", server_options, "-w", "-t", "60", "start"},
      dir + "/pg_ctl.log"));
  server->started_ = true;
  return server;
}

PgTestServer::~PgTestServer() {
  if (started_) {
    (void)Run("pg_ctl", {"-D", dir_ + "/data", "-m", "immediate", "-w", "stop"},
              dir_ + "/pg_ctl.log");
  }
  std::error_code ec;
  fs::remove_all(dir_, ec);
}

std::string PgTestServer::Uri(const std::string& database) const {
  return "postgresql://storyline@/" + database + "?host=" + dir_ + "&port=" + std::to_string(port_);
}

absl::StatusOr<std::string> PgTestServer::CreateDatabase() {
  ASSIGN_OR_RETURN(PgConnection admin, PgConnection::Open(Uri()));
  // A database name is an identifier, which cannot be a bound parameter; this
  // one is ours ("test_" and a counter), never input.
  const std::string name = "test_" + std::to_string(++databases_);
  RETURN_IF_ERROR(admin.Exec(("CREATE DATABASE " + name).c_str()));
  return Uri(name);
}

}  // namespace storyline::store
