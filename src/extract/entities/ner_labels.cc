#include "src/extract/entities/ner_labels.h"

namespace storyline::entities {
namespace {
constexpr std::string_view kNames[kNumLabels] = {"O",     "B-PER", "I-PER", "B-ORG", "I-ORG",
                                                 "B-LOC", "I-LOC", "B-MISC", "I-MISC"};
constexpr std::string_view kTypes[kNumTypes] = {"PER", "ORG", "LOC", "MISC"};
}  // namespace

std::string_view LabelName(int label) {
  return label >= 0 && label < kNumLabels ? kNames[label] : kNames[0];
}

int ParseLabel(std::string_view tag) {
  for (int i = 0; i < kNumLabels; ++i) {
    if (tag == kNames[i]) return i;
  }
  return 0;
}

std::string_view TypeName(int type) { return type >= 0 && type < kNumTypes ? kTypes[type] : "O"; }

EntityType TypeToEntity(int type) {
  switch (type) {
    case 0: return EntityType::kPerson;
    case 1: return EntityType::kOrganization;
    case 2: return EntityType::kLocation;
    default: return EntityType::kOther;
  }
}

void NormalizeIob(int* labels, int n) {
  for (int i = 0; i < n; ++i) {
    if (!IsInside(labels[i])) continue;
    int prev = i > 0 ? labels[i - 1] : 0;
    if (prev == 0 || LabelType(prev) != LabelType(labels[i])) labels[i] -= 1;  // I-X -> B-X
  }
}

bool AllowedTransition(int prev, int cur) {
  if (!IsInside(cur)) return true;
  return prev > 0 && LabelType(prev) == LabelType(cur);
}

std::vector<LabelSpan> LabelSpans(const std::vector<int>& labels) {
  std::vector<LabelSpan> out;
  const int n = static_cast<int>(labels.size());
  for (int i = 0; i < n; ++i) {
    if (labels[i] == 0) continue;
    const int type = LabelType(labels[i]);
    int j = i + 1;
    while (j < n && IsInside(labels[j]) && LabelType(labels[j]) == type) ++j;
    out.push_back({i, j, type});
    i = j - 1;
  }
  return out;
}

}  // namespace storyline::entities
