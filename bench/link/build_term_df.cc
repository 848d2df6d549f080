// build_term_df: document frequencies of the link stage's terms over a CoNLL-2003
// style corpus (one token per line, "-DOCSTART-" between documents), written as
// data/link/term_df.tsv ("#docs<TAB>N", then "stem<TAB>df", df >= 2).
//
//   build_term_df DATA_DIR CONLL_FILE... > data/link/term_df.tsv
//
// The terms are exactly TermModel::Terms (stop words removed, Snowball stems), so
// the table matches what the linker looks up.
#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <string>

#include "src/link/terms.h"

int main(int argc, char** argv) {
  if (argc < 3) {
    std::cerr << "usage: build_term_df DATA_DIR CONLL_FILE...\n";
    return 1;
  }
  auto model = storyline::link::TermModel::Load(argv[1]);
  if (!model.ok()) {
    std::cerr << model.status().message() << "\n";
    return 1;
  }
  std::map<std::string, int> df;
  int docs = 0;
  auto flush = [&](std::string& text) {
    if (text.empty()) return;
    std::set<uint32_t> seen;
    for (uint32_t t : (*model)->Terms(text)) seen.insert(t);
    for (uint32_t t : seen) ++df[(*model)->TermText(t)];
    ++docs;
    text.clear();
  };
  for (int i = 2; i < argc; ++i) {
    std::ifstream in(argv[i]);
    std::string text;
    for (std::string line; std::getline(in, line);) {
      if (line.rfind("-DOCSTART-", 0) == 0) {
        flush(text);
        continue;
      }
      text += line.substr(0, line.find(' '));
      text += ' ';
    }
    flush(text);
  }
  std::cout << "#docs\t" << docs << "\n";
  for (const auto& [stem, n] : df) {
    if (n >= 2) std::cout << stem << "\t" << n << "\n";
  }
  return 0;
}
