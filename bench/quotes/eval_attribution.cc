// eval_attribution [--data=DATA_DIR] DIR [PREDICTIONS.tsv]: scores the quotes stage against PolNeAR-style brat
// standoff (DIR/text/NAME.txt, DIR/attributions/NAME_*.ann with Source, Cue and
// Content spans in code-point offsets). Prints exact and overlap precision,
// recall and F1 for cue, source and content. PREDICTIONS.tsv, when given,
// receives every predicted span and one Relation line (cue, source, content) per quote.
// --data replaces the compiled-in data directory: a copy whose cue model was
// trained with a held-out split (train_cue_model ... 12 10) scores that split.
//
// Choices: only the first .ann of an article counts (some articles have one
// per annotator); only quotes with a cue are scored (PolNeAR has no cue-less
// relations); a direct quote's content is widened to its quotation marks, as
// PolNeAR includes them; a discontinuous gold span counts from its first to
// its last fragment, and so do the parts of a split quote (quotes sharing one
// cue). Matching is one-to-one, greedy in text order.
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "bench/quotes/brat.h"
#include "src/core/utf8.h"
#include "src/extract/quotes/quote_extractor.h"
#include "src/extract/quotes/tokenizer.h"

namespace fs = std::filesystem;
using storyline::ByteSpan;

namespace {

struct Span { uint32_t begin, end; };

struct Score {
  long gold = 0, pred = 0, exact = 0, overlap_gold = 0, overlap_pred = 0;
};

// Byte offset -> code-point offset, for every byte offset of `text`.
std::vector<uint32_t> CharIndex(const std::string& text) {
  std::vector<uint32_t> index(text.size() + 1);
  uint32_t chars = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    index[i] = chars;
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++chars;
  }
  index[text.size()] = chars;
  return index;
}

std::map<std::string, std::vector<Span>> ReadGold(const fs::path& ann) {
  std::map<std::string, std::vector<Span>> gold;
  for (const storyline::bench::BratSpan& s : storyline::bench::ReadBratSpans(ann)) {
    uint32_t first = UINT32_MAX, last = 0;
    for (const auto& [b, e] : s.fragments) { first = std::min(first, b); last = std::max(last, e); }
    if (first < last) gold[s.type].push_back({first, last});
  }
  return gold;
}

void Match(const std::vector<Span>& gold, const std::vector<Span>& pred, Score* s) {
  s->gold += gold.size();
  s->pred += pred.size();
  std::vector<bool> used_e(pred.size()), used_o(pred.size()), gold_o(gold.size());
  for (const Span& g : gold) {
    for (size_t j = 0; j < pred.size(); ++j) {
      if (!used_e[j] && pred[j].begin == g.begin && pred[j].end == g.end) { used_e[j] = true; ++s->exact; break; }
    }
  }
  for (size_t i = 0; i < gold.size(); ++i) {
    for (size_t j = 0; j < pred.size(); ++j) {
      if (!used_o[j] && pred[j].begin < gold[i].end && gold[i].begin < pred[j].end) {
        used_o[j] = true; ++s->overlap_gold; ++s->overlap_pred; break;
      }
    }
  }
}

void Print(const char* name, const Score& s) {
  auto f1 = [](double p, double r) { return p + r > 0 ? 2 * p * r / (p + r) : 0.0; };
  double pe = s.pred ? double(s.exact) / s.pred : 0, re = s.gold ? double(s.exact) / s.gold : 0;
  double po = s.pred ? double(s.overlap_pred) / s.pred : 0, ro = s.gold ? double(s.overlap_gold) / s.gold : 0;
  std::printf("%-8s gold %5ld pred %5ld | exact P %.3f R %.3f F1 %.3f | overlap P %.3f R %.3f F1 %.3f\n",
              name, s.gold, s.pred, pe, re, f1(pe, re), po, ro, f1(po, ro));
}

Span Widen(const std::string& text, ByteSpan c) {
  size_t b = c.begin, e = c.end;
  if (b > 0) {
    size_t p = b - 1;
    while (p > 0 && (static_cast<unsigned char>(text[p]) & 0xC0) == 0x80) --p;
    size_t q = p;
    if (storyline::quotes::IsQuoteMark(storyline::quotes::NextCodePoint(text, &q))) b = p;
    if (b == p && p > 0 && text[p] == '\'' && text[p - 1] == '\'') --b;  // ''
  }
  if (e < text.size()) {
    size_t q = e;
    if (storyline::quotes::IsQuoteMark(storyline::quotes::NextCodePoint(text, &q))) e = q;
    if (e == q && q < text.size() && text[q] == '\'' && text[q - 1] == '\'') ++e;  // ''
  }
  return {static_cast<uint32_t>(b), static_cast<uint32_t>(e)};
}

}  // namespace

int main(int argc, char** argv) {
  std::string data_dir = STORYLINE_DATA_DIR;
  if (argc > 1 && std::string_view(argv[1]).starts_with("--data=")) {
    data_dir = argv[1] + 7;
    --argc;
    ++argv;
  }
  if (argc != 2 && argc != 3) {
    std::fprintf(stderr, "usage: eval_attribution [--data=DATA_DIR] DIR [PREDICTIONS.tsv]\n");
    return 2;
  }
  std::FILE* dump = argc == 3 ? std::fopen(argv[2], "w") : nullptr;
  auto extractor = storyline::quotes::QuoteExtractor::Load(data_dir);
  if (!extractor.ok()) { std::fprintf(stderr, "%s\n", std::string(extractor.status().message()).c_str()); return 1; }
  fs::path dir = argv[1];
  std::map<std::string, fs::path> first_ann = storyline::bench::FirstAnnotations(dir);
  Score cue, source, content;
  for (const auto& [name, ann] : first_ann) {
    storyline::Document doc;
    doc.text = storyline::RepairUtf8(storyline::bench::ReadFile(dir / "text" / (name + ".txt"))).text;
    storyline::Analysis analysis;
    (*extractor)->Analyze(doc, &analysis);
    std::vector<uint32_t> ci = CharIndex(doc.text);
    std::vector<Span> pc, ps, pq, pair_source;
    for (const auto& q : analysis.quotes) {
      if (!q.cue) continue;
      Span cue_span{ci[q.cue->begin], ci[q.cue->end]};
      Span w = q.direct ? Widen(doc.text, q.content) : Span{q.content.begin, q.content.end};
      Span content_span{ci[w.begin], ci[w.end]};
      // Quotes sharing a cue are the parts of one split quote ("“C1,” he
      // said. “C2.”"): one attribution, its content from first to last part,
      // as a discontinuous gold span is read.
      size_t k = 0;
      while (k < pc.size() && !(pc[k].begin == cue_span.begin && pc[k].end == cue_span.end)) ++k;
      if (k < pc.size()) {
        pq[k] = {std::min(pq[k].begin, content_span.begin), std::max(pq[k].end, content_span.end)};
        continue;
      }
      pc.push_back(cue_span);
      if (q.speaker) ps.push_back({ci[q.speaker->begin], ci[q.speaker->end]});
      pair_source.push_back(q.speaker ? Span{ci[q.speaker->begin], ci[q.speaker->end]} : Span{0, 0});
      pq.push_back(content_span);
    }
    if (dump != nullptr) {
      for (size_t k = 0; k < pc.size(); ++k) {
        std::fprintf(dump, "%s\tCue\t%u\t%u\n", name.c_str(), pc[k].begin, pc[k].end);
        std::fprintf(dump, "%s\tContent\t%u\t%u\n", name.c_str(), pq[k].begin, pq[k].end);
        std::fprintf(dump, "%s\tRelation\t%u\t%u\t%u\t%u\t%u\t%u\n", name.c_str(), pc[k].begin, pc[k].end,
                     pair_source[k].begin, pair_source[k].end, pq[k].begin, pq[k].end);
      }
      for (const Span& x : ps) std::fprintf(dump, "%s\tSource\t%u\t%u\n", name.c_str(), x.begin, x.end);
    }
    auto gold = ReadGold(ann);
    Match(gold["Cue"], pc, &cue);
    Match(gold["Source"], ps, &source);
    Match(gold["Content"], pq, &content);
  }
  if (dump != nullptr) std::fclose(dump);
  std::printf("%zu articles from %s\n", first_ann.size(), dir.c_str());
  Print("cue", cue);
  Print("source", source);
  Print("content", content);
  return 0;
}
