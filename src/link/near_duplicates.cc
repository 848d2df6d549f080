#include "src/link/near_duplicates.h"

#include <xxhash.h>

#include <algorithm>
#include <string>

#include "src/link/terms.h"

namespace storyline::link {
namespace {

// splitmix64 finalizer: one cheap, well-mixed hash family member per seed.
uint64_t Mix(uint64_t x) {
  x += 0x9e3779b97f4a7c15ULL;
  x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
  x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
  return x ^ (x >> 31);
}

std::vector<uint64_t> ShingleHashes(std::string_view text) {
  std::vector<std::string> words = Words(text);
  std::vector<uint64_t> hashes;
  if (words.size() < 3) return hashes;
  hashes.reserve(words.size() - 2);
  for (size_t i = 0; i + 2 < words.size(); ++i) {
    uint64_t h = XXH64(words[i].data(), words[i].size(), 1);
    h = XXH64(words[i + 1].data(), words[i + 1].size(), h);
    hashes.push_back(XXH64(words[i + 2].data(), words[i + 2].size(), h));
  }
  std::sort(hashes.begin(), hashes.end());
  hashes.erase(std::unique(hashes.begin(), hashes.end()), hashes.end());
  return hashes;
}

}  // namespace

std::optional<NearDuplicateIndex::Signature> NearDuplicateIndex::Sign(std::string_view text) {
  std::vector<uint64_t> shingles = ShingleHashes(text);
  if (shingles.empty()) return std::nullopt;
  Signature sig;
  sig.fill(UINT32_MAX);
  for (uint64_t s : shingles) {
    for (int i = 0; i < kHashes; ++i) {
      uint32_t h = static_cast<uint32_t>(Mix(s ^ (0x51ed27u * (i + 1))) >> 32);
      sig[i] = std::min(sig[i], h);
    }
  }
  return sig;
}

float NearDuplicateIndex::Similarity(const Signature& a, const Signature& b) {
  int same = 0;
  for (int i = 0; i < kHashes; ++i) same += a[i] == b[i];
  return static_cast<float>(same) / kHashes;
}

std::optional<uint32_t> NearDuplicateIndex::Add(uint32_t doc, std::string_view text) {
  std::optional<Signature> sig = Sign(text);
  if (!sig) return std::nullopt;
  std::optional<uint32_t> best;
  float best_sim = kCopyJaccard;
  std::vector<uint64_t> keys;
  for (int band = 0; band < kBands; ++band) {
    uint64_t key = XXH64(sig->data() + band * kRows, kRows * sizeof(uint32_t), band);
    keys.push_back(key);
    auto it = buckets_.find(key);
    if (it == buckets_.end()) continue;
    for (uint32_t e = it->second; e != UINT32_MAX; e = entries_[e].next) {
      const uint32_t other = entries_[e].doc;
      float sim = Similarity(*sig, signatures_.at(other));
      if (sim >= best_sim && (!best || sim > best_sim || other < *best)) {
        best = other;
        best_sim = sim;
      }
    }
  }
  for (uint64_t key : keys) {
    auto [it, inserted] = buckets_.try_emplace(key, UINT32_MAX);
    entries_.push_back({doc, it->second});
    it->second = static_cast<uint32_t>(entries_.size() - 1);
  }
  signatures_.emplace(doc, *sig);
  if (!best) return std::nullopt;
  auto orig = original_of_.find(*best);
  uint32_t original = orig == original_of_.end() ? *best : orig->second;
  original_of_[doc] = original;
  return original;
}

}  // namespace storyline::link
