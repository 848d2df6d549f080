#include "src/link/link_test_util.h"

namespace storyline::link::testing {

Article::Article(std::string id, std::string text, std::string published, std::string outlet) {
  doc.id = std::move(id);
  doc.text = std::move(text);
  doc.published = std::move(published);
  doc.outlet = std::move(outlet);
  doc.body = {0, static_cast<uint32_t>(doc.text.size())};
  doc.content_hash = ContentHash(doc.text);
  const std::string& t = doc.text;
  uint32_t start = 0;
  for (uint32_t i = 0; i <= t.size(); ++i) {
    if (i < t.size() && t[i] != '\n') continue;
    if (i > start) {
      const uint32_t p = static_cast<uint32_t>(analysis.paragraphs.size());
      analysis.paragraphs.push_back({{start, i}, "en"});
      uint32_t s = start;
      for (uint32_t k = start; k < i; ++k) {
        if (t[k] == '.' && k + 1 < i && t[k + 1] == ' ') {
          analysis.sentences.push_back({{s, k + 1}, p});
          s = k + 2;
        }
      }
      analysis.sentences.push_back({{s, i}, p});
    }
    start = i + 1;
  }
  analysis.languages = {"en"};
  if (!doc.published.empty()) analysis.published.date = doc.published;
}

ByteSpan Article::Find(std::string_view needle, int nth) const {
  size_t at = doc.text.find(needle);
  while (nth-- > 0 && at != std::string::npos) at = doc.text.find(needle, at + 1);
  if (at == std::string::npos) return {};
  return {static_cast<uint32_t>(at), static_cast<uint32_t>(at + needle.size())};
}

Article& Article::Timex(std::string_view text, std::string value) {
  analysis.timexes.push_back({Find(text), TimexType::kDate, std::move(value)});
  return *this;
}

Article& Article::Mention(std::string_view name, EntityType type) {
  for (size_t at = doc.text.find(name); at != std::string::npos; at = doc.text.find(name, at + 1)) {
    analysis.mentions.push_back(
        {{static_cast<uint32_t>(at), static_cast<uint32_t>(at + name.size())}, type, 1.0f});
  }
  return *this;
}

Article& Article::Quote(std::string_view content, std::string_view cue,
                        std::vector<std::string> chain, bool anonymous, std::string_view speaker) {
  storyline::Quote q;
  q.content = Find(content);
  q.cue = Find(cue);
  if (!speaker.empty()) q.speaker = Find(speaker);
  q.speaker_name = chain.empty() ? "" : chain.back();
  q.anonymous = anonymous;
  q.direct = false;
  q.language = "en";
  q.chain = std::move(chain);
  analysis.quotes.push_back(std::move(q));
  return *this;
}

Article& Article::Boilerplate(std::string_view line, std::string reason) {
  analysis.boilerplate.push_back({Find(line), std::move(reason)});
  return *this;
}

}  // namespace storyline::link::testing
