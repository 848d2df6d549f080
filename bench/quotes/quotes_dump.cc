// quotes_dump FILE...: the quotes stage alone (no text/time/entity stages) on
// each file, one line per quote — a development driver for reading results.
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>

#include "src/core/utf8.h"
#include "src/extract/quotes/quote_extractor.h"

int main(int argc, char** argv) {
  auto extractor = storyline::quotes::QuoteExtractor::Load(STORYLINE_DATA_DIR);
  if (!extractor.ok()) return 1;
  for (int i = 1; i < argc; ++i) {
    std::ifstream in(argv[i], std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    storyline::Document doc;
    doc.text = storyline::RepairUtf8(s.str()).text;
    storyline::Analysis a;
    (*extractor)->Analyze(doc, &a);
    std::printf("== %s  outlet: '%s' (%s)\n", argv[i], a.outlet.c_str(), a.outlet_evidence.c_str());
    for (const auto& q : a.quotes) {
      std::string chain;
      for (const auto& c : q.chain) chain += (chain.empty() ? "" : " > ") + c;
      std::string text(q.content.Of(doc.text).substr(0, 60));
      std::printf("- speaker=[%s]%s cue=[%s] lang=%s chain=[%s]\n    %s\n", q.speaker_name.c_str(),
                  q.anonymous ? " (anon)" : "", q.cue ? std::string(q.cue->Of(doc.text)).c_str() : "-",
                  q.language.c_str(), chain.c_str(), text.c_str());
    }
  }
  return 0;
}
