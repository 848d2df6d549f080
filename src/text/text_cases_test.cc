// Data-driven tests of the text layer: one runner per file in
// tests/testdata/text/ (sentences, tokens, normalizer, languages, boilerplate).
// Adding a case is adding a line there; each failure names the case.
#include <fstream>
#include <string>
#include <vector>

#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "gtest/gtest.h"
#include "src/text/normalizer.h"
#include "src/text/segmenter.h"
#include "src/text/text_analyzer.h"
#include "unicode/utf8.h"

namespace storyline::text {
namespace {

// Undoes the escapes of the case files: \n, \t, \\ and \uXXXX.
std::string Unescape(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '\\' || i + 1 == s.size()) {
      out += s[i];
      continue;
    }
    char c = s[++i];
    if (c == 'n') out += '\n';
    else if (c == 't') out += '\t';
    else if (c == 'r') out += '\r';
    else if (c == 'u' && i + 4 < s.size()) {
      char buf[4];
      int32_t len = 0;
      UBool error = false;
      (void)error;
      U8_APPEND(buf, len, 4, std::stoi(std::string(s.substr(i + 1, 4)), nullptr, 16), error);
      out.append(buf, len);
      i += 4;
    } else {
      out += c;
    }
  }
  return out;
}

// The rows of a case file (comments and blank lines skipped), at least `fields` wide.
std::vector<std::vector<std::string>> ReadCases(const std::string& name, size_t fields) {
  std::ifstream in(std::string(STORYLINE_TESTDATA_DIR) + "/text/" + name);
  EXPECT_TRUE(in.good()) << name;
  std::vector<std::vector<std::string>> rows;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> row = absl::StrSplit(line, '\t');
    EXPECT_GE(row.size(), fields) << name << ": " << line;
    if (row.size() >= fields) rows.push_back(std::move(row));
  }
  EXPECT_FALSE(rows.empty()) << name;
  return rows;
}

const TextAnalyzer& Analyzer() {
  static const TextAnalyzer* analyzer = [] {
    TextOptions options;
    options.data_dir = STORYLINE_DATA_DIR;
    auto created = TextAnalyzer::Create(options);
    EXPECT_TRUE(created.ok()) << created.status();
    return new TextAnalyzer(created.ok() ? *created : TextAnalyzer(options));
  }();
  return *analyzer;
}

Analysis AnalyzeText(const std::string& text, bool first_line_is_title = false) {
  Document doc;
  doc.text = text;
  if (first_line_is_title) {
    doc.title_span = {0, static_cast<uint32_t>(text.find('\n'))};
    doc.title = doc.title_span.Of(text);
  }
  Analysis analysis;
  Analyzer().Analyze(doc, &analysis);
  return analysis;
}

TEST(TextCases, Sentences) {
  for (const auto& row : ReadCases("sentences.tsv", 3)) {
    const std::string text = Unescape(row[1]);
    Analysis analysis = AnalyzeText(text);
    std::vector<std::string> got;
    for (const Sentence& s : analysis.sentences) got.emplace_back(s.span.Of(text));
    EXPECT_EQ(absl::StrJoin(got, " | "), row[2]) << "case " << row[0];
  }
}

TEST(TextCases, Tokens) {
  for (const auto& row : ReadCases("tokens.tsv", 3)) {
    const std::string text = Unescape(row[1]);
    std::vector<Token> tokens;
    Segmenter::Tokens(text, {0, static_cast<uint32_t>(text.size())}, &tokens);
    std::vector<std::string> got;
    for (const Token& t : tokens) got.emplace_back(t.span.Of(text));
    EXPECT_EQ(absl::StrJoin(got, " "), row[2]) << "case " << row[0];
  }
}

TEST(TextCases, Normalizer) {
  for (const auto& row : ReadCases("normalizer.tsv", 4)) {
    Normalizer::Options options;
    options.fold_case = row[1] == "fold";
    options.keep_newlines = row[1] == "newlines";
    NormalizedText out = Normalizer(options).Normalize(Unescape(row[2]));
    EXPECT_EQ(out.text, Unescape(row[3])) << "case " << row[0];
    EXPECT_EQ(out.norm_to_orig.size(), out.text.size() + 1) << "case " << row[0];
  }
}

TEST(TextCases, Languages) {
  for (const auto& row : ReadCases("languages.tsv", 4)) {
    Analysis analysis = AnalyzeText(Unescape(row[1]));
    EXPECT_EQ(absl::StrJoin(analysis.languages, ","), row[2]) << "case " << row[0];
    if (row[3] == "*") continue;
    std::vector<std::string> per_paragraph;
    for (const Paragraph& p : analysis.paragraphs) per_paragraph.push_back(p.language);
    EXPECT_EQ(absl::StrJoin(per_paragraph, ","), row[3]) << "case " << row[0];
  }
}

TEST(TextCases, Boilerplate) {
  for (const auto& row : ReadCases("boilerplate.tsv", 4)) {
    const std::string text = Unescape(row[2]);
    Analysis analysis = AnalyzeText(text, row[1] == "title");
    std::vector<std::string> got;
    for (const FlaggedSpan& f : analysis.boilerplate) {
      got.push_back(f.reason + ": " + std::string(f.span.Of(text)));
    }
    EXPECT_EQ(got.empty() ? "-" : absl::StrJoin(got, " | "), row[3]) << "case " << row[0];
  }
}

}  // namespace
}  // namespace storyline::text
