#include "src/link/off_topic.h"

#include <algorithm>

#include "absl/container/flat_hash_map.h"

namespace storyline::link {
namespace {

std::vector<uint32_t> DocTerms(const ParagraphTerms& doc) {
  std::vector<uint32_t> all;
  for (const auto& p : doc.paragraphs) all.insert(all.end(), p.begin(), p.end());
  std::sort(all.begin(), all.end());
  all.erase(std::unique(all.begin(), all.end()), all.end());
  return all;
}

}  // namespace

float Coverage(const std::vector<uint32_t>& paragraph, const std::vector<uint32_t>& own,
               const absl::flat_hash_map<uint32_t, uint32_t>& df, float full,
               const TermModel& model) {
  double total = 0, covered = 0;
  for (uint32_t t : paragraph) {
    const double idf = model.Idf(t);
    total += idf;
    auto it = df.find(t);
    uint32_t n = it == df.end() ? 0 : it->second;
    if (std::binary_search(own.begin(), own.end(), t)) --n;
    covered += idf * std::min(1.0f, n / full);
  }
  return total > 0 ? static_cast<float>(covered / total) : 1.0f;
}

std::vector<std::vector<uint32_t>> FindOffTopic(const std::vector<const ParagraphTerms*>& story,
                                                const TermModel& model,
                                                const DriftOptions& options,
                                                std::vector<std::vector<float>>* coverage) {
  std::vector<std::vector<uint32_t>> out(story.size());
  if (coverage != nullptr) {
    coverage->assign(story.size(), {});
    for (size_t d = 0; d < story.size(); ++d) coverage->at(d).assign(story[d]->paragraphs.size(), -1);
  }
  if (story.size() < options.min_other_docs + 1) return out;
  std::vector<std::vector<uint32_t>> own(story.size());
  absl::flat_hash_map<uint32_t, uint32_t> df;
  for (size_t d = 0; d < story.size(); ++d) {
    own[d] = DocTerms(*story[d]);
    for (uint32_t t : own[d]) ++df[t];
  }
  const float full = std::clamp(options.full_share * (story.size() - 1), 1.0f, options.full_docs);
  for (size_t d = 0; d < story.size(); ++d) {
    bool previous_off = false, lead_seen = false;
    const auto& paragraphs = story[d]->paragraphs;
    for (size_t p = 0; p < paragraphs.size(); ++p) {
      if (paragraphs[p].size() < options.min_terms) continue;
      if (!lead_seen) {
        lead_seen = true;
        continue;
      }
      float score = Coverage(paragraphs[p], own[d], df, full, model);
      if (coverage != nullptr) (*coverage)[d][p] = score;
      float needed = options.min_coverage + (previous_off ? options.tail_slack : 0.0f);
      previous_off = score < needed;
      if (previous_off) out[d].push_back(static_cast<uint32_t>(p));
    }
  }
  return out;
}

}  // namespace storyline::link
