// train_cue_model TRAIN_DIR OUT.tsv [EPOCHS] [HOLDOUT_EVERY [HOLDOUT_OFFSET]]: trains the cue-token
// classifier of the quotes stage (src/extract/quotes/cue_model.h) on PolNeAR-style
// brat standoff (TRAIN_DIR/text/NAME.txt, TRAIN_DIR/attributions/NAME_*.ann, the
// first .ann of each article, as eval_attribution scores). With HOLDOUT_EVERY = k
// every k-th article (in name order, from HOLDOUT_OFFSET, default 0) is left
// out, so that eval_attribution can score a model on a train split — tune that
// way, never on dev. A second offset is a second split: a change picked as the
// best of many on one split should hold on another. Deterministic (fixed
// shuffle seed; SEED in the environment replaces it, to measure seed noise).
#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "bench/quotes/brat.h"
#include "src/core/utf8.h"
#include "src/extract/quotes/cue_model.h"
#include "src/extract/quotes/doc_view.h"
#include "src/extract/quotes/lexicon.h"

namespace fs = std::filesystem;
using namespace storyline::quotes;

namespace {

constexpr int kMinCueCount = 2;      // a word seen once in a cue is noise
constexpr double kMinCueRate = 0.05;  // below, scoring costs more time than it finds cues
// Words at least this often in a cue are scored everywhere; the rest (weak:
// "is", "has", "to") only right before a strong one or after a cue token.
constexpr double kStrongCueRate = 0.2;
// Features seen fewer times are dropped from the model file: they barely move
// a score, and a small weight table stays in cache (the stage's speed budget).
// Five: 25k features instead of 250k for -0.005 cue F1 on a train split.
constexpr int kMinFeatureCount = 5;

struct Instance {
  std::vector<uint64_t> features;
  bool label = false;
};

struct Doc {
  std::string text;
  std::vector<bool> in_cue;  // per token
};

// Code-point offset -> byte offset.
std::vector<uint32_t> ByteIndex(const std::string& text) {
  std::vector<uint32_t> index;
  for (size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) index.push_back(i);
  }
  index.push_back(text.size());
  return index;
}

std::vector<std::pair<uint32_t, uint32_t>> GoldCues(const fs::path& ann, const std::vector<uint32_t>& bi) {
  std::vector<std::pair<uint32_t, uint32_t>> out;
  for (const storyline::bench::BratSpan& s : storyline::bench::ReadBratSpans(ann)) {
    if (s.type != "Cue") continue;
    for (const auto& [b, e] : s.fragments) {
      if (e < bi.size() && b < e) out.push_back({bi[b], bi[e]});
    }
  }
  return out;
}

struct Averaged {
  absl::flat_hash_map<uint64_t, float> w, total;
  absl::flat_hash_map<uint64_t, int> last;
  int clock = 1;
  float Score(const std::vector<uint64_t>& f) const {
    float s = 0;
    for (uint64_t h : f) { auto it = w.find(h); if (it != w.end()) s += it->second; }
    return s;
  }
  void Update(const std::vector<uint64_t>& f, float delta) {
    for (uint64_t h : f) {
      total[h] += (clock - last[h]) * w[h];
      last[h] = clock;
      w[h] += delta;
    }
  }
  absl::flat_hash_map<uint64_t, float> Average() {
    absl::flat_hash_map<uint64_t, float> avg;
    for (auto& [h, x] : w) {
      float t = total[h] + (clock - last[h]) * x;
      float a = t / clock;
      if (std::fabs(a) >= 1e-3f) avg[h] = a;
    }
    return avg;
  }
};

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: train_cue_model TRAIN_DIR OUT.tsv [EPOCHS] [HOLDOUT_EVERY [HOLDOUT_OFFSET]]\n");
    return 2;
  }
  const int epochs = argc > 3 ? std::atoi(argv[3]) : 10;
  const int holdout = argc > 4 ? std::atoi(argv[4]) : 0;
  const size_t holdout_offset = argc > 5 ? std::atoi(argv[5]) : 0;
  auto lexicon = Lexicon::Load(STORYLINE_DATA_DIR);
  if (!lexicon.ok()) { std::fprintf(stderr, "%s\n", std::string(lexicon.status().message()).c_str()); return 1; }
  fs::path dir = argv[1];
  std::map<std::string, fs::path> first_ann = storyline::bench::FirstAnnotations(dir);
  // Pass 1: texts, token labels, and how often each word is part of a cue.
  std::vector<Doc> docs;
  absl::flat_hash_map<std::string, std::pair<int, int>> counts;  // word -> (in cue, total)
  storyline::Analysis none;
  for (const auto& [name, ann] : first_ann) {
    const bool held_out = holdout > 0 && docs.size() % holdout == holdout_offset;
    Doc d;
    d.text = storyline::RepairUtf8(storyline::bench::ReadFile(dir / "text" / (name + ".txt"))).text;
    auto gold = GoldCues(ann, ByteIndex(d.text));
    DocView v = BuildDocView(d.text, *lexicon, none);
    d.in_cue.assign(v.tokens.size(), false);
    for (size_t i = 0; i < v.tokens.size(); ++i) {
      for (auto [b, e] : gold) d.in_cue[i] = d.in_cue[i] || (v.tokens[i].span.begin < e && b < v.tokens[i].span.end);
      if (held_out) continue;
      auto& c = counts[std::string(CueModel::Key(v, i))];
      c.first += d.in_cue[i];
      c.second += 1;
    }
    docs.push_back(std::move(d));
  }
  CueModel model;
  for (const auto& [word, c] : counts) {
    if (c.first < kMinCueCount || c.first < kMinCueRate * c.second) continue;
    model.candidates()[word] = c.first >= kStrongCueRate * c.second ? CueModel::kStrong : CueModel::kWeak;
  }
  model.IndexCandidates();
  model.IndexLexicon(*lexicon);
  // Pass 2: instances, with the previous token's gold label as the "previous
  // decision" feature. A token right after a cue token is scored whatever its
  // word, so that cues can run on ("said in an interview", "pointed out").
  std::vector<Instance> inst;
  long tokens = 0, cue_tokens = 0, covered = 0;
  for (size_t di = 0; di < docs.size(); ++di) {
    if (holdout > 0 && di % holdout == holdout_offset) continue;
    DocView v = BuildDocView(docs[di].text, *lexicon, none);
    for (const TokenRange& sent : v.sentences) {
      for (int i = sent.begin; i < sent.end; ++i) {
        ++tokens;
        cue_tokens += docs[di].in_cue[i];
        bool prev = i > sent.begin && docs[di].in_cue[i - 1];
        // The run-time rule, with the gold label of the token before.
        if (!model.ShouldScore(v, sent, i, prev)) continue;
        covered += docs[di].in_cue[i];
        Instance x;
        x.label = docs[di].in_cue[i];
        model.Features(v, sent, i, prev, &x.features);
        inst.push_back(std::move(x));
      }
    }
  }
  std::fprintf(stderr, "%zu articles, %ld tokens, %ld in cues, %zu candidate words, %zu instances (%.1f%% of tokens), "
               "candidates cover %.1f%% of cue tokens\n", docs.size(), tokens, cue_tokens, model.candidates().size(),
               inst.size(), 100.0 * inst.size() / tokens, 100.0 * covered / cue_tokens);
  absl::flat_hash_map<uint64_t, int> feature_count;
  for (const Instance& x : inst) for (uint64_t h : x.features) ++feature_count[h];
  const char* seed = std::getenv("SEED");
  std::mt19937 rng(seed != nullptr ? std::atoi(seed) : 17);
  Averaged p;
  for (int epoch = 0; epoch < epochs; ++epoch) {
    std::shuffle(inst.begin(), inst.end(), rng);
    long errors = 0;
    for (const Instance& x : inst) {
      bool guess = p.Score(x.features) > 0;
      if (guess != x.label) { p.Update(x.features, x.label ? 1.f : -1.f); ++errors; }
      ++p.clock;
    }
    std::fprintf(stderr, "epoch %d: %ld errors\n", epoch + 1, errors);
  }
  auto avg = p.Average();
  absl::erase_if(avg, [&](const auto& kv) { return feature_count[kv.first] < kMinFeatureCount; });
  std::fprintf(stderr, "%zu features kept\n", avg.size());
  std::FILE* out = std::fopen(argv[2], "w");
  if (out == nullptr) { std::perror(argv[2]); return 1; }
  std::fprintf(out, "# quotes cue model: averaged perceptron, built by bench/quotes/train_cue_model "
               "(see data/quotes/README.md). c<TAB>word = candidate; hash<TAB>weight = feature.\n");
  std::vector<std::string> words;
  for (const auto& [w, c] : model.candidates()) words.push_back(w);
  std::sort(words.begin(), words.end());
  for (const auto& w : words) {
    std::fprintf(out, "%c\t%s\n", model.candidates()[w] == CueModel::kStrong ? 'c' : 'w', w.c_str());
  }
  std::vector<std::pair<uint64_t, float>> ws(avg.begin(), avg.end());
  std::sort(ws.begin(), ws.end());
  for (auto [h, x] : ws) std::fprintf(out, "%016llx\t%.3g\n", static_cast<unsigned long long>(h), x);
  std::fclose(out);
  return 0;
}
