// The dossier JSON: the names in docs/architecture.md, one to one. Unknown values
// are JSON null, never empty strings, so consumers can tell "none" from "blank".
#include <nlohmann/json.hpp>

#include "src/report/render.h"

namespace storyline::report {
namespace {

// ordered_json keeps the contract's field order in the output.
using json = nlohmann::ordered_json;

json NullIfEmpty(const std::string& s) { return s.empty() ? json(nullptr) : json(s); }

json SpansJson(const std::vector<TextSpan>& spans, bool with_text) {
  json out = json::array();
  for (const auto& s : spans) {
    json j = {{"begin", s.begin}, {"end", s.end}};
    if (with_text) j["text"] = s.text;
    if (!s.reason.empty()) j["reason"] = s.reason;
    out.push_back(std::move(j));
  }
  return out;
}

json DocumentJson(const DossierDocument& d) {
  json published = {{"date", NullIfEmpty(d.published.date)},
                    {"inferred", d.published.inferred},
                    {"evidence", NullIfEmpty(d.published.evidence)}};
  if (d.published.inferred && !d.published.date.empty()) {
    published["confidence"] = d.published.confidence;
  }
  return {{"id", d.id},
          {"title", NullIfEmpty(d.title)},
          {"outlet", NullIfEmpty(d.outlet)},
          {"outlet_evidence", NullIfEmpty(d.outlet_evidence)},
          {"url", NullIfEmpty(d.url)},
          {"published", published},
          {"languages", d.languages},
          {"bytes", d.bytes},
          {"paragraphs", SpansJson(d.paragraphs, false)},
          {"boilerplate", SpansJson(d.boilerplate, true)},
          {"off_topic", SpansJson(d.off_topic, true)},
          {"copy_of", NullIfEmpty(d.copy_of)}};
}

json EntityJson(const Entity& e) {
  json mentions = json::array();
  for (const auto& m : e.mentions) {
    mentions.push_back({{"doc", m.doc}, {"begin", m.begin}, {"end", m.end}});
  }
  json geo = nullptr;
  if (e.geo) geo = {{"lat", e.geo->lat}, {"lon", e.geo->lon}, {"country", e.geo->country}};
  return {{"id", e.id},
          {"name", e.name},
          {"type", std::string(EntityTypeName(e.type))},
          {"variants", e.variants},
          {"mentions", mentions},
          {"geo", geo}};
}

json TimelineJson(const TimelineEntry& t) {
  json reports = json::array();
  for (const auto& r : t.reports) {
    reports.push_back({{"doc", r.doc},
                       {"sentence", r.sentence},
                       {"begin", r.begin},
                       {"end", r.end},
                       {"via", r.via}});
  }
  return {{"story", t.story},   {"date", t.date},
          {"text", t.text},     {"weight", t.weight},
          {"entities", t.entities}, {"reports", reports},
          {"origins", t.origins},   {"independent_sources", t.independent_sources}};
}

json QuoteJson(const DossierQuote& q) {
  return {{"doc", q.doc},
          {"begin", q.begin},
          {"end", q.end},
          {"text", q.text},
          {"language", NullIfEmpty(q.language)},
          {"speaker", NullIfEmpty(q.speaker)},
          {"speaker_entity", NullIfEmpty(q.speaker_entity)},
          {"cue", NullIfEmpty(q.cue)},
          {"anonymous", q.anonymous},
          {"chain", q.chain}};
}

json ConflictJson(const Conflict& c) {
  json sides = json::array();
  for (const auto& s : c.sides) {
    sides.push_back({{"claim", s.claim}, {"docs", s.docs}, {"origins", s.origins}});
  }
  return {{"story", c.story}, {"about", c.about}, {"sides", sides}};
}

template <typename T, typename F>
json ArrayOf(const std::vector<T>& items, F to_json) {
  json out = json::array();
  for (const auto& item : items) out.push_back(to_json(item));
  return out;
}

}  // namespace

std::string RenderJson(const Dossier& dossier) {
  json stories = json::array();
  for (const auto& s : dossier.stories) {
    stories.push_back({{"id", s.id},
                       {"title", s.title},
                       {"summary", s.summary},
                       {"documents", s.documents}});
  }
  json out = {{"documents", ArrayOf(dossier.documents, DocumentJson)},
              {"stories", stories},
              {"entities", ArrayOf(dossier.entities, EntityJson)},
              {"timeline", ArrayOf(dossier.timeline, TimelineJson)},
              {"quotes", ArrayOf(dossier.quotes, QuoteJson)},
              {"conflicts", ArrayOf(dossier.conflicts, ConflictJson)}};
  // Replace, not throw, on any invalid UTF-8 that slipped through a stage.
  return out.dump(2, ' ', false, json::error_handler_t::replace) + "\n";
}

}  // namespace storyline::report
