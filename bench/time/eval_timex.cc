// eval_timex DIR... — TempEval-3-style evaluation of the time tagger on TimeML.
//
// Files are sorted by path over all DIRs; every 5th file (index % 5 == 4) is the
// held-out part, never looked at while tuning rules; the rest is the tuning part.
// For each part it prints:
//   strict extent P/R/F1   system span == gold span
//   relaxed extent P/R/F1  spans overlap (one-to-one, greedy in text order)
//   value P/R/F1           relaxed match AND identical value string
//                          (P over all system timexes, R over all gold: TempEval-3's
//                          attribute F1, i.e. relaxed F1 × value accuracy)
//   value accuracy         correct values / relaxed matches
//   type accuracy          correct types / relaxed matches
// --errors prints the tuning part's misses, false alarms, wrong values and (TYPE)
// right value, wrong type;
// --matches also prints its correct ones (OK lines), to see what a rule change would break;
// --context adds the text around each one;
// --classes sorts the tuning part's errors into classes by rule and prints the value F1
// each class would leave were it scored right (class_tally.h).
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include "bench/time/class_tally.h"
#include "bench/time/timeml.h"
#include "src/core/data_dir.h"
#include "src/extract/time/time_tagger.h"

namespace storyline::bench {
namespace {

struct Counts {
  int gold = 0, sys = 0, strict = 0, relaxed = 0, value = 0, type = 0, docs = 0;
};

double F1(double p, double r) { return p + r > 0 ? 2 * p * r / (p + r) : 0; }

void PrintPrf(const char* name, int tp_sys, int tp_gold, const Counts& c) {
  double p = c.sys ? double(tp_sys) / c.sys : 0, r = c.gold ? double(tp_gold) / c.gold : 0;
  std::printf("  %-16s P %.3f  R %.3f  F1 %.3f\n", name, p, r, F1(p, r));
}

void Print(const char* part, const Counts& c) {
  std::printf("%s: %d docs, %d gold, %d system\n", part, c.docs, c.gold, c.sys);
  PrintPrf("strict extent", c.strict, c.strict, c);
  PrintPrf("relaxed extent", c.relaxed, c.relaxed, c);
  PrintPrf("value", c.value, c.value, c);
  std::printf("  value accuracy %.3f  type accuracy %.3f\n",
              c.relaxed ? double(c.value) / c.relaxed : 0, c.relaxed ? double(c.type) / c.relaxed : 0);
}

bool g_matches = false;
bool g_context = false;

// With --context: the text around `span` on one line, to judge an error without
// opening the file.
std::string Context(const std::string& text, ByteSpan span) {
  if (!g_context) return "";
  size_t begin = span.begin > 100 ? span.begin - 100 : 0;
  std::string out = "\t| " + text.substr(begin, span.begin - begin) + "[[" +
                    text.substr(span.begin, span.end - span.begin) + "]]" +
                    text.substr(span.end, 60);
  std::replace(out.begin(), out.end(), '\n', ' ');
  return out;
}

// `tally` (may be null) gets each error of this document, for --classes.
void Score(const TimemlDoc& doc, const std::vector<Timex>& sys, bool errors, ClassTally* tally,
           Counts* c) {
  c->docs++;
  c->gold += doc.gold.size();
  c->sys += sys.size();
  std::vector<bool> used(sys.size(), false);
  auto text = [&](const Timex& t) { return std::string(t.span.Of(doc.text)); };
  for (const Timex& g : doc.gold) {
    size_t k = 0;
    while (k < sys.size() && (used[k] || !sys[k].span.Overlaps(g.span))) ++k;
    if (k == sys.size()) {
      std::string cls = tally ? "\t{" + tally->Miss(doc, g) + "}" : "";
      if (errors) {
        std::printf("MISS\t%s\t%s\t%s%s%s\n", doc.path.c_str(), text(g).c_str(), g.value.c_str(),
                    cls.c_str(), Context(doc.text, g.span).c_str());
      }
      continue;
    }
    used[k] = true;
    c->relaxed++;
    c->strict += sys[k].span == g.span;
    c->value += sys[k].value == g.value;
    c->type += sys[k].type == g.type;
    std::string cls;
    if (tally && sys[k].value != g.value) cls += "\t{" + tally->WrongValue(doc, g, sys[k]) + "}";
    if (tally && !(sys[k].span == g.span)) cls += "\t{" + tally->WrongExtent(doc, g, sys[k]) + "}";
    if (errors && (sys[k].value != g.value || !(sys[k].span == g.span))) {
      std::printf("DIFF\t%s\tgold '%s' %s\tsys '%s' %s%s%s\n", doc.path.c_str(), text(g).c_str(),
                  g.value.c_str(), text(sys[k]).c_str(), sys[k].value.c_str(), cls.c_str(),
                  Context(doc.text, g.span).c_str());
    } else if (errors && sys[k].type != g.type) {
      std::string types = std::string(TimexTypeName(g.type)) + " -> " +
                          std::string(TimexTypeName(sys[k].type));
      std::printf("TYPE\t%s\t%s\t%s %s%s\n", doc.path.c_str(), text(g).c_str(), g.value.c_str(),
                  types.c_str(), Context(doc.text, g.span).c_str());
    } else if (errors && g_matches) {
      std::printf("OK\t%s\t%s\t%s%s\n", doc.path.c_str(), text(g).c_str(), g.value.c_str(),
                  Context(doc.text, g.span).c_str());
    }
  }
  for (size_t k = 0; k < sys.size(); ++k) {
    if (used[k]) continue;
    std::string cls = tally ? "\t{" + tally->FalseAlarm(doc, sys[k]) + "}" : "";
    if (errors) {
      std::printf("FALSE\t%s\t%s\t%s%s%s\n", doc.path.c_str(), text(sys[k]).c_str(),
                  sys[k].value.c_str(), cls.c_str(), Context(doc.text, sys[k].span).c_str());
    }
  }
}

int Main(int argc, char** argv) {
  std::vector<std::string> paths;
  bool errors = false, classes = false;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "--errors") { errors = true; continue; }
    if (arg == "--matches") { errors = g_matches = true; continue; }
    if (arg == "--context") { g_context = true; continue; }
    if (arg == "--classes") { classes = true; continue; }
    for (const auto& e : std::filesystem::directory_iterator(arg)) {
      if (e.path().extension() == ".tml") paths.push_back(e.path().string());
    }
  }
  if (paths.empty()) {
    std::fprintf(stderr,
                 "usage: eval_timex [--errors|--matches] [--context] [--classes] DIR...  "
                 "(TimeML .tml files)\n");
    return 1;
  }
  std::sort(paths.begin(), paths.end());
  auto tagger = temporal::TimeTagger::Load(DefaultDataDir());
  if (!tagger.ok()) {
    std::fprintf(stderr, "error: %s\n", std::string(tagger.status().message()).c_str());
    return 1;
  }
  // All documents first: --classes looks up how the gold treats the same words in
  // other documents of the tuning part.
  std::vector<TimemlDoc> docs;
  std::vector<bool> held_out;
  for (size_t i = 0; i < paths.size(); ++i) {
    TimemlDoc doc;
    if (!ReadTimeml(paths[i], &doc)) continue;
    docs.push_back(std::move(doc));
    held_out.push_back(i % 5 == 4);
  }
  std::vector<const TimemlDoc*> tuning_docs;
  for (size_t i = 0; i < docs.size(); ++i) {
    if (!held_out[i]) tuning_docs.push_back(&docs[i]);
  }
  ClassTally tally(tuning_docs);
  Counts tune, held, all;
  for (size_t i = 0; i < docs.size(); ++i) {
    std::vector<Timex> sys = (*tagger)->Tag(docs[i].text, docs[i].dct);
    ClassTally* classify = classes && !held_out[i] ? &tally : nullptr;
    Score(docs[i], sys, errors && !held_out[i], classify, held_out[i] ? &held : &tune);
    Score(docs[i], sys, false, nullptr, &all);
  }
  Print("tuning part (4 of 5 files)", tune);
  Print("held-out part (every 5th file)", held);
  Print("all", all);
  if (classes) tally.Print({tune.gold, tune.sys, tune.strict, tune.value});
  return 0;
}

}  // namespace
}  // namespace storyline::bench

int main(int argc, char** argv) { return storyline::bench::Main(argc, argv); }
