#!/usr/bin/env python3
"""Sorts the quotes stage's span boundary errors by kind.

    boundary_mismatches.py DIR PREDICTIONS.tsv TYPE [KIND-SUBSTRING|all]

DIR is a PolNeAR-style directory (text/, attributions/) and PREDICTIONS.tsv
what `eval_attribution DIR PREDICTIONS.tsv` wrote for it; TYPE is Source,
Content or Cue. For every gold span of that type that a prediction overlaps
but does not match exactly, the words the prediction has too many or too few
at the start and at the end are sorted into kinds (a determiner, a title, a
possessive, ", who …", "of X", "and Y", a complementizer, punctuation, …) by
their first word, and the kinds are printed with counts, most frequent first.
With a fourth argument, the gold / predicted pairs of the matching kinds are
printed too. Only the first .ann of an article counts, as eval_attribution
scores it. Stdlib only.
"""
import collections
import os
import re
import sys

DETERMINERS = {'the', 'a', 'an', 'this', 'that', 'these', 'those', 'some', 'many', 'most',
               'several', 'all', 'both', 'other', 'another', 'one', 'any', 'no'}
OPENERS = {'that', 'whether', 'if', 'how', 'what', 'why', 'when', 'to'}
CONJUNCTIONS = {'but', 'and', 'so', 'yet', 'because', 'while', 'as'}
PREPOSITIONS = {'in', 'at', 'on', 'for', 'from', 'with', 'to', 'by', 'about'}


def words_of(text):
    return [w.lower().strip('“”"‘’,.') for w in text.split()]


def start_kind(text, titles):
    words = text.split()
    lower = words_of(text)
    if lower[0] in DETERMINERS:
        return 'determiner' if len(words) == 1 else 'determiner + words'
    if lower[0] in OPENERS:
        return 'clause opener "%s"' % lower[0]
    if lower[0] in CONJUNCTIONS:
        return 'conjunction "%s"' % lower[0]
    if any(w.endswith("'s") or w.endswith('’s') for w in words):
        return 'possessive'
    if lower[0] in titles or lower[-1] in titles:
        return 'title'
    if all(w[:1].isupper() for w in words):
        return 'capitalised words'
    if text.endswith(','):
        return 'fronted phrase and comma'
    return 'other'


def end_kind(text):
    lower = words_of(text)
    if text.startswith(','):
        if re.match(r',\s*(who|which|whose|that)\b', text):
            return 'relative clause'
        if re.match(r',\s*(the|a|an|his|her|their|its)\b', text, re.I):
            return 'appositive (determiner)'
        return 'comma and more'
    if text.startswith('('):
        return 'parenthesis'
    if lower[0] == 'of':
        return '"of X"'
    if lower[0] in ('and', 'or', '&'):
        return '"and Y"'
    if lower[0] in ('who', 'which', 'that', 'whose'):
        return 'relative clause, no comma'
    if lower[0] in PREPOSITIONS:
        return 'preposition "%s"' % lower[0]
    if lower[0] in ("'s", '’s'):
        return 'possessive s'
    if text[:1].isupper():
        return 'capitalised words'
    return 'other'


def kind(side, text, titles):
    stripped = text.strip()
    if not stripped:
        return 'space'
    if re.fullmatch(r'[\W_]+', stripped):
        return 'punctuation ' + stripped
    return start_kind(stripped, titles) if side == 'start' else end_kind(stripped)


def gold_spans(ann, span_type):
    spans = []
    with open(ann, encoding='utf-8') as f:
        for line in f:
            fields = line.rstrip('\n').split('\t')
            if not line.startswith('T') or len(fields) < 2 or ' ' not in fields[1]:
                continue
            found_type, offsets = fields[1].split(' ', 1)
            if found_type != span_type:
                continue
            nums = [int(x) for x in offsets.replace(';', ' ').split()]
            spans.append((min(nums[0::2]), max(nums[1::2])))
    return spans


def first_annotations(directory):
    first = {}
    for name in sorted(os.listdir(os.path.join(directory, 'attributions'))):
        stem = name[:-4]
        article = stem[:stem.rfind('_')]
        first.setdefault(article, os.path.join(directory, 'attributions', name))
    return first


def main():
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    directory, predictions, span_type = sys.argv[1:4]
    show = sys.argv[4] if len(sys.argv) > 4 else None
    data = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'data', 'quotes')
    with open(os.path.join(data, 'titles.tsv'), encoding='utf-8') as f:
        titles = {l.split('\t')[0].strip().lower() for l in f if l.strip() and not l.startswith('#')}
    predicted = collections.defaultdict(list)
    with open(predictions, encoding='utf-8') as f:
        for line in f:
            fields = line.rstrip('\n').split('\t')
            if fields[1] == span_type:
                predicted[fields[0]].append((int(fields[2]), int(fields[3])))
    counts = collections.Counter()
    examples = collections.defaultdict(list)
    total = exact = missed = 0
    for article, ann in first_annotations(directory).items():
        with open(os.path.join(directory, 'text', article + '.txt'), encoding='utf-8',
                  errors='replace') as f:
            text = f.read()
        for g in gold_spans(ann, span_type):
            total += 1
            if g in predicted[article]:
                exact += 1
                continue
            overlapping = [p for p in predicted[article] if p[0] < g[1] and g[0] < p[1]]
            if not overlapping:
                missed += 1
                continue
            p = max(overlapping, key=lambda p: min(p[1], g[1]) - max(p[0], g[0]))
            found = []
            if p[0] < g[0]:
                found.append('start, extra: ' + kind('start', text[p[0]:g[0]], titles))
            if p[0] > g[0]:
                found.append('start, missing: ' + kind('start', text[g[0]:p[0]], titles))
            if p[1] > g[1]:
                found.append('end, extra: ' + kind('end', text[g[1]:p[1]], titles))
            if p[1] < g[1]:
                found.append('end, missing: ' + kind('end', text[p[1]:g[1]], titles))
            for k in found:
                counts[k] += 1
                examples[k].append('gold [%s] predicted [%s]' % (
                    text[g[0]:g[1]].replace('\n', ' '), text[p[0]:p[1]].replace('\n', ' ')))
    print('%s: gold %d, exact %d, no overlap %d, boundary errors %d' %
          (span_type, total, exact, missed, total - exact - missed))
    for k, n in counts.most_common():
        print('%5d  %s' % (n, k))
        if show and (show == 'all' or show in k):
            for e in examples[k]:
                print('         ' + e[:300])


if __name__ == '__main__':
    main()
