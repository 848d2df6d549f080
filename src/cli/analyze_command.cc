// analyze, ingest, stories, show: the main job and the store's views.
#include <fmt/format.h>
#include <unistd.h>

#include <fstream>
#include <iostream>

#include "src/cli/commands.h"
#include "src/cli/pipeline.h"
#include "src/report/render.h"
#include "src/serve/server.h"

namespace storyline::cli {
namespace {

struct AnalyzeArgs {
  std::vector<std::string> paths;
  std::string db;
  std::string format = "text";
  std::string output;
  std::string data_dir;
  bool relink = false;
};

// Writes `text` to `path`, or stdout when empty.
int WriteOutput(const std::string& text, const std::string& path) {
  if (path.empty()) {
    std::cout << text;
    return std::cout ? 0 : 1;
  }
  std::ofstream out(path, std::ios::binary);
  out << text;
  if (!out) {
    std::cerr << "error: cannot write " << path << "\n";
    return 1;
  }
  return 0;
}

void PrintSummary(const PipelineStats& s, bool quiet) {
  if (quiet) return;
  std::cerr << fmt::format("{} articles read, {} stored, {} already known, {} skipped, {} ({:.2f} s)\n",
                           s.read, s.added, s.duplicates, s.problems,
                           s.linked ? "linked" : "dossier up to date", s.seconds);
}

// Exit codes: 0 all inputs fine, 1 the job failed, 2 some inputs were skipped.
int ExitCodeFor(const PipelineStats& s) { return s.problems > 0 ? 2 : 0; }

int RunAnalyze(const AnalyzeArgs& args, const CommandContext& context) {
  auto format = report::ParseFormat(args.format);
  if (!format.ok()) {
    std::cerr << "error: " << format.status().message() << "\n";
    return 1;
  }
  PipelineOptions options;
  options.db = args.db.empty() ? ":memory:" : args.db;
  options.data_dir = args.data_dir;
  options.quiet = context.quiet;
  Dossier dossier;
  auto stats = RunPipeline(args.paths, options, std::cerr, &dossier);
  if (!stats.ok()) {
    std::cerr << "error: " << stats.status().message() << "\n";
    return 1;
  }
  PrintSummary(*stats, context.quiet);
  if (int rc = WriteOutput(report::Render(dossier, *format), args.output); rc != 0) return rc;
  return ExitCodeFor(*stats);
}

int RunIngest(const AnalyzeArgs& args, const CommandContext& context) {
  PipelineOptions options;
  options.db = args.db;
  options.data_dir = args.data_dir;
  options.quiet = context.quiet;
  options.relink = args.relink;
  auto stats = RunPipeline(args.paths, options, std::cerr);
  if (!stats.ok()) {
    std::cerr << "error: " << stats.status().message() << "\n";
    return 1;
  }
  PrintSummary(*stats, context.quiet);
  return ExitCodeFor(*stats);
}

int RunStories(const std::string& db, const std::string& format_name) {
  auto dossier = LoadDossier(db);
  if (!dossier.ok()) {
    std::cerr << "error: " << dossier.status().message() << "\n";
    return 1;
  }
  if (format_name == "json") {
    Dossier only_stories;
    only_stories.stories = dossier->stories;
    std::cout << report::RenderJson(only_stories);
    return 0;
  }
  for (const auto& story : dossier->stories) {
    std::cout << fmt::format("{}\t{} articles\t{}\n", story.id, story.documents.size(), story.title);
  }
  return 0;
}

int RunShow(const std::string& story_id, const std::string& db, const std::string& format_name,
            const std::string& output) {
  auto format = report::ParseFormat(format_name);
  if (!format.ok()) {
    std::cerr << "error: " << format.status().message() << "\n";
    return 1;
  }
  auto dossier = LoadDossier(db);
  if (!dossier.ok()) {
    std::cerr << "error: " << dossier.status().message() << "\n";
    return 1;
  }
  for (const auto& story : dossier->stories) {
    if (story.id == story_id) {
      return WriteOutput(report::Render(serve::StoryDossier(*dossier, story), *format), output);
    }
  }
  std::cerr << "error: no story '" << story_id << "' in " << db << "\n";
  return 1;
}

void AddInputOptions(CLI::App* cmd, AnalyzeArgs& args) {
  cmd->add_option("paths", args.paths, "Files, directories, or - for JSON lines on stdin")
      ->required();
  cmd->add_option("--data", args.data_dir, "Data folder (default: $STORYLINE_DATA or the built-in one)");
}

}  // namespace

void RegisterPipelineCommands(CLI::App& app, CommandContext& context) {
  // Owned here and captured by the callbacks; static because CLI11 binds to addresses.
  static AnalyzeArgs analyze_args, ingest_args;
  static std::string db, format = "text", output, story;

  auto* analyze = app.add_subcommand("analyze", "Analyze articles and print the dossier");
  AddInputOptions(analyze, analyze_args);
  analyze->add_option("--db", analyze_args.db, "SQLite file or postgresql:// URI to keep the results in (default: in memory)");
  analyze->add_option("-f,--format", analyze_args.format, "text, markdown or json")
      ->capture_default_str();
  analyze->add_option("-o,--output", analyze_args.output, "Write the dossier here instead of stdout");
  analyze->callback([&] { context.exit_code = RunAnalyze(analyze_args, context); });

  auto* ingest = app.add_subcommand("ingest", "Analyze articles into a database, print nothing");
  AddInputOptions(ingest, ingest_args);
  ingest->add_option("--db", ingest_args.db, "SQLite file or postgresql:// URI")->required();
  ingest->add_flag("--relink", ingest_args.relink,
                   "Link again even when nothing new was stored (after an upgrade of storyline or its data)");
  ingest->callback([&] { context.exit_code = RunIngest(ingest_args, context); });

  auto* stories = app.add_subcommand("stories", "List the stories in a database");
  stories->add_option("--db", db, "SQLite file or postgresql:// URI")->required();
  stories->add_option("-f,--format", format, "text or json")->capture_default_str();
  stories->callback([&] { context.exit_code = RunStories(db, format); });

  auto* show = app.add_subcommand("show", "Print one story's dossier");
  show->add_option("story", story, "Story id (see `storyline stories`)")->required();
  show->add_option("--db", db, "SQLite file or postgresql:// URI")->required();
  show->add_option("-f,--format", format, "text, markdown or json")->capture_default_str();
  show->add_option("-o,--output", output, "Write here instead of stdout");
  show->callback([&] { context.exit_code = RunShow(story, db, format, output); });
}

}  // namespace storyline::cli
