// LanguageIdentifier: CLD2 per paragraph and per quote, neighbours for short
// paragraphs, byte-weighted tally for the document. See the header.
#include "src/text/language_id.h"

#include <cld2/public/compact_lang_det.h>

#include <algorithm>
#include <utility>

#include "src/text/utf8_scan.h"

namespace storyline::text {
namespace {

constexpr char kUnknown[] = "un";

// The mark that closes a quote opened by `open`; 0 if `open` opens none.
char32_t ClosingMark(char32_t open) {
  switch (open) {
    case 0x00AB: return 0x00BB;  // « »
    case 0x201C: return 0x201D;  // “ ”
    case 0x201E: return 0x201C;  // „ “ (German, Russian handwriting style)
    case '"': return '"';
    default: return 0;
  }
}

// Paragraphs marked kUnknown take the previous known language, else the next.
void FillFromNeighbours(std::vector<Paragraph>* paragraphs) {
  std::string last;
  for (Paragraph& p : *paragraphs) {
    if (p.language != kUnknown) last = p.language;
    else if (!last.empty()) p.language = last;
  }
  last.clear();
  for (auto it = paragraphs->rbegin(); it != paragraphs->rend(); ++it) {
    if (it->language != kUnknown) last = it->language;
    else if (!last.empty()) it->language = last;
  }
}

// Order of a (language, bytes) tally: most bytes first, then by code for stability.
bool MoreBytes(const std::pair<std::string, size_t>& a, const std::pair<std::string, size_t>& b) {
  return a.second > b.second || (a.second == b.second && a.first < b.first);
}

}  // namespace

double LanguageIdentifier::MedianMarkedRate(const std::vector<Paragraph>& paragraphs,
                                            const std::vector<ScriptProfile>& profiles) const {
  std::vector<double> rates;
  for (size_t i = 0; i < paragraphs.size(); ++i) {
    if (paragraphs[i].span.size() >= options_.min_paragraph_bytes && profiles[i].total() > 0) {
      rates.push_back(profiles[i].marked_rate());
    }
  }
  if (rates.empty()) return 0.0;
  std::nth_element(rates.begin(), rates.begin() + rates.size() / 2, rates.end());
  return rates[rates.size() / 2];
}

LanguageGuess LanguageIdentifier::Detect(std::string_view text) {
  bool reliable = false;
  CLD2::Language lang = CLD2::DetectLanguage(text.data(), static_cast<int>(text.size()),
                                             /*is_plain_text=*/true, &reliable);
  return {CLD2::LanguageCode(lang), reliable && lang != CLD2::UNKNOWN_LANGUAGE};
}

std::vector<ByteSpan> LanguageIdentifier::QuotedSpans(std::string_view text, ByteSpan span) {
  std::vector<ByteSpan> quotes;
  char32_t closing = 0;  // the mark that closes the open quote; 0 if none
  uint32_t open_end = 0;
  for (uint32_t i = span.begin; i < span.end;) {
    const unsigned char b = static_cast<unsigned char>(text[i]);
    // Only '"' and sequences led by 0xC2 («») or 0xE2 (“”„) can be marks.
    if (b != '"' && b != 0xC2 && b != 0xE2) {
      ++i;
      continue;
    }
    const uint32_t at = i;
    const char32_t c = NextCodePoint(text.substr(0, span.end), i);
    if (closing != 0 && c == closing) {
      if (at > open_end) quotes.push_back({open_end, at});
      closing = 0;
    } else if (ClosingMark(c) != 0) {
      closing = ClosingMark(c);
      open_end = i;
    }
  }
  return quotes;
}

LanguageGuess LanguageIdentifier::DetectNarration(std::string_view text, ByteSpan span,
                                                  const std::vector<ByteSpan>& quotes) const {
  if (quotes.empty()) return Detect(span.Of(text));
  std::string narration;
  narration.reserve(span.size());
  uint32_t at = span.begin;
  for (ByteSpan q : quotes) {
    narration.append(text.substr(at, q.begin - at));
    narration += ' ';
    at = q.end;
  }
  narration.append(text.substr(at, span.end - at));
  // A paragraph that is mostly one quote is in the quote's language.
  if (narration.size() < options_.min_paragraph_bytes) return Detect(span.Of(text));
  return Detect(narration);
}

std::string LanguageIdentifier::NarrationSample(std::string_view text,
                                               const std::vector<Paragraph>& paragraphs) const {
  std::string sample;
  for (const Paragraph& p : paragraphs) {
    if (sample.size() >= options_.sample_bytes) break;
    uint32_t at = p.span.begin;
    for (ByteSpan q : QuotedSpans(text, p.span)) {
      sample.append(text.substr(at, q.begin - at));
      at = q.end;
    }
    sample.append(text.substr(at, p.span.end - at));
    sample += '\n';
  }
  if (sample.size() > options_.sample_bytes) {
    // Cut at a space so that no word, nor UTF-8 sequence, is split.
    const size_t cut = sample.find_last_of(' ', options_.sample_bytes);
    if (cut != std::string::npos && cut > options_.sample_bytes / 2) sample.resize(cut);
  }
  return sample;
}

LanguageIdentifier::Main LanguageIdentifier::DetectMain(
    std::string_view text, const std::vector<Paragraph>& paragraphs) const {
  const std::string sample = NarrationSample(text, paragraphs);
  const LanguageGuess guess = Detect(sample);
  const ScriptProfile profile = ScriptProfile::Of(sample);
  const Script script = profile.dominant();
  // A sample mixing scripts cannot vouch for paragraphs by script: no fast path.
  const bool single_script =
      profile.letters[static_cast<size_t>(script)] * 20 >= profile.total() * 19;
  const bool plain = options_.unaccented_languages.contains(guess.code);
  return {guess.code, script, guess.reliable && single_script, plain};
}

bool LanguageIdentifier::FitsMain(const ScriptProfile& span, Script main_script,
                                  double doc_marked_rate) const {
  const uint32_t total = span.total();
  if (total == 0) return true;  // digits and punctuation only
  const uint32_t other = total - span.letters[static_cast<size_t>(main_script)];
  if (other * 20 > total) return false;  // > 5% of letters in another script
  const double rate = span.marked_rate();
  if (doc_marked_rate < options_.plain_marked_rate) {
    return span.marked <= 1 || rate <= 2 * options_.plain_marked_rate;
  }
  return rate >= doc_marked_rate / 4 && rate <= doc_marked_rate * 3 + 0.01;
}

void LanguageIdentifier::DetectParagraph(std::string_view text, Paragraph* p,
                                         Tally* quote_bytes) const {
  const std::vector<ByteSpan> quotes = QuotedSpans(text, p->span);
  LanguageGuess guess = DetectNarration(text, p->span, quotes);
  if (guess.reliable) p->language = guess.code;
  for (ByteSpan q : quotes) {
    if (q.size() < options_.min_quote_bytes) continue;
    LanguageGuess quoted = Detect(q.Of(text));
    if (quoted.reliable) (*quote_bytes)[quoted.code] += q.size();
  }
}

void LanguageIdentifier::Annotate(std::string_view text, std::vector<Paragraph>* paragraphs,
                                  std::vector<std::string>* languages) const {
  Tally paragraph_bytes, quote_bytes;
  const Main main = DetectMain(text, *paragraphs);
  std::vector<ScriptProfile> profiles;
  profiles.reserve(paragraphs->size());
  for (const Paragraph& p : *paragraphs) profiles.push_back(ScriptProfile::Of(p.span.Of(text)));
  // Baseline of marked letters: none for languages written without them
  // (English, Russian), else the median paragraph's rate, which a minority of
  // paragraphs in another language does not move.
  const double doc_rate = main.plain ? 0.0 : MedianMarkedRate(*paragraphs, profiles);
  for (size_t i = 0; i < paragraphs->size(); ++i) {
    Paragraph& p = (*paragraphs)[i];
    p.language = kUnknown;
    if (p.span.size() < options_.min_paragraph_bytes) continue;
    if (!main.reliable || !FitsMain(profiles[i], main.script, doc_rate)) {
      DetectParagraph(text, &p, &quote_bytes);
      continue;
    }
    p.language = main.code;
    for (ByteSpan q : QuotedSpans(text, p.span)) {
      if (q.size() < options_.min_quote_bytes ||
          FitsMain(ScriptProfile::Of(q.Of(text)), main.script, doc_rate)) {
        continue;
      }
      LanguageGuess quoted = Detect(q.Of(text));
      if (quoted.reliable) quote_bytes[quoted.code] += q.size();
    }
  }
  FillFromNeighbours(paragraphs);
  if (!paragraphs->empty() && paragraphs->front().language == kUnknown) {
    // Nothing long or reliable enough alone: try the whole text at once.
    LanguageGuess whole = Detect(text);
    if (whole.reliable) for (Paragraph& p : *paragraphs) p.language = whole.code;
  }
  for (const Paragraph& p : *paragraphs) {
    if (p.language != kUnknown) paragraph_bytes[p.language] += p.span.size();
  }
  RankLanguages(paragraph_bytes, quote_bytes, languages);
}

void LanguageIdentifier::RankLanguages(const Tally& paragraph_bytes, const Tally& quote_bytes,
                                       std::vector<std::string>* languages) {
  std::vector<std::pair<std::string, size_t>> ranked(paragraph_bytes.begin(),
                                                      paragraph_bytes.end());
  std::sort(ranked.begin(), ranked.end(), MoreBytes);
  std::vector<std::pair<std::string, size_t>> quoted;
  for (const auto& [code, bytes] : quote_bytes) {
    if (!paragraph_bytes.contains(code)) quoted.emplace_back(code, bytes);
  }
  std::sort(quoted.begin(), quoted.end(), MoreBytes);
  languages->clear();
  for (const auto& r : ranked) languages->push_back(r.first);
  for (const auto& q : quoted) languages->push_back(q.first);
}

}  // namespace storyline::text
