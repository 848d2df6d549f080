// timeline: timeline summarization over the given articles (what a user does
// after filtering a collection). Reads every path, analyzes the documents on all
// cores, links them as one story and keeps the N most important dates with K
// sentences each (see src/link/timeline_select.h). Nothing is stored.
#include <tbb/parallel_for.h>

#include <iostream>

#include "src/cli/commands.h"
#include "src/core/data_dir.h"
#include "src/extract/document_analyzer.h"
#include "src/ingest/reader.h"
#include "src/link/linker.h"
#include "src/report/render.h"

namespace storyline::cli {
namespace {

struct TimelineArgs {
  std::vector<std::string> paths;
  size_t max_dates = 0;
  size_t per_date = 0;
  std::string format = "text";
  std::string data_dir;
};

// Reads and analyzes every article; per-input problems go to `err`.
absl::StatusOr<std::vector<std::pair<Document, Analysis>>> ReadAndAnalyze(
    const TimelineArgs& args, const std::string& data_dir, bool quiet, size_t* problems) {
  ASSIGN_OR_RETURN(auto analyzer, DocumentAnalyzer::Load(data_dir));
  std::vector<std::pair<Document, Analysis>> docs;
  ingest::ReadPaths(
      args.paths, ingest::ReaderOptions{},
      [&](Document doc) { docs.emplace_back(std::move(doc), Analysis{}); },
      [&](const ingest::ReadIssue& issue) {
        if (issue.skipped) ++*problems;
        if (!quiet || issue.skipped) {
          std::cerr << (issue.skipped ? "error: " : "warning: ") << issue.source << ": "
                    << issue.reason << "\n";
        }
      });
  tbb::parallel_for(size_t{0}, docs.size(), [&](size_t i) {
    docs[i].second = analyzer->Analyze(docs[i].first);
  });
  return docs;
}

int RunTimeline(const TimelineArgs& args, const CommandContext& context) {
  auto format = report::ParseFormat(args.format);
  if (!format.ok()) {
    std::cerr << "error: " << format.status().message() << "\n";
    return 1;
  }
  const std::string data_dir = args.data_dir.empty() ? DefaultDataDir() : args.data_dir;
  size_t problems = 0;
  auto docs = ReadAndAnalyze(args, data_dir, context.quiet, &problems);
  link::LinkOptions options{data_dir, /*single_story=*/true, args.max_dates, args.per_date,
                            /*publication_dated_events=*/true};
  auto linker = docs.ok() ? link::Linker::Create(options) : docs.status();
  if (!linker.ok()) {
    std::cerr << "error: " << linker.status().message() << "\n";
    return 1;
  }
  for (const auto& [doc, analysis] : *docs) (*linker)->Add(doc, analysis);
  std::cout << report::Render((*linker)->BuildDossier(), *format);
  return problems > 0 ? 2 : 0;
}

}  // namespace

void RegisterTimelineCommand(CLI::App& app, CommandContext& context) {
  static TimelineArgs args;  // CLI11 binds to addresses
  auto* cmd = app.add_subcommand("timeline", "Build one timeline over the given articles");
  cmd->add_option("paths", args.paths, "Files, directories, or - for JSON lines on stdin")
      ->required();
  cmd->add_option("--max-dates", args.max_dates, "Keep the N most important dates (0 = all)");
  cmd->add_option("--per-date", args.per_date, "Keep K sentences per date (0 = all)");
  cmd->add_option("-f,--format", args.format, "text, markdown or json")->capture_default_str();
  cmd->add_option("--data", args.data_dir, "Data folder (default: $STORYLINE_DATA or built-in)");
  cmd->callback([&] { context.exit_code = RunTimeline(args, context); });
}

}  // namespace storyline::cli
