// Cross-language story linking on invented articles: a ferry aground near the
// (fictional) port of Kalinovo, reported by two English articles and one Russian
// article that names the same people and port in Cyrillic and in other cases;
// plus an unrelated English article and an unrelated Russian one that shares a
// single place with the ferry story.
#include <algorithm>

#include "gtest/gtest.h"
#include "src/link/link_test_util.h"
#include "src/link/linker.h"
#include "src/link/terms.h"

namespace storyline::link {
namespace {

using testing::Article;

// The Article builder marks everything English; these are Russian throughout.
Article& Russian(Article& a) {
  a.analysis.languages = {"ru"};
  for (Paragraph& p : a.analysis.paragraphs) p.language = "ru";
  return a;
}

Article Grounding() {
  Article a("grounding",
            "The ferry Northern Star ran aground near the port of Kalinovo on Tuesday with 140 "
            "passengers on board. Captain Andrei Voronov said the vessel struck a sandbank in "
            "thick fog.\n"
            "Harbour master Olga Sedova said tugs from Kalinovo would try to refloat the ferry "
            "at high tide.\n"
            "No injuries were reported, the Baltic Coast Guard said.",
            "2031-06-10", "Harbour News");
  a.Mention("Northern Star", EntityType::kOther).Mention("Kalinovo", EntityType::kLocation);
  a.Mention("Andrei Voronov", EntityType::kPerson).Mention("Olga Sedova", EntityType::kPerson);
  a.Mention("Baltic Coast Guard", EntityType::kOrganization);
  return a;
}

Article Refloated() {
  Article a("refloated",
            "Tugs refloated the ferry Northern Star off Kalinovo early on Wednesday after a "
            "night aground. Passengers were taken ashore by lifeboats, harbour master Olga Sedova "
            "said.\n"
            "Investigators will question Captain Andrei Voronov about the route he chose in the "
            "fog.",
            "2031-06-11", "Coastal Wire");
  a.Mention("Northern Star", EntityType::kOther).Mention("Kalinovo", EntityType::kLocation);
  a.Mention("Andrei Voronov", EntityType::kPerson).Mention("Olga Sedova", EntityType::kPerson);
  return a;
}

Article RussianReport() {
  Article a("ru-report",
            "Паром «Северная звезда» сел на мель у порта Калиново во вторник. На борту "
            "находились 140 пассажиров.\n"
            "Капитан Андрей Воронов заявил, что судно наткнулось на песчаную отмель в густом "
            "тумане.\n"
            "Начальник порта Ольга Седова сообщила, что буксиры сняли паром с мели в среду. "
            "Следователи допросят капитана Воронова.",
            "2031-06-11", "Морские вести");
  a.Mention("Калиново", EntityType::kLocation).Mention("Андрей Воронов", EntityType::kPerson);
  a.Mention("Воронова", EntityType::kPerson).Mention("Ольга Седова", EntityType::kPerson);
  return Russian(a);
}

Article Football() {
  Article a("football",
            "The Riverside Rovers beat Hillcrest United three goals to one in the cup final on "
            "Saturday. Their striker scored twice before a record crowd.",
            "2031-06-12", "Sports Desk");
  a.Mention("Riverside Rovers", EntityType::kOrganization)
      .Mention("Hillcrest United", EntityType::kOrganization);
  return a;
}

// Same town as the ferry story, nothing else in common.
Article RussianFestival() {
  Article a("ru-festival",
            "В Калиново открылся летний джазовый фестиваль. Оркестр Михаила Орлова сыграл перед "
            "тысячей зрителей на городской площади.\n"
            "Фестиваль продлится до воскресенья.",
            "2031-06-12", "Культура");
  a.Mention("Калиново", EntityType::kLocation).Mention("Михаила Орлова", EntityType::kPerson);
  return Russian(a);
}

class CrossLanguageTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto linker = Linker::Create({STORYLINE_DATA_DIR});
    ASSERT_TRUE(linker.ok()) << linker.status();
    linker_ = std::move(*linker);
  }
  std::vector<std::vector<std::string>> Stories(const std::vector<Article>& articles) {
    for (const Article& a : articles) linker_->Add(a.doc, a.analysis);
    std::vector<std::vector<std::string>> out;
    for (const Story& s : linker_->BuildDossier().stories) out.push_back(s.documents);
    return out;
  }
  std::unique_ptr<Linker> linker_;
};

TEST_F(CrossLanguageTest, RussianReportJoinsTheEnglishStoryAndUnrelatedStayOut) {
  auto stories = Stories({Grounding(), Refloated(), Football(), RussianReport(), RussianFestival()});
  ASSERT_EQ(stories.size(), 3u);
  EXPECT_EQ(stories[0], (std::vector<std::string>{"grounding", "refloated", "ru-report"}));
  EXPECT_EQ(stories[1], (std::vector<std::string>{"football"}));
  EXPECT_EQ(stories[2], (std::vector<std::string>{"ru-festival"}));
}

TEST_F(CrossLanguageTest, EnglishReportsJoinAStoryARussianArticleOpened) {
  auto stories = Stories({RussianReport(), RussianFestival(), Grounding(), Football(), Refloated()});
  ASSERT_EQ(stories.size(), 3u);
  EXPECT_EQ(stories[0], (std::vector<std::string>{"ru-report", "grounding", "refloated"}));
  EXPECT_EQ(stories[1], (std::vector<std::string>{"ru-festival"}));
  EXPECT_EQ(stories[2], (std::vector<std::string>{"football"}));
}

TEST(NameKeysTest, OneKeyPerEntityAcrossScriptsAndCases) {
  auto keys = NameKeys::Create(STORYLINE_DATA_DIR);
  ASSERT_TRUE(keys.ok()) << keys.status();
  NameKeys& k = **keys;
  const std::string moscow = k.Key("Moscow", EntityType::kLocation);
  EXPECT_EQ(k.Key("Москва", EntityType::kLocation), moscow);
  EXPECT_EQ(k.Key("Москве", EntityType::kLocation), moscow);
  const std::string lavrov = k.Key("Sergei Lavrov", EntityType::kPerson);
  EXPECT_EQ(k.Key("Сергей Лавров", EntityType::kPerson), lavrov);
  EXPECT_EQ(k.Key("Сергея Лаврова", EntityType::kPerson), lavrov);
  EXPECT_EQ(k.Key("Khmeimim", EntityType::kFacility), k.Key("Хмеймим", EntityType::kFacility));
  EXPECT_NE(k.Key("Kalinovo", EntityType::kLocation), k.Key("Kalinin", EntityType::kLocation));
  EXPECT_EQ(k.Key("", EntityType::kPerson), "");
}

}  // namespace
}  // namespace storyline::link
