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
// --context adds the text around each one.
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

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

void Score(const TimemlDoc& doc, const std::vector<Timex>& sys, bool errors, Counts* c) {
  c->docs++;
  c->gold += doc.gold.size();
  c->sys += sys.size();
  std::vector<bool> used(sys.size(), false);
  auto text = [&](const Timex& t) { return std::string(t.span.Of(doc.text)); };
  for (const Timex& g : doc.gold) {
    size_t k = 0;
    while (k < sys.size() && (used[k] || !sys[k].span.Overlaps(g.span))) ++k;
    if (k == sys.size()) {
      if (errors) {
        std::printf("MISS\t%s\t%s\t%s%s\n", doc.path.c_str(), text(g).c_str(), g.value.c_str(),
                    Context(doc.text, g.span).c_str());
      }
      continue;
    }
    used[k] = true;
    c->relaxed++;
    c->strict += sys[k].span == g.span;
    c->value += sys[k].value == g.value;
    c->type += sys[k].type == g.type;
    if (errors && (sys[k].value != g.value || !(sys[k].span == g.span))) {
      std::printf("DIFF\t%s\tgold '%s' %s\tsys '%s' %s%s\n", doc.path.c_str(), text(g).c_str(),
                  g.value.c_str(), text(sys[k]).c_str(), sys[k].value.c_str(),
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
    if (errors && !used[k]) {
      std::printf("FALSE\t%s\t%s\t%s%s\n", doc.path.c_str(), text(sys[k]).c_str(),
                  sys[k].value.c_str(), Context(doc.text, sys[k].span).c_str());
    }
  }
}

int Main(int argc, char** argv) {
  std::vector<std::string> paths;
  bool errors = false;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "--errors") { errors = true; continue; }
    if (arg == "--matches") { errors = g_matches = true; continue; }
    if (arg == "--context") { g_context = true; continue; }
    for (const auto& e : std::filesystem::directory_iterator(arg)) {
      if (e.path().extension() == ".tml") paths.push_back(e.path().string());
    }
  }
  if (paths.empty()) {
    std::fprintf(stderr,
                 "usage: eval_timex [--errors|--matches] [--context] DIR...  (TimeML .tml files)\n");
    return 1;
  }
  std::sort(paths.begin(), paths.end());
  auto tagger = temporal::TimeTagger::Load(DefaultDataDir());
  if (!tagger.ok()) {
    std::fprintf(stderr, "error: %s\n", std::string(tagger.status().message()).c_str());
    return 1;
  }
  Counts tune, held, all;
  for (size_t i = 0; i < paths.size(); ++i) {
    TimemlDoc doc;
    if (!ReadTimeml(paths[i], &doc)) continue;
    std::vector<Timex> sys = (*tagger)->Tag(doc.text, doc.dct);
    bool is_held = i % 5 == 4;
    Score(doc, sys, errors && !is_held, is_held ? &held : &tune);
    Score(doc, sys, false, &all);
  }
  Print("tuning part (4 of 5 files)", tune);
  Print("held-out part (every 5th file)", held);
  Print("all", all);
  return 0;
}

}  // namespace
}  // namespace storyline::bench

int main(int argc, char** argv) { return storyline::bench::Main(argc, argv); }
