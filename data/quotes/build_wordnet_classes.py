#!/usr/bin/env python3
"""Writes wordnet_classes.tsv: word form -> WordNet semantic classes.

Tool of a measured and dropped experiment (issue 5, data/quotes/README.md,
"WordNet classes"): the classes as cue-model features, and as candidates for
speech, stance and belief words seen once or never in PolNeAR train
("concede", "reckon", "insinuated"), moved cue F1 on three train splits by
+0.003 on average, within seed noise, so nothing loads the file and it is not
committed. Kept so that the experiment can be rerun.

WordNet files every sense under a lexicographer file (verb.communication,
verb.cognition, ...); a form gets a tag when one of its lemma's first three
senses (WordNet orders senses by frequency) is filed under an interesting one:

  vcom verb.communication   vcog verb.cognition   vemo verb.emotion
  vper verb.perception      ncom noun.communication  ncog noun.cognition
  v1   the first verb sense is one of the four verb classes above
  n1   the first noun sense is one of the two noun classes above

Inflected forms (claims, claimed, claiming, denied, admitted; irregular forms
from verb.exc / noun.exc) get their lemma's tags, so a reader needs no
lemmatizer. Forms with no tag are left out (25k forms, 450 KB). The output
starts with WordNet's licence notice, which asks for it on every copy.

Usage (stdlib only; Debian package wordnet-base):
  python3 data/quotes/build_wordnet_classes.py /usr/share/wordnet > wordnet_classes.tsv
"""
import collections
import os
import sys

# Lexicographer file numbers (WordNet 3.0 lexnames).
VERB_TAGS = {32: "vcom", 31: "vcog", 37: "vemo", 39: "vper"}
NOUN_TAGS = {10: "ncom", 9: "ncog"}
SENSES = 3  # past the third sense, a class is rare usage ("tell" as counting)
VOWELS = set("aeiou")


def read_lexfiles(path):
    """synset offset -> lexicographer file number, from a data.POS file."""
    lexfile = {}
    with open(path, encoding="latin-1") as f:
        for line in f:
            if line.startswith("  "):  # licence header
                continue
            fields = line.split(" ", 2)
            lexfile[fields[0]] = int(fields[1])
    return lexfile


def read_index(path):
    """lemma -> synset offsets in sense order, from an index.POS file."""
    senses = {}
    with open(path, encoding="latin-1") as f:
        for line in f:
            if line.startswith("  "):
                continue
            fields = line.split()
            lemma, synset_cnt, ptr_cnt = fields[0], int(fields[2]), int(fields[3])
            if "_" in lemma or not lemma.isalpha():
                continue  # tokens are single words
            offsets = fields[4 + ptr_cnt + 2:]
            senses[lemma] = offsets[:synset_cnt]
    return senses


def lemma_tags(index, lexfile, tag_of, first_tag):
    tags = {}
    for lemma, offsets in index.items():
        files = [lexfile[o] for o in offsets]
        t = {tag_of[x] for x in files[:SENSES] if x in tag_of}
        if files and files[0] in tag_of:
            t.add(first_tag)
        if t:
            tags[lemma] = t
    return tags


def cvc(word):
    """Ends consonant-vowel-consonant ("admit", "stop"): the final consonant may double."""
    return (len(word) >= 3 and word[-1] not in VOWELS | set("wxy") and word[-2] in VOWELS
            and word[-3] not in VOWELS)


def plural_s(word):
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return [word + "es"]
    if word.endswith("y") and len(word) > 1 and word[-2] not in VOWELS:
        return [word[:-1] + "ies"]
    return [word + "s"]


def verb_forms(verb):
    # Both spellings where doubling is uncertain ("admitted" but "visited"):
    # the wrong one never occurs in text, so it costs only a line.
    forms = plural_s(verb)
    if verb.endswith("e"):
        forms.append(verb + "d")
    elif verb.endswith("y") and verb[-2:-1] not in VOWELS:
        forms.append(verb[:-1] + "ied")
    else:
        forms.append(verb + "ed")
    if verb.endswith("ie"):
        forms.append(verb[:-2] + "ying")
    elif verb.endswith("e") and not verb.endswith(("ee", "ye", "oe")):
        forms.append(verb[:-1] + "ing")
    else:
        forms.append(verb + "ing")
    if cvc(verb):
        forms += [verb + verb[-1] + "ed", verb + verb[-1] + "ing"]
    return forms


def read_exceptions(path):
    """irregular form -> lemmas ("said" -> say)."""
    exc = collections.defaultdict(list)
    with open(path, encoding="latin-1") as f:
        for line in f:
            fields = line.split()
            exc[fields[0]] += fields[1:]
    return exc


def main():
    wn = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/wordnet"
    out = collections.defaultdict(set)
    for pos, tag_of, first_tag, forms_of in (("verb", VERB_TAGS, "v1", verb_forms),
                                             ("noun", NOUN_TAGS, "n1", plural_s)):
        lexfile = read_lexfiles(os.path.join(wn, "data." + pos))
        tags = lemma_tags(read_index(os.path.join(wn, "index." + pos)), lexfile, tag_of, first_tag)
        for lemma, t in tags.items():
            for form in [lemma] + forms_of(lemma):
                out[form] |= t
        for form, lemmas in read_exceptions(os.path.join(wn, pos + ".exc")).items():
            for lemma in lemmas:
                out[form] |= tags.get(lemma, set())
    with open("/usr/share/doc/wordnet-base/copyright", encoding="utf-8") as f:
        notice = f.read().split("License: WordNet3.0\n", 1)[1].split("\nFiles:", 1)[0]
    print("# Generated by data/quotes/build_wordnet_classes.py from WordNet 3.0 (Debian wordnet-base);")
    print("# see data/quotes/README.md. word form<TAB>tags (vcom vcog vemo vper ncom ncog v1 n1).")
    print("# WordNet's licence, which asks that this notice appear on all copies:")
    print("#")
    for line in notice.rstrip().splitlines():
        line = line.strip()
        print("#" if line == "." else "# " + line)
    for form in sorted(out):
        if out[form]:
            print(form + "\t" + " ".join(sorted(out[form])))


if __name__ == "__main__":
    main()
