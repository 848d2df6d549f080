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

std::vector<uint32_t> StoryIndex::Candidates(const TermVector& doc) const {
  absl::flat_hash_map<uint32_t, int> shared;
  for (const auto& [term, weight] : TopTerms(doc, kQueryTerms)) {
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

void StoryIndex::Update(uint32_t story, const TermVector& doc) {
  TermVector& c = centroids_[story];
  absl::flat_hash_map<uint32_t, float> sum(c.begin(), c.end());
  for (const auto& [t, w] : doc) sum[t] += w;
  TermVector merged(sum.begin(), sum.end());
  std::sort(merged.begin(), merged.end());
  merged = TopTerms(merged, kCentroidTerms);
  // Index the terms new to this story's centroid.
  size_t i = 0;
  for (const auto& [t, w] : merged) {
    while (i < c.size() && c[i].first < t) ++i;
    if (i < c.size() && c[i].first == t) continue;
    auto& list = postings_[t];
    if (list.size() <= kMaxPostings) list.push_back(story);
  }
  double norm = 0;
  for (const auto& p : merged) norm += static_cast<double>(p.second) * p.second;
  c = std::move(merged);
  norms_[story] = static_cast<float>(std::sqrt(norm));
}

uint32_t StoryIndex::Add(const TermVector& doc) {
  uint32_t best = UINT32_MAX;
  float best_score = kJoin;
  last_score_ = 0;
  for (uint32_t story : Candidates(doc)) {
    float score = norms_[story] > 0 ? Cosine(doc, centroids_[story]) / norms_[story] : 0;
    last_score_ = std::max(last_score_, score);
    if (score >= best_score) {
      best = story;
      best_score = score;
    }
  }
  if (best == UINT32_MAX) {
    best = static_cast<uint32_t>(centroids_.size());
    centroids_.emplace_back();
    norms_.push_back(0);
  }
  Update(best, doc);
  return best;
}

void StoryIndex::AddTo(uint32_t story, const TermVector& doc) {
  while (centroids_.size() <= story) {
    centroids_.emplace_back();
    norms_.push_back(0);
  }
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
