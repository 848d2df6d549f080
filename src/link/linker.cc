// Linker: per-document work at Add() time. See linker_impl.h for the overall
// shape and each component's header for its approach and thresholds.
#include "src/link/linker.h"

#include <algorithm>
#include <fstream>

#include "src/link/dossier_fill.h"
#include "src/link/linker_impl.h"

namespace storyline::link {
namespace {

// Document-vector terms kept for story titles (the heaviest ones suffice).
constexpr size_t kKeptDocTerms = 30;

absl::StatusOr<absl::flat_hash_set<std::string>> ReadNegations(const std::string& data_dir) {
  const std::string path = data_dir + "/link/negation_words.txt";
  std::ifstream in(path);
  if (!in) return absl::NotFoundError("cannot read " + path);
  absl::flat_hash_set<std::string> words;
  for (std::string line; std::getline(in, line);) {
    if (!line.empty() && line[0] != '#') words.insert(line);
  }
  return words;
}

bool InBoilerplate(const Analysis& a, ByteSpan span) {
  return std::any_of(a.boilerplate.begin(), a.boilerplate.end(),
                     [&](const FlaggedSpan& b) { return b.span.Contains(span); });
}

}  // namespace

absl::StatusOr<std::unique_ptr<Linker>> Linker::Create(const LinkOptions& options) {
  ASSIGN_OR_RETURN(auto linker, StoryLinker::Create(options));
  return std::unique_ptr<Linker>(std::move(linker));
}

absl::StatusOr<std::unique_ptr<StoryLinker>> StoryLinker::Create(const LinkOptions& options) {
  std::unique_ptr<StoryLinker> linker(new StoryLinker(options));
  ASSIGN_OR_RETURN(linker->terms_, TermModel::Load(options.data_dir));
  // One gazetteer (the biggest table) for the name keys and the resolver.
  std::shared_ptr<const Gazetteer> gazetteer = LoadGazetteer(options.data_dir);
  ASSIGN_OR_RETURN(linker->name_keys_, NameKeys::Create(options.data_dir, gazetteer));
  ASSIGN_OR_RETURN(linker->quantities_, QuantityFinder::Load(options.data_dir));
  ASSIGN_OR_RETURN(linker->resolver_, EntityResolver::Create(options.data_dir, gazetteer));
  ASSIGN_OR_RETURN(linker->negations_, ReadNegations(options.data_dir));
  // The tagger re-anchors "on Friday" in documents whose date only the story
  // gives; without data/time that step is skipped, other errors are real.
  auto tagger = temporal::TimeTagger::Load(options.data_dir);
  if (tagger.ok()) {
    linker->tagger_ = std::move(*tagger);
  } else if (!absl::IsNotFound(tagger.status())) {
    return tagger.status();
  }
  return linker;
}

// The article without its title and boilerplate: what copies and stories compare.
std::string StoryLinker::CleanText(const Document& doc, const Analysis& analysis) const {
  std::string clean;
  for (const Paragraph& p : analysis.paragraphs) {
    if (InBoilerplate(analysis, p.span) || doc.title_span.Contains(p.span)) continue;
    clean.append(p.span.Of(doc.text));
    clean += '\n';
  }
  return clean.empty() && analysis.paragraphs.empty() ? doc.text : clean;
}

TermVector StoryLinker::DocumentVector(const std::string& clean, const Document& doc,
                                       const Analysis& analysis) {
  std::vector<uint32_t> ids = terms_->Terms(clean);
  // Titles say what the story is: count their terms twice.
  std::vector<uint32_t> title = terms_->Terms(doc.title.empty() ? doc.title_span.Of(doc.text)
                                                                : std::string_view(doc.title));
  ids.insert(ids.end(), title.begin(), title.end());
  ids.insert(ids.end(), title.begin(), title.end());
  // Names keyed by the entity, not the spelling: Москва, Москве and Moscow are
  // one term, so articles in other languages can meet the story (story_index.h).
  for (const Mention& m : analysis.mentions) {
    if (InBoilerplate(analysis, m.span)) continue;
    const std::string key = name_keys_->Key(m.span.Of(doc.text), m.type);
    if (!key.empty()) ids.push_back(terms_->NameTerm(key));
  }
  return terms_->Vectorize(ids);
}

uint32_t StoryLinker::AssignStory(const TermVector& vec, const Analysis& analysis) {
  TermVector names;
  for (const auto& p : vec) {
    if (terms_->IsNameTerm(p.first)) names.push_back(p);
  }
  // A view of the stored language string itself: `cond ? "" : string` would be a
  // temporary std::string, gone before the index reads the view.
  const std::string_view language =
      analysis.languages.empty() ? std::string_view() : std::string_view(analysis.languages[0]);
  const StoryIndex::Doc doc{vec, names, language};
  if (options_.single_story) {
    stories_.AddTo(0, doc);
    return 0;
  }
  return stories_.Add(doc);
}

ParagraphTerms StoryLinker::TermsOfParagraphs(const Document& doc, const Analysis& analysis) {
  ParagraphTerms out;
  for (const Paragraph& p : analysis.paragraphs) {
    std::vector<uint32_t> ids;
    if (!InBoilerplate(analysis, p.span) && !doc.title_span.Contains(p.span)) {
      ids = terms_->Terms(p.span.Of(doc.text));
    }
    // Words in another script (a Russian quote in an English article) cannot meet
    // the story's words before transliteration: leave them out of the drift test.
    // When they are 40% or more of the paragraph, what remains is the frame
    // around a quote ("stated one high-ranking representative ..."), too little
    // of the paragraph to judge it by: it is not judged (no terms).
    const size_t all = ids.size();
    std::erase_if(ids, [&](uint32_t t) {
      return static_cast<unsigned char>(terms_->TermText(t)[0]) >= 0x80;
    });
    if (all > 0 && (all - ids.size()) * 5 >= all * 2) ids.clear();
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    out.paragraphs.push_back(std::move(ids));
  }
  return out;
}

void StoryLinker::Add(const Document& doc, const Analysis& analysis) {
  const uint32_t index = static_cast<uint32_t>(docs_.size());
  DocState state;
  state.meta = FillDocument(doc, analysis);
  const std::string clean = CleanText(doc, analysis);
  std::optional<uint32_t> original = near_duplicates_.Add(index, clean);
  if (original) state.meta.copy_of = docs_[*original].meta.id;
  TermVector vec = DocumentVector(clean, doc, analysis);
  docs_.push_back(std::move(state));
  infos_.push_back({doc.id, docs_.back().meta.outlet, original.has_value(), doc.text});
  DocState& d = docs_.back();
  // A copy joins its original's story and must not pull the centroid.
  d.story = options_.single_story || !original ? AssignStory(vec, analysis) : docs_[*original].story;
  doc_vectors_.push_back(TopTerms(vec, kKeptDocTerms));
  std::vector<size_t> entities =
      resolver_->Add(doc.id, doc.text, analysis.mentions, "s" + std::to_string(d.story + 1));
  FrameInput input{index, &doc, &analysis, &entities, PublishedDay(doc, analysis)};
  d.frames = BuildFrames(input, *terms_, *quantities_, negations_);
  d.paragraph_terms = TermsOfParagraphs(doc, analysis);
  for (const Paragraph& p : analysis.paragraphs) d.paragraph_spans.push_back(p.span);
  d.quotes = FillQuotes(doc, analysis, entities);
  d.timexes = analysis.timexes;
}

}  // namespace storyline::link
