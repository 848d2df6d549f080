// compare_peers — storyline's time tagger next to the date parsers a user would
// otherwise pick (chrono-node, dateparser), on the same TimeML texts.
//
//   compare_peers --dump DIR...                  JSON lines {file, dct, text}, the
//                                                stripped <TEXT> every system sees
//   compare_peers [--passes N] [--peer NAME=OUT.jsonl]... DIR...
//
// The second form tags the same files with storyline, reads each peer's output
// (JSON lines {file, begin, end, value, type} and a last {"stats": {...}} line, see
// bench/time/peers/) and prints markdown tables: relaxed extent P/R/F1 and value F1
// (TempEval-3 attribute F1, as eval_timex) over all gold TIMEX3, value F1 over the
// DATE and TIME gold only — the types both peers can express (no durations, sets)
// — speed, and the ratios storyline / peer. For the DATE+TIME score a system
// timex overlapping only DURATION/SET gold is left out rather than called false,
// for every system alike. Speed is each system's own time around its tagging
// call, start-up (loading rules, importing the library) excluded and shown apart;
// the best of N passes (default 3, as the peers) so a loaded machine counts less.
// The held-out table is eval_timex's split (every 5th file): storyline's rules
// were tuned on the others, so that table is the fair one for storyline.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "bench/time/timeml.h"
#include "src/core/data_dir.h"
#include "src/extract/time/time_tagger.h"

namespace storyline::bench {
namespace {

using Json = nlohmann::json;

struct Prf {
  int gold = 0, sys = 0, relaxed = 0, value = 0;
  double P(int tp) const { return sys ? double(tp) / sys : 0; }
  double R(int tp) const { return gold ? double(tp) / gold : 0; }
  double F1(int tp) const {
    double p = P(tp), r = R(tp);
    return p + r > 0 ? 2 * p * r / (p + r) : 0;
  }
};

struct SystemRun {
  std::string name, version;
  std::map<std::string, std::vector<Timex>> by_file;
  double parse_seconds = 0, startup_seconds = 0;
  long bytes = 0, docs = 0;
  Prf all, date_time, held_all, held_date_time;
};

bool IsDateOrTime(const Timex& t) { return t.type == TimexType::kDate || t.type == TimexType::kTime; }

// One-to-one relaxed matching in text order, as eval_timex.
void Score(const std::vector<Timex>& gold, const std::vector<Timex>& sys, Prf* c) {
  c->gold += gold.size();
  c->sys += sys.size();
  std::vector<bool> used(sys.size(), false);
  for (const Timex& g : gold) {
    size_t k = 0;
    while (k < sys.size() && (used[k] || !sys[k].span.Overlaps(g.span))) ++k;
    if (k == sys.size()) continue;
    used[k] = true;
    c->relaxed++;
    c->value += sys[k].value == g.value;
  }
}

// Scores on the DATE/TIME gold only; system timexes that touch only other gold
// (a duration a peer cannot express anyway) are neither right nor wrong.
void ScoreDateTime(const std::vector<Timex>& gold, const std::vector<Timex>& sys, Prf* c) {
  std::vector<Timex> kept_gold, kept_sys;
  for (const Timex& g : gold) {
    if (IsDateOrTime(g)) kept_gold.push_back(g);
  }
  for (const Timex& s : sys) {
    bool touches_kept = false, touches_other = false;
    for (const Timex& g : gold) {
      if (!s.span.Overlaps(g.span)) continue;
      (IsDateOrTime(g) ? touches_kept : touches_other) = true;
    }
    if (touches_kept || !touches_other) kept_sys.push_back(s);
  }
  Score(kept_gold, kept_sys, c);
}

std::vector<std::string> TimemlPaths(const std::vector<std::string>& dirs) {
  std::vector<std::string> paths;
  for (const std::string& dir : dirs) {
    for (const auto& e : std::filesystem::directory_iterator(dir)) {
      if (e.path().extension() == ".tml") paths.push_back(e.path().string());
    }
  }
  std::sort(paths.begin(), paths.end());
  return paths;
}

int Dump(const std::vector<TimemlDoc>& docs) {
  for (const TimemlDoc& doc : docs) {
    Json line = {{"file", doc.path}, {"dct", doc.dct}, {"text", doc.text}};
    std::printf("%s\n", line.dump(-1, ' ', false, Json::error_handler_t::replace).c_str());
  }
  return 0;
}

bool RunStoryline(const std::vector<TimemlDoc>& docs, int passes, SystemRun* run) {
  using Clock = std::chrono::steady_clock;
  auto t0 = Clock::now();
  auto tagger = temporal::TimeTagger::Load(DefaultDataDir());
  if (!tagger.ok()) {
    std::fprintf(stderr, "error: %s\n", std::string(tagger.status().message()).c_str());
    return false;
  }
  (*tagger)->Tag("He left on Tuesday, March 3, 1998 at 10 a.m.", "1998-01-08");  // warm-up, as the peers
  run->startup_seconds = std::chrono::duration<double>(Clock::now() - t0).count();
  run->name = "storyline";
  run->parse_seconds = 1e300;
  for (int pass = 0; pass < passes; ++pass) {
    double seconds = 0;
    for (const TimemlDoc& doc : docs) {
      auto start = Clock::now();
      std::vector<Timex> sys = (*tagger)->Tag(doc.text, doc.dct);
      seconds += std::chrono::duration<double>(Clock::now() - start).count();
      if (pass > 0) continue;
      run->by_file[doc.path] = std::move(sys);
      run->bytes += doc.text.size();
      run->docs++;
    }
    run->parse_seconds = std::min(run->parse_seconds, seconds);
  }
  return true;
}

bool ReadPeer(const std::string& name, const std::string& path, SystemRun* run) {
  std::ifstream in(path);
  if (!in) {
    std::fprintf(stderr, "error: cannot read %s\n", path.c_str());
    return false;
  }
  run->name = name;
  bool has_stats = false;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    Json j = Json::parse(line, nullptr, /*allow_exceptions=*/false);
    if (j.is_discarded()) {
      std::fprintf(stderr, "error: %s: bad JSON line\n", path.c_str());
      return false;
    }
    if (j.contains("stats")) {
      const Json& s = j["stats"];
      run->version = s.value("version", "");
      run->parse_seconds = s.value("parse_seconds", 0.0);
      run->startup_seconds = s.value("startup_seconds", 0.0);
      run->bytes = s.value("bytes", 0L);
      run->docs = s.value("docs", 0L);
      has_stats = true;
      continue;
    }
    Timex t;
    t.span.begin = j.value("begin", 0u);
    t.span.end = j.value("end", 0u);
    t.value = j.value("value", "");
    t.type = ParseTimexType(j.value("type", "DATE"));
    run->by_file[j.value("file", "")].push_back(std::move(t));
  }
  if (!has_stats) std::fprintf(stderr, "warning: %s has no stats line (peer died?)\n", path.c_str());
  for (auto& [file, timexes] : run->by_file) {
    std::sort(timexes.begin(), timexes.end(),
              [](const Timex& a, const Timex& b) { return a.span.begin < b.span.begin; });
  }
  return true;
}

void ScoreAll(const std::vector<TimemlDoc>& docs, SystemRun* run) {
  static const std::vector<Timex> kNone;
  for (size_t i = 0; i < docs.size(); ++i) {
    auto it = run->by_file.find(docs[i].path);
    const std::vector<Timex>& sys = it == run->by_file.end() ? kNone : it->second;
    Score(docs[i].gold, sys, &run->all);
    ScoreDateTime(docs[i].gold, sys, &run->date_time);
    if (i % 5 == 4) {
      Score(docs[i].gold, sys, &run->held_all);
      ScoreDateTime(docs[i].gold, sys, &run->held_date_time);
    }
  }
}

double Ratio(double a, double b) { return b > 0 ? a / b : 0; }

void PrintTable(const char* title, const std::vector<SystemRun>& runs, bool held) {
  std::printf("\n%s\n\n", title);
  std::printf("| system | timexes | extent P | extent R | extent F1 | value F1 (all gold) "
              "| value F1 (DATE+TIME) | value acc. (DATE+TIME) |%s\n",
              held ? "" : " MB/s | docs/s | start-up s |");
  std::printf("|---|--:|--:|--:|--:|--:|--:|--:|%s\n", held ? "" : "--:|--:|--:|");
  for (const SystemRun& r : runs) {
    const Prf& a = held ? r.held_all : r.all;
    const Prf& d = held ? r.held_date_time : r.date_time;
    std::string name = r.version.empty() ? r.name : r.name + " " + r.version;
    std::printf("| %s | %d | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f |", name.c_str(), a.sys,
                a.P(a.relaxed), a.R(a.relaxed), a.F1(a.relaxed), a.F1(a.value), d.F1(d.value),
                d.relaxed ? double(d.value) / d.relaxed : 0);
    if (!held) {
      std::printf(" %.3f | %.0f | %.3f |", r.bytes / 1e6 / r.parse_seconds, r.docs / r.parse_seconds,
                  r.startup_seconds);
    }
    std::printf("\n");
  }
}

void PrintRatios(const std::vector<SystemRun>& runs) {
  if (runs.size() < 2) return;
  const SystemRun& s = runs[0];
  std::printf("\nRatios storyline / peer (all files; held-out value F1 in brackets)\n\n");
  std::printf("| peer | extent F1 | value F1 (all gold) | value F1 (DATE+TIME) | speed (MB/s) |\n");
  std::printf("|---|--:|--:|--:|--:|\n");
  for (size_t i = 1; i < runs.size(); ++i) {
    const SystemRun& p = runs[i];
    std::printf("| %s | %.2f× | %.2f× [%.2f×] | %.2f× [%.2f×] | %.1f× |\n", p.name.c_str(),
                Ratio(s.all.F1(s.all.relaxed), p.all.F1(p.all.relaxed)),
                Ratio(s.all.F1(s.all.value), p.all.F1(p.all.value)),
                Ratio(s.held_all.F1(s.held_all.value), p.held_all.F1(p.held_all.value)),
                Ratio(s.date_time.F1(s.date_time.value), p.date_time.F1(p.date_time.value)),
                Ratio(s.held_date_time.F1(s.held_date_time.value), p.held_date_time.F1(p.held_date_time.value)),
                Ratio(s.bytes / s.parse_seconds, p.bytes / p.parse_seconds));
  }
}

int Main(int argc, char** argv) {
  std::vector<std::string> dirs;
  std::vector<std::pair<std::string, std::string>> peers;
  bool dump = false;
  int passes = 3;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "--dump") {
      dump = true;
    } else if (arg == "--passes" && i + 1 < argc) {
      passes = std::max(1, std::atoi(argv[++i]));
    } else if (arg == "--peer" && i + 1 < argc) {
      std::string spec = argv[++i];
      size_t eq = spec.find('=');
      if (eq == std::string::npos) {
        std::fprintf(stderr, "error: --peer wants NAME=FILE, got %s\n", spec.c_str());
        return 1;
      }
      peers.emplace_back(spec.substr(0, eq), spec.substr(eq + 1));
    } else {
      dirs.push_back(arg);
    }
  }
  std::vector<TimemlDoc> docs;
  for (const std::string& path : TimemlPaths(dirs)) {
    TimemlDoc doc;
    if (ReadTimeml(path, &doc)) docs.push_back(std::move(doc));
  }
  if (docs.empty()) {
    std::fprintf(stderr, "usage: compare_peers --dump DIR...\n"
                         "       compare_peers [--passes N] [--peer NAME=OUT.jsonl]... DIR...  (TimeML .tml files)\n");
    return 1;
  }
  if (dump) return Dump(docs);

  std::vector<SystemRun> runs(1);
  if (!RunStoryline(docs, passes, &runs[0])) return 1;
  for (const auto& [name, path] : peers) {
    runs.emplace_back();
    if (!ReadPeer(name, path, &runs.back())) return 1;
    if (runs.back().bytes != runs[0].bytes || runs.back().docs != runs[0].docs) {
      std::fprintf(stderr, "warning: %s saw %ld docs / %ld bytes, storyline %ld / %ld\n", name.c_str(),
                   runs.back().docs, runs.back().bytes, runs[0].docs, runs[0].bytes);
    }
  }
  long bytes = 0;
  int gold = 0, date_time = 0;
  for (const TimemlDoc& doc : docs) {
    bytes += doc.text.size();
    gold += doc.gold.size();
    date_time += std::count_if(doc.gold.begin(), doc.gold.end(), IsDateOrTime);
  }
  for (SystemRun& r : runs) ScoreAll(docs, &r);
  std::printf("%zu docs, %.2f MB of text, %d gold TIMEX3 (%d DATE or TIME)\n", docs.size(), bytes / 1e6,
              gold, date_time);
  PrintTable("All files", runs, /*held=*/false);
  PrintTable("Held-out files (every 5th, as eval_timex)", runs, /*held=*/true);
  PrintRatios(runs);
  return 0;
}

}  // namespace
}  // namespace storyline::bench

int main(int argc, char** argv) { return storyline::bench::Main(argc, argv); }
