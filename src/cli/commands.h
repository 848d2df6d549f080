// The `storyline` sub-commands. Each stage registers its own sub-commands on the
// CLI11 app; the callback stores its exit status in `CommandContext::exit_code`.
// The work itself sits in plain functions (Run*) that take their arguments and
// output streams, so tests call them without a process.
#ifndef STORYLINE_CLI_COMMANDS_H_
#define STORYLINE_CLI_COMMANDS_H_

#include <CLI/CLI.hpp>

namespace storyline::cli {

struct CommandContext {
  int exit_code = 0;
  bool quiet = false;  // --quiet: no progress or warnings on stderr
};

// analyze, ingest, stories, show (src/cli/analyze_command.cc)
void RegisterPipelineCommands(CLI::App& app, CommandContext& context);
// timex (src/cli/timex_command.cc)
void RegisterTimexCommand(CLI::App& app, CommandContext& context);
// ner, entities, train-ner (src/cli/entity_commands.cc)
void RegisterEntityCommands(CLI::App& app, CommandContext& context);
// quotes (src/cli/quotes_command.cc)
void RegisterQuotesCommand(CLI::App& app, CommandContext& context);
// timeline (src/cli/timeline_command.cc)
void RegisterTimelineCommand(CLI::App& app, CommandContext& context);
// serve (src/cli/serve_command.cc)
void RegisterServeCommand(CLI::App& app, CommandContext& context);

}  // namespace storyline::cli

#endif  // STORYLINE_CLI_COMMANDS_H_
