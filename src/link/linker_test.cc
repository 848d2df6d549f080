// End-to-end behaviour of the link stage on invented articles (a fictional
// Ostrian drawdown from Velmora) with the difficulties of real news: an echo of
// one newspaper's scoop in two outlets, a wire copy, an undated report that must
// find its event's day, a drifting tail paragraph, an unrelated story, and
// contradicting reports.
#include "src/link/linker.h"

#include <algorithm>

#include "gtest/gtest.h"
#include "src/link/link_test_util.h"

namespace storyline::link {
namespace {

using testing::Article;

Article Scoop() {
  Article a("scoop",
            "Ostria has withdrawn at least 300 marines from the Port Alder naval base in Velmora. "
            "The pullout came after talks with the new Velmoran council.\n"
            "According to the Coastal Wire, this was reported by the Harbor Gazette.\n"
            "Ostrian envoys met council members in Velmora City to agree a safe route for the "
            "convoy to the Port Alder naval base.\n"
            "Analysts say losing Port Alder would cut Ostria off from the southern sea lanes.",
            "2031-03-05", "Daily Courier");
  a.Quote("", "According to", {"Coastal Wire", "Harbor Gazette"});
  a.Mention("Ostria", EntityType::kLocation).Mention("Port Alder", EntityType::kFacility);
  return a;
}

Article Echo() {
  Article a("echo",
            "On March 4, the Harbor Gazette, citing an official, reported that Ostria had "
            "evacuated at least 300 marines from Port Alder.\n"
            "The official said Ostrian envoys had met the Velmoran council to agree a safe route "
            "for the convoy.\n"
            "Ostria has kept the Port Alder naval base since the war, and its sea lanes to the "
            "south depend on it.",
            "2031-03-06", "Northern Ledger");
  a.Timex("March 4", "2031-03-04");
  a.Quote("Ostria had evacuated at least 300 marines from Port Alder", "reported",
          {"Harbor Gazette", "an official"}, /*anonymous=*/true, "an official");
  a.Mention("Ostria", EntityType::kLocation).Mention("Port Alder", EntityType::kFacility);
  return a;
}

Article Later() {
  Article a("later",
            "Talks between Ostria and the Velmoran council on the future of the Port Alder naval "
            "base stalled on April 18, council members said.\n"
            "Ostrian ships have been loading equipment at Port Alder for weeks, and the convoy "
            "route to the base stays open.\n"
            "Meanwhile, the Ostrian space agency launched a weather satellite into orbit from its "
            "northern cosmodrome, engineers reported.\n"
            "The rocket carried three research payloads built by university teams for climate "
            "monitoring and astronomy.",
            "2031-04-20", "Velmora Today");
  a.Timex("April 18", "2031-04-18");
  a.Mention("Ostria", EntityType::kLocation).Mention("Port Alder", EntityType::kFacility);
  return a;
}

Article Unrelated() {
  return Article("football",
                 "The Riverside Rovers beat Hillcrest United three goals to one in the cup final. "
                 "The striker scored twice in the second half before a record crowd.",
                 "2031-03-05", "Sports Desk");
}

const TimelineEntry* EntryWith(const Dossier& d, std::string_view words) {
  for (const auto& t : d.timeline) {
    if (t.text.find(words) != std::string::npos) return &t;
  }
  return nullptr;
}

// The timeline as text, for failure messages.
std::string Dump(const Dossier& d) {
  std::string out;
  for (const auto& t : d.timeline) {
    out += t.date + " (" + std::to_string(t.reports.size()) + " reports) " + t.text + "\n";
  }
  return out;
}

const DossierDocument& Doc(const Dossier& d, std::string_view id) {
  return *std::find_if(d.documents.begin(), d.documents.end(),
                       [&](const DossierDocument& x) { return x.id == id; });
}

class LinkerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto linker = Linker::Create({STORYLINE_DATA_DIR});
    ASSERT_TRUE(linker.ok()) << linker.status();
    linker_ = std::move(*linker);
  }
  Dossier Link(const std::vector<Article>& articles) {
    for (const Article& a : articles) linker_->Add(a.doc, a.analysis);
    return linker_->BuildDossier();
  }
  std::unique_ptr<Linker> linker_;
};

TEST_F(LinkerTest, ArticlesWeeksApartFormOneStoryAndUnrelatedOneItsOwn) {
  Dossier d = Link({Scoop(), Echo(), Unrelated(), Later()});
  ASSERT_EQ(d.stories.size(), 2u);
  EXPECT_EQ(d.stories[0].documents, (std::vector<std::string>{"scoop", "echo", "later"}));
  EXPECT_EQ(d.stories[1].documents, (std::vector<std::string>{"football"}));
  EXPECT_FALSE(d.stories[0].title.empty());
  EXPECT_FALSE(d.stories[0].summary.empty());
}

TEST_F(LinkerTest, EchoOfOneScoopIsOneEntryWithOneIndependentSource) {
  Dossier d = Link({Scoop(), Echo(), Later()});
  const TimelineEntry* e = EntryWith(d, "300 marines");
  ASSERT_NE(e, nullptr) << Dump(d);
  EXPECT_EQ(e->date, "2031-03-04");  // the day it happened, from the dated report
  ASSERT_EQ(e->reports.size(), 2u) << Dump(d);
  EXPECT_EQ(e->origins, std::vector<std::string>{"Harbor Gazette"});
  EXPECT_EQ(e->independent_sources, 1);
  for (const Report& r : e->reports) {
    EXPECT_EQ(r.via.size(), 2u) << r.doc;
  }
  EXPECT_FALSE(e->entities.empty());
}

TEST_F(LinkerTest, TimelineCarriesEventDaysNotPublicationDays) {
  Dossier d = Link({Scoop(), Echo(), Later()});
  for (const TimelineEntry& t : d.timeline) {
    EXPECT_TRUE(t.date == "2031-03-04" || t.date == "2031-04-18") << t.date << " " << t.text;
  }
  EXPECT_NE(EntryWith(d, "stalled"), nullptr);
}

TEST_F(LinkerTest, DriftingTailIsOffTopicAndNotInTimeline) {
  Article later = Later();
  later.Timex("engineers reported", "2031-04-19");  // a dated sentence in the tail
  Dossier d = Link({Scoop(), Echo(), later});
  const DossierDocument& doc = Doc(d, "later");
  ASSERT_EQ(doc.off_topic.size(), 2u);
  EXPECT_NE(doc.off_topic[0].text.find("weather satellite"), std::string::npos);
  EXPECT_EQ(EntryWith(d, "satellite"), nullptr);
  EXPECT_TRUE(Doc(d, "scoop").off_topic.empty());
  EXPECT_TRUE(Doc(d, "echo").off_topic.empty());
}

// A paragraph that is mostly a quote in another script is not judged by its few
// English words (the frame around the quote), which the other reports do not use.
TEST_F(LinkerTest, QuoteInAnotherScriptIsNotOffTopic) {
  Article quoted("quoted",
                 "Ostria is pulling marines out of the Port Alder naval base in Velmora, "
                 "officials said.\n"
                 "\"Остриа не собирается уходить с базы Порт-Алдер навсегда, переговоры "
                 "продолжаются,\" insisted one senior adviser linked to the provisional cabinet.\n"
                 "The convoy of marines left Port Alder for the southern sea lanes.",
                 "2031-03-07", "Evening Post");
  quoted.Mention("Ostria", EntityType::kLocation).Mention("Port Alder", EntityType::kFacility);
  Dossier d = Link({Scoop(), Echo(), quoted});
  EXPECT_TRUE(Doc(d, "quoted").off_topic.empty()) << Doc(d, "quoted").off_topic[0].text;
}

TEST_F(LinkerTest, WireCopyIsMarkedAndNeverCorroborates) {
  Article copy = Scoop();
  copy.doc.id = "copy";
  copy.doc.outlet = "Other Paper";
  // The copy reports the same text under another outlet: it must not add an origin.
  Dossier d = Link({Scoop(), Echo(), copy, Later()});
  EXPECT_EQ(Doc(d, "copy").copy_of, "scoop");
  EXPECT_TRUE(Doc(d, "scoop").copy_of.empty());
  const TimelineEntry* e = EntryWith(d, "300 marines");
  ASSERT_NE(e, nullptr) << Dump(d);
  EXPECT_EQ(e->independent_sources, 1);
  EXPECT_DOUBLE_EQ(e->weight, 1.5);  // echo (dated) 1 + scoop (undated) 0.5; the copy 0
}

// An undated wire copy appeared when its original did, as far as anyone can
// tell: it takes the original's date, inferred and with low confidence.
TEST_F(LinkerTest, UndatedCopyTakesItsOriginalsDate) {
  Article copy = Scoop();
  copy.doc.id = "copy";
  copy.doc.published.clear();
  copy.analysis.published = {};
  Dossier d = Link({Scoop(), Echo(), copy});
  const PublishedDate& p = Doc(d, "copy").published;
  EXPECT_EQ(p.date, "2031-03-05");
  EXPECT_TRUE(p.inferred);
  EXPECT_LE(p.confidence, 0.3f);
  EXPECT_NE(p.evidence.find("near-duplicate of scoop"), std::string::npos) << p.evidence;
  EXPECT_FALSE(Doc(d, "scoop").published.inferred);
}

TEST_F(LinkerTest, DocumentFieldsComeFromDocumentAndAnalysis) {
  Article a = Scoop();
  a.doc.url = "https://example.org/a";
  a.doc.title = "Ostria pulls marines";
  a.analysis.boilerplate.clear();
  a.doc.text += "\nWith agency reports";
  a.analysis.paragraphs.push_back({a.Find("With agency reports"), "en"});
  a.Boilerplate("With agency reports", "sign-off");
  Article b = Echo();
  b.doc.outlet.clear();
  b.analysis.outlet = "Northern Ledger";
  b.analysis.outlet_evidence = "self-reference";
  Dossier d = Link({a, b});
  const DossierDocument& da = Doc(d, "scoop");
  EXPECT_EQ(da.title, "Ostria pulls marines");
  EXPECT_EQ(da.outlet, "Daily Courier");
  EXPECT_TRUE(da.outlet_evidence.empty());
  EXPECT_EQ(da.url, "https://example.org/a");
  EXPECT_EQ(da.published.date, "2031-03-05");
  EXPECT_EQ(da.bytes, a.doc.text.size());
  EXPECT_EQ(da.paragraphs.size(), a.analysis.paragraphs.size());
  ASSERT_EQ(da.boilerplate.size(), 1u);
  EXPECT_EQ(da.boilerplate[0].text, "With agency reports");
  EXPECT_EQ(da.boilerplate[0].reason, "sign-off");
  const DossierDocument& db = Doc(d, "echo");
  EXPECT_EQ(db.outlet, "Northern Ledger");
  EXPECT_EQ(db.outlet_evidence, "self-reference");
}

// A speaker phrase names its entity by its most speaker-like mention: the person,
// not the place or the demonym in "Velmoran port chief Ana Brel", nor the
// possessor of "Ostria's navy command"; an anonymous speaker names none.
TEST_F(LinkerTest, QuotesCarryTheSpeakersEntity) {
  Article a("a",
            "Velmoran port chief Ana Brel said the convoy had left. "
            "Ostria's navy command said the base was empty. "
            "A Velmoran official said the port was calm.");
  a.Quote("the convoy had left", "said", {"Ana Brel"}, false, "Velmoran port chief Ana Brel");
  a.Quote("the base was empty", "said", {"Ostria's navy command"}, false, "Ostria's navy command");
  a.Quote("the port was calm", "said", {"A Velmoran official"}, true, "A Velmoran official");
  a.Mention("Velmoran", EntityType::kOther).Mention("Ana Brel", EntityType::kPerson);
  a.Mention("Ostria", EntityType::kLocation);
  Dossier d = Link({a});
  ASSERT_EQ(d.quotes.size(), 3u);
  auto name_of = [&](const std::string& id) {
    for (const Entity& e : d.entities) if (e.id == id) return e.name;
    return std::string();
  };
  EXPECT_EQ(name_of(d.quotes[0].speaker_entity), "Ana Brel");
  EXPECT_TRUE(d.quotes[1].speaker_entity.empty()) << name_of(d.quotes[1].speaker_entity);
  EXPECT_TRUE(d.quotes[2].speaker_entity.empty()) << name_of(d.quotes[2].speaker_entity);
}

TEST_F(LinkerTest, OneSourceUnderTwoSpellingsIsOneOrigin) {
  // Two outlets relay the same harbour master, one by full name, one by surname:
  // one origin, named as the entity is.
  Article a("full",
            "On March 4, harbour master Mara Velkova said that 300 marines had left Port Alder.",
            "2031-03-05", "Daily Courier");
  a.Timex("On March 4", "2031-03-04");
  a.Quote("300 marines had left Port Alder", "said", {"Mara Velkova"}, false, "Mara Velkova");
  a.Mention("Mara Velkova", EntityType::kPerson).Mention("Port Alder", EntityType::kFacility);
  Article b("short",
            "Some 300 marines left Port Alder On March 4, Velkova told the Northern Ledger "
            "in an interview.",
            "2031-03-06", "Northern Ledger");
  b.Timex("On March 4", "2031-03-04");
  b.Quote("Some 300 marines left Port Alder On March 4", "told", {"Velkova"}, false, "Velkova");
  b.Mention("Velkova", EntityType::kPerson).Mention("Port Alder", EntityType::kFacility);
  Dossier d = Link({a, b});
  const TimelineEntry* e = EntryWith(d, "300 marines");
  ASSERT_NE(e, nullptr) << Dump(d);
  ASSERT_EQ(e->reports.size(), 2u) << Dump(d);
  EXPECT_EQ(e->origins, std::vector<std::string>{"Mara Velkova"});
  EXPECT_EQ(e->independent_sources, 1);
}

TEST_F(LinkerTest, EmptyAndTextlessDocumentsDoNotBreakLinking) {
  Article empty("empty", "");
  Article blank("blank", "\n\n\n");
  Dossier d = Link({empty, blank, Scoop()});
  EXPECT_EQ(d.documents.size(), 3u);
  size_t docs = 0;
  for (const Story& s : d.stories) docs += s.documents.size();
  EXPECT_EQ(docs, 3u);
}

}  // namespace
}  // namespace storyline::link
