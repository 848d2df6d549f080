#!/usr/bin/env python3
"""How far PolNeAR's annotators agree with each other: the ceiling for a system
scored against one of them.

    python3 bench/quotes/annotator_agreement.py ATTRIBUTIONS_DIR

For every article with two or more .ann files (NAME_<annotator>.ann), the first
two are compared, the first taken as gold: exact and overlap F1 of the Cue,
Source and Content spans, each kind on its own, matched one-to-one (greedy, in
text order), a discontinuous span counted from its first to its last fragment,
as bench/quotes/eval_attribution reads gold. Standard library only.
"""
import collections
import os
import sys

KINDS = ("Cue", "Source", "Content")


def read_spans(path):
    spans = collections.defaultdict(list)
    with open(path, encoding="utf-8") as f:
        for line in f:
            fields = line.rstrip("\n").split("\t")
            if not line.startswith("T") or len(fields) < 2:
                continue
            kind, _, offsets = fields[1].partition(" ")
            if kind in KINDS:
                numbers = [int(x) for x in offsets.replace(";", " ").split()]
                spans[kind].append((min(numbers), max(numbers)))
    return spans


def matched(gold, predicted, exact):
    used = [False] * len(predicted)
    hits = 0
    for g in sorted(gold):
        for i, p in enumerate(predicted):
            if not used[i] and (p == g if exact else p[0] < g[1] and g[0] < p[1]):
                used[i] = True
                hits += 1
                break
    return hits


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: annotator_agreement.py ATTRIBUTIONS_DIR")
    root = sys.argv[1]
    by_article = collections.defaultdict(list)
    for name in sorted(os.listdir(root)):
        if name.endswith(".ann"):
            by_article[name.rsplit("_", 1)[0]].append(os.path.join(root, name))
    totals = collections.defaultdict(lambda: [0, 0, 0])  # hits, gold, predicted
    articles = 0
    for files in by_article.values():
        if len(files) < 2:
            continue
        articles += 1
        first, second = read_spans(files[0]), read_spans(files[1])
        for kind in KINDS:
            for exact in (True, False):
                t = totals[(kind, exact)]
                t[0] += matched(first[kind], second[kind], exact)
                t[1] += len(first[kind])
                t[2] += len(second[kind])
    print(f"{articles} articles annotated twice or more (first two annotators compared)")
    for kind in KINDS:
        cells = []
        for exact in (True, False):
            hits, gold, predicted = totals[(kind, exact)]
            p = hits / predicted if predicted else 0.0
            r = hits / gold if gold else 0.0
            f1 = 2 * p * r / (p + r) if p + r else 0.0
            cells.append(f"{'exact' if exact else 'overlap'} F1 {f1:.3f}")
        print(f"{kind:<8} {cells[0]}  {cells[1]}  ({totals[(kind, True)][1]} spans)")


if __name__ == "__main__":
    main()
