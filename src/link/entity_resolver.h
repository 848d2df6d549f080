// EntityResolver: groups entity mentions from many documents into one Entity per
// real thing, across spellings, transliterations and scripts, and places
// locations on the map. Incremental: each document's mentions are added once.
// Not thread-safe: owned by the Linker.
#ifndef STORYLINE_LINK_ENTITY_RESOLVER_H_
#define STORYLINE_LINK_ENTITY_RESOLVER_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "src/core/analysis.h"
#include "src/core/dossier.h"
#include "src/core/status.h"
#include "src/link/gazetteer.h"

namespace storyline::link {

class EntityResolver {
 public:
  // Loads the name rules from `data_dir`, and the gazetteer too unless one is
  // given (the linker shares one between the resolver and its name keys: it is
  // the largest table). Errors name the file.
  static absl::StatusOr<std::unique_ptr<EntityResolver>> Create(
      const std::string& data_dir, std::shared_ptr<const Gazetteer> gazetteer = nullptr);
  virtual ~EntityResolver() = default;

  // Adds the mentions of one document (`text` is the document's text, which the
  // mention spans index into). `story` is the story the linker put the document
  // in: name variants that only context can join (Lababida / Lababidi) merge
  // only inside one story. Returns, for each mention in order, the index into
  // Entities() of the entity it joined.
  virtual std::vector<size_t> Add(const std::string& doc_id, std::string_view text,
                                  const std::vector<Mention>& mentions,
                                  const std::string& story) = 0;

  // Every entity so far, ids "e1", "e2", ... in order of first appearance.
  virtual std::vector<Entity> Entities() const = 0;
};

}  // namespace storyline::link

#endif  // STORYLINE_LINK_ENTITY_RESOLVER_H_
