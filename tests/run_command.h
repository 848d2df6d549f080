// Runs a shell command for end-to-end tests and captures its stdout, stderr and
// exit code. Test-only; not thread-safe (uses temporary files).
#ifndef STORYLINE_TESTS_RUN_COMMAND_H_
#define STORYLINE_TESTS_RUN_COMMAND_H_

#include <string>

namespace storyline::testing {

struct CommandResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

// Runs `command` with /bin/sh. stdin is /dev/null unless the command redirects it.
CommandResult RunCommand(const std::string& command);

// A fresh empty directory under the test's temp dir.
std::string MakeTempDir(const std::string& name);

// Writes `content` to `path` (binary-safe).
void WriteFile(const std::string& path, const std::string& content);

}  // namespace storyline::testing

#endif  // STORYLINE_TESTS_RUN_COMMAND_H_
