#include "src/link/page_furniture.h"

#include <algorithm>
#include <string>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "src/link/terms.h"

namespace storyline::link {
namespace {

constexpr size_t kMinDocs = 3;
constexpr size_t kMinLineBytes = 12;  // shorter lines ("Advertisement") carry no date
// Words of context: two before the date, one after ("pm ET [date] RETWEET"):
// a widget's stamp is followed by the post it shows, which differs.
constexpr size_t kWordsBefore = 2;
constexpr size_t kWordsAfter = 1;

template <typename Visit>
void ForEachLine(std::string_view text, Visit&& visit) {
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    if (end - start >= kMinLineBytes) {
      visit(ByteSpan{static_cast<uint32_t>(start), static_cast<uint32_t>(end)});
    }
    start = end + 1;
  }
}

// How far around a date its context words are read: enough for two words, and
// a bound, so a one-line page full of dates stays linear.
constexpr size_t kContextBytes = 48;

// Up to `n` words of `text`, lower-cased with digits folded to 0; the last ones
// when `last`, else the first ones.
std::string ContextWords(std::string_view text, size_t n, bool last) {
  std::vector<std::string> words = Words(text);
  if (words.size() > n) {
    if (last) {
      words.erase(words.begin(), words.end() - static_cast<std::ptrdiff_t>(n));
    } else {
      words.resize(n);
    }
  }
  std::string out;
  for (std::string& w : words) {
    for (char& c : w) {
      if (c >= '0' && c <= '9') c = '0';
    }
    out += w + " ";
  }
  return out;
}

// The key of a dated phrase: its day and the words around it, read within
// kContextBytes and its line; empty for a timex that names no day.
std::string DatedPhraseKey(std::string_view text, const Timex& t) {
  const std::string_view v = t.value;
  if (v.size() < 10 || v[4] != '-' || v[7] != '-' || v.substr(0, 4) == "XXXX") return "";
  const size_t begin = std::min<size_t>(t.span.begin, text.size());
  const size_t end = std::min<size_t>(std::max<size_t>(t.span.end, begin), text.size());
  const size_t start = begin > kContextBytes ? begin - kContextBytes : 0;
  std::string_view before = text.substr(start, begin - start);
  if (size_t nl = before.rfind('\n'); nl != std::string_view::npos) before.remove_prefix(nl + 1);
  std::string_view after = text.substr(end, kContextBytes);
  if (size_t nl = after.find('\n'); nl != std::string_view::npos) after = after.substr(0, nl);
  return std::string(v.substr(0, 10)) + "|" + ContextWords(before, kWordsBefore, true) + "|" +
         ContextWords(after, kWordsAfter, false);
}

}  // namespace

std::vector<std::vector<ByteSpan>> FindPageFurniture(const std::vector<FurnitureDoc>& docs) {
  absl::flat_hash_map<std::string_view, size_t> docs_with_line;
  absl::flat_hash_map<std::string, size_t> docs_with_phrase;
  std::vector<std::vector<std::string>> phrase_keys(docs.size());
  for (size_t i = 0; i < docs.size(); ++i) {
    const FurnitureDoc& d = docs[i];
    if (d.timexes != nullptr) {
      for (const Timex& t : *d.timexes) phrase_keys[i].push_back(DatedPhraseKey(d.text, t));
    }
    if (d.copy) continue;
    absl::flat_hash_set<std::string_view> lines;
    ForEachLine(d.text, [&](ByteSpan line) { lines.insert(line.Of(d.text)); });
    for (std::string_view line : lines) ++docs_with_line[line];
    absl::flat_hash_set<std::string_view> phrases;
    for (const std::string& key : phrase_keys[i]) {
      if (!key.empty()) phrases.insert(key);
    }
    for (std::string_view key : phrases) ++docs_with_phrase[std::string(key)];
  }
  // A dated phrase must also recur in a tenth of the story: three articles of
  // one site updated on one day share their stamp, and that stamp is theirs.
  size_t originals = 0;
  for (const FurnitureDoc& d : docs) originals += d.copy ? 0 : 1;
  const size_t min_phrase_docs = std::max(kMinDocs, (originals + 9) / 10);
  std::vector<std::vector<ByteSpan>> out(docs.size());
  for (size_t i = 0; i < docs.size(); ++i) {
    const FurnitureDoc& d = docs[i];
    ForEachLine(d.text, [&](ByteSpan line) {
      auto it = docs_with_line.find(line.Of(d.text));
      if (it != docs_with_line.end() && it->second >= kMinDocs) out[i].push_back(line);
    });
    for (size_t k = 0; k < phrase_keys[i].size(); ++k) {
      if (phrase_keys[i][k].empty()) continue;
      auto it = docs_with_phrase.find(phrase_keys[i][k]);
      if (it != docs_with_phrase.end() && it->second >= min_phrase_docs) {
        out[i].push_back((*d.timexes)[k].span);
      }
    }
    // Sorted and disjoint (a dated phrase inside a furniture line is merged into
    // it), so a containment test is one binary search.
    std::sort(out[i].begin(), out[i].end(),
              [](const ByteSpan& a, const ByteSpan& b) { return a.begin < b.begin; });
    std::vector<ByteSpan> merged;
    for (const ByteSpan& s : out[i]) {
      if (!merged.empty() && s.begin <= merged.back().end) {
        merged.back().end = std::max(merged.back().end, s.end);
      } else {
        merged.push_back(s);
      }
    }
    out[i] = std::move(merged);
  }
  return out;
}

}  // namespace storyline::link
