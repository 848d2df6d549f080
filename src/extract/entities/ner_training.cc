#include "src/extract/entities/ner_training.h"

#include <chrono>

#include "absl/strings/str_format.h"
#include "src/extract/entities/conll.h"

namespace storyline::entities {

absl::Status TrainNer(const NerTrainingJob& job, std::ostream& log) {
  auto start = std::chrono::steady_clock::now();
  auto seconds = [&] {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  };
  ASSIGN_OR_RETURN(ConllFile train, ReadConll(job.train_path));
  ConllFile dev;
  if (!job.dev_path.empty()) { ASSIGN_OR_RETURN(dev, ReadConll(job.dev_path)); }
  TaggerLexicon lexicon;
  lexicon.Load(job.data_dir);
  PerceptronTagger tagger(&lexicon, job.bits);
  std::vector<TaggedSentence> sentences;
  for (auto& s : train.sentences) sentences.push_back(std::move(s.tagged));
  TrainOptions options;
  options.epochs = job.epochs;
  options.on_epoch = [&](int epoch) {
    if (dev.sentences.empty()) return;
    ConllScore score;
    auto predicted = TagConll(tagger, dev);
    for (size_t i = 0; i < predicted.size(); ++i) score.Add(dev.sentences[i].tagged.labels, predicted[i]);
    log << absl::StrFormat("epoch %d  dev P=%.4f R=%.4f F1=%.4f  %.1fs\n", epoch,
                           score.overall.precision(), score.overall.recall(), score.overall.f1(),
                           seconds());
  };
  tagger.Train(sentences, options);
  RETURN_IF_ERROR(tagger.Save(job.out_path));
  log << absl::StrFormat("saved %s after %.1fs\n", job.out_path, seconds());
  return absl::OkStatus();
}

}  // namespace storyline::entities
