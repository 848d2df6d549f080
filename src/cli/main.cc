// `storyline`: dispatches to the sub-commands; each lives in its own file.
#include <CLI/CLI.hpp>

#include "src/cli/commands.h"

int main(int argc, char** argv) {
  CLI::App app{"storyline: news articles in, sourced story dossiers out"};
  app.require_subcommand(1);
  storyline::cli::CommandContext context;
  app.add_flag("-q,--quiet", context.quiet, "No progress or warnings on stderr");
  storyline::cli::RegisterPipelineCommands(app, context);
  storyline::cli::RegisterTimexCommand(app, context);
  storyline::cli::RegisterEntityCommands(app, context);
  storyline::cli::RegisterQuotesCommand(app, context);
  storyline::cli::RegisterTimelineCommand(app, context);
  storyline::cli::RegisterServeCommand(app, context);
  CLI11_PARSE(app, argc, argv);
  return context.exit_code;
}
