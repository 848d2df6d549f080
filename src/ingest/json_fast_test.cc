// The flat-object fast path must agree with nlohmann whenever it accepts a line,
// and decline everything outside its subset.
#include "src/ingest/json_fast.h"

#include <gtest/gtest.h>

namespace storyline::ingest {
namespace {

using nlohmann::json;

TEST(JsonFast, AcceptsFlatStringObjectsAndAgreesWithNlohmann) {
  for (const char* line :
       {R"({"id": "a", "text": "Plain."})", R"(  {"text":"esc \" \\ \/ \b \f \n \r \t"}  )",
        R"({"text": "\u00e9\u4e2d\ud83d\ude00 \u0000 end"})", R"({})", R"({"a": null, "b": "x"})",
        R"({"id": "dup", "id": "last wins"})", "{\"text\": \"caf\xC3\xA9 raw UTF-8\"}\r"}) {
    SCOPED_TRACE(line);
    const auto fast = ParseFlatObject(line);
    ASSERT_TRUE(fast.has_value());
    EXPECT_EQ(*fast, json::parse(line));
  }
}

TEST(JsonFast, DeclinesEverythingElse) {
  for (const char* line :
       {R"({"id": 7, "text": "number"})", R"({"a": {"b": "c"}})", R"(["x"])", R"({"a": true})",
        R"({"text": "truncated)", R"({"text": "x"} trailing)", R"({"text": "\ud800 lone"})",
        R"({"text": "\udc00 low"})", R"({"text": "\x"})", "{\"text\": \"tab\tinside\"}",
        R"({"a": "b",})", R"({"a" "b"})", R"({"a": nul})", "", "   "}) {
    SCOPED_TRACE(line);
    EXPECT_FALSE(ParseFlatObject(line).has_value());
  }
}

}  // namespace
}  // namespace storyline::ingest
