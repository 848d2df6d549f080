// eval_outlets [--errors] METADATA.tsv SPLIT_DIR...: the article's outlet as the
// quotes stage infers it from self-references ("(Reuters) -", "told POLITICO",
// "Breitbart News reports"), against PolNeAR's metadata: the publisher, or the
// wire service when the article is wire copy. SPLIT_DIR is a PolNeAR split
// (text/NAME.txt); metadata.tsv has one row per article (filename, publisher,
// wire). Prints how many articles get an outlet and how many of those are right
// (the publisher or the wire), per publisher; --errors lists the wrong ones.
// The text layer runs first, as in the pipeline.
// The failure that matters is precision: a source the article cites ("told the
// Washington Post") named as the article's own outlet.
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/str_split.h"
#include "src/core/utf8.h"
#include "src/extract/quotes/quote_extractor.h"
#include "src/text/text_analyzer.h"

namespace {

// PolNeAR's publisher and wire codes, from the outlet names data/outlets.tsv uses.
std::string Code(std::string outlet) {
  absl::AsciiStrToLower(&outlet);
  static const std::map<std::string, std::string> kCodes = {
      {"breitbart", "breitbart"},          {"the western journal", "west-journal"},
      {"the washington post", "wash-post"}, {"usa today", "usa-today"},
      {"politico", "politico"},             {"the new york times", "nyt"},
      {"huffpost", "huff-post"},            {"associated press", "ap"},
      {"united press international", "upi"}, {"agence france-presse", "afp"},
      {"reuters", "reuters"}};
  auto it = kCodes.find(outlet);
  return it == kCodes.end() ? "other:" + outlet : it->second;
}

struct Tally {
  int articles = 0, named = 0, right = 0;
};

}  // namespace

int main(int argc, char** argv) {
  bool errors = false;
  std::vector<std::string> args;
  for (int i = 1; i < argc; ++i) {
    if (std::string(argv[i]) == "--errors") errors = true;
    else args.push_back(argv[i]);
  }
  if (args.size() < 2) {
    std::fprintf(stderr, "usage: eval_outlets [--errors] METADATA.tsv SPLIT_DIR...\n");
    return 2;
  }
  // filename -> {publisher, wire}
  std::map<std::string, std::pair<std::string, std::string>> meta;
  std::ifstream tsv(args[0]);
  for (std::string line; std::getline(tsv, line);) {
    std::vector<std::string> f = absl::StrSplit(line, '\t');
    if (f.size() < 12 || f[1] == "filename") continue;
    std::string wire = f[11];
    absl::AsciiStrToLower(&wire);
    meta[f[1]] = {f[4], wire};
  }
  auto extractor = storyline::quotes::QuoteExtractor::Load(STORYLINE_DATA_DIR);
  // The text layer first, as the pipeline runs it: the outlet's dateline is
  // looked for in the first paragraphs it finds.
  auto text_layer = storyline::text::TextAnalyzer::Create({.data_dir = STORYLINE_DATA_DIR});
  if (!extractor.ok() || !text_layer.ok()) {
    std::fprintf(stderr, "cannot load the data directory %s\n", STORYLINE_DATA_DIR);
    return 1;
  }
  std::map<std::string, Tally> by_publisher;
  Tally all;
  for (size_t d = 1; d < args.size(); ++d) {
    std::vector<std::filesystem::path> files;
    for (const auto& e : std::filesystem::directory_iterator(args[d] + "/text")) files.push_back(e.path());
    std::sort(files.begin(), files.end());
    for (const auto& path : files) {
      auto it = meta.find(path.stem().string());
      if (it == meta.end()) continue;
      const auto& [publisher, wire] = it->second;
      std::ifstream in(path, std::ios::binary);
      std::stringstream s;
      s << in.rdbuf();
      storyline::Document doc;
      doc.text = storyline::RepairUtf8(s.str()).text;
      doc.body = {0, static_cast<uint32_t>(doc.text.size())};
      storyline::Analysis a;
      text_layer->Analyze(doc, &a);
      (*extractor)->Analyze(doc, &a);
      Tally& t = by_publisher[publisher];
      ++t.articles;
      ++all.articles;
      if (a.outlet.empty()) continue;
      ++t.named;
      ++all.named;
      const std::string got = Code(a.outlet);
      const bool right = got == publisher || got == wire;
      t.right += right;
      all.right += right;
      if (errors && !right) {
        std::printf("  wrong: %s (publisher %s, wire %s) got '%s' (%s)\n", path.stem().c_str(),
                    publisher.c_str(), wire.c_str(), a.outlet.c_str(), a.outlet_evidence.c_str());
      }
    }
  }
  auto row = [](const std::string& name, const Tally& t) {
    std::printf("%-14s %4d articles, outlet named for %4d (%5.1f%%), right %4d (precision %5.1f%%)\n",
                name.c_str(), t.articles, t.named, t.articles ? 100.0 * t.named / t.articles : 0.0,
                t.right, t.named ? 100.0 * t.right / t.named : 0.0);
  };
  for (const auto& [publisher, t] : by_publisher) row(publisher, t);
  row("all", all);
  return 0;
}
