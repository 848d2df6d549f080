// serve: the HTTP API and web page over a database; with --ingest it also takes
// new articles over POST /api/articles (src/serve/live_ingest.h).
#include <pthread.h>
#include <signal.h>

#include <atomic>
#include <chrono>
#include <iostream>
#include <thread>

#include "src/cli/commands.h"
#include "src/serve/server.h"
#include "src/store/pg_connection.h"

namespace storyline::cli {
namespace {

// Ctrl-C / SIGTERM stop the server cleanly, so an ingesting server saves the
// dossier of articles posted since the last read. The signals are blocked
// before any thread starts (the saver, httplib's pool and TBB's workers inherit
// the mask) and taken by sigwait in one thread, which may call Stop(): a signal
// handler could not.
class StopOnSignal {
 public:
  StopOnSignal() {
    sigemptyset(&signals_);
    sigaddset(&signals_, SIGINT);
    sigaddset(&signals_, SIGTERM);
    sigaddset(&signals_, SIGUSR1);  // only the destructor's wake-up call
    pthread_sigmask(SIG_BLOCK, &signals_, nullptr);
  }
  void Watch(serve::Server& server) {
    waiter_ = std::thread([this, &server] {
      int signal = 0;
      sigwait(&signals_, &signal);
      if (signal == SIGUSR1) return;
      // A signal during start-up arrives before the server listens, when Stop()
      // is a no-op: repeat until Run() has returned.
      while (!done_) {
        server.Stop();
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
      }
    });
  }
  // After Run() returned, before the server is destroyed.
  void Unwatch() {
    done_ = true;
    if (!waiter_.joinable()) return;
    pthread_kill(waiter_.native_handle(), SIGUSR1);  // wakes sigwait; else stays pending
    waiter_.join();
  }
  ~StopOnSignal() { Unwatch(); }

 private:
  sigset_t signals_;
  std::atomic<bool> done_{false};
  std::thread waiter_;
};

int RunServe(const serve::ServerOptions& options, const CommandContext& context) {
  StopOnSignal stop;
  auto server = serve::Server::Create(options);
  if (!server.ok()) {
    std::cerr << "error: " << server.status().message() << "\n";
    return 1;
  }
  if (!context.quiet) {
    // A URI may carry a password: never print it.
    std::cerr << "serving " << store::RedactPassword(options.db) << (options.ingest ? " (ingest on)" : "")
              << " on http://" << options.host << ":" << (*server)->port() << "/\n";
  }
  stop.Watch(**server);
  const absl::Status status = (*server)->Run();
  stop.Unwatch();
  if (!status.ok()) {
    std::cerr << "error: " << status.message() << "\n";
    return 1;
  }
  return 0;
}

}  // namespace

void RegisterServeCommand(CLI::App& app, CommandContext& context) {
  static serve::ServerOptions options;
  auto* cmd = app.add_subcommand("serve", "HTTP API and web page over a database");
  cmd->add_option("--db", options.db, "SQLite file or postgresql:// URI (from `storyline ingest`)")->required();
  cmd->add_option("--host", options.host, "Address to listen on")->capture_default_str();
  cmd->add_option("--port", options.port, "Port (0 = any free one)")->capture_default_str();
  cmd->add_flag("--ingest", options.ingest,
                "Also accept articles: POST /api/articles (JSON object, array or JSON lines)");
  cmd->add_option("--data", options.data_dir,
                  "Data folder for --ingest (default: $STORYLINE_DATA or the built-in one)");
  cmd->callback([&] { context.exit_code = RunServe(options, context); });
}

}  // namespace storyline::cli
