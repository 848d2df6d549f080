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
  // Data folder (gazetteer, outlet lexicon) for entity resolution and geo, and
  // data/link (stop words, term frequencies, quantity and negation words).
  std::string data_dir;
  // Timeline summarization (the `timeline` command). All documents form one
  // story; the timeline keeps the max_dates most important days (0 = all) and
  // per_date sentences on each (0 = all), one entry per kept sentence.
  bool single_story = false;
  size_t max_dates = 0;
  size_t per_date = 0;
  // Whether events dated only by their documents' publication dates may appear
  // in the timeline. Off for dossiers (a timeline entry should carry the day the
  // event happened); the timeline command turns it on, as news-tls does.
  bool publication_dated_events = false;
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
