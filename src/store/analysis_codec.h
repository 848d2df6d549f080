// Analysis <-> compact binary record, the `analyses.data` column.
//
// Why binary and not JSON: an article's Analysis is mostly spans (hundreds of
// tokens, dozens of sentences) that are written once and read back whole. As
// LEB128 varints with each span's begin delta-coded against the previous span of
// its list and its end stored as a length, a typical span takes 2-3 bytes and
// decodes in a tight loop; the same data as JSON is ~10x larger and parsing it
// dominated replay time. Floats are stored as their exact 4-byte bit pattern, so
// a round trip is exact. The record starts with kAnalysisFormat; a future layout
// bumps it and the decoder keeps reading the old one.
//
// Decoding never trusts the bytes: every length and count is bounds-checked and
// a damaged record is a DataLoss error, never a crash or a huge allocation.
#ifndef STORYLINE_STORE_ANALYSIS_CODEC_H_
#define STORYLINE_STORE_ANALYSIS_CODEC_H_

#include <string>
#include <string_view>

#include "src/core/analysis.h"
#include "src/core/status.h"

namespace storyline::store {

inline constexpr int kAnalysisFormat = 1;

// Appends the record for `analysis` to `out` (cleared first).
void EncodeAnalysis(const Analysis& analysis, std::string& out);

// Parses a record made by EncodeAnalysis. DataLoss when `bytes` is truncated,
// has trailing bytes, or is not in a format this binary knows.
absl::StatusOr<Analysis> DecodeAnalysis(std::string_view bytes);

}  // namespace storyline::store

#endif  // STORYLINE_STORE_ANALYSIS_CODEC_H_
