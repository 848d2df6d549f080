// PLACEHOLDER (walking skeleton): one entity per exact surface form and type.
// Replaced by the entity-resolution stage.
#include "src/link/entity_resolver.h"

#include <map>

namespace storyline::link {
namespace {
class ExactResolver : public EntityResolver {
 public:
  std::vector<size_t> Add(const std::string& doc_id, std::string_view text,
                          const std::vector<Mention>& mentions, const std::string&) override {
    std::vector<size_t> out;
    for (const auto& m : mentions) {
      std::string surface(m.span.Of(text));
      auto key = std::make_pair(surface, m.type);
      auto [it, inserted] = index_.try_emplace(key, entities_.size());
      if (inserted) {
        Entity e;
        e.id = "e" + std::to_string(entities_.size() + 1);
        e.name = surface;
        e.type = m.type;
        e.variants.push_back(surface);
        entities_.push_back(e);
      }
      entities_[it->second].mentions.push_back({doc_id, m.span.begin, m.span.end});
      out.push_back(it->second);
    }
    return out;
  }
  std::vector<Entity> Entities() const override { return entities_; }
 private:
  std::map<std::pair<std::string, EntityType>, size_t> index_;
  std::vector<Entity> entities_;
};
}  // namespace

absl::StatusOr<std::unique_ptr<EntityResolver>> EntityResolver::Create(const std::string&) {
  return std::make_unique<ExactResolver>();
}

}  // namespace storyline::link
