#include "src/link/story_summary.h"

#include <algorithm>
#include <set>

namespace storyline::link {

std::string Shorten(std::string_view text, size_t max_bytes) {
  if (text.size() <= max_bytes) return std::string(text);
  size_t cut = text.rfind(' ', max_bytes);
  if (cut == std::string_view::npos || cut == 0) {
    cut = max_bytes;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  }
  return std::string(text.substr(0, cut)) + "…";
}

std::string StorySummary(const std::vector<Event>& events, const TimelineBuilder& builder) {
  std::set<std::string, std::greater<>> dates;
  for (const Event& e : events) {
    if (!e.date.empty()) dates.insert(e.date);
  }
  if (dates.empty()) return "";
  const std::string& oldest_recent =
      *std::next(dates.begin(), std::min(dates.size(), kRecentDates) - 1);
  std::vector<const Event*> recent;
  for (const Event& e : events) {
    if (!e.date.empty() && e.date >= oldest_recent) recent.push_back(&e);
  }
  std::stable_sort(recent.begin(), recent.end(),
                   [](const Event* a, const Event* b) { return a->weight > b->weight; });
  if (recent.size() > kSummarySentences) recent.resize(kSummarySentences);
  std::stable_sort(recent.begin(), recent.end(),
                   [](const Event* a, const Event* b) { return a->date < b->date; });
  std::string summary;
  for (const Event* e : recent) {
    if (!summary.empty()) summary += ' ';
    summary += builder.SentenceText(*builder.Representative(*e));
  }
  return summary;
}

}  // namespace storyline::link
