// Data-driven tests of the whole quotes stage: each line of
// tests/testdata/quotes/cases.tsv is a short invented text and what one of its
// quotes must come out as (see the header of that file). Plus failure paths:
// empty, broken and huge inputs.
#include "src/extract/quotes/quote_extractor.h"

#include <algorithm>
#include <fstream>
#include <string>
#include <vector>

#include "absl/strings/str_join.h"
#include "absl/strings/str_replace.h"
#include "absl/strings/str_split.h"
#include "gtest/gtest.h"

namespace storyline::quotes {
namespace {

const QuoteExtractor& Extractor() {
  static auto* extractor = QuoteExtractor::Load(STORYLINE_DATA_DIR).value().release();
  return *extractor;
}

Analysis Extract(const std::string& text, std::string outlet = "") {
  Document doc;
  doc.text = text;
  doc.outlet = std::move(outlet);
  Analysis analysis;
  Extractor().Analyze(doc, &analysis);
  return analysis;
}

struct Case {
  int line = 0;
  std::vector<std::string> f;  // text, content, speaker, anonymous, cue, lang, chain
};

std::vector<Case> ReadCases() {
  std::ifstream in(std::string(STORYLINE_TESTDATA_DIR) + "/quotes/cases.tsv");
  std::vector<Case> cases;
  std::string line;
  for (int n = 1; std::getline(in, line); ++n) {
    if (line.empty() || line[0] == '#') continue;
    Case c{n, absl::StrSplit(line, '\t')};
    c.f[0] = absl::StrReplaceAll(c.f[0], {{"\\n", "\n"}});
    if (c.f.size() == 7) cases.push_back(std::move(c));
    else ADD_FAILURE() << "cases.tsv line " << n << " needs 7 columns";
  }
  return cases;
}

void Check(const std::string& want, const std::string& got, const std::string& what, int line) {
  if (want == "-") return;
  EXPECT_EQ(got, want == "(none)" ? "" : want) << what << " (cases.tsv line " << line << ")";
}

// "=text": the quote whose content is exactly `text`; else one containing it.
bool ContentMatches(const std::string& want, std::string_view content) {
  if (want.starts_with("=")) return content == std::string_view(want).substr(1);
  return content.find(want) != std::string_view::npos;
}

TEST(QuoteExtractorTest, Cases) {
  std::vector<Case> cases = ReadCases();
  ASSERT_GT(cases.size(), 10u);
  for (const Case& c : cases) {
    Analysis a = Extract(c.f[0]);
    if (c.f[1] == "NONE") {
      EXPECT_TRUE(a.quotes.empty()) << "line " << c.line << ": expected no quote";
      continue;
    }
    const Quote* q = nullptr;
    for (const Quote& x : a.quotes) {
      if (q == nullptr && ContentMatches(c.f[1], x.content.Of(c.f[0]))) q = &x;
    }
    ASSERT_NE(q, nullptr) << "line " << c.line << ": no quote contains '" << c.f[1] << "'";
    Check(c.f[2], q->speaker_name, "speaker", c.line);
    Check(c.f[3], q->anonymous ? "true" : "false", "anonymous", c.line);
    Check(c.f[4], q->cue ? std::string(q->cue->Of(c.f[0])) : "", "cue", c.line);
    Check(c.f[5], q->language, "language", c.line);
    Check(c.f[6], absl::StrJoin(q->chain, ">"), "chain", c.line);
  }
}

TEST(QuoteExtractorTest, OutletFromSelfReferenceNotFromCitedSource) {
  Analysis a = Extract("The envoy arrived on Monday, Example.com reports.\nHe told the BBC that talks went well.");
  EXPECT_EQ(a.outlet, "Example.com");
  Analysis b = Extract("The minister told the BBC that talks went well.");
  EXPECT_EQ(b.outlet, "");
  Analysis c = Extract("MOSCOW (Reuters) - The envoy arrived on Monday.");
  EXPECT_EQ(c.outlet, "Reuters");
  Analysis d = Extract("The envoy arrived, officials said.\nWith wires\n");
  EXPECT_EQ(d.outlet, "");
  EXPECT_NE(d.outlet_evidence.find("wire"), std::string::npos);
  Analysis e = Extract("The envoy arrived on Monday, Example.com reports.", "Given Outlet");
  EXPECT_EQ(e.outlet, "");
}

// The dateline may open the lead after a headline; sources talking to a paper
// name it as the article's own only in its own style ("told POLITICO"), not a
// broadcaster's interview, not another paper's ("told the Washington Post"),
// not one the article cites as a publication.
TEST(QuoteExtractorTest, OutletFromLeadDatelineAndInterviews) {
  Analysis a = Extract("Mayor quits after a week of protests over the harbour deal\n\n"
                       "OSLAND (AP) \xE2\x80\x94 The mayor resigned on Friday, aides said.");
  EXPECT_EQ(a.outlet, "Associated Press") << a.outlet_evidence;
  Analysis b = Extract("The plan is dead, Klein told POLITICO in an email.");
  EXPECT_EQ(b.outlet, "Politico") << b.outlet_evidence;
  EXPECT_NE(b.outlet_evidence.find("told POLITICO"), std::string::npos);
  EXPECT_EQ(Extract("The plan is dead, Klein told CNN on Sunday.").outlet, "");
  EXPECT_EQ(Extract("The plan is dead, Klein told the Washington Post.").outlet, "");
  Analysis c = Extract("The plan is dead, Klein told Politico. Politico reported that aides left.");
  EXPECT_EQ(c.outlet, "") << c.outlet_evidence;
}

TEST(QuoteExtractorTest, SpansAreInsideTheText) {
  std::string text = "“We will stay in the region for now,” the officer said.";
  Analysis a = Extract(text);
  ASSERT_EQ(a.quotes.size(), 1u);
  EXPECT_EQ(a.quotes[0].content.Of(text), "We will stay in the region for now,");
  EXPECT_TRUE(a.quotes[0].direct);
}

// A pronoun with no earlier speaker takes the entity stage's person mention
// that ends nearest before it, whatever the order of the mention list.
TEST(QuoteExtractorTest, PronounTakesNearestPersonMentionBefore) {
  const std::string text = "Anna Kovac met Peter Lind in Oslo on Monday. He said that the talks went well. Rui Dias left.";
  auto span_of = [&](std::string_view s) {
    uint32_t b = static_cast<uint32_t>(text.find(s));
    return ByteSpan{b, b + static_cast<uint32_t>(s.size())};
  };
  for (bool reversed : {false, true}) {
    Document doc;
    doc.text = text;
    Analysis a;
    a.mentions = {{span_of("Anna Kovac"), EntityType::kPerson}, {span_of("Peter Lind"), EntityType::kPerson},
                  {span_of("Oslo"), EntityType::kLocation}, {span_of("Rui Dias"), EntityType::kPerson}};
    if (reversed) std::reverse(a.mentions.begin(), a.mentions.end());
    Extractor().Analyze(doc, &a);
    ASSERT_EQ(a.quotes.size(), 1u) << "reversed: " << reversed;
    EXPECT_EQ(a.quotes[0].speaker_name, "Peter Lind") << "reversed: " << reversed;
  }
}

// The speaker span as PolNeAR marks it: without the writer's aside
// ("however"), with a possessive ("Her"), the name of a transcript's turn.
TEST(QuoteExtractorTest, SpeakerSpanAsAnnotated) {
  const struct {
    const char* text;
    const char* speaker;
  } kCases[] = {
      {"Marta Ruiz, however, said that the bridge would open in May.", "Marta Ruiz"},
      {"Marta Ruiz spoke on Monday. Her spokesman said the bridge would open in May.", "Her spokesman"},
      {"Anchor Rita Vance spoke with Tom Ebner.\nEbner: Only for small boats.", "Ebner"},
  };
  for (const auto& c : kCases) {
    const std::string text = c.text;
    Analysis a = Extract(text);
    ASSERT_FALSE(a.quotes.empty()) << text;
    const Quote& q = a.quotes.back();
    ASSERT_TRUE(q.speaker.has_value()) << text;
    EXPECT_EQ(q.speaker->Of(text), c.speaker) << text;
  }
}

TEST(QuoteExtractorTest, EmptyBrokenAndHugeInputs) {
  EXPECT_TRUE(Extract("").quotes.empty());
  Extract("\xFF\xFE said \"\x80 broken");
  std::string huge = "«";
  while (huge.size() < (1 << 20)) huge += "“ Nested « quote, he said that it is so. ";
  Extract(huge);
}

}  // namespace
}  // namespace storyline::quotes
