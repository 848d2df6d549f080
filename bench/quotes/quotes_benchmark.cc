// Google Benchmark for the quotes stage on invented news text, as the pipeline
// runs it (after the text layer): one paragraph dense in quotes, attributions and
// relay chains (a pessimistic rate) and one plain narrative paragraph.
#include <benchmark/benchmark.h>

#include <string>

#include "src/core/data_dir.h"
#include "src/core/document.h"
#include "src/extract/quotes/quote_extractor.h"
#include "src/text/text_analyzer.h"

namespace {

const char kDense[] =
    "OSLAND (Reuters) - \"The convoy left before dawn,\" a port official said, asking not "
    "to be named. According to the Harbour Gazette, citing two dock workers, the ships were "
    "loaded overnight. Mayor Ilse Brandt told reporters that the talks were \xE2\x80\x9C"
    "going well\xE2\x80\x9D and said she expected a deal. \xC2\xAB\xD0\x9C\xD1\x8B "
    "\xD0\xB3\xD0\xBE\xD1\x82\xD0\xBE\xD0\xB2\xD1\x8B\xC2\xBB, said an envoy. Analysts "
    "suggest the port could reopen by spring, the agency reported.\n";
const char kPlain[] =
    "The ferry crossed the bay in the early afternoon and tied up beside the grain pier, "
    "where two cranes were already unloading barley for the mills along the river. The "
    "road to the harbour stayed open and traffic moved slowly past the old customs house.\n";

void Run(benchmark::State& state, const char* unit) {
  const std::string data = storyline::DefaultDataDir();
  static auto quotes = storyline::quotes::QuoteExtractor::Load(data);
  static auto text_layer = storyline::text::TextAnalyzer::Create({.data_dir = data});
  storyline::Document doc;
  while (doc.text.size() < 64 * 1024) doc.text += unit;
  doc.body = {0, static_cast<uint32_t>(doc.text.size())};
  storyline::Analysis analysis;
  text_layer->Analyze(doc, &analysis);
  for (auto _ : state) {
    (*quotes)->Analyze(doc, &analysis);
    benchmark::DoNotOptimize(analysis.quotes.data());
  }
  state.SetBytesProcessed(state.iterations() * doc.text.size());
  state.counters["quotes"] = static_cast<double>(analysis.quotes.size());
}

void BM_QuotesDense(benchmark::State& state) { Run(state, kDense); }
void BM_QuotesPlain(benchmark::State& state) { Run(state, kPlain); }
BENCHMARK(BM_QuotesDense);
BENCHMARK(BM_QuotesPlain);

}  // namespace

BENCHMARK_MAIN();
