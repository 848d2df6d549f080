#include "src/extract/entities/conll.h"

#include <fstream>
#include <set>
#include <sstream>
#include <tuple>

#include "absl/strings/str_format.h"

namespace storyline::entities {
namespace {
// (begin, end, type) of each IOB2 entity.
std::set<std::tuple<int, int, int>> Chunks(const std::vector<int>& labels) {
  std::set<std::tuple<int, int, int>> out;
  for (const LabelSpan& span : LabelSpans(labels)) out.emplace(span.begin, span.end, span.type);
  return out;
}
}  // namespace

absl::StatusOr<ConllFile> ReadConll(const std::string& path) {
  std::ifstream in(path);
  if (!in) return absl::NotFoundError("cannot read CoNLL file: " + path);
  ConllFile file;
  ConllSentence cur;
  int doc = 0;
  auto flush = [&] {
    if (cur.tagged.words.empty()) return;
    NormalizeIob(cur.tagged.labels.data(), static_cast<int>(cur.tagged.labels.size()));
    cur.tagged.doc = doc;
    file.sentences.push_back(std::move(cur));
    cur = ConllSentence();
  };
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    std::vector<std::string_view> cols = SplitAny(line, " \t");
    if (cols.empty() || cols[0] == "-DOCSTART-") {
      flush();
      if (!cols.empty()) ++doc;
      file.other_lines.emplace_back(file.sentences.size(), line);
      continue;
    }
    cur.tagged.words.emplace_back(cols[0]);
    cur.tagged.labels.push_back(cols.size() >= 2 ? ParseLabel(cols.back()) : 0);
    cur.lines.push_back(line);
  }
  flush();
  return file;
}

void ConllScore::Add(const std::vector<int>& gold, const std::vector<int>& predicted) {
  auto g = Chunks(gold), p = Chunks(predicted);
  for (const auto& c : g) { ++per_type[std::get<2>(c)].gold; ++overall.gold; }
  for (const auto& c : p) {
    ++per_type[std::get<2>(c)].predicted;
    ++overall.predicted;
    if (g.count(c)) { ++per_type[std::get<2>(c)].correct; ++overall.correct; }
  }
}

std::string ConllScore::Format() const {
  std::ostringstream out;
  auto row = [&](std::string_view name, const TypeScore& s) {
    out << absl::StrFormat("%-8s P=%.4f R=%.4f F1=%.4f (gold %d, predicted %d, correct %d)\n", name,
                           s.precision(), s.recall(), s.f1(), s.gold, s.predicted, s.correct);
  };
  for (int t = 0; t < kNumTypes; ++t) row(TypeName(t), per_type[t]);
  row("overall", overall);
  return out.str();
}

std::vector<std::vector<int>> TagConll(const PerceptronTagger& tagger, const ConllFile& file) {
  std::vector<TaggedSentence> tagged;
  tagged.reserve(file.sentences.size());
  for (const auto& s : file.sentences) tagged.push_back(s.tagged);
  std::vector<DocContext> docs = BuildDocContexts(tagged);
  std::vector<std::vector<int>> out;
  out.reserve(tagged.size());
  for (const auto& s : tagged) out.push_back(tagger.Tag(Views(s.words), docs[s.doc]));
  return out;
}

}  // namespace storyline::entities
