// Linker: the dossier over everything added (StoryLinker::BuildDossier).
#include <algorithm>

#include "absl/container/btree_map.h"
#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "tbb/parallel_for.h"
#include "src/link/linker_impl.h"
#include "src/link/page_furniture.h"
#include "src/link/story_summary.h"
#include "src/link/timeline_select.h"

namespace storyline::link {
namespace {

// The frames with dates from the anchored timexes. Sentences without a date
// fall back to the publication day, as BuildFrames does -- except when the story
// anchoring inferred that day: it is only a lower bound (the latest day the
// article mentions; it was written then or later, on the seeds a week later), so
// such sentences stay undated and may only attach to an explicitly dated event
// of the story (TimelineBuilder's kAttachUndated).
std::vector<EventFrame> Redate(const std::vector<EventFrame>& frames, const AnchoredDoc& anchored,
                               const DossierDocument& doc) {
  const std::string& published = doc.published.date;
  const bool lower_bound = !anchored.published.date.empty();
  std::vector<EventFrame> out = frames;
  for (EventFrame& f : out) {
    f.date = SentenceDate(anchored.timexes, f.span);
    f.explicit_date = !f.date.empty();
    if (f.date.empty() && !lower_bound) {
      f.date = published.size() >= 10 ? published.substr(0, 10) : published;
    }
  }
  return out;
}

// Confidence of a date taken from the original of a near-duplicate.
constexpr float kCopyDateConfidence = 0.3f;

// A near-duplicate without a date of its own takes its original's: a wire copy
// or a lightly edited rewrite appears within hours of the original, so its date
// is that day far more often than any clue the copy's own text could give (the
// copy names the same events as the original, so its latest one is the
// original's lower bound at best). Inferred, with low confidence: a copy can
// also be a republication days later.
void InheritCopyDates(std::vector<DossierDocument>& documents) {
  absl::flat_hash_map<std::string_view, size_t> by_id;
  for (size_t i = 0; i < documents.size(); ++i) by_id.emplace(documents[i].id, i);
  for (DossierDocument& d : documents) {
    if (d.copy_of.empty() || !d.published.date.empty()) continue;
    auto it = by_id.find(d.copy_of);
    if (it == by_id.end()) continue;
    const PublishedDate& original = documents[it->second].published;
    if (original.date.empty()) continue;
    const float confidence = original.inferred ? original.confidence : 1.0f;
    d.published = {original.date, true, std::min(confidence, kCopyDateConfidence),
                   "near-duplicate of " + d.copy_of + ", published " + original.date};
  }
}

}  // namespace

void StoryLinker::MarkOffTopic(const std::vector<uint32_t>& members,
                               std::vector<DossierDocument>& docs) const {
  std::vector<uint32_t> originals;
  std::vector<const ParagraphTerms*> terms;
  for (uint32_t m : members) {
    if (infos_[m].copy) continue;
    originals.push_back(m);
    terms.push_back(&docs_[m].paragraph_terms);
  }
  std::vector<std::vector<uint32_t>> off = FindOffTopic(terms, *terms_);
  for (size_t i = 0; i < originals.size(); ++i) {
    const uint32_t m = originals[i];
    for (uint32_t p : off[i]) {
      ByteSpan span = docs_[m].paragraph_spans[p];
      docs[m].off_topic.push_back({span.begin, span.end, std::string(span.Of(infos_[m].text)),
                                   "drift"});
    }
  }
}

std::string StoryLinker::StoryTitle(uint32_t story, const std::vector<uint32_t>& members) const {
  const TermVector centroid = stories_.size() > story ? stories_.Centroid(story) : TermVector{};
  uint32_t best = members.front();
  float best_score = -1;
  for (uint32_t m : members) {
    float score = Cosine(doc_vectors_[m], centroid) + (docs_[m].meta.title.empty() ? 0.0f : 1.0f);
    if (score > best_score) {
      best = m;
      best_score = score;
    }
  }
  if (!docs_[best].meta.title.empty()) return docs_[best].meta.title;
  for (const EventFrame& f : docs_[best].frames) {
    if (f.term_count >= 4) return Shorten(f.span.Of(infos_[best].text), kMaxTitleBytes);
  }
  return docs_[best].meta.id;
}

std::vector<AnchoredDoc> StoryLinker::AnchorDates(const std::vector<uint32_t>& members) const {
  std::vector<DatedDoc> dated;
  for (uint32_t m : members) {
    const PublishedDate& published = docs_[m].meta.published;
    dated.push_back({docs_[m].meta.id, infos_[m].text, &docs_[m].timexes,
                     published.date.size() >= 10 ? published.date.substr(0, 10) : published.date,
                     published.inferred});
    // A near-duplicate takes its original's date (InheritCopyDates), not a look-alike's.
    if (!infos_[m].copy) dated.back().terms = &doc_vectors_[m];
  }
  MarkFurniture(members, dated);
  return StoryDater(tagger_.get()).Anchor(dated);
}

void StoryLinker::MarkFurniture(const std::vector<uint32_t>& members,
                                    std::vector<DatedDoc>& dated) const {
  std::vector<FurnitureDoc> docs;
  for (size_t i = 0; i < members.size(); ++i) {
    docs.push_back({dated[i].text, dated[i].timexes, infos_[members[i]].copy});
  }
  std::vector<std::vector<ByteSpan>> furniture = FindPageFurniture(docs);
  for (size_t i = 0; i < members.size(); ++i) dated[i].furniture = std::move(furniture[i]);
}

StoryLinker::StoryResult StoryLinker::BuildStory(uint32_t story,
                                                 const std::vector<uint32_t>& members,
                                                 const std::vector<DossierDocument>& docs,
                                                 const std::vector<AnchoredDoc>& anchored,
                                                 const std::vector<Entity>& entities) const {
  StoryResult result;
  result.story.id = "s" + std::to_string(story + 1);
  std::vector<const EventFrame*> frames;
  // Re-dated copies of the frames of documents the story anchoring changed;
  // sized up front so the pointers into them stay valid.
  std::vector<std::vector<EventFrame>> redated(members.size());
  for (size_t i = 0; i < members.size(); ++i) {
    const uint32_t m = members[i];
    result.story.documents.push_back(docs_[m].meta.id);
    if (anchored[i].changed) redated[i] = Redate(docs_[m].frames, anchored[i], docs[m]);
    const std::vector<EventFrame>& own = anchored[i].changed ? redated[i] : docs_[m].frames;
    for (const EventFrame& f : own) {
      ByteSpan paragraph = f.paragraph < docs_[m].paragraph_spans.size()
                               ? docs_[m].paragraph_spans[f.paragraph] : f.span;
      bool off = std::any_of(docs[m].off_topic.begin(), docs[m].off_topic.end(),
                             [&](const TextSpan& o) { return o.begin <= paragraph.begin &&
                                                             paragraph.end <= o.end; });
      if (!off && f.term_count > 0) frames.push_back(&f);
    }
  }
  TimelineBuilder builder(&infos_);
  builder.set_entities(&entities);
  std::vector<Event> events = builder.Merge(frames);
  if (!options_.publication_dated_events) {
    std::erase_if(events, [](const Event& e) { return !e.explicit_date; });
  }
  result.story.title = StoryTitle(story, members);
  result.story.summary = StorySummary(events, builder);
  if (options_.max_dates > 0 || options_.per_date > 0) {
    result.timeline = SelectTimeline(events, builder, result.story.id,
                                     {options_.max_dates, options_.per_date});
  } else {
    for (const Event& e : events) result.timeline.push_back(builder.ToEntry(e, result.story.id));
  }
  for (const Event& e : events) {
    for (Conflict& c : builder.Conflicts(e, result.story.id)) result.conflicts.push_back(std::move(c));
  }
  for (Conflict& c : builder.DateConflicts(events, result.story.id)) {
    result.conflicts.push_back(std::move(c));
  }
  return result;
}

std::vector<std::vector<float>> StoryLinker::DriftScores() const {
  std::vector<std::vector<float>> out(docs_.size());
  absl::btree_map<uint32_t, std::vector<uint32_t>> members;
  for (uint32_t i = 0; i < docs_.size(); ++i) {
    if (!infos_[i].copy) members[docs_[i].story].push_back(i);
  }
  for (const auto& [story, docs] : members) {
    std::vector<const ParagraphTerms*> terms;
    for (uint32_t m : docs) terms.push_back(&docs_[m].paragraph_terms);
    std::vector<std::vector<float>> scores;
    FindOffTopic(terms, *terms_, {}, &scores);
    for (size_t i = 0; i < docs.size(); ++i) out[docs[i]] = scores[i];
  }
  return out;
}

Dossier StoryLinker::BuildDossier() const {
  Dossier dossier;
  for (const DocState& d : docs_) dossier.documents.push_back(d.meta);
  absl::btree_map<uint32_t, std::vector<uint32_t>> members;
  for (uint32_t i = 0; i < docs_.size(); ++i) members[docs_[i].story].push_back(i);
  dossier.entities = resolver_->Entities();
  // Stories are independent: each task reads shared state only (const members,
  // the immutable tagger and term model) and writes only its own result and its
  // own documents' records, so they run in parallel; results are joined in story
  // order, so the dossier does not depend on the scheduling.
  std::vector<std::pair<uint32_t, const std::vector<uint32_t>*>> stories;
  for (const auto& [story, docs] : members) stories.emplace_back(story, &docs);
  std::vector<StoryResult> results(stories.size());
  tbb::parallel_for(size_t{0}, stories.size(), [&](size_t k) {
    const auto& [story, docs] = stories[k];
    MarkOffTopic(*docs, dossier.documents);
    std::vector<AnchoredDoc> anchored = AnchorDates(*docs);
    for (size_t i = 0; i < docs->size(); ++i) {
      if (!anchored[i].published.date.empty() || anchored[i].replaced_published) {
        dossier.documents[(*docs)[i]].published = anchored[i].published;
      }
    }
    results[k] = BuildStory(story, *docs, dossier.documents, anchored, dossier.entities);
  });
  InheritCopyDates(dossier.documents);
  for (StoryResult& r : results) {
    dossier.stories.push_back(std::move(r.story));
    for (auto& t : r.timeline) dossier.timeline.push_back(std::move(t));
    for (auto& c : r.conflicts) dossier.conflicts.push_back(std::move(c));
  }
  std::stable_sort(dossier.timeline.begin(), dossier.timeline.end(),
                   [](const TimelineEntry& a, const TimelineEntry& b) {
                     return a.story != b.story ? a.story < b.story : a.date < b.date;
                   });
  for (const DocState& d : docs_) {
    dossier.quotes.insert(dossier.quotes.end(), d.quotes.begin(), d.quotes.end());
  }
  return dossier;
}

}  // namespace storyline::link
