// NearDuplicateIndex: finds documents that copy an earlier one (exact copies,
// wire copies with a changed first paragraph, light rewrites), so copies are
// never counted as corroboration.
//
// Approach: MinHash over word 3-shingles (stop words kept: function words carry
// the phrasing a copy preserves), 64 hash functions, LSH with 16 bands of 4 rows.
// A band collision makes a candidate; the candidate is a copy when the share of
// equal MinHash values (the Jaccard estimate) is >= kCopyJaccard.
//
// Thresholds: with 16x4 bands a pair at Jaccard 0.5 collides with p = 0.64, at
// 0.7 with p = 0.99. A wire copy whose first of five paragraphs was rewritten
// keeps Jaccard ~0.65; two independent reports of one event share < 0.1 of their
// 3-shingles (measured on the seeds: the two "400 soldiers" articles, 0.02).
// kCopyJaccard = 0.45 sits between. Cost per document: 64 hashes per shingle plus
// 16 hash-map lookups, independent of the index size (bucket lists of one
// shingle-band are short unless documents really are copies).
//
// Memory: 256 bytes of signature per document plus 16 bucket entries (~0.6 KB).
// Not thread-safe.
#ifndef STORYLINE_LINK_NEAR_DUPLICATES_H_
#define STORYLINE_LINK_NEAR_DUPLICATES_H_

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "absl/container/flat_hash_map.h"

namespace storyline::link {

class NearDuplicateIndex {
 public:
  static constexpr int kHashes = 64;
  static constexpr int kBands = 16;
  static constexpr int kRows = kHashes / kBands;
  static constexpr float kCopyJaccard = 0.45f;
  using Signature = std::array<uint32_t, kHashes>;

  // MinHash signature of `text`; nullopt when it has fewer than 3 words.
  static std::optional<Signature> Sign(std::string_view text);
  // Share of equal positions: an estimate of the shingle Jaccard.
  static float Similarity(const Signature& a, const Signature& b);

  // Adds document number `doc` (callers number documents 0, 1, 2, ...) and
  // returns the earlier document it copies, if any. A copy of a copy points at
  // the original.
  std::optional<uint32_t> Add(uint32_t doc, std::string_view text);

 private:
  // Band key -> newest entry; entries chain to older ones in the same bucket
  // (a linked list in one vector: 8 bytes per document and band, no per-bucket
  // allocation).
  struct Entry {
    uint32_t doc;
    uint32_t next;  // index into entries_, UINT32_MAX = end
  };
  absl::flat_hash_map<uint64_t, uint32_t> buckets_;
  std::vector<Entry> entries_;
  absl::flat_hash_map<uint32_t, Signature> signatures_;
  absl::flat_hash_map<uint32_t, uint32_t> original_of_;
};

}  // namespace storyline::link

#endif  // STORYLINE_LINK_NEAR_DUPLICATES_H_
