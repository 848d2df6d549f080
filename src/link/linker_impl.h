// StoryLinker: the Linker implementation (private to src/link). Add() does all
// per-document work once -- near-duplicate check, story assignment, entity
// resolution, event frames, paragraph terms -- so BuildDossier only merges.
// BuildDossier() judges off-topic paragraphs against the whole story, merges
// frames into events and renders entries, conflicts, titles and summaries.
//
// Memory per document: its text, its frames (a term vector per sentence), its
// paragraph term sets and its dossier record. Not thread-safe.
#ifndef STORYLINE_LINK_LINKER_IMPL_H_
#define STORYLINE_LINK_LINKER_IMPL_H_

#include <memory>
#include <string>
#include <vector>

#include "absl/container/flat_hash_set.h"
#include "src/link/entity_resolver.h"
#include "src/link/event_frames.h"
#include "src/link/linker.h"
#include "src/link/near_duplicates.h"
#include "src/link/off_topic.h"
#include "src/extract/time/time_tagger.h"
#include "src/link/quantities.h"
#include "src/link/story_dates.h"
#include "src/link/story_index.h"
#include "src/link/terms.h"
#include "src/link/timeline_builder.h"

namespace storyline::link {

class StoryLinker : public Linker {
 public:
  static absl::StatusOr<std::unique_ptr<StoryLinker>> Create(const LinkOptions& options);

  void Add(const Document& doc, const Analysis& analysis) override;
  Dossier BuildDossier() const override;
  // Off-topic coverage of every paragraph (-1 = not judged), by document, for
  // measuring the drift threshold (bench/link/link_report).
  std::vector<std::vector<float>> DriftScores() const;

 private:
  struct DocState {
    DossierDocument meta;
    uint32_t story = 0;
    std::vector<EventFrame> frames;
    ParagraphTerms paragraph_terms;
    std::vector<ByteSpan> paragraph_spans;
    std::vector<DossierQuote> quotes;
    std::vector<Timex> timexes;  // for story-level date anchoring (story_dates.h)
  };
  struct StoryResult {
    Story story;
    std::vector<TimelineEntry> timeline;
    std::vector<Conflict> conflicts;
  };

  explicit StoryLinker(const LinkOptions& options) : options_(options) {}
  std::string CleanText(const Document& doc, const Analysis& analysis) const;
  TermVector DocumentVector(const std::string& clean, const Document& doc,
                            const Analysis& analysis);
  uint32_t AssignStory(const TermVector& vec, const Analysis& analysis);
  ParagraphTerms TermsOfParagraphs(const Document& doc, const Analysis& analysis);
  // Off-topic paragraphs of the story's documents, written into `docs`' records.
  void MarkOffTopic(const std::vector<uint32_t>& members,
                    std::vector<DossierDocument>& docs) const;
  // Years and publication dates from the story (story_dates.h), per member.
  std::vector<AnchoredDoc> AnchorDates(const std::vector<uint32_t>& members) const;
  // Fills DatedDoc::furniture of `dated` (one per member, in order).
  void MarkFurniture(const std::vector<uint32_t>& members, std::vector<DatedDoc>& dated) const;
  // `anchored` is parallel to `members`: changed documents' frames are re-dated.
  StoryResult BuildStory(uint32_t story, const std::vector<uint32_t>& members,
                         const std::vector<DossierDocument>& docs,
                         const std::vector<AnchoredDoc>& anchored,
                         const std::vector<Entity>& entities) const;
  std::string StoryTitle(uint32_t story, const std::vector<uint32_t>& members) const;

  LinkOptions options_;
  std::unique_ptr<TermModel> terms_;
  std::unique_ptr<NameKeys> name_keys_;  // name terms that meet across scripts
  std::unique_ptr<QuantityFinder> quantities_;
  std::unique_ptr<EntityResolver> resolver_;
  std::unique_ptr<temporal::TimeTagger> tagger_;  // null without data/time
  absl::flat_hash_set<std::string> negations_;
  NearDuplicateIndex near_duplicates_;
  StoryIndex stories_;
  std::vector<DocState> docs_;
  std::vector<DocInfo> infos_;  // parallel to docs_, for the timeline builder
  std::vector<TermVector> doc_vectors_;
};

}  // namespace storyline::link

#endif  // STORYLINE_LINK_LINKER_IMPL_H_
