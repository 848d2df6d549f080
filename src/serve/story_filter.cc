#include <algorithm>

#include "src/serve/server.h"

namespace storyline::serve {

Dossier StoryDossier(const Dossier& all, const Story& story) {
  Dossier out;
  out.stories.push_back(story);
  auto in_story = [&](const std::string& doc) {
    return std::find(story.documents.begin(), story.documents.end(), doc) !=
           story.documents.end();
  };
  for (const auto& d : all.documents)
    if (in_story(d.id)) out.documents.push_back(d);
  for (const auto& t : all.timeline)
    if (t.story == story.id) out.timeline.push_back(t);
  for (const auto& c : all.conflicts)
    if (c.story == story.id) out.conflicts.push_back(c);
  for (const auto& q : all.quotes)
    if (in_story(q.doc)) out.quotes.push_back(q);
  for (const auto& e : all.entities) {
    if (std::any_of(e.mentions.begin(), e.mentions.end(),
                    [&](const EntityMention& m) { return in_story(m.doc); })) {
      out.entities.push_back(e);
    }
  }
  return out;
}

}  // namespace storyline::serve
