#include "src/extract/entities/features.h"

#include "src/core/fields.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <fstream>


namespace storyline::entities {

uint64_t HashBytes(std::string_view s) {
  uint64_t h = 1469598103934665603ull;  // FNV-1a 64
  for (unsigned char c : s) h = (h ^ c) * 1099511628211ull;
  return h;
}

std::vector<std::string_view> SplitAny(std::string_view s, std::string_view seps) {
  std::vector<std::string_view> out;
  size_t i = 0;
  while (i < s.size()) {
    size_t j = s.find_first_of(seps, i);
    if (j == std::string_view::npos) j = s.size();
    if (j > i) out.push_back(s.substr(i, j - i));
    i = j + 1;
  }
  return out;
}

uint64_t HashMix(uint64_t a, uint64_t b) {
  uint64_t h = a ^ (b + 0x9e3779b97f4a7c15ull + (a << 6) + (a >> 2));
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdull;
  h ^= h >> 33;
  return h;
}

std::string LowerAscii(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

uint64_t HashLowerAscii(std::string_view s) {
  uint64_t h = 1469598103934665603ull;  // as HashBytes
  for (unsigned char c : s) {
    if (c >= 'A' && c <= 'Z') c = static_cast<unsigned char>(c - 'A' + 'a');
    h = (h ^ c) * 1099511628211ull;
  }
  return h;
}

std::string WordShape(std::string_view word) {
  std::string shape;
  shape.reserve(word.size());
  int32_t i = 0, n = static_cast<int32_t>(word.size());
  while (i < n) {
    UChar32 c;
    U8_NEXT(word.data(), i, n, c);
    if (c < 0) { shape += '?'; continue; }
    if (u_isupper(c) || u_istitle(c)) shape += 'X';
    else if (u_islower(c) || (u_isalpha(c))) shape += 'x';
    else if (u_isdigit(c)) shape += 'd';
    else if (c < 128) shape += static_cast<char>(c);
    else shape += '*';
  }
  return shape;
}

namespace {
uint64_t ChainHash(const std::vector<std::string_view>& words) {
  uint64_t h = 0;
  for (auto w : words) h = HashMix(h, HashBytes(LowerAscii(w)));
  return h;
}
// Collapses runs: "Xxxxx" -> "Xx", "dddd-dd" -> "d-d".
std::string ShortShape(const std::string& shape) {
  std::string out;
  for (char c : shape) {
    if (out.empty() || out.back() != c) out += c;
  }
  return out;
}
bool StartsUpper(std::string_view w) {
  if (w.empty()) return false;
  int32_t i = 0;
  UChar32 c;
  U8_NEXT(w.data(), i, static_cast<int32_t>(w.size()), c);
  return c > 0 && (u_isupper(c) || u_istitle(c));
}
bool StartsLower(std::string_view w) {
  if (w.empty()) return false;
  int32_t i = 0;
  UChar32 c;
  U8_NEXT(w.data(), i, static_cast<int32_t>(w.size()), c);
  return c > 0 && u_islower(c);
}
bool IsHeadline(const std::vector<std::string_view>& words) {
  int letters = 0, lower = 0;
  for (auto w : words) {
    for (char c : w) {
      if (c >= 'a' && c <= 'z') ++lower;
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) ++letters;
    }
  }
  return letters >= 6 && lower == 0;
}
}  // namespace

void TaggerLexicon::AddPlace(std::string_view name, bool big) {
  std::vector<std::string_view> words = SplitAny(name, " ");
  if (words.empty() || static_cast<int>(words.size()) > max_words) return;
  if (!StartsUpper(words[0])) return;  // "al-", lower-case junk alternates
  (big ? big_places : small_places).insert(ChainHash(words));
}

void TaggerLexicon::Load(const std::string& data_dir) {
  std::ifstream places(data_dir + "/gazetteer/places.tsv");
  std::string line;
  while (std::getline(places, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string_view> f = SplitFields(line);
    if (f.size() < 8) continue;
    bool big = f[1] == "country" || std::atol(std::string(f[6]).c_str()) >= 100000;
    AddPlace(f[2], big);
    for (auto alt : SplitAny(f[7], "|")) AddPlace(alt, big);
  }
  std::ifstream dem(data_dir + "/entities/demonyms.tsv");
  while (std::getline(dem, line)) {
    if (line.empty() || line[0] == '#') continue;
    demonyms.insert(HashBytes(LowerAscii(line.substr(0, line.find('\t')))));
  }
}

void DocContext::AddSentence(const std::vector<std::string_view>& words) {
  if (IsHeadline(words)) return;  // all caps says nothing about case
  for (size_t i = 0; i < words.size(); ++i) {
    if (i > 0 && StartsUpper(words[i])) cap_mid.insert(HashLowerAscii(words[i]));
    if (StartsLower(words[i])) lower.insert(HashLowerAscii(words[i]));
  }
}

struct FeatureExtractor::TokenInfo {
  uint64_t w = 0, lw = 0, shape = 0, sshape = 0;
  uint64_t pre[4] = {0, 0, 0, 0}, suf[4] = {0, 0, 0, 0};
  uint64_t gaz = 0, demonym = 0, doc = 0;
};

void FeatureExtractor::Describe(const std::vector<std::string_view>& words,
                                const DocContext& doc, std::vector<TokenInfo>* info) const {
  info->assign(words.size(), TokenInfo());
  for (size_t i = 0; i < words.size(); ++i) {
    TokenInfo& t = (*info)[i];
    std::string lw = LowerAscii(words[i]);
    std::string shape = WordShape(words[i]);
    t.w = HashBytes(words[i]);
    t.lw = HashBytes(lw);
    t.shape = HashBytes(shape.size() > 12 ? shape.substr(0, 12) : shape);
    t.sshape = HashBytes(ShortShape(shape));
    for (size_t k = 0; k < 4; ++k) {
      size_t len = std::min(lw.size(), k + 1);
      t.pre[k] = HashBytes(std::string_view(lw).substr(0, len));
      t.suf[k] = HashBytes(std::string_view(lw).substr(lw.size() - len));
    }
    t.demonym = lexicon_ && lexicon_->demonyms.contains(t.lw) ? 1 : 0;
    t.doc = 1 + (doc.cap_mid.contains(t.lw) ? 1 : 0) + (doc.lower.contains(t.lw) ? 2 : 0);
  }
  MarkGazetteer(info);
}

// Longest match first, up to max_words; B/I and big/small codes.
void FeatureExtractor::MarkGazetteer(std::vector<TokenInfo>* info) const {
  if (!lexicon_) return;
  size_t n = info->size();
  for (size_t i = 0; i < n;) {
    size_t best = 0;
    uint64_t code = 0;
    uint64_t h = 0;
    for (size_t len = 1; len <= static_cast<size_t>(lexicon_->max_words) && i + len <= n; ++len) {
      h = HashMix(h, (*info)[i + len - 1].lw);
      if (lexicon_->big_places.contains(h)) { best = len; code = 1; }
      else if (lexicon_->small_places.contains(h)) { best = len; code = 3; }
    }
    if (best == 0) { ++i; continue; }
    for (size_t k = 0; k < best; ++k) (*info)[i + k].gaz = code + (k > 0 ? 1 : 0);
    i += best;
  }
}

void FeatureExtractor::Extract(const std::vector<std::string_view>& words, const DocContext& doc,
                               std::vector<uint32_t>* out) const {
  std::vector<TokenInfo> info;
  Describe(words, doc, &info);
  const uint64_t headline = IsHeadline(words) ? 7 : 8;
  static const TokenInfo kStart = [] { TokenInfo t; t.w = t.lw = t.shape = t.sshape = 11; return t; }();
  static const TokenInfo kEnd = [] { TokenInfo t; t.w = t.lw = t.shape = t.sshape = 13; return t; }();
  const int n = static_cast<int>(words.size());
  auto at = [&](int j) -> const TokenInfo& { return j < 0 ? kStart : j >= n ? kEnd : info[j]; };
  out->resize(static_cast<size_t>(n) * kPerToken);
  const int shift = 64 - bits_;
  for (int i = 0; i < n; ++i) {
    const TokenInfo &t = info[i], &p = at(i - 1), &q = at(i + 1), &p2 = at(i - 2), &q2 = at(i + 2);
    const uint64_t first = i == 0 ? 3 : 5;
    const uint64_t v[kPerToken] = {
        1, t.w, t.lw, t.shape, t.sshape, t.pre[0], t.pre[1], t.pre[2], t.pre[3],
        t.suf[0], t.suf[1], t.suf[2], t.suf[3], p.lw, q.lw, p2.lw, q2.lw, p.sshape, q.sshape,
        HashMix(p.lw, t.lw), HashMix(t.lw, q.lw), HashMix(HashMix(p.sshape, t.sshape), q.sshape),
        HashMix(first, t.sshape), HashMix(headline, t.sshape), t.gaz, HashMix(t.gaz, t.sshape),
        HashMix(HashMix(p.gaz, t.gaz), q.gaz), t.demonym, t.doc, HashMix(t.doc, first * headline),
        HashMix(p.lw, t.sshape), HashMix(t.sshape, q.lw), HashMix(p.lw, p2.lw), HashMix(q.lw, q2.lw),
        HashMix(t.doc, t.sshape), HashMix(p.gaz, t.gaz), HashMix(p.sshape, t.lw),
        HashMix(t.lw, q.sshape), HashMix(t.w, first), HashMix(t.doc, t.gaz)};
    uint32_t* dst = out->data() + static_cast<size_t>(i) * kPerToken;
    for (int k = 0; k < kPerToken; ++k) {
      dst[k] = static_cast<uint32_t>(HashMix(static_cast<uint64_t>(k) + 1, v[k]) >> shift);
    }
  }
}

}  // namespace storyline::entities
