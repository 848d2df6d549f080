// `storyline timex FILE [--dct YYYY-MM-DD] [--format json|text] [--data DIR]`:
// the temporal expressions of one file, with byte offsets into the file as read.
// Without --dct the publication date is inferred from the text (and reported on
// stderr with its evidence); relative expressions are normalized against it.
#include <fmt/format.h>

#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "src/cli/commands.h"
#include "src/core/data_dir.h"
#include "src/extract/time/time_tagger.h"

namespace storyline::cli {
namespace {

struct TimexArgs {
  std::string path, dct, format = "json", data_dir;
};

std::string RenderJson(const std::string& text, const std::vector<Timex>& timexes) {
  nlohmann::json out = nlohmann::json::array();
  for (const Timex& t : timexes) {
    out.push_back({{"begin", t.span.begin}, {"end", t.span.end},
                   {"text", std::string(t.span.Of(text))},
                   {"type", std::string(TimexTypeName(t.type))}, {"value", t.value}});
  }
  // Input bytes may be invalid UTF-8; replace rather than throw.
  return out.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

std::string RenderText(const std::string& text, const std::vector<Timex>& timexes) {
  std::string out;
  for (const Timex& t : timexes) {
    out += fmt::format("{}\t{}\t{}\t{}\t{}\n", t.span.begin, t.span.end, TimexTypeName(t.type),
                       t.value, t.span.Of(text));
  }
  return out;
}

int RunTimex(const TimexArgs& args, const CommandContext& context) {
  std::ifstream in(args.path, std::ios::binary);
  if (!in) {
    std::cerr << "error: cannot read " << args.path << "\n";
    return 1;
  }
  std::stringstream buffer;
  buffer << in.rdbuf();
  Document doc;
  doc.text = buffer.str();
  doc.published = args.dct;
  auto tagger = temporal::TimeTagger::Load(args.data_dir.empty() ? DefaultDataDir() : args.data_dir);
  if (!tagger.ok()) {
    std::cerr << "error: " << tagger.status().message() << "\n";
    return 1;
  }
  Analysis analysis;
  (*tagger)->Analyze(doc, &analysis);
  if (args.dct.empty() && !context.quiet) {
    const PublishedDate& p = analysis.published;
    std::cerr << fmt::format("dct: {} (inferred, confidence {:.2f}; {})\n",
                             p.date.empty() ? "unknown" : p.date, p.confidence,
                             p.evidence.empty() ? "no evidence" : p.evidence);
  }
  std::cout << (args.format == "text" ? RenderText(doc.text, analysis.timexes)
                                      : RenderJson(doc.text, analysis.timexes));
  return std::cout ? 0 : 1;
}

}  // namespace

void RegisterTimexCommand(CLI::App& app, CommandContext& context) {
  auto args = std::make_shared<TimexArgs>();
  CLI::App* cmd = app.add_subcommand("timex", "Tag and normalize temporal expressions in a file");
  cmd->add_option("FILE", args->path, "Text file (offsets are bytes into it)")->required();
  cmd->add_option("--dct", args->dct, "Document creation date YYYY-MM-DD (default: inferred)")
      ->check([](const std::string& s) {
        return s.size() == 10 && s[4] == '-' && s[7] == '-' ? "" : "want YYYY-MM-DD";
      });
  cmd->add_option("--format", args->format, "json or text")
      ->check(CLI::IsMember({"json", "text"}));
  cmd->add_option("--data", args->data_dir, "data/ directory (default: built-in)");
  cmd->callback([args, &context] { context.exit_code = RunTimex(*args, context); });
}

}  // namespace storyline::cli
