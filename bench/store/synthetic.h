// Synthetic articles and dossiers for the store benchmarks: sizes like what the
// pipeline produces for a ~3 KB news article, deterministic per index so every
// article (and its content hash) differs.
#ifndef STORYLINE_BENCH_STORE_SYNTHETIC_H_
#define STORYLINE_BENCH_STORE_SYNTHETIC_H_

#include "src/core/dossier.h"
#include "src/store/store.h"

namespace storyline::store {

// ~3000 bytes of text; ~450 tokens, ~40 sentences, ~10 paragraphs, ~30 mentions,
// ~5 timexes, ~4 quotes with chains.
AnalyzedDocument SyntheticDocument(int n);

// What linking makes of `docs` such articles: 100 stories, docs/5 entities with
// 10 mentions each, docs/10 timeline entries.
Dossier SyntheticDossier(int docs);

}  // namespace storyline::store

#endif  // STORYLINE_BENCH_STORE_SYNTHETIC_H_
