#include "src/link/dossier_fill.h"

#include <optional>

namespace storyline::link {

std::string PublishedDay(const Document& doc, const Analysis& analysis) {
  const std::string& date = analysis.published.date.empty() ? doc.published
                                                             : analysis.published.date;
  return date.size() >= 10 ? date.substr(0, 10) : date;
}

DossierDocument FillDocument(const Document& doc, const Analysis& analysis) {
  DossierDocument d;
  d.id = doc.id;
  d.title = doc.title.empty() ? std::string(doc.title_span.Of(doc.text)) : doc.title;
  if (!doc.outlet.empty()) {
    d.outlet = doc.outlet;
  } else {
    d.outlet = analysis.outlet;
    d.outlet_evidence = analysis.outlet_evidence;
  }
  d.url = doc.url;
  d.published = analysis.published;
  if (d.published.date.empty() && !doc.published.empty()) {
    d.published = PublishedDate{doc.published, false, 1.0f, ""};
  }
  d.languages = analysis.languages;
  if (d.languages.empty() && !doc.language.empty()) d.languages.push_back(doc.language);
  for (const Paragraph& p : analysis.paragraphs) {
    d.paragraphs.push_back({p.span.begin, p.span.end, "", ""});
  }
  for (const FlaggedSpan& b : analysis.boilerplate) {
    d.boilerplate.push_back({b.span.begin, b.span.end, std::string(b.span.Of(doc.text)), b.reason});
  }
  d.bytes = static_cast<uint32_t>(doc.text.size());
  return d;
}

namespace {

// The mention that names a speaker phrase: the one of the most speaker-like type
// (person, then outlet, organization, facility, place), the longest on a tie.
// An "other" mention is an adjective or demonym ("British-based", "Russian" of
// "a Russian official") and a place not at the end a modifier: neither names
// the speaker. Anonymous speakers get none at all.
std::optional<size_t> SpeakerMention(const Analysis& analysis, ByteSpan speaker, size_t resolved) {
  auto rank = [](EntityType t) {
    switch (t) {
      case EntityType::kPerson: return 5;
      case EntityType::kMedia: return 4;
      case EntityType::kOrganization: return 3;
      case EntityType::kFacility: return 2;
      case EntityType::kLocation: return 1;
      case EntityType::kOther: return 0;
    }
    return 0;
  };
  std::optional<size_t> best;
  for (size_t m = 0; m < analysis.mentions.size() && m < resolved; ++m) {
    const Mention& mention = analysis.mentions[m];
    if (!mention.span.Overlaps(speaker) || rank(mention.type) == 0) continue;
    // A place inside a longer phrase modifies it ("Officials in X", "X's
    // interim government"): only a place that ends the phrase speaks.
    const bool place = mention.type == EntityType::kLocation || mention.type == EntityType::kFacility;
    if (place && mention.span.end < speaker.end) continue;
    if (!best) { best = m; continue; }
    const Mention& b = analysis.mentions[*best];
    const int r = rank(mention.type), rb = rank(b.type);
    if (r > rb || (r == rb && mention.span.size() > b.span.size())) best = m;
  }
  return best;
}

}  // namespace

std::vector<DossierQuote> FillQuotes(const Document& doc, const Analysis& analysis,
                                     const std::vector<size_t>& mention_entities) {
  std::vector<DossierQuote> out;
  for (const Quote& q : analysis.quotes) {
    DossierQuote d;
    d.doc = doc.id;
    d.begin = q.content.begin;
    d.end = q.content.end;
    d.text = std::string(q.content.Of(doc.text));
    d.language = q.language;
    if (!q.speaker_name.empty()) {
      d.speaker = q.speaker_name;
    } else if (q.speaker) {
      d.speaker = std::string(q.speaker->Of(doc.text));
    }
    if (q.speaker && !q.anonymous) {
      if (auto m = SpeakerMention(analysis, *q.speaker, mention_entities.size())) {
        d.speaker_entity = "e" + std::to_string(mention_entities[*m] + 1);
      }
    }
    if (q.cue) d.cue = std::string(q.cue->Of(doc.text));
    d.anonymous = q.anonymous;
    d.chain = q.chain;
    out.push_back(std::move(d));
  }
  return out;
}

}  // namespace storyline::link
