// Story-level date anchoring; the rules and why are in story_dates.h.
#include "src/link/story_dates.h"

#include <algorithm>
#include <cstdio>

#include "src/link/timeline_builder.h"

namespace storyline::link {
namespace {

bool Digits(std::string_view v, size_t from, size_t n) {
  if (v.size() < from + n) return false;
  for (size_t i = from; i < from + n; ++i) {
    if (v[i] < '0' || v[i] > '9') return false;
  }
  return true;
}

// "YYYY-MM-DD" (a real calendar day).
bool IsDay(std::string_view v) {
  int days = 0;
  return v.size() == 10 && Digits(v, 0, 4) && v[4] == '-' && Digits(v, 5, 2) && v[7] == '-' &&
         Digits(v, 8, 2) && DayNumber(v, &days);
}

bool IsYearMonth(std::string_view v) {
  return v.size() == 7 && Digits(v, 0, 4) && v[4] == '-' && Digits(v, 5, 2);
}

std::string WithYear(int year, std::string_view month_day) {
  char buf[8];
  std::snprintf(buf, sizeof(buf), "%04d", year);
  std::string out = std::string(buf) + "-" + std::string(month_day);
  return IsDay(out) ? out : "";
}

// The "YYYY-MM" of a full date or year-month value; empty otherwise.
std::string MonthOf(std::string_view v) {
  if (IsDay(v) || IsYearMonth(v)) return std::string(v.substr(0, 7));
  return "";
}

}  // namespace

YearEvidence LatestYearMonth(const std::vector<DatedDoc>& docs) {
  YearEvidence best;
  auto consider = [&](const std::string& month, std::string text) {
    if (!month.empty() && month > best.month) best = {month, std::move(text)};
  };
  for (const DatedDoc& d : docs) {
    if (!d.published.empty()) consider(MonthOf(d.published), "published " + d.published);
    if (d.timexes == nullptr) continue;
    for (const Timex& t : *d.timexes) {
      if (t.type != TimexType::kDate) continue;
      consider(MonthOf(t.value), std::string(t.span.Of(d.text)));
    }
  }
  return best;
}

std::string ResolveMonthDay(std::string_view value, std::string_view published,
                            std::string_view anchor_month) {
  if (value.size() != 10 || value.substr(0, 5) != "XXXX-" || !Digits(value, 5, 2) ||
      value[7] != '-' || !Digits(value, 8, 2)) {
    return "";
  }
  const std::string_view month_day = value.substr(5);
  if (IsDay(published)) {
    int year = std::stoi(std::string(published.substr(0, 4)));
    if (month_day > published.substr(5, 5)) --year;  // not yet this year: last year's
    return WithYear(year, month_day);
  }
  if (!IsYearMonth(anchor_month)) return "";
  int year = std::stoi(std::string(anchor_month.substr(0, 4)));
  if (month_day.substr(0, 2) < anchor_month.substr(5, 2)) ++year;  // already past: next year's
  return WithYear(year, month_day);
}

std::vector<AnchoredDoc> StoryDater::Anchor(const std::vector<DatedDoc>& docs) const {
  const YearEvidence evidence = LatestYearMonth(docs);
  std::vector<AnchoredDoc> out;
  out.reserve(docs.size());
  for (const DatedDoc& d : docs) out.push_back(AnchorOne(d, evidence));
  return out;
}

AnchoredDoc StoryDater::AnchorOne(const DatedDoc& doc, const YearEvidence& evidence) const {
  AnchoredDoc out;
  if (doc.timexes == nullptr) return out;
  out.timexes = *doc.timexes;
  Resolved r = ResolveYearless(doc, evidence.month, out.timexes);
  out.changed = !r.by_span.empty();
  if (!doc.published.empty() || r.latest.empty() || r.by_span.empty()) return out;
  out.published = {r.latest, true, kInferredConfidence,
                   "story context: latest reported date '" + std::string(r.latest_text) +
                       "' (year from the story's '" + evidence.text + "')"};
  if (tagger_ == nullptr) return out;
  out.timexes = tagger_->Tag(doc.text, r.latest);
  for (Timex& t : out.timexes) {
    auto it = r.by_span.find(SpanKey(t.span));
    if (it != r.by_span.end()) t.value = it->second;
  }
  return out;
}

StoryDater::Resolved StoryDater::ResolveYearless(const DatedDoc& doc,
                                                 std::string_view anchor_month,
                                                 std::vector<Timex>& timexes) {
  Resolved r;
  for (Timex& t : timexes) {
    if (t.type != TimexType::kDate) continue;
    std::string year_given = ResolveMonthDay(t.value, doc.published, anchor_month);
    if (!year_given.empty()) {
      t.value = year_given;
      r.by_span[SpanKey(t.span)] = year_given;
    }
    if (IsDay(t.value) && t.value > r.latest) {
      r.latest = t.value;
      r.latest_text = t.span.Of(doc.text);
    }
  }
  return r;
}

}  // namespace storyline::link
