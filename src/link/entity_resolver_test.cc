// Runs link::EntityResolver over tests/testdata/entities/resolution.tsv: mentions
// with the same expected label must land in one entity, different labels in
// different entities. Also checks geo for gazetteer places.
#include "src/link/entity_resolver.h"

#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <sstream>

#include "src/link/name_normalizer.h"

namespace storyline::link {
namespace {

struct Row {
  std::string label, doc, story, surface;
  EntityType type;
};

std::vector<std::vector<Row>> ReadBlocks() {
  std::ifstream in(std::string(STORYLINE_TESTDATA_DIR) + "/entities/resolution.tsv");
  std::vector<std::vector<Row>> blocks(1);
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line[0] == '#') continue;
    if (line.empty()) { if (!blocks.back().empty()) blocks.emplace_back(); continue; }
    std::stringstream ss(line);
    Row r;
    std::string type;
    std::getline(ss, r.label, '\t'); std::getline(ss, r.doc, '\t'); std::getline(ss, r.story, '\t');
    std::getline(ss, type, '\t'); std::getline(ss, r.surface, '\t');
    r.type = ParseEntityType(type);
    blocks.back().push_back(r);
  }
  if (blocks.back().empty()) blocks.pop_back();
  return blocks;
}

TEST(EntityResolverTest, Cases) {
  auto blocks = ReadBlocks();
  ASSERT_GT(blocks.size(), 5u);
  for (const auto& block : blocks) {
    auto resolver = EntityResolver::Create(STORYLINE_DATA_DIR);
    ASSERT_TRUE(resolver.ok()) << resolver.status();
    std::vector<size_t> got;
    for (const Row& r : block) {
      Mention m;
      m.span = {0, static_cast<uint32_t>(r.surface.size())};
      m.type = r.type;
      got.push_back((*resolver)->Add(r.doc, r.surface, {m}, r.story)[0]);
    }
    for (size_t i = 0; i < block.size(); ++i) {
      for (size_t j = i + 1; j < block.size(); ++j) {
        bool same = block[i].label == block[j].label;
        EXPECT_EQ(same, got[i] == got[j]) << block[i].surface << " / " << block[j].surface;
      }
    }
  }
}

TEST(EntityResolverTest, GeoAndFullestName) {
  auto resolver = EntityResolver::Create(STORYLINE_DATA_DIR);
  ASSERT_TRUE(resolver.ok());
  std::string text = "Syria Damascus Москва Moscow";
  std::vector<Mention> ms = {{{0, 5}, EntityType::kLocation}, {{6, 14}, EntityType::kLocation},
                             {{15, 27}, EntityType::kLocation}, {{28, 34}, EntityType::kLocation}};
  (*resolver)->Add("d", text, ms, "s");
  auto entities = (*resolver)->Entities();
  ASSERT_EQ(entities.size(), 3u);
  ASSERT_TRUE(entities[1].geo.has_value());
  EXPECT_EQ(entities[1].geo->country, "SY");  // Damascus, Syria, not Oregon
  EXPECT_EQ(entities[2].name, "Moscow");      // Latin form preferred as the name
  EXPECT_EQ(entities[2].geo->country, "RU");
}

// A place is named as the articles write it most, not by its longest form: the
// formal name of one quoted letter does not rename the country.
TEST(EntityResolverTest, PlaceTakesItsCommonName) {
  auto resolver = EntityResolver::Create(STORYLINE_DATA_DIR);
  ASSERT_TRUE(resolver.ok());
  std::string text = "Syria Syrian Arab Republic Syria";
  std::vector<Mention> ms = {{{0, 5}, EntityType::kLocation}, {{6, 26}, EntityType::kLocation},
                             {{27, 32}, EntityType::kLocation}};
  (*resolver)->Add("d", text, ms, "s");
  auto entities = (*resolver)->Entities();
  ASSERT_EQ(entities.size(), 1u);
  EXPECT_EQ(entities[0].name, "Syria");
  EXPECT_EQ(entities[0].variants.size(), 2u);
}

// An adjective of nationality is filed under its country, which keeps its own
// name; two countries in one word, or a demonym alone, behave as expected.
TEST(EntityResolverTest, DemonymsJoinTheirCountry) {
  auto resolver = EntityResolver::Create(STORYLINE_DATA_DIR);
  ASSERT_TRUE(resolver.ok());
  std::string text = "Russian Russia Russians British-based Russian-Syrian Maltese";
  std::vector<Mention> ms = {{{0, 7}, EntityType::kOther},   {{8, 14}, EntityType::kLocation},
                             {{15, 23}, EntityType::kOther}, {{24, 37}, EntityType::kOther},
                             {{38, 52}, EntityType::kOther}, {{53, 60}, EntityType::kOther}};
  std::vector<size_t> got = (*resolver)->Add("d", text, ms, "s");
  EXPECT_EQ(got[0], got[1]);
  EXPECT_EQ(got[2], got[1]);
  EXPECT_NE(got[3], got[1]);
  EXPECT_NE(got[4], got[1]);  // Russian-Syrian names two countries: left alone
  auto entities = (*resolver)->Entities();
  const Entity& russia = entities[got[1]];
  EXPECT_EQ(russia.name, "Russia");
  EXPECT_EQ(russia.type, EntityType::kLocation);
  EXPECT_EQ(russia.mentions.size(), 3u);
  ASSERT_TRUE(russia.geo.has_value());
  EXPECT_EQ(russia.geo->country, "RU");
  EXPECT_EQ(entities[got[3]].name, "United Kingdom");
  EXPECT_EQ(entities[got[4]].type, EntityType::kOther);
  EXPECT_EQ(entities[got[5]].name, "Malta");  // only the demonym in the text
}

TEST(NameNormalizerTest, Words) {
  auto n = NameNormalizer::Create(STORYLINE_DATA_DIR);
  ASSERT_TRUE(n.ok());
  EXPECT_EQ(JoinWords((*n)->Words("Hay'at Tahrir al-Sham")), "haiat tahrir sham");
  EXPECT_EQ(JoinWords((*n)->Words("Khmeimim")), JoinWords((*n)->Words("Hmeymim")));
  EXPECT_EQ(JoinWords((*n)->Words("Москва")), "moskva");
  EXPECT_EQ(JoinWords((*n)->Words("Russia's")), "russia");
  EXPECT_EQ(NameNormalizer::Skeleton("lababidi"), "lbbd");
  EXPECT_TRUE((*n)->Words("").empty());
  EXPECT_TRUE((*n)->Words("\xEF\xBF\xBD -- '").empty());
}

}  // namespace
}  // namespace storyline::link
