// PLACEHOLDER: registers nothing until its stage lands.
#include "src/cli/commands.h"

namespace storyline::cli {
void RegisterQuotesCommand(CLI::App& app, CommandContext& context) {}
}  // namespace storyline::cli
