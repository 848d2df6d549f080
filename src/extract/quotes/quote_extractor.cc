// QuoteExtractor: tokens and quote marks (DocView) -> cue-anchored attributions
// per sentence (AttributionFinder) -> speakers, pronouns and chains
// (SpeakerResolver) -> Analysis::quotes. A quoted passage with no cue of its
// own (the second quote of a paragraph, a continuation paragraph) takes the
// speaker of the nearest attribution before it in its paragraph, or in the
// previous paragraph when it opens its own; four words at least, because
// shorter quoted runs are titles, names and scare quotes ("special flight").
// The other part of a split quote ("“C1,” he said. “C2.”", "“C1,” he said,
// “C2”") is a quote of any length that shares its cue as well: PolNeAR marks
// both parts as the content of one attribution.
#include "src/extract/quotes/quote_extractor.h"

#include <algorithm>

#include "absl/strings/ascii.h"

#include "src/extract/quotes/attribution_finder.h"
#include "src/extract/quotes/doc_view.h"
#include "src/extract/quotes/language_id.h"
#include "src/extract/quotes/lexicon.h"
#include "src/extract/quotes/outlet_detector.h"
#include "src/extract/quotes/speaker_resolver.h"

namespace storyline::quotes {
namespace {

// True when every letter of `s` is Latin (code points below U+0250); spaces,
// digits and punctuation, curly quotes included, say nothing.
bool LatinOnly(std::string_view s) {
  for (size_t i = 0; i < s.size();) {
    const unsigned char b = static_cast<unsigned char>(s[i]);
    if (b < 0x80) { ++i; continue; }
    const int len = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2;
    uint32_t cp = b & (len == 2 ? 0x1F : len == 3 ? 0x0F : 0x07);
    for (int k = 1; k < len && i + k < s.size(); ++k) cp = (cp << 6) | (s[i + k] & 0x3F);
    i += len;
    if (cp < 0x250 || (cp >= 0x2000 && cp < 0x2070)) continue;
    return false;
  }
  return true;
}

// A quote in Latin script inside an English paragraph is English: CLD2 on a
// short span guesses worse than it did on the whole paragraph, and the call
// was a fifth of the stage's time. Other quotes -- another script, another
// paragraph language -- get CLD2 on the span itself.
std::string LanguageOf(std::string_view text, const Analysis& analysis, ByteSpan content) {
  for (const Paragraph& p : analysis.paragraphs) {
    if (p.span.Contains(content)) {
      if (p.language == "en" && LatinOnly(content.Of(text))) return "en";
      break;
    }
  }
  return QuoteLanguage(content.Of(text));
}


constexpr int kMinUnattributedWords = 4;
// Tokens between a split quote's cue and its second part ("he said on Monday, “…”").
constexpr int kContinuationGap = 8;
constexpr size_t kMaxKeptTokens = 1 << 16;  // ~4 MB: a long article's worth
constexpr uint32_t kAnonymityWindow = 200;   // bytes either side of a cue

Quote ToQuote(const DocView& v, const ResolvedAttribution& r) {
  const Attribution& a = r.attribution;
  Quote q;
  q.content = a.content;
  q.speaker = r.speaker.span;
  if (q.speaker && a.source_extent.end > a.source_extent.begin) {
    q.speaker = v.Span(a.source_extent.begin, a.source_extent.end);
  }
  q.speaker_name = r.speaker.name;
  q.anonymous = r.speaker.anonymous;
  q.cue = v.Span(a.cue.begin, a.cue.end);
  q.direct = a.quote >= 0;
  q.chain = r.chain;
  return q;
}

int TokenIndexAt(const DocView& v, uint32_t byte);

int WordsIn(const DocView& v, ByteSpan span) {
  int n = 0;
  for (size_t i = TokenIndexAt(v, span.begin); i < v.tokens.size(); ++i) {
    if (v.tokens[i].span.begin >= span.end) break;
    n += span.Contains(v.tokens[i].span) && v.tokens[i].kind == TokenKind::kWord;
  }
  return n;
}

int TokenIndexAt(const DocView& v, uint32_t byte) {
  auto it = std::lower_bound(v.tokens.begin(), v.tokens.end(), byte,
                             [](const Token& t, uint32_t b) { return t.span.begin < b; });
  return static_cast<int>(it - v.tokens.begin());
}

// The attribution a cue-less quote inherits its speaker from, or nullptr.
const ResolvedAttribution* Antecedent(const DocView& v, const std::vector<ResolvedAttribution>& all,
                                      const QuoteSpan& qs) {
  int first = TokenIndexAt(v, qs.outer.begin);
  int para = v.token_paragraph[first];
  bool opens_paragraph = first == 0 || v.tokens[first].newline_before;
  // Attributions are in cue order: the last one before the quote, then back
  // while still in this paragraph or the previous one (bounded, not a scan).
  auto it = std::upper_bound(all.begin(), all.end(), qs.outer.begin, [&](uint32_t b, const ResolvedAttribution& r) {
    return b < v.tokens[r.attribution.cue.begin].span.begin;
  });
  const ResolvedAttribution* best = nullptr;
  while (it != all.begin()) {
    const ResolvedAttribution& r = *--it;
    const int p = v.token_paragraph[r.attribution.cue.begin];
    if (p == para || (opens_paragraph && p == para - 1)) { best = &r; break; }
    if (p < para - 1) break;
  }
  return best != nullptr && !best->speaker.name.empty() ? best : nullptr;
}

int SentenceOf(const DocView& v, int token) {
  auto it = std::upper_bound(v.sentences.begin(), v.sentences.end(), token,
                             [](int t, const TokenRange& s) { return t < s.begin; });
  return static_cast<int>(it - v.sentences.begin()) - 1;
}

// The direct quote this cue-less one continues, split around its cue:
// "“C1,” he said. “C2.”" (C2 in the cue's sentence or opening the next one)
// or "“C1,” he said, “C2.”" where the attribution took C2. PolNeAR marks both
// parts as one discontinuous content; here the second part shares the cue.
const ResolvedAttribution* Continued(const DocView& v, const std::vector<ResolvedAttribution>& all,
                                     const QuoteSpan& qs) {
  const int first = TokenIndexAt(v, qs.outer.begin);
  const int sentence = SentenceOf(v, first);
  if (sentence < 0) return nullptr;
  const auto lo = std::lower_bound(all.begin(), all.end(), sentence - 1, [](const ResolvedAttribution& r, int s) {
    return r.attribution.sentence < s;
  });
  for (auto it = lo; it != all.end() && it->attribution.sentence <= sentence; ++it) {
    const Attribution& a = it->attribution;
    if (a.quote < 0 || v.token_paragraph[a.cue.begin] != v.token_paragraph[first]) continue;
    // The attribution's own words (source and cue) sit between the parts.
    const bool has_source = a.source.end > a.source.begin;
    const int words_begin = has_source ? std::min(a.source.begin, a.cue.begin) : a.cue.begin;
    const int words_end = std::max(has_source ? std::max(a.source.end, a.source_extent.end) : 0, a.cue.end);
    const ByteSpan quote = v.quotes[a.quote].outer;
    const bool fronted = quote.end <= v.tok(words_begin).span.begin;
    const bool after = fronted && first >= words_end && first - words_end <= kContinuationGap &&
                       (a.sentence == sentence || v.sentences[sentence].begin == first);
    const int last = TokenIndexAt(v, qs.outer.end) - 1;
    const bool before = !fronted && a.sentence == sentence && last < words_begin &&
                        words_begin - last <= 2;
    if (after || before) return &*it;
  }
  return nullptr;
}

// Attribution contents sorted by begin, with the running maximum of their
// ends: whether a span overlaps any of them in O(log n), so that a document
// of many quotes and many attributions stays linear-logarithmic.
class ContentIndex {
 public:
  explicit ContentIndex(const std::vector<ResolvedAttribution>& all) {
    for (const ResolvedAttribution& r : all) spans_.push_back(r.attribution.content);
    std::sort(spans_.begin(), spans_.end(), [](ByteSpan a, ByteSpan b) { return a.begin < b.begin; });
    uint32_t max_end = 0;
    for (const ByteSpan& c : spans_) max_ends_.push_back(max_end = std::max(max_end, c.end));
  }
  bool Overlaps(ByteSpan s) const {
    auto it = std::lower_bound(spans_.begin(), spans_.end(), s.end, [](ByteSpan c, uint32_t e) { return c.begin < e; });
    const size_t n = it - spans_.begin();  // contents beginning before s ends
    return n > 0 && max_ends_[n - 1] > s.begin;
  }

 private:
  std::vector<ByteSpan> spans_;
  std::vector<uint32_t> max_ends_;
};

void AddUnattributedQuotes(const DocView& v, const std::vector<ResolvedAttribution>& all,
                           std::vector<Quote>* out) {
  const ContentIndex contents(all);
  for (const QuoteSpan& qs : v.quotes) {
    if (contents.Overlaps(qs.inner)) continue;
    Quote q;
    q.content = qs.inner;
    if (const ResolvedAttribution* r = Continued(v, all, qs)) {
      q = ToQuote(v, *r);
      q.content = qs.inner;
      q.direct = true;
      out->push_back(std::move(q));
      continue;
    }
    if (WordsIn(v, qs.inner) < kMinUnattributedWords) continue;
    if (const ResolvedAttribution* r = Antecedent(v, all, qs)) {
      q.speaker_name = r->speaker.name;
      q.anonymous = r->speaker.anonymous;
      q.chain = r->chain;
    }
    out->push_back(std::move(q));
  }
}

// The anonymity phrases ("asking not to be named") as word-hash sequences,
// matched on the document's tokens once: searching each attribution's window
// for each phrase as a substring was 8% of the stage's instructions.
using WordSequence = std::vector<uint64_t>;

std::vector<WordSequence> AnonymityWords(const Lexicon& lexicon) {
  std::vector<WordSequence> out;
  for (const std::string& phrase : lexicon.anonymity_phrases()) {
    WordSequence words;
    for (const Token& t : Tokenize(phrase)) words.push_back(t.hash);
    if (!words.empty()) out.push_back(std::move(words));
  }
  return out;
}

// The phrases' first words, so that most tokens are passed over with one bit
// test instead of a comparison with every phrase.
WordFilter FirstWords(const std::vector<WordSequence>& phrases) {
  WordFilter filter;
  for (const WordSequence& words : phrases) filter.Add(words[0]);
  return filter;
}

std::vector<ByteSpan> FindAnonymityPhrases(const DocView& v, const std::vector<WordSequence>& phrases,
                                           const WordFilter& first_words) {
  std::vector<ByteSpan> found;
  const size_t n = v.tokens.size();
  for (size_t i = 0; i < n; ++i) {
    if (!first_words.MayContain(v.tokens[i].hash)) continue;
    for (const WordSequence& words : phrases) {
      if (v.tokens[i].hash != words[0] || i + words.size() > n) continue;
      size_t k = 1;
      while (k < words.size() && v.tokens[i + k].hash == words[k]) ++k;
      if (k == words.size()) found.push_back(v.Span(static_cast<int>(i), static_cast<int>(i + k)));
    }
  }
  return found;
}

// "…, he said, asking not to be named": the sentence itself withdraws the name,
// so a pronoun must not be credited to the last named person. The speaker
// becomes an unnamed source and the chain ends with that description.
// `phrases` are FindAnonymityPhrases' spans.
void MarkAnonymity(std::string_view text, const DocView& v, const Lexicon& lexicon,
                   const std::vector<ByteSpan>& phrases, ResolvedAttribution* r) {
  if (phrases.empty()) return;
  const TokenRange sent = v.sentences[r->attribution.sentence];
  ByteSpan span = v.Span(sent.begin, sent.end);
  // The phrase sits next to its cue; reading a window, not the sentence, keeps
  // a megabyte without full stops linear.
  const ByteSpan cue = v.Span(r->attribution.cue.begin, r->attribution.cue.end);
  span.begin = std::max(span.begin, cue.begin > kAnonymityWindow ? cue.begin - kAnonymityWindow : 0u);
  span.end = std::min(span.end, cue.end + kAnonymityWindow);
  for (const ByteSpan& phrase : phrases) {
    if (!span.Contains(phrase)) continue;
    const bool pronoun = r->speaker.span && lexicon.FindPronoun(absl::AsciiStrToLower(
                                                std::string(r->speaker.span->Of(text)))) != nullptr;
    r->speaker.anonymous = true;
    if (pronoun || r->speaker.name.empty()) {
      r->speaker.name = "an unnamed source";
      if (!r->chain.empty()) r->chain.back() = r->speaker.name;
    }
    return;
  }
}

// "asking not to be named" is itself cued by "asking" but reports nothing.
bool IsAnonymityRequest(std::string_view text, ByteSpan content, const Lexicon& lexicon) {
  if (content.size() > kAnonymityWindow) return false;  // longer than any phrase
  const std::string lower = absl::AsciiStrToLower(std::string(content.Of(text)));
  for (const std::string& phrase : lexicon.anonymity_phrases()) {
    if (!lower.empty() && phrase.find(lower) != std::string::npos) return true;
  }
  return false;
}

class RuleQuoteExtractor : public QuoteExtractor {
 public:
  explicit RuleQuoteExtractor(Lexicon lexicon)
      : lexicon_(std::move(lexicon)),
        anonymity_words_(AnonymityWords(lexicon_)),
        first_words_(FirstWords(anonymity_words_)) {}

  void Analyze(const Document& doc, Analysis* analysis) const override {
    // One view per thread, reused: its token array keeps its capacity between
    // articles (see Tokenize). A huge article's array is not kept.
    thread_local DocView view;
    BuildDocView(doc.text, lexicon_, *analysis, &view);
    const DocView& v = view;
    std::vector<Attribution> found;
    for (size_t s = 0; s < v.sentences.size(); ++s) {
      for (Attribution& a : FindAttributions(v, s)) found.push_back(std::move(a));
    }
    std::vector<ResolvedAttribution> all = ResolveSpeakers(v, std::move(found));
    const std::vector<ByteSpan> phrases = FindAnonymityPhrases(v, anonymity_words_, first_words_);
    for (ResolvedAttribution& r : all) MarkAnonymity(doc.text, v, lexicon_, phrases, &r);
    std::erase_if(all, [&](const ResolvedAttribution& r) {
      return IsAnonymityRequest(doc.text, r.attribution.content, lexicon_);
    });
    std::vector<Quote> quotes;
    for (const ResolvedAttribution& r : all) quotes.push_back(ToQuote(v, r));
    AddUnattributedQuotes(v, all, &quotes);
    std::sort(quotes.begin(), quotes.end(),
              [](const Quote& a, const Quote& b) { return a.content.begin < b.content.begin; });
    for (Quote& q : quotes) q.language = LanguageOf(doc.text, *analysis, q.content);
    analysis->quotes = std::move(quotes);
    if (doc.outlet.empty()) {
      OutletGuess guess = DetectOutlet(v, all);
      analysis->outlet = guess.outlet;
      analysis->outlet_evidence = guess.evidence;
    }
    if (view.tokens.capacity() > kMaxKeptTokens) view = DocView();
  }

 private:
  Lexicon lexicon_;
  std::vector<WordSequence> anonymity_words_;
  WordFilter first_words_;
};

}  // namespace

absl::StatusOr<std::unique_ptr<QuoteExtractor>> QuoteExtractor::Load(const std::string& data_dir) {
  ASSIGN_OR_RETURN(Lexicon lexicon, Lexicon::Load(data_dir));
  return std::make_unique<RuleQuoteExtractor>(std::move(lexicon));
}

}  // namespace storyline::quotes
