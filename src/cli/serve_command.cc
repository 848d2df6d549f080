// serve: the HTTP API and web page over a database.
#include <iostream>

#include "src/cli/commands.h"
#include "src/serve/server.h"

namespace storyline::cli {
namespace {

int RunServe(const serve::ServerOptions& options, const CommandContext& context) {
  auto server = serve::Server::Create(options);
  if (!server.ok()) {
    std::cerr << "error: " << server.status().message() << "\n";
    return 1;
  }
  if (!context.quiet) {
    std::cerr << "serving " << options.db << " on http://" << options.host << ":"
              << (*server)->port() << "/\n";
  }
  auto status = (*server)->Run();
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
  cmd->add_option("--db", options.db, "SQLite file (from `storyline ingest`)")->required();
  cmd->add_option("--host", options.host, "Address to listen on")->capture_default_str();
  cmd->add_option("--port", options.port, "Port (0 = any free one)")->capture_default_str();
  cmd->callback([&] { context.exit_code = RunServe(options, context); });
}

}  // namespace storyline::cli
