// The tagger learns a tiny invented CoNLL file, survives a save/load round
// trip, and the scorer counts entities the conlleval way.
#include "src/extract/entities/perceptron_tagger.h"

#include <gtest/gtest.h>

#include "src/extract/entities/conll.h"

namespace storyline::entities {
namespace {

TEST(PerceptronTaggerTest, LearnsAndRoundTrips) {
  auto file = ReadConll(std::string(STORYLINE_TESTDATA_DIR) + "/entities/tiny_train.conll");
  ASSERT_TRUE(file.ok()) << file.status();
  ASSERT_EQ(file->sentences.size(), 3u);
  TaggerLexicon lexicon;
  PerceptronTagger tagger(&lexicon, 16);
  std::vector<TaggedSentence> train;
  for (const auto& s : file->sentences) train.push_back(s.tagged);
  TrainOptions options;
  options.epochs = 10;
  tagger.Train(train, options);
  ConllScore score;
  auto predicted = TagConll(tagger, *file);
  for (size_t i = 0; i < predicted.size(); ++i) score.Add(file->sentences[i].tagged.labels, predicted[i]);
  EXPECT_EQ(score.overall.f1(), 1.0) << score.Format();

  std::string path = ::testing::TempDir() + "/tiny_model.bin";
  ASSERT_TRUE(tagger.Save(path).ok());
  PerceptronTagger loaded(&lexicon);
  ASSERT_TRUE(loaded.Load(path).ok());
  EXPECT_EQ(loaded.bits(), 16);
  EXPECT_EQ(TagConll(loaded, *file), predicted);
}

TEST(PerceptronTaggerTest, BadModelFiles) {
  TaggerLexicon lexicon;
  PerceptronTagger tagger(&lexicon, 16);
  EXPECT_FALSE(tagger.Load("/nonexistent/model.bin").ok());
  EXPECT_FALSE(tagger.Load(std::string(STORYLINE_TESTDATA_DIR) + "/entities/tiny_train.conll").ok());
}

TEST(ConllScoreTest, BoundariesAndTypesMustMatch) {
  ConllScore score;
  // gold: B-PER I-PER O B-LOC ; predicted: B-PER O O B-ORG
  score.Add({1, 2, 0, 5}, {1, 0, 0, 3});
  EXPECT_EQ(score.overall.gold, 2);
  EXPECT_EQ(score.overall.predicted, 2);
  EXPECT_EQ(score.overall.correct, 0);
  int iob1[] = {2, 2, 0, 6};  // I-PER I-PER O I-LOC
  NormalizeIob(iob1, 4);
  EXPECT_EQ(iob1[0], 1);
  EXPECT_EQ(iob1[1], 2);
  EXPECT_EQ(iob1[3], 5);
}

}  // namespace
}  // namespace storyline::entities
