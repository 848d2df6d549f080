#include "src/link/event_frames.h"

#include <algorithm>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/ascii.h"

namespace storyline::link {
namespace {

// 3 = day, 2 = week or month, 1 = year, 0 = not a calendar date.
int Specificity(const std::string& v) {
  auto digits = [&](size_t from, size_t n) {
    if (v.size() < from + n) return false;
    for (size_t i = from; i < from + n; ++i) {
      if (v[i] < '0' || v[i] > '9') return false;
    }
    return true;
  };
  if (!digits(0, 4)) return 0;
  if (v.size() == 4) return 1;
  if (v.size() == 7 && v[4] == '-' && digits(5, 2)) return 2;
  if (v.size() == 8 && v[4] == '-' && v[5] == 'W' && digits(6, 2)) return 2;
  if (v.size() == 10 && v[4] == '-' && digits(5, 2) && v[7] == '-' && digits(8, 2)) return 3;
  return 0;
}

bool Inside(ByteSpan span, const std::optional<ByteSpan>& s) { return s && span.Contains(*s); }

// Anaphoric attribution: the quote's content is "this"/"it"/"that" or absent.
bool PointsBack(const Quote& q, std::string_view text) {
  if (q.content.empty()) return true;
  std::vector<std::string> words = Words(q.content.Of(text));
  return words.size() <= 2 && !words.empty() &&
         (words[0] == "this" || words[0] == "it" || words[0] == "that");
}

std::vector<std::string> ChainOf(const Quote& q) {
  if (!q.chain.empty()) return q.chain;
  if (!q.speaker_name.empty()) return {q.speaker_name};
  return {};
}

// The sentence with its time expressions blanked: the date already decides which
// events a report may join, so "March 4" must not make two reports look alike.
std::string WithoutTimexes(std::string_view sentence, uint32_t begin,
                           const std::vector<Timex>& timexes) {
  std::string out(sentence);
  const ByteSpan span{begin, static_cast<uint32_t>(begin + sentence.size())};
  for (const Timex& t : timexes) {
    if (!span.Contains(t.span)) continue;
    std::fill(out.begin() + (t.span.begin - begin), out.begin() + (t.span.end - begin), ' ');
  }
  return out;
}

// Sentences after `index` whose pointing-back attribution also covers it: the
// rest of its paragraph, and the first sentence of the next paragraph ("Russia
// withdrew X. This followed Y.\nAccording to A, this was reported by B.").
std::vector<size_t> FollowingInReach(const Analysis& a, size_t index) {
  std::vector<size_t> out;
  const uint32_t paragraph = a.sentences[index].paragraph;
  for (size_t j = index + 1; j < a.sentences.size(); ++j) {
    if (a.sentences[j].paragraph == paragraph) {
      out.push_back(j);
    } else {
      if (a.sentences[j].paragraph == paragraph + 1) out.push_back(j);
      break;
    }
  }
  return out;
}

}  // namespace

std::string SentenceDate(const std::vector<Timex>& timexes, ByteSpan span) {
  std::string best;
  int best_spec = 0;
  for (const Timex& t : timexes) {
    if (t.type != TimexType::kDate || !span.Contains(t.span)) continue;
    int spec = Specificity(t.value);
    if (spec > best_spec) {
      best = t.value;
      best_spec = spec;
    }
  }
  return best;
}

namespace {

// "an HTS official", "two Syrian sources", "sources": a description, not a name.
bool LooksUnnamed(std::string_view source) {
  static constexpr std::string_view kLeads[] = {"a ", "an ", "one ", "two ", "three ", "four ",
                                                "several ", "some ", "another ", "sources",
                                                "officials", "people "};
  for (std::string_view lead : kLeads) {
    if (source.substr(0, lead.size()) == lead) return true;
  }
  return false;
}

}  // namespace

Attribution AttributionFor(const Analysis& analysis, std::string_view text, size_t index) {
  const ByteSpan span = analysis.sentences[index].span;
  const std::vector<size_t> following = FollowingInReach(analysis, index);
  const Quote* best = nullptr;
  for (const Quote& q : analysis.quotes) {
    bool covers = q.content.Overlaps(span) || Inside(span, q.cue);
    bool from_next = std::any_of(following.begin(), following.end(), [&](size_t j) {
      return Inside(analysis.sentences[j].span, q.cue) && PointsBack(q, text);
    });
    if (!covers && !from_next) continue;
    if (best == nullptr || ChainOf(q).size() > ChainOf(*best).size()) best = &q;
  }
  Attribution a;
  if (best == nullptr) return a;
  a.via = ChainOf(*best);
  if (a.via.empty()) return a;
  a.origin = a.via.back();
  // An unnamed source at the end ("an HTS official", cited by the Financial
  // Times) cannot be told apart from another unnamed source, so the named relay
  // before it is what an independence count can rely on.
  const bool unnamed_end = best->anonymous || LooksUnnamed(a.via.back());
  if (unnamed_end && a.via.size() > 1) a.origin = a.via[a.via.size() - 2];
  return a;
}

namespace {

// A dash that ends a dateline: "-", en dash, em dash, each with a space after.
size_t DashLength(std::string_view rest) {
  for (std::string_view dash : {"- ", "\u2013 ", "\u2014 "}) {
    if (rest.starts_with(dash)) return dash.size();
  }
  return 0;
}

}  // namespace

ByteSpan WithoutDateline(std::string_view text, ByteSpan sentence, const std::vector<Timex>& timexes) {
  // Datelines are short: the place, the date and the agency fit in 80 bytes.
  constexpr size_t kMaxDateline = 80;
  std::string_view s = sentence.Of(text);
  size_t i = 0;
  bool place = false;
  // Place words: capitalized (or upper-case) words, commas and spaces.
  while (i < s.size() && i < kMaxDateline) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == ',' || c == ' ') { ++i; continue; }
    if (!(c >= 'A' && c <= 'Z')) break;
    // A timex starting here ends the place part ("March 4, 2025").
    const uint32_t at = sentence.begin + static_cast<uint32_t>(i);
    if (std::any_of(timexes.begin(), timexes.end(), [&](const Timex& t) { return t.span.begin == at; })) break;
    size_t j = i;
    while (j < s.size() && (absl::ascii_isalpha(s[j]) || s[j] == '.' || s[j] == '-' ||
                            static_cast<unsigned char>(s[j]) >= 0x80)) {
      if (s[j] == '-' && j + 1 < s.size() && s[j + 1] == ' ') break;  // the dash itself
      ++j;
    }
    i = j;
    place = true;
  }
  if (!place) return sentence;
  // "Russia - the largest exporter" is no dateline: one needs an upper-case
  // place ("IZMAIL"), a date or an agency.
  size_t caps = 0;
  while (caps < s.size() && s[caps] >= 'A' && s[caps] <= 'Z') ++caps;
  bool marked = caps >= 2;
  // An optional full date right here.
  const uint32_t at = sentence.begin + static_cast<uint32_t>(i);
  for (const Timex& t : timexes) {
    if (t.span.begin == at && t.type == TimexType::kDate && t.span.end <= sentence.end) {
      i = t.span.end - sentence.begin;
      marked = true;
      break;
    }
  }
  while (i < s.size() && s[i] == ' ') ++i;
  // An optional "(Agency)".
  if (i < s.size() && s[i] == '(') {
    const size_t close = s.find(')', i);
    if (close == std::string_view::npos || close - i > 30) return sentence;
    i = close + 1;
    while (i < s.size() && s[i] == ' ') ++i;
    marked = true;
  }
  const size_t dash = DashLength(s.substr(i));
  if (!marked || dash == 0 || i > kMaxDateline || i + dash >= s.size()) return sentence;
  return {sentence.begin + static_cast<uint32_t>(i + dash), sentence.end};
}

std::vector<EventFrame> BuildFrames(const FrameInput& in, TermModel& terms,
                                    const QuantityFinder& quantities,
                                    const absl::flat_hash_set<std::string>& negations) {
  const Analysis& a = *in.analysis;
  const std::string& text = in.document->text;
  std::vector<EventFrame> frames;
  // Lower-cased mention surface -> entity, to resolve origins (chain strings).
  absl::flat_hash_map<std::string, size_t> entity_by_surface;
  for (size_t m = 0; m < a.mentions.size() && in.mention_entities; ++m) {
    entity_by_surface.emplace(absl::AsciiStrToLower(std::string(a.mentions[m].span.Of(text))),
                              (*in.mention_entities)[m]);
  }
  for (size_t i = 0; i < a.sentences.size(); ++i) {
    const Sentence& s = a.sentences[i];
    bool flagged = std::any_of(a.boilerplate.begin(), a.boilerplate.end(),
                               [&](const FlaggedSpan& b) { return b.span.Contains(s.span); });
    if (flagged || s.span.empty() || in.document->title_span.Contains(s.span)) continue;
    EventFrame f;
    f.doc = in.doc;
    f.sentence = static_cast<uint32_t>(i);
    f.paragraph = s.paragraph;
    // The first sentences may open with a dateline: it dates the article, not
    // the event, so neither the entry's text nor its date comes from it.
    f.span = s.paragraph < 3 ? WithoutDateline(text, s.span, a.timexes) : s.span;
    f.date = SentenceDate(a.timexes, f.span);
    f.explicit_date = !f.date.empty();
    if (f.date.empty()) f.date = in.published;
    std::string_view sentence = s.span.Of(text);
    std::vector<uint32_t> ids = terms.Terms(WithoutTimexes(sentence, s.span.begin, a.timexes));
    f.term_count = static_cast<uint32_t>(ids.size());
    f.vec = terms.Vectorize(ids);
    for (size_t m = 0; m < a.mentions.size() && in.mention_entities; ++m) {
      if (s.span.Contains(a.mentions[m].span)) {
        f.entities.push_back(static_cast<uint32_t>((*in.mention_entities)[m]));
      }
    }
    std::sort(f.entities.begin(), f.entities.end());
    f.entities.erase(std::unique(f.entities.begin(), f.entities.end()), f.entities.end());
    f.quantities = quantities.Find(sentence, s.span.begin);
    int after_negation = 0;
    for (const std::string& w : Words(sentence)) {
      if (negations.contains(w)) {
        f.negated = true;
        after_negation = 2;
      } else if (after_negation > 0 && !terms.IsStopword(w)) {
        for (uint32_t t : terms.Terms(w)) f.negated_terms.push_back(t);
        --after_negation;
      }
    }
    Attribution attribution = AttributionFor(a, text, i);
    f.via = std::move(attribution.via);
    f.origin = std::move(attribution.origin);
    // The origin's entity: the whole string, else what follows its leading
    // lower-case words ("harbour master Oleksandr Kovalenko" -> "Oleksandr
    // Kovalenko"); a capitalized word is part of the name ("Russia's Ministry
    // of Foreign Affairs" is not "Foreign Affairs").
    std::string_view rest = f.origin;
    while (!rest.empty()) {
      auto it = entity_by_surface.find(absl::AsciiStrToLower(std::string(rest)));
      if (it != entity_by_surface.end()) {
        f.origin_entity = static_cast<int64_t>(it->second);
        break;
      }
      const size_t space = rest.find(' ');
      if (space == std::string_view::npos || !absl::ascii_islower(rest[0])) break;
      rest.remove_prefix(space + 1);
    }
    frames.push_back(std::move(f));
  }
  return frames;
}

}  // namespace storyline::link
