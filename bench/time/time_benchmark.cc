// Google Benchmark for the time tagger on an invented news paragraph (dense in
// temporal expressions, so it is a pessimistic rate) and on a plain one.
#include <benchmark/benchmark.h>

#include <string>

#include "src/core/data_dir.h"
#include "src/extract/time/time_tagger.h"

namespace {

const char kDense[] =
    "Officials said on Friday that convoys had left two bases earlier this month. "
    "The talks, first held on Dec. 15, 2024, resumed last week and will continue "
    "in January. Since 2015 the fleet has kept a port there; about 1967 people "
    "were moved over four years of relative calm. Shipments fell 3 percent in the "
    "third quarter, a year ago they rose daily. ";
const char kPlain[] =
    "The delegation met local leaders and discussed the future of the two bases, "
    "the ships that remain in the port and the equipment moved along the coast road "
    "toward the airfield, according to people familiar with the matter. ";

void Run(benchmark::State& state, const char* unit) {
  static auto tagger = storyline::temporal::TimeTagger::Load(storyline::DefaultDataDir());
  std::string text;
  while (text.size() < 64 * 1024) text += unit;
  for (auto _ : state) benchmark::DoNotOptimize((*tagger)->Tag(text, "2024-12-20"));
  state.SetBytesProcessed(state.iterations() * text.size());
}

void BM_TagDense(benchmark::State& state) { Run(state, kDense); }
void BM_TagPlain(benchmark::State& state) { Run(state, kPlain); }
BENCHMARK(BM_TagDense);
BENCHMARK(BM_TagPlain);

}  // namespace

BENCHMARK_MAIN();
