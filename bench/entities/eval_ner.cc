// eval_ner FILE [MODEL]: tags a CoNLL-2003 file with the committed model
// (data/ner/model.bin unless MODEL is given) and prints conlleval-style
// entity-level P/R/F1 per type and overall, plus tagging speed.
#include <chrono>
#include <iostream>

#include "src/core/data_dir.h"
#include "src/extract/entities/conll.h"

int main(int argc, char** argv) {
  using namespace storyline::entities;
  if (argc < 2) { std::cerr << "usage: eval_ner FILE [MODEL]\n"; return 2; }
  auto file = ReadConll(argv[1]);
  if (!file.ok()) { std::cerr << file.status() << "\n"; return 1; }
  TaggerLexicon lexicon;
  lexicon.Load(storyline::DefaultDataDir());
  PerceptronTagger tagger(&lexicon);
  std::string model = argc > 2 ? argv[2] : storyline::DefaultDataDir() + "/ner/model.bin";
  if (auto s = tagger.Load(model); !s.ok()) { std::cerr << s << "\n"; return 1; }
  auto start = std::chrono::steady_clock::now();
  auto predicted = TagConll(tagger, *file);
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  ConllScore score;
  size_t tokens = 0;
  for (size_t i = 0; i < predicted.size(); ++i) {
    score.Add(file->sentences[i].tagged.labels, predicted[i]);
    tokens += predicted[i].size();
  }
  std::cout << score.Format();
  std::cout << tokens << " tokens in " << secs << " s: " << tokens / secs << " tokens/s (one core)\n";
  return 0;
}
