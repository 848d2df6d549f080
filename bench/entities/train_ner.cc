// train_ner TRAIN DEV OUT [EPOCHS]: the same training as `storyline train-ner`,
// without the CLI (so the model can be rebuilt while other stages are broken).
#include <cstdlib>
#include <iostream>

#include "src/core/data_dir.h"
#include "src/extract/entities/ner_training.h"

int main(int argc, char** argv) {
  if (argc < 4) {
    std::cerr << "usage: train_ner TRAIN DEV OUT [EPOCHS]\n";
    return 2;
  }
  storyline::entities::NerTrainingJob job;
  job.train_path = argv[1];
  job.dev_path = argv[2];
  job.out_path = argv[3];
  job.data_dir = storyline::DefaultDataDir();
  if (argc > 4) job.epochs = std::atoi(argv[4]);
  if (argc > 5) job.bits = std::atoi(argv[5]);
  absl::Status status = storyline::entities::TrainNer(job, std::cerr);
  if (!status.ok()) std::cerr << status << "\n";
  return status.ok() ? 0 : 1;
}
