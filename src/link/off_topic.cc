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
    // The judged paragraphs in order (the lead first, on topic by definition).
    struct Judged {
      uint32_t paragraph;
      float score;
      bool off;
    };
    std::vector<Judged> judged;
    const auto& paragraphs = story[d]->paragraphs;
    for (size_t p = 0; p < paragraphs.size(); ++p) {
      if (paragraphs[p].size() < options.min_terms) continue;
      if (judged.empty()) {
        judged.push_back({static_cast<uint32_t>(p), 1.0f, false});
        continue;
      }
      float score = Coverage(paragraphs[p], own[d], df, full, model);
      if (coverage != nullptr) (*coverage)[d][p] = score;
      float needed = options.min_coverage + (judged.back().off ? options.tail_slack : 0.0f);
      judged.push_back({static_cast<uint32_t>(p), score, score < needed});
    }
    for (size_t i = 0; i < judged.size(); ++i) {
      // Drift comes as tails and sections: one low paragraph between two on-topic
      // ones is an on-topic detail in words the other articles did not use
      // (forces leaving two small towns), unless it shares almost nothing.
      const bool isolated = i > 0 && i + 1 < judged.size() && !judged[i - 1].off &&
                            !judged[i + 1].off && judged[i].score >= options.isolated_floor;
      if (judged[i].off && !isolated) out[d].push_back(judged[i].paragraph);
    }
  }
  return out;
}

}  // namespace storyline::link
