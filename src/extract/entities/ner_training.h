// Training entry point shared by `storyline train-ner` and the bench tools:
// reads CoNLL train/dev files, trains the perceptron, reports dev F1 after each
// epoch and saves the averaged model.
#ifndef STORYLINE_EXTRACT_ENTITIES_NER_TRAINING_H_
#define STORYLINE_EXTRACT_ENTITIES_NER_TRAINING_H_

#include <ostream>
#include <string>

#include "src/core/status.h"

namespace storyline::entities {

struct NerTrainingJob {
  std::string train_path;
  std::string dev_path;   // empty = no per-epoch evaluation
  std::string out_path;   // model file to write
  std::string data_dir;   // for the gazetteer and demonym lexicons
  int epochs = 14;  // dev F1 flattens after ~12 (data/ner/README.md)
  int bits = 21;    // 2^21 buckets: measured better than 2^20 and 2^22
};

// Trains and saves; progress (epoch, dev P/R/F1, seconds) goes to `log`.
absl::Status TrainNer(const NerTrainingJob& job, std::ostream& log);

}  // namespace storyline::entities

#endif  // STORYLINE_EXTRACT_ENTITIES_NER_TRAINING_H_
