#include "src/link/story_index.h"

#include <algorithm>
#include <cmath>

namespace storyline::link {

TermVector TopTerms(const TermVector& v, size_t n) {
  if (v.size() <= n) return v;
  TermVector top = v;
  std::nth_element(top.begin(), top.begin() + n, top.end(),
                   [](const auto& a, const auto& b) { return a.second > b.second; });
  top.resize(n);
  std::sort(top.begin(), top.end());
  return top;
}

TermVector Normalized(TermVector v) {
  double norm = 0;
  for (const auto& p : v) norm += static_cast<double>(p.second) * p.second;
  if (norm > 0) {
    const float inv = static_cast<float>(1.0 / std::sqrt(norm));
    for (auto& p : v) p.second *= inv;
  }
  return v;
}

namespace {

bool SameLanguage(std::string_view a, std::string_view b) {
  return a == b || a.empty() || b.empty() || a == "un" || b == "un";
}

int Shared(const TermVector& a, const TermVector& b) {
  int n = 0;
  for (size_t i = 0, j = 0; i < a.size() && j < b.size();) {
    if (a[i].first == b[j].first) {
      ++n, ++i, ++j;
    } else if (a[i].first < b[j].first) {
      ++i;
    } else {
      ++j;
    }
  }
  return n;
}

// Sum of `c` and `add`, truncated to the `keep` heaviest, sorted by term id.
TermVector Merged(const TermVector& c, const TermVector& add, size_t keep) {
  absl::flat_hash_map<uint32_t, float> sum(c.begin(), c.end());
  for (const auto& [t, w] : add) sum[t] += w;
  TermVector merged(sum.begin(), sum.end());
  std::sort(merged.begin(), merged.end());
  return TopTerms(merged, keep);
}

float Norm(const TermVector& v) {
  double norm = 0;
  for (const auto& p : v) norm += static_cast<double>(p.second) * p.second;
  return static_cast<float>(std::sqrt(norm));
}

}  // namespace

std::vector<uint32_t> StoryIndex::Candidates(const Doc& doc) const {
  absl::flat_hash_map<uint32_t, int> shared;
  TermVector query = TopTerms(doc.terms, kQueryTerms);
  for (const auto& p : TopTerms(doc.names, kQueryNames)) {
    auto at = std::lower_bound(query.begin(), query.end(), p);
    if (at == query.end() || at->first != p.first) query.insert(at, p);
  }
  for (const auto& [term, weight] : query) {
    auto it = postings_.find(term);
    if (it == postings_.end() || it->second.size() > kMaxPostings) continue;
    for (uint32_t story : it->second) ++shared[story];
  }
  std::vector<std::pair<int, uint32_t>> ranked;
  for (const auto& [story, n] : shared) ranked.emplace_back(-n, story);
  std::sort(ranked.begin(), ranked.end());
  if (ranked.size() > kMaxCandidates) ranked.resize(kMaxCandidates);
  std::vector<uint32_t> out;
  for (const auto& r : ranked) out.push_back(r.second);
  return out;
}

float StoryIndex::Score(const Doc& doc, const TermVector& names, uint32_t story) const {
  const float words = norms_[story] > 0 ? Cosine(doc.terms, centroids_[story]) / norms_[story] : 0;
  const TermVector& c = name_centroids_[story];
  if (SameLanguage(doc.language, languages_[story]) || name_norms_[story] <= 0 ||
      Shared(names, c) < kMinSharedNames) {
    return words;
  }
  // The words still count: a short English text the language detector took for
  // Vietnamese keeps its word cosine. The names' cosine is rescaled so that
  // kJoinNames ranks with kJoin (last_score and the best-story choice compare both).
  return std::max(words, Cosine(names, c) / name_norms_[story] * (kJoin / kJoinNames));
}

void StoryIndex::Open(std::string_view language) {
  centroids_.emplace_back();
  norms_.push_back(0);
  name_centroids_.emplace_back();
  name_norms_.push_back(0);
  languages_.emplace_back(language);
}

void StoryIndex::Update(uint32_t story, const Doc& doc) {
  const bool same = SameLanguage(doc.language, languages_[story]);
  if (languages_[story].empty() || languages_[story] == "un") languages_[story] = doc.language;
  UpdateNames(story, doc.names);
  TermVector& c = centroids_[story];
  // A document in another language adds only its names: the story's words stay
  // in the story's language.
  TermVector merged = Merged(c, same ? doc.terms : doc.names, kCentroidTerms);
  // Index the terms new to this story's centroid.
  size_t i = 0;
  for (const auto& [t, w] : merged) {
    while (i < c.size() && c[i].first < t) ++i;
    if (i < c.size() && c[i].first == t) continue;
    auto& list = postings_[t];
    if (list.size() <= kMaxPostings) list.push_back(story);
  }
  norms_[story] = Norm(merged);
  c = std::move(merged);
}

void StoryIndex::UpdateNames(uint32_t story, const TermVector& names) {
  if (names.empty()) return;
  TermVector& c = name_centroids_[story];
  c = Merged(c, names, kCentroidNames);
  name_norms_[story] = Norm(c);
}

uint32_t StoryIndex::Add(const Doc& doc) {
  uint32_t best = UINT32_MAX;
  float best_score = kJoin;
  last_score_ = 0;
  const TermVector names = Normalized(doc.names);
  for (uint32_t story : Candidates(doc)) {
    float score = Score(doc, names, story);
    last_score_ = std::max(last_score_, score);
    if (score >= best_score) {
      best = story;
      best_score = score;
    }
  }
  if (best == UINT32_MAX) {
    best = static_cast<uint32_t>(centroids_.size());
    Open(doc.language);
  }
  Update(best, doc);
  return best;
}

void StoryIndex::AddTo(uint32_t story, const Doc& doc) {
  while (centroids_.size() <= story) Open(doc.language);
  Update(story, doc);
}

TermVector StoryIndex::Centroid(uint32_t story) const {
  TermVector c = centroids_[story];
  if (norms_[story] > 0) {
    for (auto& p : c) p.second /= norms_[story];
  }
  return c;
}

}  // namespace storyline::link
