// The Store contract both backends meet, one check per function, so the SQLite
// tests (store_test.cc: in memory and in a file) and the PostgreSQL tests
// (pg_store_test.cc) run the same assertions on a fresh, empty store.
#ifndef STORYLINE_STORE_STORE_CONTRACT_H_
#define STORYLINE_STORE_STORE_CONTRACT_H_

#include <vector>

#include "src/store/store.h"

namespace storyline::store::testing {

// Every stored document, in insertion order (fails the test on an error).
std::vector<AnalyzedDocument> Replay(Store& store);

void CheckReplayInInsertionOrder(Store& store);
// Same id or same content hash: skipped, not counted, the original unchanged.
void CheckDuplicatesSkippedAndNotCounted(Store& store);
// Embedded NUL, a lone continuation byte and U+FFFD come back byte for byte.
void CheckTextBytesKeptExactly(Store& store);
void CheckEmptyBatchAndEmptyStore(Store& store);
void CheckDossierRoundTrip(Store& store);
void CheckSaveDossierReplacesThePreviousOne(Store& store);
// Current only after a save that lists every stored document.
void CheckDossierIsCurrentOnlyAfterLinkingEveryDocument(Store& store);

}  // namespace storyline::store::testing

#endif  // STORYLINE_STORE_STORE_CONTRACT_H_
