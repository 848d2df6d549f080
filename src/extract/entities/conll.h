// CoNLL-2003 reading and entity-level scoring (the conlleval definition: an
// entity counts only when its type and both boundaries match). Used by
// `storyline train-ner`, `storyline ner` and bench/entities/eval_ner.
#ifndef STORYLINE_EXTRACT_ENTITIES_CONLL_H_
#define STORYLINE_EXTRACT_ENTITIES_CONLL_H_

#include <array>
#include <string>
#include <vector>

#include "src/core/status.h"
#include "src/extract/entities/perceptron_tagger.h"

namespace storyline::entities {

struct ConllSentence {
  TaggedSentence tagged;           // words, gold labels (IOB2), document index
  std::vector<std::string> lines;  // the input lines, unchanged
};

struct ConllFile {
  std::vector<ConllSentence> sentences;
  // Lines that are not tokens (-DOCSTART-, blank), with the index of the
  // sentence they precede, so `ner --conll` can print the file back in order.
  std::vector<std::pair<size_t, std::string>> other_lines;
};

// Reads "token ... TAG" lines; `tag_column` -1 = last column. A missing tag
// column is allowed (labels O), so `ner` also tags untagged files.
absl::StatusOr<ConllFile> ReadConll(const std::string& path);

struct TypeScore {
  int gold = 0, predicted = 0, correct = 0;
  double precision() const { return predicted ? double(correct) / predicted : 0; }
  double recall() const { return gold ? double(correct) / gold : 0; }
  double f1() const {
    double p = precision(), r = recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0;
  }
};

struct ConllScore {
  std::array<TypeScore, kNumTypes> per_type;
  TypeScore overall;
  // Adds one sentence's gold and predicted IOB2 labels.
  void Add(const std::vector<int>& gold, const std::vector<int>& predicted);
  std::string Format() const;
};

// Tags every sentence of `file` (document contexts built per -DOCSTART- doc).
std::vector<std::vector<int>> TagConll(const PerceptronTagger& tagger, const ConllFile& file);

}  // namespace storyline::entities

#endif  // STORYLINE_EXTRACT_ENTITIES_CONLL_H_
