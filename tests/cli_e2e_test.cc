// End-to-end: the `storyline` binary on the bundled example corpus (articles
// written for the project) and on a batch with broken inputs mixed in.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "absl/strings/str_cat.h"
#include "tests/run_command.h"

namespace storyline {
namespace {

using nlohmann::json;
using testing::RunCommand;

const std::string kBin = STORYLINE_BIN;
const std::string kExamples = STORYLINE_EXAMPLES_DIR;

json AnalyzeJson(const std::string& args, int expected_exit = 0) {
  auto r = RunCommand(absl::StrCat(kBin, " --quiet analyze ", args, " --format json"));
  EXPECT_EQ(r.exit_code, expected_exit) << r.err;
  return json::parse(r.out);
}

const json* FindDoc(const json& dossier, const std::string& id) {
  for (const auto& d : dossier["documents"])
    if (d["id"] == id) return &d;
  return nullptr;
}

TEST(CliEndToEnd, ExampleCorpusGivesAWholeDossier) {
  json d = AnalyzeJson(kExamples);
  for (const char* key : {"documents", "stories", "entities", "timeline", "quotes", "conflicts"}) {
    ASSERT_TRUE(d[key].is_array()) << key;
  }
  ASSERT_EQ(d["documents"].size(), 7u);
  const json* first = FindDoc(d, "01_grounding");
  ASSERT_NE(first, nullptr);
  EXPECT_EQ((*first)["title"], "Grain carrier runs aground on the Danube near Izmail");
  EXPECT_GE((*first)["paragraphs"].size(), 6u);
  // English report quoting a deckhand in Ukrainian.
  EXPECT_EQ((*first)["languages"][0], "en");
  EXPECT_NE(std::find((*first)["languages"].begin(), (*first)["languages"].end(), "uk"),
            (*first)["languages"].end())
      << (*first)["languages"].dump();
}

TEST(CliEndToEnd, TextAndMarkdownFormatsShowTheSameDocuments) {
  auto text = RunCommand(kBin + " --quiet analyze " + kExamples);
  auto md = RunCommand(kBin + " --quiet analyze " + kExamples + " --format markdown");
  ASSERT_EQ(text.exit_code, 0) << text.err;
  ASSERT_EQ(md.exit_code, 0) << md.err;
  EXPECT_NE(text.out.find("07_investigation"), std::string::npos);
  EXPECT_NE(md.out.find("# storyline dossier"), std::string::npos);
  EXPECT_NE(md.out.find("07_investigation"), std::string::npos);
}

TEST(CliEndToEnd, BadInputsAreNamedAndTheBatchGoesOn) {
  const std::string dir = testing::MakeTempDir("bad");
  testing::WriteFile(dir + "/good.txt", "Short headline\n\nA first paragraph of a story.\n");
  testing::WriteFile(dir + "/empty.txt", "");
  testing::WriteFile(dir + "/binary.txt", std::string("\x7f" "ELF\0\0\x01\x02", 8));
  testing::WriteFile(dir + "/broken.txt", "Caf\xE9 owners said on Monday\n");
  auto r = RunCommand(absl::StrCat(kBin, " analyze ", dir, " --format json"));
  EXPECT_EQ(r.exit_code, 2) << "exit code must say something failed";
  EXPECT_NE(r.err.find("empty.txt"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("binary.txt"), std::string::npos) << r.err;
  json d = json::parse(r.out);
  EXPECT_NE(FindDoc(d, "good"), nullptr);
  EXPECT_NE(FindDoc(d, "broken"), nullptr) << "invalid UTF-8 is repaired, not dropped";
  EXPECT_EQ(FindDoc(d, "empty"), nullptr);
  EXPECT_EQ(FindDoc(d, "binary"), nullptr);
}

TEST(CliEndToEnd, IngestTwiceChangesNothingAndStoriesReadTheStore) {
  const std::string db = testing::MakeTempDir("db") + "/s.db";
  auto first = RunCommand(absl::StrCat(kBin, " ingest ", kExamples, " --db ", db));
  ASSERT_EQ(first.exit_code, 0) << first.err;
  EXPECT_NE(first.err.find("7 stored"), std::string::npos) << first.err;
  EXPECT_NE(first.err.find("linked"), std::string::npos) << first.err;
  auto second = RunCommand(absl::StrCat(kBin, " ingest ", kExamples, " --db ", db));
  ASSERT_EQ(second.exit_code, 0) << second.err;
  EXPECT_NE(second.err.find("0 stored, 7 already known"), std::string::npos) << second.err;
  // Nothing new: the saved dossier stands, unless asked to link again.
  EXPECT_NE(second.err.find("dossier up to date"), std::string::npos) << second.err;
  auto forced = RunCommand(absl::StrCat(kBin, " ingest ", kExamples, " --db ", db, " --relink"));
  ASSERT_EQ(forced.exit_code, 0) << forced.err;
  EXPECT_NE(forced.err.find("skipped, linked"), std::string::npos) << forced.err;
  auto stories = RunCommand(absl::StrCat(kBin, " stories --db ", db, " --format json"));
  ASSERT_EQ(stories.exit_code, 0) << stories.err;
  json s = json::parse(stories.out);
  ASSERT_FALSE(s["stories"].empty());
  const std::string id = s["stories"][0]["id"];
  auto show = RunCommand(absl::StrCat(kBin, " show ", id, " --db ", db, " --format json"));
  ASSERT_EQ(show.exit_code, 0) << show.err;
  EXPECT_EQ(json::parse(show.out)["stories"].size(), 1u);
}

TEST(CliEndToEnd, UnknownStoryAndFormatAreClearErrors) {
  auto r = RunCommand(kBin + " analyze " + kExamples + " --format xml");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("unknown format"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace storyline
