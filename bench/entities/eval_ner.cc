// eval_ner FILE [MODEL] [--full] [--errors]: tags a CoNLL-2003 file with the committed
// model (data/ner/model.bin unless MODEL is given) and prints conlleval-style
// entity-level P/R/F1 per type and overall, plus tagging speed.
// --full scores the whole recognizer (tagger plus the post-tagging passes of
// recognize.h) on each -DOCSTART- document instead of the tagger alone; its
// extra types map back to CoNLL's: facility -> LOC, media -> ORG.
// --errors also prints each sentence's missed and spurious entities.
#include <chrono>
#include <iostream>
#include <string_view>

#include "src/core/data_dir.h"
#include "src/extract/entities/conll.h"
#include "src/extract/entities/recognize.h"

namespace storyline::entities {
namespace {

int ConllType(EntityType type) {
  switch (type) {
    case EntityType::kPerson:
      return 0;
    case EntityType::kOrganization:
    case EntityType::kMedia:
      return 1;
    case EntityType::kLocation:
    case EntityType::kFacility:
      return 2;
    default:
      return 3;
  }
}

// Runs the whole recognizer over the sentences [first, last) of one document,
// rebuilt as text (tokens joined by spaces, sentences by newlines), and writes
// IOB2 labels into predicted[first..last).
void RecognizeDocument(const ConllFile& file, size_t first, size_t last,
                       const PerceptronTagger& tagger, const EntityLexicon& lexicon,
                       std::vector<std::vector<int>>* predicted) {
  std::string text;
  std::vector<std::vector<ByteSpan>> spans;
  for (size_t i = first; i < last; ++i) {
    spans.emplace_back();
    for (const std::string& w : file.sentences[i].tagged.words) {
      if (!spans.back().empty()) text += ' ';
      spans.back().push_back(
          {static_cast<uint32_t>(text.size()), static_cast<uint32_t>(text.size() + w.size())});
      text += w;
    }
    text += '\n';
  }
  std::vector<SentenceTokens> sentences(spans.size());
  for (size_t s = 0; s < spans.size(); ++s) {
    sentences[s].spans = spans[s];
    for (ByteSpan b : spans[s]) sentences[s].words.push_back(b.Of(text));
  }
  for (size_t i = first; i < last; ++i)
    (*predicted)[i].assign(file.sentences[i].tagged.words.size(), 0);
  for (const Chunk& c : RecognizeChunks(sentences, text, tagger, lexicon)) {
    std::vector<int>& labels = (*predicted)[first + c.sentence];
    int type = ConllType(c.type);
    for (int k = c.begin; k < c.end; ++k) labels[k] = 1 + 2 * type + (k > c.begin ? 1 : 0);
  }
}

std::vector<std::vector<int>> RecognizeConll(const PerceptronTagger& tagger,
                                             const EntityLexicon& lexicon, const ConllFile& file) {
  std::vector<std::vector<int>> predicted(file.sentences.size());
  size_t first = 0;
  for (size_t i = 1; i <= file.sentences.size(); ++i) {
    if (i < file.sentences.size() &&
        file.sentences[i].tagged.doc == file.sentences[first].tagged.doc)
      continue;
    RecognizeDocument(file, first, i, tagger, lexicon, &predicted);
    first = i;
  }
  return predicted;
}

std::string Entities(const std::vector<std::string>& words, const std::vector<int>& labels) {
  std::string out;
  for (const LabelSpan& span : LabelSpans(labels)) {
    out += " [";
    out += TypeName(span.type);
    for (int k = span.begin; k < span.end; ++k) out += " " + words[k];
    out += "]";
  }
  return out;
}

// Prints the gold and predicted entities of each sentence where they differ.
void PrintErrors(const ConllFile& file, const std::vector<std::vector<int>>& predicted) {
  for (size_t i = 0; i < predicted.size(); ++i) {
    const TaggedSentence& s = file.sentences[i].tagged;
    std::string gold = Entities(s.words, s.labels), got = Entities(s.words, predicted[i]);
    if (gold != got) std::cout << "gold:" << gold << "\n got:" << got << "\n";
  }
}

}  // namespace
}  // namespace storyline::entities

int main(int argc, char** argv) {
  using namespace storyline::entities;
  std::vector<std::string_view> args(argv + 1, argv + argc);
  const bool full = std::erase(args, "--full") > 0;
  const bool errors = std::erase(args, "--errors") > 0;
  if (args.empty()) {
    std::cerr << "usage: eval_ner FILE [MODEL] [--full] [--errors]\n";
    return 2;
  }
  auto file = ReadConll(std::string(args[0]));
  if (!file.ok()) {
    std::cerr << file.status() << "\n";
    return 1;
  }
  TaggerLexicon lexicon;
  lexicon.Load(storyline::DefaultDataDir());
  PerceptronTagger tagger(&lexicon);
  std::string model =
      args.size() > 1 ? std::string(args[1]) : storyline::DefaultDataDir() + "/ner/model.bin";
  if (auto s = tagger.Load(model); !s.ok()) {
    std::cerr << s << "\n";
    return 1;
  }
  EntityLexicon entity_lexicon;
  if (full) {
    if (auto s = entity_lexicon.Load(storyline::DefaultDataDir()); !s.ok()) {
      std::cerr << s << "\n";
      return 1;
    }
  }
  auto start = std::chrono::steady_clock::now();
  auto predicted = full ? RecognizeConll(tagger, entity_lexicon, *file) : TagConll(tagger, *file);
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  ConllScore score;
  size_t tokens = 0;
  for (size_t i = 0; i < predicted.size(); ++i) {
    score.Add(file->sentences[i].tagged.labels, predicted[i]);
    tokens += predicted[i].size();
  }
  if (errors) PrintErrors(*file, predicted);
  std::cout << score.Format();
  std::cout << tokens << " tokens in " << secs << " s: " << tokens / secs
            << " tokens/s (one core)\n";
  return 0;
}
