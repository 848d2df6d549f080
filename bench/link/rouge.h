// Timeline ROUGE as tilse / news-tls compute it with ROUGE-1.5.5 (-m -s -n 2):
// lower-cased alphanumeric tokens, SMART stop words removed, WordNet exception
// forms mapped to their base, then the Porter stemmer (libstemmer "porter").
// Scores are F1 of clipped n-gram overlap counts.
#ifndef STORYLINE_BENCH_LINK_ROUGE_H_
#define STORYLINE_BENCH_LINK_ROUGE_H_

#include <map>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"

struct sb_stemmer;

namespace storyline::bench {

// A timeline: date -> sentences.
using Timeline = std::map<std::string, std::vector<std::string>>;

struct RougeScore {
  double p = 0, r = 0, f = 0;
};

class Rouge {
 public:
  // rouge_dir holds smart_common_words.txt and WordNet-2.0-exceptions.tsv;
  // missing files mean no stop words / no exceptions.
  explicit Rouge(const std::string& rouge_dir);
  ~Rouge();

  // n-gram counts (n = 1 or 2) of the sentences, preprocessed as above.
  absl::flat_hash_map<std::string, int> Counts(const std::vector<std::string>& sentences,
                                               int n) const;
  // Concatenated: all predicted sentences against all gold sentences.
  RougeScore Concat(const Timeline& pred, const Timeline& gold, int n) const;
  // Date agreement: each date's sentences only against the gold of that date.
  RougeScore Agreement(const Timeline& pred, const Timeline& gold, int n) const;
  // Many-to-one alignment (tilse align_date_content_costs_many_to_one, simplified):
  // each predicted date is compared with the gold date that maximizes overlap /
  // (1 + |days apart|), its overlap scaled by that date factor.
  RougeScore AlignedManyToOne(const Timeline& pred, const Timeline& gold, int n) const;

 private:
  std::vector<std::string> Tokens(const std::string& sentence) const;
  absl::flat_hash_set<std::string> stopwords_;
  absl::flat_hash_map<std::string, std::string> exceptions_;
  sb_stemmer* stemmer_;
};

RougeScore F1(double overlap, double pred_total, double gold_total);
// Precision, recall and F1 of the predicted dates against the gold dates.
RougeScore DateF1(const Timeline& pred, const Timeline& gold);

}  // namespace storyline::bench

#endif  // STORYLINE_BENCH_LINK_ROUGE_H_
