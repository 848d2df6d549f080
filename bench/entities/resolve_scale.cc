// resolve_scale N: feeds N synthetic mentions (documents of 20 mentions, 50
// documents a story, names drawn from a pool of person/org/place names with
// spelling variants) to link::EntityResolver and prints seconds, mentions/s,
// entities and peak RSS. Shows the blocking keeps resolution near-linear.
#include <sys/resource.h>

#include <chrono>
#include <iostream>
#include <random>

#include "src/core/data_dir.h"
#include "src/link/entity_resolver.h"

int main(int argc, char** argv) {
  using namespace storyline;
  size_t n = argc > 1 ? std::stoul(argv[1]) : 1000000;
  auto resolver = link::EntityResolver::Create(DefaultDataDir());
  if (!resolver.ok()) { std::cerr << resolver.status() << "\n"; return 1; }
  const char* first[] = {"Omar", "Ivan", "Leila", "Sergei", "Amal", "Pavel", "Rami", "Olga"};
  const char* last[] = {"Haddadi", "Haddada", "Petrov", "Petrova", "Nasser", "Naser", "Volkov", "Kassem"};
  const EntityType types[] = {EntityType::kPerson, EntityType::kOrganization, EntityType::kLocation};
  std::mt19937 rng(7);
  size_t done = 0, doc = 0;
  double secs = 0;
  while (done < n) {
    std::string text;
    std::vector<Mention> mentions;
    for (int i = 0; i < 20 && done < n; ++i, ++done) {
      std::string name = std::string(first[rng() % 8]) + " " + last[rng() % 8] + " " +
                         std::to_string(rng() % 5000);  // 5000 x 64 distinct base names
      Mention m;
      m.span = {static_cast<uint32_t>(text.size()), static_cast<uint32_t>(text.size() + name.size())};
      m.type = types[rng() % 3];
      mentions.push_back(m);
      text += name + " ";
    }
    auto start = std::chrono::steady_clock::now();
    (*resolver)->Add("d" + std::to_string(doc), text, mentions, "s" + std::to_string(doc / 50));
    secs += std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    ++doc;
  }
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  std::cout << n << " mentions in " << secs << " s (" << n / secs << " mentions/s), "
            << (*resolver)->Entities().size() << " entities, peak RSS " << usage.ru_maxrss / 1024 << " MB\n";
  return 0;
}
