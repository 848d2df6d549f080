// The web page in a real browser: ingest the example corpus, start
// `storyline serve` on a free loopback port, load the page in headless Chromium
// and read the DOM after its scripts ran.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <string>
#include <thread>

#include "absl/strings/str_cat.h"
#include "tests/run_command.h"

namespace storyline {
namespace {

using testing::RunCommand;

const std::string kBin = STORYLINE_BIN;

// Starts `storyline serve` and returns its pid; *port receives the port it chose.
pid_t StartServer(const std::string& db, const std::string& log, int* port) {
  const pid_t pid = fork();
  if (pid == 0) {
    freopen(log.c_str(), "w", stderr);
    execl(kBin.c_str(), kBin.c_str(), "serve", "--db", db.c_str(), "--port", "0",
          static_cast<char*>(nullptr));
    _exit(127);
  }
  // The server names its port on stderr: "serving X on http://127.0.0.1:PORT/".
  for (int i = 0; i < 200 && *port == 0; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(25));
    auto r = RunCommand("sed -n 's/.*127.0.0.1:\\([0-9]*\\).*/\\1/p' " + log);
    if (!r.out.empty()) *port = std::stoi(r.out);
  }
  return pid;
}

TEST(WebPage, ShowsTheStoryFromTheStore) {
  if (RunCommand("command -v chromium").exit_code != 0) {
    GTEST_SKIP() << "chromium is not installed (scripts/setup.sh installs it)";
  }
  const std::string dir = testing::MakeTempDir("web");
  const std::string db = dir + "/s.db";
  ASSERT_EQ(RunCommand(absl::StrCat(kBin, " -q ingest ", STORYLINE_EXAMPLES_DIR, " --db ", db))
                .exit_code, 0);
  int port = 0;
  const pid_t server = StartServer(db, dir + "/serve.log", &port);
  ASSERT_GT(port, 0) << "server did not start";
  auto page = RunCommand(absl::StrCat(
      "chromium --headless --no-sandbox --disable-gpu --disable-background-networking "
      "--disable-component-update --disable-sync --no-first-run --user-data-dir=", dir,
      "/chrome --virtual-time-budget=10000 --dump-dom http://127.0.0.1:", port, "/"));
  kill(server, SIGTERM);
  waitpid(server, nullptr, 0);
  ASSERT_EQ(page.exit_code, 0) << page.err;
  EXPECT_NE(page.out.find("data-ready=\"true\""), std::string::npos) << page.out.substr(0, 2000);
  EXPECT_NE(page.out.find("7 articles"), std::string::npos) << "story header shows its size";
  EXPECT_EQ(page.out.find("data-error="), std::string::npos) << "the page reported an error";
}

}  // namespace
}  // namespace storyline
