// PLACEHOLDER: registers nothing until its stage lands.
#include "src/cli/commands.h"

namespace storyline::cli {
void RegisterTimelineCommand(CLI::App& app, CommandContext& context) {}
}  // namespace storyline::cli
