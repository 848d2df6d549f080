// The tagging pass. Bare 4-digit numbers are the main false-positive source in
// news ("1967 people", "2000 troops"), so a lone YEAR match is vetoed when the
// next word is a count noun (data/time/en/count_nouns.tsv) or any lower-case
// plural, or a currency/percent/number sign touches it. "January 18 and 27"
// (kind split) yields one timex per day, the later ones sharing the month.
#include "src/extract/time/tagger_core.h"

#include "absl/strings/match.h"
#include "src/extract/time/normalizer.h"
#include "src/extract/time/tense.h"
#include "src/extract/time/token_scanner.h"

namespace storyline::temporal {
namespace {

// Words before an -ed form that make it a participle or adjective, not a past verb.
bool IsParticipleContext(std::string_view prev) {
  return prev == "be" || prev == "a" || prev == "an" || prev == "the" || prev == "still" ||
         prev == "very" || prev == "its" || prev == "their" || prev == "his" || prev == "her";
}

}  // namespace

absl::StatusOr<std::unique_ptr<TaggerCore>> TaggerCore::Create(const std::string& data_dir) {
  ASSIGN_OR_RETURN(Grammar g, Grammar::Load(data_dir, {"en", "ru"}));
  return std::unique_ptr<TaggerCore>(new TaggerCore(std::move(g)));
}

TaggerCore::TaggerCore(Grammar grammar) : grammar_(std::move(grammar)), matcher_(grammar_) {}

bool TaggerCore::AcceptMatch(const RawMatch& m, const std::vector<Tok>& tokens) const {
  // "Following December 8": a match ending in a month that a day follows would
  // steal the month from the full date; skip it so the date is matched whole.
  uint16_t last_cls = tokens[m.last - 1].classes[m.class_index.back()].cls;
  if (last_cls == kMonth && m.last < tokens.size()) {
    uint32_t after = m.last;  // "last Oct. 23": look past the abbreviation's period
    if (tokens[after].lower == "." && after + 1 < tokens.size()) ++after;
    const Tok& next = tokens[after];
    for (uint8_t k = 0; k < next.num_classes; ++k) {
      if (next.classes[k].cls == kDay || next.classes[k].cls == kOrdNum) {
        if (m.last - m.first > 1) return false;
      }
    }
  }
  const Rule& rule = grammar_.rules()[m.rule];
  // "the weeks before the vote" is no single week: let the bare plural unit match.
  if (rule.kind == Kind::kAnchor) {
    for (uint32_t i = m.first; i < m.last; ++i) {
      const TokClass& c = tokens[i].classes[m.class_index[i - m.first]];
      if (c.cls == kUnit && tokens[i].lower.back() == 's') return false;
    }
  }
  // "three days later", "30 days before the vote": TimeML marks the amount as a
  // DURATION and the trailing word as a signal, so the shorter duration rule wins
  // ("ago", "earlier" and "hence" keep the anchored date reading).
  if (rule.kind == Kind::kAgo) {
    std::string_view shift = tokens[m.last - 1].lower;
    if (shift == "later" || shift == "after" || shift == "before") return false;
  }
  if (m.last - m.first != 1) return true;
  const Tok& only = tokens[m.first];
  uint16_t cls = only.classes[m.class_index[0]].cls;
  // A bare unit ("for years", "weeks of talks") is a vague duration only in the
  // plural; a lone "day" or "year" is mostly part of a phrase ("the day", "a year").
  if (cls == kUnit) {
    if (only.lower.size() <= 3 || only.lower.back() != 's' || only.lower == "weekends" ||
        only.lower == "quarters") {
      return false;
    }
    // "minutes apart", "a matter of days", "hundreds of years": a measure, not a span.
    if (m.last < tokens.size() && tokens[m.last].lower == "apart") return false;
    if (m.first >= 2 && tokens[m.first - 1].lower == "of") {
      std::string_view head = tokens[m.first - 2].lower;
      if (head == "matter" || head == "hundreds" || head == "thousands" || head == "hours") {
        return false;
      }
    }
    return true;
  }
  // A lone abbreviated month ("Jan", "Mar") is more often a name ("Jan Kavan").
  if (cls == kMonth) {
    return only.lower.size() > 4 || only.lower == "may" || only.lower == "june" ||
           only.lower == "july" || (m.last < tokens.size() && tokens[m.last].lower == ".");
  }
  if (cls != kYear) return true;
  if (m.first > 0) {
    std::string_view prev = tokens[m.first - 1].lower;
    if (prev == "$" || prev == "€" || prev == "£" || prev == "#" || prev == "no" ||
        prev == "number" || prev == "version" || prev == "v" || prev == "+") {
      return false;
    }
  }
  if (m.last < tokens.size()) {
    const Tok& next = tokens[m.last];
    if (next.lower == "%" || next.lower == "percent") return false;
    if (next.word && !next.capitalized) {
      if (grammar_.IsCountNoun(next.lower)) return false;
      bool ascii = static_cast<unsigned char>(next.lower[0]) < 0x80;
      if (ascii && next.lower.size() >= 4 && absl::EndsWith(AbslView(next.lower), "s") &&
          !absl::EndsWith(AbslView(next.lower), "ss")) {
        return false;
      }
    }
  }
  return true;
}

std::vector<Timex> TaggerCore::Run(std::string_view text, std::optional<absl::CivilDay> dct,
                                   const std::vector<Sentence>& sentences) const {
  thread_local ScanResult scan;  // reused: see token_scanner.cc
  ScanTokens(text, grammar_, &scan);
  const std::vector<Tok>& toks = scan.tokens;
  std::vector<RawMatch> matches =
      matcher_.Match(toks, [&](const RawMatch& m) { return AcceptMatch(m, toks); });
  std::vector<Timex> out;
  if (matches.empty()) return out;
  std::vector<uint32_t> sentence_of = SentenceOfTokens(text, toks, sentences);
  // Tense cues only matter in sentences that hold a match.
  std::vector<bool> wanted(sentence_of.back() + 1, false);
  for (const RawMatch& m : matches) wanted[sentence_of[m.first]] = true;
  std::vector<Tense> tense(toks.size(), Tense::kUnknown);
  std::vector<bool> reporting(toks.size(), false);
  // An earnings report compares quarters throughout, so "a year ago" anywhere in
  // it is the year-ago quarter (TimeBank's WSJ convention).
  bool quarter_doc = false;
  for (size_t i = 0; i < toks.size(); ++i) {
    if (!toks[i].word) continue;
    if (toks[i].lower.size() >= 7 && toks[i].lower.substr(0, 7) == "quarter") quarter_doc = true;
    if (!wanted[sentence_of[i]]) continue;
    tense[i] = TokenTense(grammar_, toks[i]);
    // "set to resume Monday", "a summit set for April": arranged, so ahead.
    if (toks[i].lower == "set" && i + 1 < toks.size() &&
        (toks[i + 1].lower == "to" || toks[i + 1].lower == "for")) {
      tense[i] = Tense::kFuture;
    }
    // "will be named", "to be completed": a participle after "be" is no past, nor
    // is an -ed adjective ("a still unspecified date", "the detailed plan").
    if (tense[i] == Tense::kPast && i > 0 && IsParticipleContext(toks[i - 1].lower)) {
      tense[i] = Tense::kUnknown;
    }
    reporting[i] = tense[i] == Tense::kPast && grammar_.IsReporting(toks[i].lower);
  }
  NormContext ctx;
  ctx.dct = dct;
  for (const RawMatch& m : matches) {
    const Rule& rule = grammar_.rules()[m.rule];
    Fields f = CollectFields(m, toks);
    ctx.tense = TenseNear(tense, reporting, sentence_of, m.first, m.last);
    // "Wednesday's ruling", "last month's vote": a possessive date names an event
    // already reported on.
    if (m.last + 1 < toks.size() && (toks[m.last].lower == "'" || toks[m.last].lower == "\u2019") &&
        toks[m.last + 1].lower == "s") {
      ctx.tense = Tense::kPast;
    }
    ctx.quarter_context = quarter_doc;
    uint32_t end_tok = m.last;
    if (rule.kind == Kind::kSplit) {  // first date ends at its first DAY token
      for (uint32_t i = m.first; i < m.last; ++i) {
        if (toks[i].classes[m.class_index[i - m.first]].cls == kDay) {
          end_tok = i + 1;
          if (f.month != 0) break;
        }
      }
    }
    std::optional<std::string> value = Normalize(rule.kind, f, &ctx);
    if (!value) continue;
    // A duration rule that resolved to a calendar period ("the past year") is a DATE.
    TimexType type = rule.type == TimexType::kDuration && (*value)[0] != 'P' ? TimexType::kDate
                                                                              : rule.type;
    out.push_back({{toks[m.first].begin, toks[end_tok - 1].end}, type, *value});
    if (rule.kind != Kind::kSplit) continue;
    std::vector<int> days = f.extra_days;
    uint32_t k = end_tok;
    for (int day : days) {
      while (k < m.last && toks[k].classes[m.class_index[k - m.first]].cls != kDay) ++k;
      if (k >= m.last) break;
      Fields g = f;
      g.day = day;
      if (auto v = Normalize(Kind::kDate, g, &ctx)) {
        out.push_back({{toks[k].begin, toks[k].end}, TimexType::kDate, *v});
      }
      ++k;
    }
  }
  return out;
}

}  // namespace storyline::temporal
