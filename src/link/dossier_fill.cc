#include "src/link/dossier_fill.h"

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
    for (size_t m = 0; q.speaker && m < analysis.mentions.size() && m < mention_entities.size(); ++m) {
      if (analysis.mentions[m].span.Overlaps(*q.speaker)) {
        d.speaker_entity = "e" + std::to_string(mention_entities[m] + 1);
        break;
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
