// Cue-token features: the word, two words either side and their pairs, the
// kinds and coarse classes of the neighbouring tokens (comma, quote mark,
// pronoun, capitalised), lexicon membership, "that" just after, a form of
// "be"/"have" just before, the place in the sentence, and the previous decision
// (multi-word cues: "pointed out", "is expected"). 25 templates: dropping the
// stem, quote-mark, token-kind and trigram templates cost nothing on a train
// split and saves a third of the lookups. Features are 64-bit hashes mixed from
// per-sentence word hashes, so scoring a candidate allocates nothing and reads
// each word once; this keeps the stage above 20 MB/s.
#include "src/extract/quotes/cue_model.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <fstream>

#include "src/extract/quotes/doc_view.h"
#include "src/extract/quotes/lexicon.h"

namespace storyline::quotes {
namespace {

// Feature templates; the numbers are part of the model file's hashes.
enum Template : uint64_t {
  kBias = 1, kWord, kPrev1, kPrev2, kNext1, kNext2, kPrevWord, kWordNext, kNextTwo, kPrevTwo, kPrevKinds,
  kPrevClass, kNextClass, kClasses, kWordNextClass, kWordPrevClass, kPrevCue, kWordPrevCue, kLexicon,
  kCapital, kBeWord, kThat, kWordThat, kToEnd, kFromStart,
};

// Values that are not words: small constants, far from word hashes.
enum Value : uint64_t {
  kNo = 11, kYes, kOutside, kSentenceStart, kSentenceEnd, kNear, kMid, kFar, kFirst,
  kWordTok = 30, kComma, kStop, kColon, kQuote, kDash, kOpenParen, kCloseParen, kOther,
  kPronoun = 50, kDet, kCap, kCapFirst, kPluralS, kAdverbLy, kLower,
  kNoCue = 60, kVerb, kAccording, kCiting, kPassive, kAddressee,
};

uint64_t Mix(uint64_t h) {  // splitmix64's finaliser
  h ^= h >> 30; h *= 0xbf58476d1ce4e5b9ULL;
  h ^= h >> 27; h *= 0x94d049bb133111ebULL;
  return h ^ (h >> 31);
}
uint64_t F(uint64_t t, uint64_t a) { return Mix(Mix(t) ^ a); }
uint64_t F(uint64_t t, uint64_t a, uint64_t b) { return Mix(F(t, a) ^ (b * 0x9e3779b97f4a7c15ULL)); }

uint64_t KindValue(TokenKind k) {
  switch (k) {
    case TokenKind::kWord: return kWordTok;
    case TokenKind::kComma: return kComma;
    case TokenKind::kStop: return kStop;
    case TokenKind::kColon: return kColon;
    case TokenKind::kQuote: return kQuote;
    case TokenKind::kDash: return kDash;
    case TokenKind::kOpenParen: return kOpenParen;
    case TokenKind::kCloseParen: return kCloseParen;
    default: return kOther;
  }
}




uint64_t CueKindValue(const CueKind* k) {
  if (k == nullptr) return kNoCue;
  switch (*k) {
    case CueKind::kVerb: return kVerb;
    case CueKind::kAccording: return kAccording;
    case CueKind::kCiting: return kCiting;
    case CueKind::kPassive: return kPassive;
    default: return kAddressee;
  }
}

// WordInfo bits: the low three hold the cue kind + 1 (0: no one-word cue).
constexpr int kCueKindMask = 7;
constexpr int kIsPronoun = 8;
constexpr int kIsDeterminer = 16;
constexpr int kIsBeOrHave = 32;

uint64_t CueKindValue(int kind_plus_one) {
  if (kind_plus_one == 0) return kNoCue;
  CueKind k = static_cast<CueKind>(kind_plus_one - 1);
  return CueKindValue(&k);
}

uint64_t YesNo(bool b) { return b ? kYes : kNo; }

// Keeps candidate-word entries apart from feature hashes in the shared table.
constexpr uint64_t kCandidateSalt = 0x5bd1e9955bd1e995ULL;

}  // namespace

absl::StatusOr<CueModel> CueModel::Load(const std::string& path) {
  std::ifstream in(path);
  if (!in) return absl::NotFoundError("quotes: cannot read " + path);
  CueModel m;
  std::vector<std::pair<uint64_t, int>> entries;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    size_t tab = line.find('\t');
    if (tab == std::string::npos) return absl::InvalidArgumentError("quotes: bad line in " + path);
    if ((line[0] == 'c' || line[0] == 'w') && tab == 1) {
      std::string word = line.substr(tab + 1);
      Candidate c = line[0] == 'c' ? kStrong : kWeak;
      m.candidates_[word] = c;
    } else {
      float w = std::clamp(std::stof(line.substr(tab + 1)), -32.f, 32.f);
      entries.push_back({std::stoull(line.substr(0, tab), nullptr, 16), static_cast<int>(std::lround(w * kScale))});
    }
  }
  m.weights_.Build(entries);
  m.IndexCandidates();
  return m;
}

void CueModel::IndexCandidates() {
  std::vector<std::pair<uint64_t, int>> entries;
  for (const auto& [word, c] : candidates_) entries.push_back({WordHash(word) ^ kCandidateSalt, c});
  candidate_table_.Build(entries);
}

void CueModel::Table::Build(const std::vector<std::pair<uint64_t, int>>& entries) {
  size_t size = 16;
  while (size < entries.size() * 2) size *= 2;
  slots.assign(size, Slot{});
  mask = size - 1;
  for (auto [h, w] : entries) {
    uint64_t i = h & mask;
    while (slots[i].check != 0 && slots[i].check != Check(h)) i = (i + 1) & mask;
    slots[i] = {Check(h), static_cast<int16_t>(w)};
  }
}

const CueModel::Slot* CueModel::Table::Find(uint64_t h) const {
  if (slots.empty()) return nullptr;
  for (uint64_t i = h & mask;; i = (i + 1) & mask) {
    const Slot& s = slots[i];
    if (s.check == Check(h)) return &s;
    if (s.check == 0) return nullptr;
  }
}

CueModel::Candidate CueModel::CandidateOf(std::string_view lower) const {
  auto it = candidates_.find(absl::string_view(lower.data(), lower.size()));
  return it == candidates_.end() ? kNone : it->second;
}

bool CueModel::ShouldScore(const DocView& v, TokenRange sent, int i, bool prev_cue) const {
  if (prev_cue) return true;
  Candidate c = CandidateOf(v.tok(i).hash);
  if (c == kNone || v.InsideQuote(i)) return false;  // cues inside quotes are rare; quotes are much text
  if (c == kStrong) return true;
  return i + 1 < sent.end && CandidateOf(v.tok(i + 1).hash) == kStrong;
}

float CueModel::Score(const std::vector<uint64_t>& features) const {
  if (weights_.slots.empty()) return 0;
  // The lookups miss the cache more often than not: start them all at once.
  for (uint64_t f : features) __builtin_prefetch(&weights_.slots[f & weights_.mask]);
  int s = 0;
  for (uint64_t f : features) {
    if (const Slot* slot = weights_.Find(f)) s += slot->value;
  }
  return s / kScale;
}

void CueModel::IndexLexicon(const Lexicon& lexicon) {
  absl::flat_hash_map<uint64_t, int> info;
  for (const auto& [phrase, kind] : lexicon.cues()) {
    if (phrase.find(' ') == std::string::npos) info[WordHash(phrase)] |= static_cast<int>(kind) + 1;
  }
  for (const auto& [word, kind] : lexicon.pronouns()) info[WordHash(word)] |= kIsPronoun;
  for (std::string_view w : {"the", "a", "an", "his", "her", "their", "its", "our", "this", "no"}) {
    info[WordHash(w)] |= kIsDeterminer;
  }
  for (std::string_view w : {"is", "are", "was", "were", "be", "been", "being", "has", "have", "had"}) {
    info[WordHash(w)] |= kIsBeOrHave;
  }
  std::vector<std::pair<uint64_t, int>> entries(info.begin(), info.end());
  word_info_.Build(entries);
}

int CueModel::WordInfo(uint64_t word_hash) const {
  const Slot* s = word_info_.Find(word_hash);
  return s == nullptr ? 0 : s->value;
}

// A coarse class of a neighbouring token: what starts a reported clause or ends a source.
uint64_t CueModel::WordClass(const DocView& v, TokenRange sent, int j) const {
  if (j < sent.begin || j >= sent.end) return kOutside;
  const Token& t = v.tok(j);
  if (t.kind != TokenKind::kWord) return KindValue(t.kind);
  const int info = WordInfo(t.hash);
  if (info & kIsPronoun) return kPronoun;
  if (info & kIsDeterminer) return kDet;
  if (t.capitalized) return j == sent.begin ? kCapFirst : kCap;
  if (t.lower.size() > 3 && t.lower.back() == 's') return kPluralS;
  if (t.lower.size() > 3 && t.lower.ends_with("ly")) return kAdverbLy;
  return kLower;
}

CueModel::Candidate CueModel::CandidateOf(uint64_t word_hash) const {
  const Slot* s = candidate_table_.Find(word_hash ^ kCandidateSalt);
  return s == nullptr ? kNone : static_cast<Candidate>(s->value);
}

std::string_view CueModel::Key(const DocView& v, int i) {
  const Token& t = v.tok(i);
  return t.kind == TokenKind::kWord ? std::string_view(t.lower) : v.Text(t.span);
}

void CueModel::Features(const DocView& v, TokenRange sent, int i, bool prev_cue,
                        std::vector<uint64_t>* out) const {
  out->clear();
  auto word = [&](int j) -> uint64_t {
    if (j < sent.begin) return kSentenceStart;
    if (j >= sent.end) return kSentenceEnd;
    return v.tok(j).hash;
  };
  const Token& t = v.tok(i);
  const uint64_t w = word(i), p1 = word(i - 1), n1 = word(i + 1), p2 = word(i - 2), n2 = word(i + 2);
  const uint64_t pc = YesNo(prev_cue);
  out->push_back(F(kBias, 0));
  out->push_back(F(kWord, w));
  out->push_back(F(kPrev1, p1));
  out->push_back(F(kPrev2, p2));
  out->push_back(F(kNext1, n1));
  out->push_back(F(kNext2, n2));
  out->push_back(F(kPrevWord, p1, w));
  out->push_back(F(kWordNext, w, n1));
  out->push_back(F(kNextTwo, n1, n2));
  out->push_back(F(kPrevTwo, p2, p1));
  const uint64_t c_p1 = WordClass(v, sent, i - 1), c_n1 = WordClass(v, sent, i + 1);
  out->push_back(F(kPrevClass, c_p1));
  out->push_back(F(kNextClass, c_n1));
  out->push_back(F(kClasses, c_p1, c_n1));
  out->push_back(F(kWordNextClass, w, c_n1));
  out->push_back(F(kPrevCue, pc));
  out->push_back(F(kWordPrevCue, w, pc));
  const int info = WordInfo(t.hash);
  out->push_back(F(kLexicon, CueKindValue(info & kCueKindMask)));
  out->push_back(F(kCapital, i == sent.begin ? kFirst : YesNo(t.capitalized)));
  const bool be = i > sent.begin && (WordInfo(p1) & kIsBeOrHave);
  out->push_back(F(kBeWord, YesNo(be), w));
  bool that = false;
  for (int j = i + 1; j < sent.end && j <= i + 4; ++j) that |= v.IsWord(j, "that");
  out->push_back(F(kThat, YesNo(that)));
  out->push_back(F(kWordThat, w, YesNo(that)));
}

}  // namespace storyline::quotes
