// eval_sentences FILE.jsonl... [--show N]
//
// Sentence-boundary agreement with corpora stored one sentence a line (Timeline17's
// articles.jsonl): each article's lines are joined with single spaces into one
// paragraph, split again by the Segmenter, and the boundaries compared with the
// line starts. Prints precision / recall / F1 for the full segmenter (ICU + the
// news abbreviation rules of data/text) and for plain ICU with the same quote and
// case fixes but no abbreviation list, so the rules' effect is measured. The
// reference lines come from the corpus's own splitter, not hand annotation, so
// F1 is agreement with it, not accuracy.
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "absl/container/flat_hash_set.h"
#include "src/core/data_dir.h"
#include "src/text/segmenter.h"

namespace storyline::text {
namespace {

struct Counts {
  size_t true_positive = 0, predicted = 0, reference = 0;
  void Print(const char* name) const {
    const double p = predicted ? double(true_positive) / predicted : 0;
    const double r = reference ? double(true_positive) / reference : 0;
    std::printf("%-28s P %.3f  R %.3f  F1 %.3f  (%zu boundaries in reference)\n", name, p, r,
                p + r > 0 ? 2 * p * r / (p + r) : 0, reference);
  }
};

// Joins the non-empty lines of `text` with spaces; `starts` gets each line's offset.
std::string JoinLines(const std::string& text, absl::flat_hash_set<uint32_t>* starts) {
  std::string joined;
  size_t begin = 0;
  while (begin <= text.size()) {
    size_t end = text.find('\n', begin);
    if (end == std::string::npos) end = text.size();
    if (end > begin) {
      if (!joined.empty()) joined += ' ';
      if (!joined.empty()) starts->insert(static_cast<uint32_t>(joined.size()));
      joined.append(text, begin, end - begin);
    }
    begin = end + 1;
  }
  return joined;
}

int g_show = 0;  // --show N: print N disagreements of each kind (full segmenter)

void Show(const char* kind, const std::string& text, uint32_t at) {
  const uint32_t b = at > 60 ? at - 60 : 0;
  std::printf("%s ...%s || %s...\n", kind, text.substr(b, at - b).c_str(),
              text.substr(at, 40).c_str());
}

void Score(const Segmenter& segmenter, const std::string& joined,
           const absl::flat_hash_set<uint32_t>& starts, Counts* counts, bool show) {
  Document doc;
  doc.text = joined;
  std::vector<Paragraph> paragraphs;
  segmenter.Paragraphs(doc, &paragraphs);
  std::vector<Sentence> sentences;
  segmenter.Sentences(joined, paragraphs, &sentences);
  counts->reference += starts.size();
  absl::flat_hash_set<uint32_t> predicted;
  for (size_t i = 1; i < sentences.size(); ++i) {
    const uint32_t at = sentences[i].span.begin;
    predicted.insert(at);
    ++counts->predicted;
    counts->true_positive += starts.contains(at);
    if (show && !starts.contains(at) && g_show > 0) Show("extra  ", joined, at), --g_show;
  }
  for (uint32_t at : starts) {
    if (show && !predicted.contains(at) && g_show > 0) Show("missed ", joined, at), --g_show;
  }
}

}  // namespace
}  // namespace storyline::text

int main(int argc, char** argv) {
  using namespace storyline::text;
  if (argc < 2) {
    std::fprintf(stderr, "usage: eval_sentences FILE.jsonl...\n");
    return 2;
  }
  auto full = Segmenter::Load(storyline::DefaultDataDir());
  if (!full.ok()) {
    std::fprintf(stderr, "%s\n", std::string(full.status().message()).c_str());
    return 1;
  }
  const Segmenter plain;
  Counts with_rules, icu_only;
  size_t articles = 0;
  std::vector<std::string> paths;
  for (int i = 1; i < argc; ++i) {
    if (std::string(argv[i]) == "--show" && i + 1 < argc) {
      g_show = std::atoi(argv[++i]);
    } else {
      paths.push_back(argv[i]);
    }
  }
  for (const std::string& path : paths) {
    std::ifstream in(path);
    std::string line;
    while (std::getline(in, line)) {
      auto json = nlohmann::json::parse(line, nullptr, false);
      if (!json.is_object() || !json["text"].is_string()) continue;
      absl::flat_hash_set<uint32_t> starts;
      const std::string joined = JoinLines(json["text"].get<std::string>(), &starts);
      Score(*full, joined, starts, &with_rules, true);
      Score(plain, joined, starts, &icu_only, false);
      ++articles;
    }
  }
  std::printf("%zu articles\n", articles);
  with_rules.Print("ICU + news rules (data/text)");
  icu_only.Print("ICU only");
  return 0;
}
