// Test helpers for the store: rich hand-built values in which every field differs
// from its default (so a field the store forgets shows up), and Describe()
// functions that print every field, so a round trip is checked by comparing two
// descriptions and a failure shows exactly which field changed.
#ifndef STORYLINE_STORE_STORE_TEST_UTIL_H_
#define STORYLINE_STORE_STORE_TEST_UTIL_H_

#include <string>

#include "src/core/analysis.h"
#include "src/core/document.h"
#include "src/core/dossier.h"
#include "src/store/store.h"

namespace storyline::store::testing {

// A short invented article (English with a quote in Cyrillic) and an Analysis of
// it that uses every field: optional spans both set and unset, inferred date,
// flagged spans, chains. `n` varies ids, text and hash.
AnalyzedDocument RichDocument(int n);

// A dossier with every list non-empty, nested lists of several elements, an
// entity with and one without geo, and empty strings where "unknown" is legal.
Dossier RichDossier();

std::string Describe(const Document& doc);
std::string Describe(const Analysis& analysis);
std::string Describe(const Dossier& dossier);

// A fresh path in the temp directory (removed first, with its -wal/-shm files).
std::string TempDbPath(const std::string& name);
void RemoveDb(const std::string& path);

}  // namespace storyline::store::testing

#endif  // STORYLINE_STORE_STORE_TEST_UTIL_H_
