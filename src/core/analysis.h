// Analysis: everything the per-document stages find in one Document, as standoff
// spans into Document::text. Produced by extract::DocumentAnalyzer, stateless and
// per document; consumed by link/ and store/. Plain value type.
//
// Each stage owns its own fields and leaves the others alone:
//   text/            paragraphs, sentences, tokens, languages, boilerplate
//   extract/time/    timexes, published (inferred when the metadata has none)
//   extract/entities mentions
//   extract/quotes/  quotes, attributions, outlet (inferred from self-references)
//   link/            off_topic is decided against the story, so it is filled there
#ifndef STORYLINE_CORE_ANALYSIS_H_
#define STORYLINE_CORE_ANALYSIS_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "src/core/span.h"

namespace storyline {

enum class EntityType { kPerson, kOrganization, kLocation, kFacility, kMedia, kOther };
enum class TimexType { kDate, kTime, kDuration, kSet };

// "person", "organization", "location", "facility", "media", "other".
std::string_view EntityTypeName(EntityType type);
// Inverse of EntityTypeName; unknown names give kOther.
EntityType ParseEntityType(std::string_view name);
// "DATE", "TIME", "DURATION", "SET" (TimeML spelling).
std::string_view TimexTypeName(TimexType type);
TimexType ParseTimexType(std::string_view name);

struct Paragraph {
  ByteSpan span;         // without the line break that ends it
  std::string language;  // ISO 639-1 from CLD2 ("en", "ru"); "un" when unknown
};

struct Sentence {
  ByteSpan span;
  uint32_t paragraph = 0;  // index into Analysis::paragraphs
};

struct Token {
  ByteSpan span;
};

// A span set aside from the story: boilerplate line or off-topic passage.
struct FlaggedSpan {
  ByteSpan span;
  std::string reason;  // short machine-readable cause: "sign-off", "related-headline", ...
};

struct Timex {
  ByteSpan span;
  TimexType type = TimexType::kDate;
  std::string value;  // TIMEX3 value: "2024-12-13", "2024-W50", "P1W", "PAST_REF", ...
};

struct Mention {
  ByteSpan span;
  EntityType type = EntityType::kOther;
  float confidence = 1.0f;
};

// A direct or indirect quote, or an attribution ("according to X, ...").
struct Quote {
  ByteSpan content;                // what was said (inside the marks for direct quotes)
  std::optional<ByteSpan> speaker; // the speaker's mention in the text, if named there
  std::string speaker_name;        // resolved speaker ("Mikhail Bogdanov"); empty if unknown
  bool anonymous = false;          // "an anonymous source", "one official": never a named person
  std::optional<ByteSpan> cue;     // "said", "told Interfax", "according to"
  bool direct = true;              // inside quotation marks
  std::string language;            // CLD2 on the content span
  // Who relays whom, outermost first: ["Censor.NET", "Financial Times", "Kamal Lababidi"].
  std::vector<std::string> chain;
};

struct PublishedDate {
  std::string date;        // "YYYY-MM-DD"; empty when unknown
  bool inferred = false;   // true when not taken from metadata
  float confidence = 0.0f; // 0..1, for inferred dates
  std::string evidence;    // short human-readable reason; empty when none
};

struct Analysis {
  std::vector<Paragraph> paragraphs;
  std::vector<Sentence> sentences;
  std::vector<Token> tokens;
  std::vector<std::string> languages;  // distinct, main language first
  std::vector<FlaggedSpan> boilerplate;
  std::vector<FlaggedSpan> off_topic;
  std::vector<Timex> timexes;
  std::vector<Mention> mentions;
  std::vector<Quote> quotes;
  PublishedDate published;
  std::string outlet;           // inferred outlet when metadata had none
  std::string outlet_evidence;  // why ("self-reference: 'News.bg reports'")
};

}  // namespace storyline

#endif  // STORYLINE_CORE_ANALYSIS_H_
