#include "src/extract/entities/perceptron_tagger.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <fstream>
#include <limits>
#include <random>

namespace storyline::entities {
namespace {
constexpr int L = kNumLabels;
constexpr float kNegInf = -1e30f;
constexpr char kMagic[8] = {'S', 'L', 'N', 'E', 'R', '0', '0', '1'};
}  // namespace

std::vector<std::string_view> Views(const std::vector<std::string>& words) {
  return std::vector<std::string_view>(words.begin(), words.end());
}

std::vector<DocContext> BuildDocContexts(const std::vector<TaggedSentence>& sentences) {
  int docs = 0;
  for (const auto& s : sentences) docs = std::max(docs, s.doc + 1);
  std::vector<DocContext> out(docs);
  for (const auto& s : sentences) out[s.doc].AddSentence(Views(s.words));
  return out;
}

PerceptronTagger::PerceptronTagger(const TaggerLexicon* lexicon, int bits)
    : lexicon_(lexicon), bits_(bits), extractor_(lexicon, bits),
      weights_(static_cast<size_t>(L) << bits, 0.0f), trans_((L + 1) * L, 0.0f) {}

// Viterbi over the 9 labels; IOB2-invalid transitions are excluded.
void PerceptronTagger::Decode(const uint32_t* feats, int n, const float* weights,
                              const float* trans, int* out) const {
  if (n == 0) return;
  std::vector<float> score(static_cast<size_t>(n) * L);
  std::vector<uint8_t> back(static_cast<size_t>(n) * L);
  for (int i = 0; i < n; ++i) {
    float emit[L] = {0};
    const uint32_t* f = feats + static_cast<size_t>(i) * FeatureExtractor::kPerToken;
    for (int k = 0; k < FeatureExtractor::kPerToken; ++k) {
      const float* w = weights + static_cast<size_t>(f[k]) * L;
      for (int y = 0; y < L; ++y) emit[y] += w[y];
    }
    for (int y = 0; y < L; ++y) {
      float best = kNegInf;
      int arg = 0;
      if (i == 0) {
        if (AllowedTransition(0, y)) best = trans[y];
      } else {
        for (int p = 0; p < L; ++p) {
          if (!AllowedTransition(p, y)) continue;
          float s = score[(i - 1) * L + p] + trans[(p + 1) * L + y];
          if (s > best) { best = s; arg = p; }
        }
      }
      score[i * L + y] = best + emit[y];
      back[i * L + y] = static_cast<uint8_t>(arg);
    }
  }
  int y = static_cast<int>(std::max_element(&score[(n - 1) * L], &score[n * L]) - &score[(n - 1) * L]);
  for (int i = n - 1; i >= 0; --i) {
    out[i] = y;
    y = back[i * L + y];
  }
}

std::vector<int> PerceptronTagger::Tag(const std::vector<std::string_view>& words,
                                       const DocContext& doc) const {
  std::vector<uint32_t> feats;
  extractor_.Extract(words, doc, &feats);
  std::vector<int> out(words.size());
  Decode(feats.data(), static_cast<int>(words.size()), weights_.data(), trans_.data(), out.data());
  return out;
}

void PerceptronTagger::Train(const std::vector<TaggedSentence>& train, const TrainOptions& options) {
  std::vector<DocContext> docs = BuildDocContexts(train);
  std::vector<std::vector<uint32_t>> feats(train.size());
  for (size_t s = 0; s < train.size(); ++s) {
    extractor_.Extract(Views(train[s].words), docs[train[s].doc], &feats[s]);
  }
  std::fill(weights_.begin(), weights_.end(), 0.0f);
  std::fill(trans_.begin(), trans_.end(), 0.0f);
  std::vector<float> wsum(weights_.size(), 0.0f), tsum(trans_.size(), 0.0f);
  std::vector<size_t> order(train.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::mt19937 rng(options.seed);
  float c = 1;  // update counter for the averaging trick: avg = w - wsum / c
  std::vector<int> pred;
  for (int epoch = 1; epoch <= options.epochs; ++epoch) {
    std::shuffle(order.begin(), order.end(), rng);
    for (size_t s : order) {
      const auto& gold = train[s].labels;
      int n = static_cast<int>(gold.size());
      pred.assign(n, 0);
      Decode(feats[s].data(), n, weights_.data(), trans_.data(), pred.data());
      for (int i = 0; i < n; ++i) {
        int gp = i > 0 ? gold[i - 1] + 1 : 0, pp = i > 0 ? pred[i - 1] + 1 : 0;
        if (gold[i] == pred[i] && gp == pp) continue;
        trans_[gp * L + gold[i]] += 1; tsum[gp * L + gold[i]] += c;
        trans_[pp * L + pred[i]] -= 1; tsum[pp * L + pred[i]] -= c;
        if (gold[i] == pred[i]) continue;
        const uint32_t* f = feats[s].data() + static_cast<size_t>(i) * FeatureExtractor::kPerToken;
        for (int k = 0; k < FeatureExtractor::kPerToken; ++k) {
          size_t b = static_cast<size_t>(f[k]) * L;
          weights_[b + gold[i]] += 1; wsum[b + gold[i]] += c;
          weights_[b + pred[i]] -= 1; wsum[b + pred[i]] -= c;
        }
      }
      c += 1;
    }
    if (options.on_epoch) {
      // Evaluate with averaged weights, then restore the raw ones.
      std::vector<float> raw_w = weights_, raw_t = trans_;
      for (size_t i = 0; i < weights_.size(); ++i) weights_[i] -= wsum[i] / c;
      for (size_t i = 0; i < trans_.size(); ++i) trans_[i] -= tsum[i] / c;
      options.on_epoch(epoch);
      if (epoch == options.epochs) return;
      weights_.swap(raw_w);
      trans_.swap(raw_t);
    }
  }
  for (size_t i = 0; i < weights_.size(); ++i) weights_[i] -= wsum[i] / c;
  for (size_t i = 0; i < trans_.size(); ++i) trans_[i] -= tsum[i] / c;
}

absl::Status PerceptronTagger::Save(const std::string& path) const {
  float max_abs = 1e-6f;
  for (float w : weights_) max_abs = std::max(max_abs, std::fabs(w));
  const float scale = max_abs / 32767.0f;
  std::vector<uint32_t> buckets;
  for (size_t b = 0; b < (weights_.size() / L); ++b) {
    for (int y = 0; y < L; ++y) {
      if (std::lround(weights_[b * L + y] / scale) != 0) { buckets.push_back(b); break; }
    }
  }
  std::ofstream out(path, std::ios::binary);
  if (!out) return absl::InternalError("cannot write " + path);
  uint32_t header[2] = {static_cast<uint32_t>(bits_), L};
  out.write(kMagic, 8);
  out.write(reinterpret_cast<const char*>(header), sizeof(header));
  out.write(reinterpret_cast<const char*>(&scale), sizeof(scale));
  out.write(reinterpret_cast<const char*>(trans_.data()), trans_.size() * sizeof(float));
  uint32_t count = buckets.size();
  out.write(reinterpret_cast<const char*>(&count), sizeof(count));
  for (uint32_t b : buckets) {
    int16_t q[L];
    for (int y = 0; y < L; ++y) q[y] = static_cast<int16_t>(std::lround(weights_[b * L + y] / scale));
    out.write(reinterpret_cast<const char*>(&b), sizeof(b));
    out.write(reinterpret_cast<const char*>(q), sizeof(q));
  }
  return out ? absl::OkStatus() : absl::InternalError("write failed: " + path);
}

absl::Status PerceptronTagger::Load(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return absl::NotFoundError("NER model not found: " + path);
  char magic[8];
  uint32_t header[2];
  float scale = 0;
  in.read(magic, 8);
  in.read(reinterpret_cast<char*>(header), sizeof(header));
  in.read(reinterpret_cast<char*>(&scale), sizeof(scale));
  if (!in || std::memcmp(magic, kMagic, 8) != 0 || header[1] != L || header[0] < 10 || header[0] > 26) {
    return absl::DataLossError("not a storyline NER model: " + path);
  }
  bits_ = static_cast<int>(header[0]);
  extractor_ = FeatureExtractor(lexicon_, bits_);
  weights_.assign(static_cast<size_t>(L) << bits_, 0.0f);
  in.read(reinterpret_cast<char*>(trans_.data()), trans_.size() * sizeof(float));
  uint32_t count = 0;
  in.read(reinterpret_cast<char*>(&count), sizeof(count));
  for (uint32_t i = 0; i < count && in; ++i) {
    uint32_t b;
    int16_t q[L];
    in.read(reinterpret_cast<char*>(&b), sizeof(b));
    in.read(reinterpret_cast<char*>(q), sizeof(q));
    if (b >= (1u << bits_)) return absl::DataLossError("bad bucket in " + path);
    for (int y = 0; y < L; ++y) weights_[static_cast<size_t>(b) * L + y] = q[y] * scale;
  }
  if (!in) return absl::DataLossError("truncated NER model: " + path);
  return absl::OkStatus();
}

}  // namespace storyline::entities
