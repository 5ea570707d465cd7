#!/usr/bin/env python3
"""Builds the large name corpus from the OpenCorpora dictionary, in petrovich-eval's format.

    python3 -m venv /tmp/names-venv
    /tmp/names-venv/bin/pip install pymorphy3 pymorphy3-dicts-ru
    /tmp/names-venv/bin/python .ci/name-corpus.py /tmp/names
    MENTORDOCS_NAME_CORPUS=/tmp/names swift test --filter OpenCorporaCorpusTests
    # add MENTORDOCS_NAME_CORPUS_LIST=1 to list the names declined wrong

Writes firstnames.tsv (lexemes tagged Name), midnames.tsv (Patr) and surnames.tsv (Surn) into the
folder given (default /tmp/names): a header «lemma, word, grammemes», then one line a form,
«АБРАМ<TAB>АБРАМУ<TAB>мр,ед,дт», in upper case as petrovich-eval writes them. Only the singular
of the six cases (им рд дт вн тв пр): gen2, acc2, loc2 and voct are other cases and are left out,
and so are the forms marked informal (Иваныч in Иванович's lexeme), erroneous, distorted or as an
ending variant (-ою beside -ой), as petrovich-eval leaves them out. A lexeme holds a gender's
forms under that gender's own nominative: Абазев (мр) and Абазева (жр), Иванович and Ивановна; a
common-gender lexeme (Саша) is written once as мр-жр. Prints the dictionary's version.
"""
import sys
from importlib.metadata import version
from pathlib import Path

import pymorphy3

CASES = {"nomn": "им", "gent": "рд", "datv": "дт", "accs": "вн", "ablt": "тв", "loct": "пр"}
GENDERS = {"masc": "мр", "femn": "жр", "ms-f": "мр-жр"}
FILES = {"Name": "firstnames.tsv", "Patr": "midnames.tsv", "Surn": "surnames.tsv"}
SKIPPED = {"Infr", "Erro", "Dist", "V-oy", "V-ey", "V-ej", "V-be", "V-en", "V-ie", "V-bi", "V-sh"}


def lexemes(dictionary):
    """Yields (kind, paradigm forms) once a lexeme: the word at index 0 is its lemma."""
    seen = set()
    for word, tag, _, para_id, idx in dictionary.iter_known_words():
        if idx != 0:
            continue
        kind = next((k for k in FILES if k in tag.grammemes), None)
        if kind is None or (word, para_id) in seen:
            continue
        seen.add((word, para_id))
        paradigm = dictionary.paradigms[para_id]
        stem = dictionary.build_stem(paradigm, 0, word)
        yield kind, [(prefix + stem + suffix, form_tag)
                     for prefix, form_tag, suffix in dictionary.build_paradigm_info(para_id)]


def rows(forms):
    """The lines of one lexeme, gender by gender, in the order of the cases."""
    by_gender = {}
    for word, tag in forms:
        # pymorphy3's tag.gender leaves out the common gender, ms-f
        gender = next((g for g in GENDERS if g in tag.grammemes), None)
        if tag.number != "sing" or tag.case not in CASES or gender is None or tag.grammemes & SKIPPED:
            continue
        case_forms = by_gender.setdefault(gender, {}).setdefault(tag.case, [])
        if word not in case_forms:
            case_forms.append(word)
    for gender, cases in by_gender.items():
        if not all(case in cases for case in CASES):
            continue
        lemma = cases["nomn"][0].upper()
        for case, short in CASES.items():
            for word in cases[case]:
                yield f"{lemma}\t{word.upper()}\t{GENDERS[gender]},ед,{short}"


def main():
    folder = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/names")
    folder.mkdir(parents=True, exist_ok=True)
    dictionary = pymorphy3.MorphAnalyzer(lang="ru").dictionary
    lines = {kind: [] for kind in FILES}
    seen = {kind: set() for kind in FILES}
    for kind, forms in lexemes(dictionary):
        block = list(rows(forms))
        key = tuple(block)
        if block and key not in seen[kind]:
            seen[kind].add(key)
            lines[kind].extend(block)
    for kind, file in FILES.items():
        (folder / file).write_text("lemma\tword\tgrammemes\n" + "\n".join(lines[kind]) + "\n", encoding="utf-8")
        names = {(line.split("\t")[0], line.split("\t")[2].split(",")[0]) for line in lines[kind]}
        print(f"{file}: {len(names)} lemmas by gender, {len(lines[kind])} lines")
    meta = dictionary.meta
    print(f"OpenCorpora {meta.get('source_version')} (revision {meta.get('source_revision')}), "
          f"pymorphy3-dicts-ru {version('pymorphy3-dicts-ru')}")


if __name__ == "__main__":
    main()
