// The main job: read → analyze (parallel, per document) → store (one transaction
// per batch) → link (replaying the stored analyses; never re-analyzing) → save
// the dossier. Outputs then read the dossier back from the store.
#ifndef STORYLINE_CLI_PIPELINE_H_
#define STORYLINE_CLI_PIPELINE_H_

#include <cstddef>
#include <ostream>
#include <string>
#include <vector>

#include "src/core/dossier.h"
#include "src/core/status.h"

namespace storyline::cli {

struct PipelineOptions {
  std::string db = ":memory:";  // SQLite file, or ":memory:"
  std::string data_dir;         // empty = DefaultDataDir()
  bool quiet = false;           // no progress or warnings
  size_t batch_size = 256;      // documents per analysis batch and transaction
  bool link = true;             // false: store only
  bool relink = false;          // link even when the saved dossier is current (ingest --relink)
};

struct PipelineStats {
  size_t read = 0;        // articles the readers produced
  size_t added = 0;       // new articles stored
  size_t duplicates = 0;  // already stored (same id or same text)
  size_t problems = 0;    // inputs skipped with an error
  size_t warnings = 0;    // inputs read with a warning (e.g. repaired UTF-8)
  bool linked = false;    // the dossier was built and saved again
  double seconds = 0;
};

// Runs the main job over `paths`. Per-input problems go to `err` (one line each,
// naming the file) and are counted, not returned: only a failure that stops the
// whole job (data files missing, database unusable) is an error status. When
// `dossier` is not null it receives the dossier read back from the store, as
// every output sees it (this is how an in-memory store is reported).
absl::StatusOr<PipelineStats> RunPipeline(const std::vector<std::string>& paths,
                                          const PipelineOptions& options, std::ostream& err,
                                          Dossier* dossier = nullptr);

// Loads the dossier saved in `db`.
absl::StatusOr<Dossier> LoadDossier(const std::string& db);

}  // namespace storyline::cli

#endif  // STORYLINE_CLI_PIPELINE_H_
