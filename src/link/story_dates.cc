// Story-level date anchoring; the rules and why are in story_dates.h.
#include "src/link/story_dates.h"

#include <algorithm>
#include <array>
#include <cstdio>

#include "absl/container/flat_hash_set.h"

#include "src/extract/time/pubdate.h"
#include "src/link/event_frames.h"
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

// "YYYY-Www".
bool IsIsoWeek(std::string_view v) {
  return v.size() == 8 && Digits(v, 0, 4) && v[4] == '-' && v[5] == 'W' && Digits(v, 6, 2);
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

// ISO weekday (1 = Monday .. 7 = Sunday) of a day number (1970-01-01, day 0,
// was a Thursday).
int IsoWeekday(int days) { return ((days % 7 + 7 + 3) % 7) + 1; }

// The ISO weekday of a "XXXX-WXX-d" value, or of a time on it ("XXXX-WXX-1TNI":
// "Monday night"), a weekday with nothing else known; 0 for anything else.
int WeekdayOf(std::string_view v) {
  if (v.size() < 10 || !v.starts_with("XXXX-WXX-") || v[9] < '1' || v[9] > '7') return 0;
  if (v.size() > 10 && v[10] != 'T') return 0;
  return v[9] - '0';
}

// A duration value of a week or more ("P8D", "P2W", "P3M", "P1Y", "PXY").
bool SpansAWeek(std::string_view v) {
  if (v.size() < 3 || v[0] != 'P' || v[1] == 'T') return false;
  const char unit = v.back();
  if (unit == 'W' || unit == 'M' || unit == 'Y' || unit == 'E' || unit == 'C') return true;
  if (unit != 'D') return false;
  int days = 0;
  for (char c : v.substr(1, v.size() - 2)) {
    if (c < '0' || c > '9') return true;  // "PXD": some days, perhaps many
    days = days * 10 + (c - '0');
  }
  return days >= 7;
}

// Lower-case ASCII words of `s` (anything else ends a word).
std::vector<std::string> LowerWords(std::string_view s) {
  std::vector<std::string> out;
  std::string word;
  for (char c : s) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
      word += static_cast<char>(c | 0x20);
    } else if (!word.empty()) {
      out.push_back(std::move(word));
      word.clear();
    }
  }
  if (!word.empty()) out.push_back(std::move(word));
  return out;
}

// Words of an event clause that say what happened ("ran", "aground", "izmail"),
// not how it is phrased.
bool IsContentWord(std::string_view w) {
  static const absl::flat_hash_set<std::string_view> kFunction = {
      "the", "and", "was", "were", "had", "has", "have", "been", "its", "their", "his",
      "her", "they", "this", "that", "with", "from", "near", "into", "for", "are",
      "when", "which", "who", "then", "than", "she", "him", "them", "our", "not", "first"};
  return w.size() >= 3 && !kFunction.contains(w);
}

// One word in two forms: equal, or the same first four letters when both have
// four or more ("grounded" / "grounding"; "ran" / "running" stay apart).
bool SameStem(std::string_view a, std::string_view b) {
  if (a.size() >= 4 && b.size() >= 4) return a.substr(0, 4) == b.substr(0, 4);
  return a == b;
}


// Days in a "P<n>D" or "P<n>W" value (up to a year), or 0.
int OffsetDays(std::string_view v) {
  if (v.size() < 3 || v[0] != 'P' || (v.back() != 'D' && v.back() != 'W')) return 0;
  int n = 0;
  for (char c : v.substr(1, v.size() - 2)) {
    if (c < '0' || c > '9') return 0;
    n = n * 10 + (c - '0');
    if (n > 366) return 0;
  }
  return v.back() == 'W' ? n * 7 : n;
}

// How far before the story's anchor month a yearless month-day may lie (see
// ResolveMonthDay). Two: on Timeline17 with dates hidden, stories centre on
// their key month and reach back to its lead-up; on the seeds the only explicit
// month ("April 2024") is background, and "January 28" nine months on must
// stay after it.
constexpr int kMonthsBefore = 2;

// The text writes a year: four digits in a row ("2009", "Oct. 11, 2008").
bool NamesYear(std::string_view text) {
  int run = 0;
  for (char c : text) {
    run = (c >= '0' && c <= '9') ? run + 1 : 0;
    if (run == 4) return true;
  }
  return false;
}

// The "YYYY-MM" of a full date or year-month value; empty otherwise.
std::string MonthOf(std::string_view v) {
  if (IsDay(v) || IsYearMonth(v)) return std::string(v.substr(0, 7));
  return "";
}

}  // namespace

bool DatedDoc::InFurniture(ByteSpan s) const {
  auto it = std::upper_bound(furniture.begin(), furniture.end(), s.begin,
                             [](uint32_t at, const ByteSpan& line) { return at < line.begin; });
  return it != furniture.begin() && std::prev(it)->Contains(s);
}

YearEvidence AnchorYearMonth(const std::vector<DatedDoc>& docs) {
  // Per month: how many documents name it, and the first text that did.
  absl::flat_hash_map<std::string, std::pair<size_t, std::string>> months;
  for (const DatedDoc& d : docs) {
    absl::flat_hash_set<std::string> own;
    auto consider = [&](std::string month, std::string_view text) {
      if (month.empty() || !own.insert(month).second) return;
      auto& [n, first] = months[month];
      if (n++ == 0) first = std::string(text);
    };
    if (!d.published.empty() && !d.published_inferred) {
      consider(MonthOf(d.published), "published " + d.published);
    }
    if (d.timexes == nullptr) continue;
    for (const Timex& t : *d.timexes) {
      if (t.type != TimexType::kDate || d.InFurniture(t.span)) continue;
      // Without a metadata date, a value's year is only known when the text
      // writes it ("June 2009"); "April" or "yesterday" got theirs from an
      // inferred date, and counting them would count that guess again.
      if ((d.published.empty() || d.published_inferred) && !NamesYear(t.span.Of(d.text))) continue;
      // A plan or forecast ("a vaccine by February 2036") is not what the
      // story reports.
      if (temporal::SentenceLooksAhead(d.text, t.span)) continue;
      consider(MonthOf(t.value), t.span.Of(d.text));
    }
  }
  YearEvidence best;
  size_t best_n = 0;
  for (const auto& [month, named] : months) {
    if (named.first > best_n || (named.first == best_n && month > best.month)) {
      best = {month, named.second};
      best_n = named.first;
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
  // The occurrence in the year-long window from kMonthsBefore months before the
  // anchor month: a story mostly runs on after the month it talks about most
  // (or its only explicit one), and some of it leads up to it (protests from
  // "January 25" in a story centred on February 11, 2011).
  const int anchor_year = std::stoi(std::string(anchor_month.substr(0, 4)));
  const int anchor = anchor_year * 12 + std::stoi(std::string(anchor_month.substr(5, 2))) - 1;
  const int month = std::stoi(std::string(month_day.substr(0, 2))) - 1;
  for (int year = anchor_year - 1; year <= anchor_year + 1; ++year) {
    const int offset = year * 12 + month - anchor;
    if (offset >= -kMonthsBefore && offset < 12 - kMonthsBefore) return WithYear(year, month_day);
  }
  return "";
}

std::vector<AnchoredDoc> StoryDater::Anchor(const std::vector<DatedDoc>& given) const {
  // Step 0: documents dated by page furniture or by background far older than
  // the story are undated, tagged afresh.
  std::vector<DatedDoc> docs = given;
  std::vector<std::vector<Timex>> retagged(docs.size());
  std::vector<std::string> replaced(docs.size());  // why, for the evidence string
  auto undate = [&](size_t i, std::string why) {
    retagged[i] = tagger_->Tag(docs[i].text, "");
    docs[i].timexes = &retagged[i];
    docs[i].published.clear();
    docs[i].published_inferred = false;
    replaced[i] = std::move(why);
  };
  for (size_t i = 0; i < docs.size() && tagger_ != nullptr; ++i) {
    if (DatedByFurniture(docs[i])) {
      undate(i, "stands only in a line other articles of the story share word for word (page "
                "furniture)");
    }
  }
  YearEvidence evidence = AnchorYearMonth(docs);
  for (size_t i = 0; i < docs.size() && tagger_ != nullptr; ++i) {
    if (docs[i].published_inferred && LongBefore(docs[i].published, evidence.month)) {
      undate(i, "lies over a year before the month the story is about (" + evidence.month +
                    "): background it mentions, not the day it appeared");
    }
  }
  std::vector<AnchoredDoc> out;
  out.reserve(docs.size());
  for (const DatedDoc& d : docs) out.push_back(AnchorOne(d, evidence));
  // Step 3b needs every document's days first: how many documents report each.
  absl::flat_hash_map<std::string, size_t> support;
  for (const AnchoredDoc& a : out) {
    absl::flat_hash_set<std::string_view> days;
    for (const Timex& t : a.timexes) {
      if (t.type == TimexType::kDate && IsDay(t.value)) days.insert(t.value);
    }
    for (std::string_view day : days) ++support[std::string(day)];
  }
  for (size_t i = 0; i < docs.size(); ++i) {
    if (docs[i].published.empty() && out[i].published.date.empty()) {
      AnchorByWeekday(docs[i], support, out[i]);
    }
  }
  for (size_t i = 0; i < docs.size(); ++i) {
    if (docs[i].published.empty() && out[i].published.date.empty()) {
      AnchorByEventOffset(i, docs, out, out[i]);
    }
  }
  for (size_t i = 0; i < docs.size(); ++i) {
    if (docs[i].published.empty() && (out[i].published.date.empty() || out[i].lower_bound)) {
      AnchorBySibling(i, docs, out[i]);
    }
  }
  for (size_t i = 0; i < docs.size(); ++i) {
    if (replaced[i].empty()) continue;
    AnchoredDoc& a = out[i];
    if (!a.changed) a.timexes = retagged[i];
    a.changed = true;
    a.replaced_published = true;
    if (a.published.date.empty()) {
      a.published.evidence = "no date: the one inferred, " + given[i].published + ", " + replaced[i];
    }
  }
  return out;
}

bool StoryDater::LongBefore(std::string_view day, std::string_view anchor_month) {
  if (!IsDay(day) || !IsYearMonth(anchor_month)) return false;
  const int month = std::stoi(std::string(day.substr(0, 4))) * 12 + std::stoi(std::string(day.substr(5, 2)));
  const int anchor = std::stoi(std::string(anchor_month.substr(0, 4))) * 12 +
                     std::stoi(std::string(anchor_month.substr(5, 2)));
  return month < anchor - kMonthsLongBefore;
}

bool StoryDater::DatedByFurniture(const DatedDoc& doc) {
  if (!doc.published_inferred || doc.published.size() != 10 || doc.timexes == nullptr ||
      doc.furniture.empty()) {
    return false;
  }
  bool in_furniture = false;
  for (const Timex& t : *doc.timexes) {
    if (!std::string_view(t.value).starts_with(doc.published)) continue;
    if (doc.InFurniture(t.span)) {
      in_furniture = true;
    } else if (NamesYear(t.span.Of(doc.text))) {
      return false;  // the text itself names that day ("February 11" alone got its year from it)
    }
  }
  return in_furniture;
}

void StoryDater::AnchorByWeekday(const DatedDoc& doc,
                                 const absl::flat_hash_map<std::string, size_t>& support,
                                 AnchoredDoc& out) const {
  if (tagger_ == nullptr) return;
  std::array<std::string_view, 8> named{};  // by ISO weekday: the first text naming it
  absl::flat_hash_set<std::string_view> own;
  int distinct = 0;
  for (const Timex& t : out.timexes) {
    // "eight days after", "for two weeks": the article spans a week or more, so
    // its weekdays need not lie in one week.
    if (t.type == TimexType::kDuration && SpansAWeek(t.value)) return;
    if (t.type != TimexType::kDate && t.type != TimexType::kTime) continue;
    if (IsDay(t.value)) own.insert(t.value);
    const int wd = WeekdayOf(t.value);
    if (wd != 0 && named[wd].empty()) {
      named[wd] = t.span.Of(doc.text);
      ++distinct;
    }
  }
  // One weekday alone fixes the week but not the day within it.
  if (distinct < 2) return;
  std::string anchor;
  size_t best = 0;
  int start = 0;
  for (const auto& [day, n] : support) {
    const size_t others = n - (own.contains(day) ? 1 : 0);
    int days = 0;
    if (others < kMinWeekdaySupport || !DayNumber(day, &days) || named[IsoWeekday(days)].empty()) {
      continue;
    }
    if (others > best || (others == best && day < anchor)) {
      anchor = day;
      best = others;
      start = days;
    }
  }
  if (anchor.empty()) return;
  int latest = start;
  for (int k = 1; k <= 6; ++k) {
    if (!named[IsoWeekday(start + k)].empty()) latest = start + k;
  }
  out.changed = true;
  out.published = {DayString(latest), true, kWeekdayConfidence,
                   "story context: weekday consistency: '" +
                       std::string(named[IsoWeekday(start)]) + "' = " + anchor + ", a day " +
                       std::to_string(best) +
                       " other articles of the story report; latest weekday named: '" +
                       std::string(named[IsoWeekday(latest)]) + "' = " + DayString(latest)};
  Retag(doc, {}, out);
}

void StoryDater::Retag(const DatedDoc& doc,
                       const absl::flat_hash_map<uint64_t, std::string>& keep,
                       AnchoredDoc& out) const {
  out.timexes = tagger_->Tag(doc.text, out.published.date);
  for (Timex& t : out.timexes) {
    auto it = keep.find(SpanKey(t.span));
    if (it != keep.end()) t.value = it->second;
  }
}

void StoryDater::AnchorByEventOffset(size_t index, const std::vector<DatedDoc>& docs,
                                     const std::vector<AnchoredDoc>& anchored,
                                     AnchoredDoc& out) const {
  if (tagger_ == nullptr || docs[index].timexes == nullptr) return;
  const DatedDoc& doc = docs[index];
  for (const Timex& t : out.timexes) {
    const int offset = t.type == TimexType::kDuration ? OffsetDays(t.value) : 0;
    if (offset == 0) continue;
    std::string_view rest = doc.text.substr(t.span.end);
    if (!rest.starts_with(" after ")) continue;
    rest.remove_prefix(7);
    const std::string_view clause_text = rest.substr(0, rest.find_first_of(",.;:\n"));
    std::vector<std::string> clause;
    for (std::string& w : LowerWords(clause_text)) {
      if (IsContentWord(w)) clause.push_back(std::move(w));
    }
    if (clause.size() < 2 || clause.size() > 12) continue;
    // The dated sentence of another document that shares most of the clause.
    size_t best_hits = 0;
    std::string best_day, best_doc;
    for (size_t j = 0; j < docs.size(); ++j) {
      if (j == index) continue;
      for (const Timex& d : anchored[j].timexes) {
        const std::string_view day = std::string_view(d.value).substr(0, 10);
        if ((d.type != TimexType::kDate && d.type != TimexType::kTime) || !IsDay(day)) continue;
        const ByteSpan body = WithoutDateline(docs[j].text, temporal::SentenceAround(docs[j].text, d.span.begin),
                                              anchored[j].timexes);
        if (d.span.begin < body.begin) continue;  // the dateline dates the article, not the event
        const std::vector<std::string> words = LowerWords(body.Of(docs[j].text));
        size_t hits = 0;
        for (const std::string& c : clause) {
          hits += std::any_of(words.begin(), words.end(), [&](const std::string& w) { return SameStem(c, w); });
        }
        if (hits < 2 || hits * 2 < clause.size() || hits <= best_hits) continue;
        best_hits = hits;
        best_day = std::string(day);
        best_doc = docs[j].id;
      }
    }
    int start = 0;
    if (best_day.empty() || !DayNumber(best_day, &start)) continue;
    const int event = start + offset;
    // A weekday named in the same sentence must be the event's day.
    const ByteSpan own = temporal::SentenceAround(doc.text, t.span.begin);
    const Timex* weekday = nullptr;
    bool disagrees = false;
    for (const Timex& w : out.timexes) {
      const int wd = own.Contains(w.span) ? WeekdayOf(w.value) : 0;
      if (wd == 0) continue;
      if (wd == IsoWeekday(event)) weekday = &w; else disagrees = true;
    }
    if (disagrees) continue;
    const std::string day = DayString(event);
    absl::flat_hash_map<uint64_t, std::string> keep;
    if (weekday != nullptr) keep[SpanKey(weekday->span)] = day;
    out.changed = true;
    out.published = {day, true, kWeekdayConfidence,
                     "story context: '" + std::string(t.span.Of(doc.text)) + " after " +
                         std::string(clause_text) + "' = " + best_day + " (" + best_doc + ") + " +
                         std::to_string(offset) + " days"};
    RetagFromLowerBound(doc, keep, out);
    return;
  }
}

void StoryDater::RetagFromLowerBound(const DatedDoc& doc,
                                     const absl::flat_hash_map<uint64_t, std::string>& keep,
                                     AnchoredDoc& out) const {
  Retag(doc, keep, out);
  // The date is only a lower bound (the article appeared then or later), so a
  // day or week counted from it ("said on Monday", "last week") may be a week
  // or more too early: such values go back to what the text alone gave
  // (XXXX-WXX-1, no calendar day). Months and years counted from it stay.
  absl::flat_hash_map<uint64_t, const Timex*> original;
  for (const Timex& t : *doc.timexes) original[SpanKey(t.span)] = &t;
  for (Timex& t : out.timexes) {
    const uint64_t key = SpanKey(t.span);
    const std::string_view v = t.value;
    const bool day_or_week = IsDay(v.substr(0, 10)) || IsIsoWeek(v.substr(0, 8));  // also "...TNI"
    if (keep.contains(key) || !day_or_week) continue;
    auto it = original.find(key);
    if (it != original.end() && it->second->value != t.value) t.value = it->second->value;
  }
}

void StoryDater::AnchorBySibling(size_t index, const std::vector<DatedDoc>& docs,
                                 AnchoredDoc& out) const {
  const DatedDoc& doc = docs[index];
  if (doc.terms == nullptr) return;
  size_t best = docs.size();
  float best_sim = 0;
  for (size_t j = 0; j < docs.size(); ++j) {
    const DatedDoc& d = docs[j];
    if (j == index || d.terms == nullptr || d.published_inferred || d.published.size() != 10) continue;
    const float sim = Cosine(*doc.terms, *d.terms);
    if (sim > best_sim) best_sim = sim, best = j;
  }
  if (best == docs.size() || best_sim < kMinSiblingSimilarity) return;
  // The latest day the text reports still bounds the date from below (an article
  // cannot appear before the events it tells): when that is no earlier, it stays.
  const std::string& sibling = docs[best].published;
  if (out.lower_bound && out.published.date >= sibling) return;
  char sim_text[16];
  std::snprintf(sim_text, sizeof sim_text, "%.2f", best_sim);
  out.published = {sibling, true, kSiblingConfidence,
                   "story context: most similar dated article '" + docs[best].id + "' (similarity " +
                       sim_text + ") appeared " + sibling};
  out.lower_bound = false;
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
                       "' (year from the story's '" + evidence.text +
                       "'); a lower bound: the article appeared then or later"};
  out.lower_bound = true;
  if (tagger_ == nullptr) return out;
  RetagFromLowerBound(doc, r.by_span, out);
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
    if (IsDay(t.value) && t.value > r.latest && !doc.InFurniture(t.span) &&
        !temporal::SentenceLooksAhead(doc.text, t.span) && temporal::SpellsItsDate(doc.text, t)) {
      r.latest = t.value;
      r.latest_text = t.span.Of(doc.text);
    }
  }
  return r;
}

}  // namespace storyline::link
