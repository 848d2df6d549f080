#include "bench/store/synthetic.h"

#include <string>
#include <vector>

namespace storyline::store {

// Deterministic pseudo-random words, so every article (and its hash) differs.
namespace {

std::string SyntheticText(int n, std::vector<ByteSpan>& words) {
  std::string text;
  uint32_t seed = 2166136261u ^ static_cast<uint32_t>(n);
  while (text.size() < 3000) {
    seed = seed * 1664525u + 1013904223u;
    const size_t length = 2 + (seed >> 28) % 9;
    const auto begin = static_cast<uint32_t>(text.size());
    for (size_t k = 0; k < length; ++k) text.push_back(static_cast<char>('a' + (seed >> (k % 24)) % 26));
    words.push_back({begin, static_cast<uint32_t>(text.size())});
    text.push_back(words.size() % 12 == 0 ? '.' : ' ');
    if (words.size() % 50 == 0) text.back() = '\n';
  }
  return text;
}

}  // namespace

AnalyzedDocument SyntheticDocument(int n) {
  AnalyzedDocument item;
  std::vector<ByteSpan> words;
  Document& d = item.document;
  d.id = "synthetic-" + std::to_string(n);
  d.text = SyntheticText(n, words);
  d.title = d.text.substr(0, 40);
  d.title_span = {0, 40};
  d.body = {41, static_cast<uint32_t>(d.text.size())};
  d.outlet = "Example Wire";
  d.url = "https://example.org/" + d.id;
  d.source = "bench:" + std::to_string(n);
  d.content_hash = ContentHash(d.text);
  Analysis& a = item.analysis;
  for (size_t w = 0; w < words.size(); ++w) {
    a.tokens.push_back({words[w]});
    if (w % 50 == 0) a.paragraphs.push_back({{words[w].begin, words[w].end}, "en"});
    if (w % 12 == 0) a.sentences.push_back({{words[w].begin, words[w].end}, uint32_t(w / 50)});
    if (w % 15 == 3) a.mentions.push_back({words[w], EntityType::kPerson, 0.9f});
    if (w % 90 == 7) a.timexes.push_back({words[w], TimexType::kDate, "2024-12-13"});
    if (w % 120 == 9) {
      a.quotes.push_back({words[w], words[w + 1], "Some Speaker", false, words[w + 2], true, "en",
                          {"Example Wire", "Some Speaker"}});
    }
  }
  a.languages = {"en"};
  a.boilerplate = {{words.back(), "sign-off"}};
  a.published = {"2024-12-13", true, 0.8f, "relative date in first sentence"};
  return item;
}

// A dossier the size linking would make of `docs` articles on ~100 stories.
Dossier SyntheticDossier(int docs) {
  Dossier d;
  for (int i = 0; i < docs; ++i) {
    d.documents.push_back({"synthetic-" + std::to_string(i), "Title", "Example Wire", "", "",
                           {"2024-12-13", false, 0, ""}, {"en"}, {{0, 100, "", ""}}, {}, {}, "", 3000});
  }
  for (int s = 0; s < 100; ++s) {
    Story story{"s" + std::to_string(s), "Story title", "A summary sentence.", {}};
    for (int i = s; i < docs; i += 100) story.documents.push_back("synthetic-" + std::to_string(i));
    d.stories.push_back(std::move(story));
  }
  for (int e = 0; e < docs / 5; ++e) {
    Entity entity{"e" + std::to_string(e), "Name", EntityType::kPerson, {"Name", "N."}, {}, {}};
    for (int m = 0; m < 10; ++m) entity.mentions.push_back({"synthetic-" + std::to_string(e), 5u * m, 5u * m + 4});
    d.entities.push_back(std::move(entity));
  }
  for (int t = 0; t < docs / 10; ++t) {
    d.timeline.push_back({"s" + std::to_string(t % 100), "2024-12-13", "Something happened.", 1.5,
                          {"e1"}, {{"synthetic-" + std::to_string(t), 2, 10, 50, {"Wire", "Person"}}},
                          {"Person"}, 1});
  }
  return d;
}

}  // namespace storyline::store
