// PerceptronTagger: a first-order structured (averaged) perceptron over IOB2
// labels with hashed features (features.h) and Viterbi decoding under IOB2
// constraints (I-X only after B-X/I-X).
//
// Why this model: it trains in a minute or two on CoNLL-2003 on one core, and
// decoding is ~40 table lookups plus 81 transition adds per token, which keeps
// tagging in the hundreds of thousands of tokens per second per core. Averaging
// (Collins 2002) gives most of a CRF's accuracy without its training cost.
//
// Model file (binary, little-endian): "SLNER001", u32 bits, u32 labels, f32 scale,
// f32 transitions[(labels+1)*labels] (row 0 = sentence start), u32 count, then
// count entries of u32 bucket + i16 weights[labels] (weights = i16 * scale).
// Only buckets with a non-zero quantized weight are stored.
//
// Thread safety: Tag() is const and safe to call concurrently; Train() is not.
#ifndef STORYLINE_EXTRACT_ENTITIES_PERCEPTRON_TAGGER_H_
#define STORYLINE_EXTRACT_ENTITIES_PERCEPTRON_TAGGER_H_

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "src/core/status.h"
#include "src/extract/entities/features.h"
#include "src/extract/entities/ner_labels.h"

namespace storyline::entities {

// One sentence of training data: words and gold IOB2 labels.
struct TaggedSentence {
  std::vector<std::string> words;
  std::vector<int> labels;
  int doc = 0;  // document index, for document-context features
};

struct TrainOptions {
  int epochs = 14;
  uint32_t seed = 17;     // sentence shuffling
  // Called after each epoch with the epoch number; may evaluate on dev.
  std::function<void(int)> on_epoch;
};

class PerceptronTagger {
 public:
  explicit PerceptronTagger(const TaggerLexicon* lexicon, int bits = 21);

  // Labels for one sentence. `doc` holds the document-level context.
  std::vector<int> Tag(const std::vector<std::string_view>& words, const DocContext& doc) const;

  // Trains from scratch on `train` (weights averaged at the end).
  void Train(const std::vector<TaggedSentence>& train, const TrainOptions& options);

  absl::Status Save(const std::string& path) const;
  absl::Status Load(const std::string& path);
  int bits() const { return bits_; }

 private:
  void Decode(const uint32_t* feats, int n, const float* weights, const float* trans,
              int* out) const;
  const TaggerLexicon* lexicon_;
  int bits_;
  FeatureExtractor extractor_;
  std::vector<float> weights_;  // [bucket][label]
  std::vector<float> trans_;    // [(prev+1)][label]
};

// Builds the DocContext of each document in `sentences` (indexed by doc).
std::vector<DocContext> BuildDocContexts(const std::vector<TaggedSentence>& sentences);
std::vector<std::string_view> Views(const std::vector<std::string>& words);

}  // namespace storyline::entities

#endif  // STORYLINE_EXTRACT_ENTITIES_PERCEPTRON_TAGGER_H_
