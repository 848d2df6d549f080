#include "bench/link/rouge.h"

#include <libstemmer.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>

#include "src/link/timeline_builder.h"

namespace storyline::bench {
namespace {

int Overlap(const absl::flat_hash_map<std::string, int>& a,
            const absl::flat_hash_map<std::string, int>& b) {
  int n = 0;
  for (const auto& [gram, count] : a) {
    auto it = b.find(gram);
    if (it != b.end()) n += std::min(count, it->second);
  }
  return n;
}

int Total(const absl::flat_hash_map<std::string, int>& a) {
  int n = 0;
  for (const auto& [gram, count] : a) n += count;
  return n;
}

std::vector<std::string> All(const Timeline& t) {
  std::vector<std::string> out;
  for (const auto& [date, sentences] : t) out.insert(out.end(), sentences.begin(), sentences.end());
  return out;
}

}  // namespace

RougeScore F1(double overlap, double pred_total, double gold_total) {
  RougeScore s;
  s.p = pred_total > 0 ? overlap / pred_total : 0;
  s.r = gold_total > 0 ? overlap / gold_total : 0;
  s.f = s.p + s.r > 0 ? 2 * s.p * s.r / (s.p + s.r) : 0;
  return s;
}

RougeScore DateF1(const Timeline& pred, const Timeline& gold) {
  int hit = 0;
  for (const auto& [date, s] : pred) hit += gold.count(date);
  return F1(hit, pred.size(), gold.size());
}

Rouge::Rouge(const std::string& dir) : stemmer_(sb_stemmer_new("porter", "UTF_8")) {
  std::ifstream stop(dir + "/smart_common_words.txt");
  for (std::string w; std::getline(stop, w);) stopwords_.insert(w);
  std::ifstream exc(dir + "/WordNet-2.0-exceptions.tsv");
  for (std::string line; std::getline(exc, line);) {
    size_t tab = line.find('\t');
    if (tab != std::string::npos) exceptions_[line.substr(0, tab)] = line.substr(tab + 1);
  }
}

Rouge::~Rouge() { sb_stemmer_delete(stemmer_); }

std::vector<std::string> Rouge::Tokens(const std::string& sentence) const {
  std::vector<std::string> out;
  std::string word;
  auto flush = [&] {
    if (word.empty() || stopwords_.contains(word)) {
      word.clear();
      return;
    }
    auto it = exceptions_.find(word);
    if (it != exceptions_.end()) word = it->second;
    const sb_symbol* s = sb_stemmer_stem(stemmer_, reinterpret_cast<const sb_symbol*>(word.data()),
                                         static_cast<int>(word.size()));
    out.emplace_back(reinterpret_cast<const char*>(s), sb_stemmer_length(stemmer_));
    word.clear();
  };
  for (char c : sentence) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      word += c;
    } else if (c >= 'A' && c <= 'Z') {
      word += static_cast<char>(c - 'A' + 'a');
    } else {
      flush();
    }
  }
  flush();
  return out;
}

absl::flat_hash_map<std::string, int> Rouge::Counts(const std::vector<std::string>& sentences,
                                                    int n) const {
  absl::flat_hash_map<std::string, int> counts;
  for (const std::string& s : sentences) {
    std::vector<std::string> t = Tokens(s);
    for (size_t i = 0; i + n <= t.size(); ++i) {
      ++counts[n == 1 ? t[i] : t[i] + " " + t[i + 1]];
    }
  }
  return counts;
}

RougeScore Rouge::Concat(const Timeline& pred, const Timeline& gold, int n) const {
  auto p = Counts(All(pred), n), g = Counts(All(gold), n);
  return F1(Overlap(p, g), Total(p), Total(g));
}

RougeScore Rouge::Agreement(const Timeline& pred, const Timeline& gold, int n) const {
  double overlap = 0, pred_total = 0, gold_total = 0;
  for (const auto& [date, s] : pred) {
    auto p = Counts(s, n);
    pred_total += Total(p);
    auto it = gold.find(date);
    if (it != gold.end()) overlap += Overlap(p, Counts(it->second, n));
  }
  for (const auto& [date, s] : gold) gold_total += Total(Counts(s, n));
  return F1(overlap, pred_total, gold_total);
}

RougeScore Rouge::AlignedManyToOne(const Timeline& pred, const Timeline& gold, int n) const {
  double overlap = 0, pred_total = 0, gold_total = 0;
  std::vector<std::pair<int, absl::flat_hash_map<std::string, int>>> gold_counts;
  for (const auto& [date, s] : gold) {
    int day = 0;
    link::DayNumber(date, &day);
    gold_counts.emplace_back(day, Counts(s, n));
    gold_total += Total(gold_counts.back().second);
  }
  for (const auto& [date, s] : pred) {
    auto p = Counts(s, n);
    pred_total += Total(p);
    int day = 0;
    if (!link::DayNumber(date, &day)) continue;
    double best = 0;
    for (const auto& [gday, g] : gold_counts) {
      best = std::max(best, Overlap(p, g) / (1.0 + std::abs(day - gday)));
    }
    overlap += best;
  }
  return F1(overlap, pred_total, gold_total);
}

}  // namespace storyline::bench
