// Linker: the corpus state. Takes analyzed documents one at a time (incremental),
// finds near-duplicates and stories, resolves entities across documents, merges
// reports of one event into timeline entries with their provenance, and finds
// conflicts and off-topic passages. Not thread-safe: one owner adds documents.
#ifndef STORYLINE_LINK_LINKER_H_
#define STORYLINE_LINK_LINKER_H_

#include <memory>
#include <string>

#include "src/core/analysis.h"
#include "src/core/document.h"
#include "src/core/dossier.h"
#include "src/core/status.h"

namespace storyline::link {

struct LinkOptions {
  // Data folder (gazetteer, outlet lexicon) for entity resolution and geo.
  std::string data_dir;
};

class Linker {
 public:
  static absl::StatusOr<std::unique_ptr<Linker>> Create(const LinkOptions& options);
  virtual ~Linker() = default;

  // Adds one analyzed document. Cost does not grow with the number already added
  // (candidate stories come from indexes, never from a scan of all stories).
  virtual void Add(const Document& doc, const Analysis& analysis) = 0;

  // The dossier over everything added so far: documents (with copy_of, off_topic),
  // stories, entities, timeline, quotes, conflicts.
  virtual Dossier BuildDossier() const = 0;
};

}  // namespace storyline::link

#endif  // STORYLINE_LINK_LINKER_H_
