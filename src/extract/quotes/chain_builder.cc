// Chains. An attribution whose cue lies inside another's content is relayed by
// it ("according to A, this was reported by B" -> [A, B]; "X said an official
// told him" -> [X, an official]). Then come the outlet the speaker talked to
// ("told Interfax" -> [Interfax, Bogdanov]), the speaker, and whom it cites.
// A chain made only of outlets, two or more long, is the article telling how
// it got its story: it prefixes the chains of later attributions whose chain
// does not already start inside it. One outlet alone is not enough, because
// "the Syrian Observatory reported" says nothing about the rest of the article.
#include "src/extract/quotes/chain_builder.h"

#include <algorithm>
#include <string>

#include "src/extract/quotes/noun_phrase.h"

namespace storyline::quotes {
namespace {

void Append(std::vector<std::string>* chain, const std::string& name) {
  if (!name.empty() && (chain->empty() || chain->back() != name)) chain->push_back(name);
}

std::string CitedName(const DocView& v, TokenRange r) {
  const OutletEntry* e = nullptr;
  for (int i = r.begin; i < r.end; ++i) {
    if (OutletAt(v, i, r.end, &e) > 0) return e->name;
  }
  return std::string(v.Text(v.Span(r.begin, r.end)));
}

// Contents lie next to their cues, so a container is among the neighbours in
// document order; looking no further keeps a flood of cues linear.
constexpr size_t kContainerReach = 64;

// The innermost attribution (other than `self`) whose content holds `cue`.
const ResolvedAttribution* Container(const std::vector<ResolvedAttribution>& all, size_t self,
                                     ByteSpan cue) {
  const ResolvedAttribution* best = nullptr;
  const size_t first = self > kContainerReach ? self - kContainerReach : 0;
  const size_t last = std::min(all.size(), self + kContainerReach + 1);
  for (size_t j = first; j < last; ++j) {
    const ByteSpan& c = all[j].attribution.content;
    if (j == self || !c.Contains(cue)) continue;
    if (best == nullptr || best->attribution.content.Contains(c)) best = &all[j];
  }
  return best;
}

bool AllOutlets(const DocView& v, const std::vector<std::string>& chain) {
  if (chain.size() < 2) return false;
  return std::all_of(chain.begin(), chain.end(),
                     [&](const std::string& n) { return v.lexicon->FindOutlet(n) != nullptr || LooksLikeSite(n); });
}

void ApplyContext(const std::vector<std::string>& context, std::vector<std::string>* chain) {
  if (context.empty() || chain->empty()) return;
  auto at = std::find(context.begin(), context.end(), chain->front());
  std::vector<std::string> out(context.begin(), at);
  out.insert(out.end(), chain->begin(), chain->end());
  *chain = std::move(out);
}

}  // namespace

void BuildChains(const DocView& v, std::vector<ResolvedAttribution>* all) {
  // Containers first: process in order of content size, largest first.
  std::vector<size_t> order(all->size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    return (*all)[a].attribution.content.size() > (*all)[b].attribution.content.size();
  });
  for (size_t i : order) {
    ResolvedAttribution& r = (*all)[i];
    const Attribution& a = r.attribution;
    std::vector<std::string> chain;
    ByteSpan cue = v.Span(a.cue.begin, a.cue.end);
    if (const ResolvedAttribution* outer = Container(*all, i, cue)) chain = outer->chain;
    if (a.addressee.end > a.addressee.begin) Append(&chain, CitedName(v, a.addressee));
    Append(&chain, r.speaker.name);
    for (const TokenRange& y : a.cited) Append(&chain, CitedName(v, y));
    r.chain = std::move(chain);
  }
  std::vector<std::string> context;
  for (ResolvedAttribution& r : *all) {
    if (AllOutlets(v, r.chain)) { context = r.chain; continue; }
    ApplyContext(context, &r.chain);
  }
}

}  // namespace storyline::quotes
