// Reading PolNeAR's brat standoff files, shared by the quotes benches: the
// text-bound annotations ("T" lines) with their type and character-offset
// fragments. Header-only: two small programs use it.
#ifndef STORYLINE_BENCH_QUOTES_BRAT_H_
#define STORYLINE_BENCH_QUOTES_BRAT_H_

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

namespace storyline::bench {

inline std::string ReadFile(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

// One "T" line: "T3<TAB>Cue 10 14;20 25<TAB>said ..." -> {"Cue", {{10,14},{20,25}}}.
struct BratSpan {
  std::string type;
  std::vector<std::pair<uint32_t, uint32_t>> fragments;  // character offsets
};

inline std::vector<BratSpan> ReadBratSpans(const std::filesystem::path& ann) {
  std::vector<BratSpan> out;
  std::ifstream in(ann);
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] != 'T') continue;
    std::istringstream fields(line.substr(line.find('\t') + 1));
    BratSpan span;
    std::string offsets;
    fields >> span.type;
    std::getline(fields, offsets, '\t');
    for (char& c : offsets) if (c == ';') c = ' ';
    std::istringstream nums(offsets);
    uint32_t b, e;
    while (nums >> b >> e) span.fragments.push_back({b, e});
    out.push_back(std::move(span));
  }
  return out;
}

// PolNeAR has one .ann per article and annotator ("<article>_<annotator>.ann"):
// the first one (in path order) of each article under dir/attributions.
inline std::map<std::string, std::filesystem::path> FirstAnnotations(
    const std::filesystem::path& dir) {
  std::map<std::string, std::filesystem::path> first;
  for (const auto& entry : std::filesystem::directory_iterator(dir / "attributions")) {
    std::string stem = entry.path().stem().string();
    std::string name = stem.substr(0, stem.rfind('_'));
    if (!first.count(name) || entry.path() < first[name]) first[name] = entry.path();
  }
  return first;
}

}  // namespace storyline::bench

#endif  // STORYLINE_BENCH_QUOTES_BRAT_H_
