// `storyline ner --conll FILE`: the CoNLL file with the predicted IOB2 tag as a
// new last column (score it with bench/entities/eval_ner or conlleval).
// `storyline train-ner --train FILE --dev FILE --out MODEL [--epochs N]`: trains
// the perceptron tagger (src/extract/entities/ner_training.h).
// `storyline entities PATH... [--format json|text]`: reads the documents,
// analyzes each (text layer + recognizer via DocumentAnalyzer) and resolves all
// mentions as one story with link::EntityResolver.
#include <fmt/format.h>

#include <iostream>
#include <nlohmann/json.hpp>

#include "src/cli/commands.h"
#include "src/core/data_dir.h"
#include "src/extract/document_analyzer.h"
#include "src/extract/entities/conll.h"
#include "src/extract/entities/ner_training.h"
#include "src/ingest/reader.h"
#include "src/link/entity_resolver.h"

namespace storyline::cli {
namespace {

int RunNer(const std::string& path, std::ostream& out, std::ostream& err) {
  using namespace storyline::entities;
  auto file = ReadConll(path);
  if (!file.ok()) { err << "storyline ner: " << file.status().message() << "\n"; return 1; }
  TaggerLexicon lexicon;
  lexicon.Load(DefaultDataDir());
  PerceptronTagger tagger(&lexicon);
  if (auto s = tagger.Load(DefaultDataDir() + "/ner/model.bin"); !s.ok()) {
    err << "storyline ner: " << s.message() << "\n";
    return 1;
  }
  auto predicted = TagConll(tagger, *file);
  size_t other = 0;
  for (size_t s = 0; s <= file->sentences.size(); ++s) {
    while (other < file->other_lines.size() && file->other_lines[other].first == s) {
      out << file->other_lines[other++].second << "\n";
    }
    if (s == file->sentences.size()) break;
    const auto& lines = file->sentences[s].lines;
    for (size_t i = 0; i < lines.size(); ++i) out << lines[i] << " " << LabelName(predicted[s][i]) << "\n";
  }
  return 0;
}

nlohmann::json EntityJson(const Entity& e) {
  nlohmann::json mentions = nlohmann::json::array();
  for (const auto& m : e.mentions) mentions.push_back({{"doc", m.doc}, {"begin", m.begin}, {"end", m.end}});
  nlohmann::json geo = nullptr;
  if (e.geo) geo = {{"lat", e.geo->lat}, {"lon", e.geo->lon}, {"country", e.geo->country}};
  return {{"id", e.id}, {"name", e.name}, {"type", EntityTypeName(e.type)},
          {"variants", e.variants}, {"mentions", mentions}, {"geo", geo}};
}

int RunEntities(const std::vector<std::string>& paths, const std::string& format, std::ostream& out,
                std::ostream& err) {
  auto analyzer = DocumentAnalyzer::Load(DefaultDataDir());
  if (!analyzer.ok()) { err << "storyline entities: " << analyzer.status().message() << "\n"; return 1; }
  auto resolver = link::EntityResolver::Create(DefaultDataDir());
  if (!resolver.ok()) { err << "storyline entities: " << resolver.status().message() << "\n"; return 1; }
  ingest::ReadPaths(
      paths, {},
      [&](Document doc) {
        Analysis analysis = (*analyzer)->Analyze(doc);
        (*resolver)->Add(doc.id, doc.text, analysis.mentions, "cli");
      },
      [&](const ingest::ReadIssue& issue) { err << issue.source << ": " << issue.reason << "\n"; });
  nlohmann::json all = nlohmann::json::array();
  for (const Entity& e : (*resolver)->Entities()) {
    if (format == "text") {
      out << fmt::format("{} {} [{}] x{}: {}\n", e.id, e.name, EntityTypeName(e.type), e.mentions.size(),
                         fmt::join(e.variants, " | "));
    } else {
      all.push_back(EntityJson(e));
    }
  }
  if (format != "text") out << nlohmann::json{{"entities", all}}.dump(2) << "\n";
  return 0;
}

}  // namespace

void RegisterEntityCommands(CLI::App& app, CommandContext& context) {
  static std::string conll, train, dev, model, format = "json";
  static int epochs = 14;
  static std::vector<std::string> paths;
  auto* ner = app.add_subcommand("ner", "Tag a CoNLL file; the predicted IOB tag is appended as last column");
  ner->add_option("--conll", conll, "CoNLL-2003 file")->required();
  ner->callback([&] { context.exit_code = RunNer(conll, std::cout, std::cerr); });

  auto* tr = app.add_subcommand("train-ner", "Train the NER tagger on CoNLL-2003 data");
  tr->add_option("--train", train, "training file")->required();
  tr->add_option("--dev", dev, "development file (F1 printed after each epoch)");
  tr->add_option("--out", model, "model file to write")->required();
  tr->add_option("--epochs", epochs, "training epochs (default 14)");
  tr->callback([&] {
    entities::NerTrainingJob job{train, dev, model, DefaultDataDir(), epochs, 21};
    absl::Status s = entities::TrainNer(job, std::cerr);
    if (!s.ok()) std::cerr << "storyline train-ner: " << s.message() << "\n";
    context.exit_code = s.ok() ? 0 : 1;
  });

  auto* ent = app.add_subcommand("entities", "Recognize and resolve the entities of documents");
  ent->add_option("PATH", paths, "files or directories")->required();
  ent->add_option("--format", format, "json or text")->check(CLI::IsMember({"json", "text"}));
  ent->callback([&] { context.exit_code = RunEntities(paths, format, std::cout, std::cerr); });
}

}  // namespace storyline::cli
