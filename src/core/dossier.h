// Dossier: the contract every output renders and the store persists. Field names
// follow the dossier JSON in docs/architecture.md one to one; later stages fill
// fields in, nobody renames them. Plain value types.
#ifndef STORYLINE_CORE_DOSSIER_H_
#define STORYLINE_CORE_DOSSIER_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "src/core/analysis.h"

namespace storyline {

struct TextSpan {
  uint32_t begin = 0;  // bytes into the document's text
  uint32_t end = 0;
  std::string text;    // copy of the bytes, so outputs need not reload the document
  std::string reason;  // why it was flagged (boilerplate/off-topic); may be empty
};

struct DossierDocument {
  std::string id;
  std::string title;
  std::string outlet;           // empty = unknown (rendered as null)
  std::string outlet_evidence;  // empty when the outlet came from metadata or is unknown
  std::string url;
  PublishedDate published;      // date empty = unknown (rendered as null)
  std::vector<std::string> languages;
  std::vector<TextSpan> paragraphs;  // offsets only; text left empty to keep it small
  std::vector<TextSpan> boilerplate;
  std::vector<TextSpan> off_topic;
  std::string copy_of;          // id of the document this one near-duplicates; empty if none
  uint32_t bytes = 0;
};

struct Story {
  std::string id;
  std::string title;
  std::string summary;
  std::vector<std::string> documents;  // document ids
};

struct EntityMention {
  std::string doc;
  uint32_t begin = 0;
  uint32_t end = 0;
};

struct Geo {
  double lat = 0;
  double lon = 0;
  std::string country;  // ISO 3166-1 alpha-2
};

struct Entity {
  std::string id;
  std::string name;     // the fullest form
  EntityType type = EntityType::kOther;
  std::vector<std::string> variants;  // every distinct surface form, as written
  std::vector<EntityMention> mentions;
  std::optional<Geo> geo;
};

struct Report {
  std::string doc;
  uint32_t sentence = 0;  // index into the document's sentences
  uint32_t begin = 0;
  uint32_t end = 0;
  std::vector<std::string> via;  // attribution chain, outermost first
};

struct TimelineEntry {
  std::string story;
  std::string date;  // "YYYY-MM-DD" | "YYYY-MM" | "YYYY-Www" | "YYYY"
  std::string text;
  double weight = 0;
  std::vector<std::string> entities;  // entity ids
  std::vector<Report> reports;
  std::vector<std::string> origins;
  int independent_sources = 0;
};

struct DossierQuote {
  std::string doc;
  uint32_t begin = 0;
  uint32_t end = 0;
  std::string text;
  std::string language;
  std::string speaker;         // empty = unknown (null)
  std::string speaker_entity;  // entity id; empty = none (null)
  std::string cue;             // empty = none (null)
  bool anonymous = false;
  std::vector<std::string> chain;
};

struct ConflictSide {
  std::string claim;
  std::vector<std::string> docs;
  std::vector<std::string> origins;
};

struct Conflict {
  std::string story;
  std::string about;
  std::vector<ConflictSide> sides;
};

struct Dossier {
  std::vector<DossierDocument> documents;
  std::vector<Story> stories;
  std::vector<Entity> entities;
  std::vector<TimelineEntry> timeline;
  std::vector<DossierQuote> quotes;
  std::vector<Conflict> conflicts;
};

}  // namespace storyline

#endif  // STORYLINE_CORE_DOSSIER_H_
