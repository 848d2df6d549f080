// Google Benchmark micro-benchmarks of the store's hot paths on synthetic
// articles (bench/store/synthetic.h): encoding and decoding one article's
// Analysis record, and AddBatch of 256 articles into an in-memory store (SQLite
// work without file I/O). items/s are articles/s on one core.
#include <benchmark/benchmark.h>

#include "bench/store/synthetic.h"
#include "src/store/analysis_codec.h"

namespace storyline::store {
namespace {

void BM_EncodeAnalysis(benchmark::State& state) {
  const AnalyzedDocument doc = SyntheticDocument(1);
  std::string record;
  for (auto _ : state) {
    EncodeAnalysis(doc.analysis, record);
    benchmark::DoNotOptimize(record.data());
  }
  state.SetItemsProcessed(state.iterations());
  state.counters["record_bytes"] = static_cast<double>(record.size());
}
BENCHMARK(BM_EncodeAnalysis);

void BM_DecodeAnalysis(benchmark::State& state) {
  std::string record;
  EncodeAnalysis(SyntheticDocument(1).analysis, record);
  for (auto _ : state) {
    absl::StatusOr<Analysis> analysis = DecodeAnalysis(record);
    benchmark::DoNotOptimize(analysis);
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_DecodeAnalysis);

void BM_AddBatchInMemory(benchmark::State& state) {
  std::vector<AnalyzedDocument> batch;
  for (int i = 0; i < 256; ++i) batch.push_back(SyntheticDocument(i));
  for (auto _ : state) {
    state.PauseTiming();
    auto store = Store::Open(":memory:");
    state.ResumeTiming();
    benchmark::DoNotOptimize((*store)->AddBatch(batch));
  }
  state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(batch.size()));
}
BENCHMARK(BM_AddBatchInMemory)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace storyline::store

BENCHMARK_MAIN();
