// `storyline quotes FILE [--format json|text]`: the quotes, speakers, cues,
// languages and relay chains of one article, with byte offsets into FILE. The
// file is analyzed by the whole per-document pipeline (text, time, entities,
// quotes), as `analyze` would, so speakers benefit from the entity mentions.
#include <fmt/format.h>

#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "src/cli/commands.h"
#include "src/core/data_dir.h"
#include "src/core/utf8.h"
#include "src/extract/document_analyzer.h"

namespace storyline::cli {
namespace {

nlohmann::json SpanJson(const std::string& text, const std::optional<ByteSpan>& span) {
  if (!span) return nullptr;
  return {{"begin", span->begin}, {"end", span->end}, {"text", span->Of(text)}};
}

nlohmann::json QuotesJson(const Document& doc, const Analysis& analysis) {
  nlohmann::json out = nlohmann::json::array();
  for (const Quote& q : analysis.quotes) {
    out.push_back({{"begin", q.content.begin}, {"end", q.content.end},
                   {"text", q.content.Of(doc.text)}, {"language", q.language},
                   {"direct", q.direct}, {"speaker", SpanJson(doc.text, q.speaker)},
                   {"speaker_name", q.speaker_name}, {"anonymous", q.anonymous},
                   {"cue", SpanJson(doc.text, q.cue)}, {"chain", q.chain}});
  }
  return out;
}

void PrintText(const Document& doc, const Analysis& analysis, std::ostream& out) {
  for (const Quote& q : analysis.quotes) {
    std::string speaker = q.speaker_name.empty() ? "?" : q.speaker_name;
    if (q.anonymous) speaker += " (anonymous)";
    std::string chain;
    for (const std::string& link : q.chain) chain += (chain.empty() ? "" : " > ") + link;
    out << fmt::format("[{}-{}] {} | cue: {} | {} | chain: {}\n  {}\n", q.content.begin,
                       q.content.end, speaker, q.cue ? q.cue->Of(doc.text) : "-", q.language,
                       chain.empty() ? "-" : chain, q.content.Of(doc.text));
  }
  if (!analysis.outlet.empty() || !analysis.outlet_evidence.empty()) {
    out << fmt::format("outlet: {} ({})\n", analysis.outlet.empty() ? "unknown" : analysis.outlet,
                       analysis.outlet_evidence);
  }
}

}  // namespace

// Runs the command; returns the exit code. Errors go to `err`.
int RunQuotes(const std::string& path, const std::string& format, std::ostream& out,
              std::ostream& err) {
  std::ifstream in(path, std::ios::binary);
  if (!in) { err << "storyline quotes: cannot read " << path << "\n"; return 1; }
  std::stringstream buffer;
  buffer << in.rdbuf();
  Document doc;
  doc.id = path;
  doc.source = path;
  doc.text = RepairUtf8(buffer.str()).text;
  doc.body = {0, static_cast<uint32_t>(doc.text.size())};
  auto analyzer = DocumentAnalyzer::Load(DefaultDataDir());
  if (!analyzer.ok()) { err << "storyline quotes: " << analyzer.status().message() << "\n"; return 1; }
  Analysis analysis = (*analyzer)->Analyze(doc);
  if (format == "text") PrintText(doc, analysis, out);
  else out << QuotesJson(doc, analysis).dump(2) << "\n";
  return 0;
}

void RegisterQuotesCommand(CLI::App& app, CommandContext& context) {
  static std::string path, format = "json";
  auto* quotes = app.add_subcommand("quotes", "Print the quotes, speakers, cues and chains of one article");
  quotes->add_option("FILE", path, "Article text file")->required();
  quotes->add_option("--format", format, "json or text")->check(CLI::IsMember({"json", "text"}));
  quotes->callback([&] { context.exit_code = RunQuotes(path, format, std::cout, std::cerr); });
}

}  // namespace storyline::cli
