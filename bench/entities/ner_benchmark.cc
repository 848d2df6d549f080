// Google Benchmark of the recognizer on an invented news paragraph (tokens/s).
#include <benchmark/benchmark.h>

#include "src/core/data_dir.h"
#include "src/extract/entities/entity_recognizer.h"

namespace {
const char kParagraph[] =
    "Rebel commander Omar Haddadi said on Tuesday that fighters of Hayat Tahrir al-Sham (HTS) "
    "had reached the outskirts of Hama, while Russian transport planes left the Khmeimim air base "
    "near Latakia. Deputy Foreign Minister Ivan Petrov told Interfax in Moscow that talks with the "
    "new authorities in Damascus would continue, according to a report by the Financial Times.\n";

void BM_Recognize(benchmark::State& state) {
  static auto recognizer = storyline::entities::EntityRecognizer::Load(storyline::DefaultDataDir());
  storyline::Document doc;
  for (int i = 0; i < 20; ++i) doc.text += kParagraph;
  const int64_t tokens_per_doc = 20 * 75;  // ~75 tokens per paragraph
  for (auto _ : state) {
    storyline::Analysis a;
    (*recognizer)->Analyze(doc, &a);
    benchmark::DoNotOptimize(a.mentions.data());
  }
  state.counters["tokens/s"] = benchmark::Counter(static_cast<double>(tokens_per_doc) * state.iterations(),
                                                  benchmark::Counter::kIsRate);
}
BENCHMARK(BM_Recognize)->Unit(benchmark::kMillisecond);
}  // namespace

BENCHMARK_MAIN();
