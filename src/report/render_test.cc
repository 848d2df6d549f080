#include "src/report/render.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

namespace storyline::report {
namespace {

TEST(RenderJsonTest, EmptyDossierHasEveryTopLevelArray) {
  auto j = nlohmann::json::parse(RenderJson(Dossier{}));
  for (const char* key : {"documents", "stories", "entities", "timeline", "quotes", "conflicts"}) {
    ASSERT_TRUE(j.contains(key)) << key;
    EXPECT_TRUE(j[key].is_array()) << key;
  }
}

TEST(RenderJsonTest, UnknownValuesAreNull) {
  Dossier d;
  DossierDocument doc;
  doc.id = "a";
  d.documents.push_back(doc);
  auto j = nlohmann::json::parse(RenderJson(d));
  const auto& out = j["documents"][0];
  EXPECT_TRUE(out["outlet"].is_null());
  EXPECT_TRUE(out["published"]["date"].is_null());
  EXPECT_FALSE(out["published"]["inferred"].get<bool>());
}

TEST(ParseFormatTest, KnownAndUnknownNames) {
  EXPECT_EQ(*ParseFormat("md"), Format::kMarkdown);
  EXPECT_EQ(*ParseFormat("json"), Format::kJson);
  EXPECT_FALSE(ParseFormat("xml").ok());
}

}  // namespace
}  // namespace storyline::report
