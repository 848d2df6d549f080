// The tagger's label set: IOB2 over the four CoNLL-2003 types, and how a tag
// string maps to it. Plain constants; no state.
#ifndef STORYLINE_EXTRACT_ENTITIES_NER_LABELS_H_
#define STORYLINE_EXTRACT_ENTITIES_NER_LABELS_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "src/core/analysis.h"

namespace storyline::entities {

// 0 = O; then B/I pairs: 1,2 PER; 3,4 ORG; 5,6 LOC; 7,8 MISC.
inline constexpr int kNumLabels = 9;
inline constexpr int kNumTypes = 4;

inline bool IsBegin(int label) { return label > 0 && label % 2 == 1; }
inline bool IsInside(int label) { return label > 0 && label % 2 == 0; }
// 0..3 for PER, ORG, LOC, MISC; -1 for O.
inline int LabelType(int label) { return label == 0 ? -1 : (label - 1) / 2; }

// "B-PER", "I-LOC", "O". IOB1 tags read by ParseLabel become IOB2 later
// (see NormalizeIob).
std::string_view LabelName(int label);
// Inverse of LabelName; unknown strings give 0 (O).
int ParseLabel(std::string_view tag);
// CoNLL type name: "PER", "ORG", "LOC", "MISC".
std::string_view TypeName(int type);
// person, organization, location, other.
EntityType TypeToEntity(int type);
// Rewrites an IOB1 sequence (I- may open an entity) as IOB2, in place.
void NormalizeIob(int* labels, int n);
// True when `cur` may follow `prev` in IOB2 (prev -1 = sentence start).
bool AllowedTransition(int prev, int cur);

// One entity of an IOB2 sequence: tokens [begin, end) of type `type` (0..3).
struct LabelSpan {
  int begin = 0;
  int end = 0;
  int type = 0;
};
// The entities of an IOB2 sequence, in order (an I- of another type starts a new one).
std::vector<LabelSpan> LabelSpans(const std::vector<int>& labels);

}  // namespace storyline::entities

#endif  // STORYLINE_EXTRACT_ENTITIES_NER_LABELS_H_
