#include "src/core/analysis.h"

#include <array>
#include <utility>

namespace storyline {
namespace {

constexpr std::array<std::pair<EntityType, std::string_view>, 6> kEntityTypeNames = {{
    {EntityType::kPerson, "person"},
    {EntityType::kOrganization, "organization"},
    {EntityType::kLocation, "location"},
    {EntityType::kFacility, "facility"},
    {EntityType::kMedia, "media"},
    {EntityType::kOther, "other"},
}};

constexpr std::array<std::pair<TimexType, std::string_view>, 4> kTimexTypeNames = {{
    {TimexType::kDate, "DATE"},
    {TimexType::kTime, "TIME"},
    {TimexType::kDuration, "DURATION"},
    {TimexType::kSet, "SET"},
}};

}  // namespace

std::string_view EntityTypeName(EntityType type) {
  for (const auto& [value, name] : kEntityTypeNames) {
    if (value == type) return name;
  }
  return "other";
}

EntityType ParseEntityType(std::string_view name) {
  for (const auto& [value, known] : kEntityTypeNames) {
    if (known == name) return value;
  }
  return EntityType::kOther;
}

std::string_view TimexTypeName(TimexType type) {
  for (const auto& [value, name] : kTimexTypeNames) {
    if (value == type) return name;
  }
  return "DATE";
}

TimexType ParseTimexType(std::string_view name) {
  for (const auto& [value, known] : kTimexTypeNames) {
    if (known == name) return value;
  }
  return TimexType::kDate;
}

}  // namespace storyline
