"""The dictionary-class features of the NER tagger (``lx=``): is a word, without its clitics and a
few suffixes, a noun, verb or function word of the Arramooz dictionary
(``resources/gazetteers/arabic-words.tsv``), or none of them (most foreign names)?"""

from __future__ import annotations

from collections.abc import Sequence

from qari.core.extract.gazetteer import LexiconSets

__all__ = ["lexicon_features"]

_CACHE_MAX = 300_000
_SUFFIXES = ("ات", "ون", "ين", "ان", "ه", "يه", "ي", "ها", "هم", "هما", "هن", "كم", "نا")
_PAST_ENDINGS = ("ت", "وا", "ا", "تا")


_VERB_CLASSES = frozenset(("verb", "verbi"))


def lexicon_features(
    lexicon: LexiconSets,
    forms: Sequence[str],
    stem: str,
    person: bool = False,
    memo: dict[str, frozenset[str]] | None = None,
) -> list[str]:
    """Is the word, without its clitics (and article) and a few suffixes, a dictionary noun, verb
    (past, with a person ending, or imperfect) or function word? "lx=none" when it is none of
    them: most transliterated foreign names. ``person``: the word is in the people lists (its
    verb readings become "lx=pname"). ``memo``: the classes of each form seen (words share
    their clitic-stripped forms: والكتاب، بالكتاب)."""
    got: set[str] = set()
    for f in {*forms, stem}:
        c = memo.get(f) if memo is not None else None
        if c is None:
            c = _form_classes(lexicon, f)
            if memo is not None:
                if len(memo) >= _CACHE_MAX:
                    memo.clear()
                memo[f] = c
        got |= c
    if person and got & _VERB_CLASSES:
        # a given name or a person's name in the lists that also reads as a verb (أحمد "I praise",
        # يزيد "he adds"): the lists are the better evidence, the verb reading is dropped
        got = (got - _VERB_CLASSES) | {"pname"}
    return ["lx=" + g for g in sorted(got)] if got else ["lx=none"]


def _form_classes(lex: LexiconSets, f: str) -> frozenset[str]:
    got: set[str] = set()
    if f in lex.stops:
        got.add("stop")
    nouns, verbs, imperfect = lex.nouns, lex.verbs, lex.imperfect
    xs = [f]
    for sfx in _SUFFIXES:
        if f.endswith(sfx) and len(f) - len(sfx) >= 2:
            xs.append(f[: -len(sfx)])
    for x in xs:
        if x in nouns:
            got.add("noun")
        if x in verbs:
            got.add("verb")
        if len(x) > 3 and x[0] in "يتنا" and x[1:] in imperfect:
            got.add("verbi")
    for e in _PAST_ENDINGS:
        if f.endswith(e) and f[: -len(e)] in verbs:
            got.add("verb")
    return frozenset(got)
