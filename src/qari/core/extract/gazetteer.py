"""Name lists for the NER features: single words by class, multiword entries by longest match.

Lists live in ``resources/gazetteers/<CLASS>.txt`` (one normalized entry a line), written by
``python -m qari.tools.build_gazetteers``. Entries are normalized with :func:`norm`.
"""

from __future__ import annotations

import re
from collections.abc import Container, Sequence
from functools import cache
from pathlib import Path

__all__ = ["CLASSES", "LEXICON_NAME", "Gazetteer", "LexiconSets", "norm", "strip_clitics", "written_key"]

LEXICON_NAME = "arabic-words.tsv"  # Arramooz's nouns, verbs and function words (build_lexicon)
CLASSES = ("PERS", "PERS_FIRST", "LOC", "LOC_COUNTRY", "LOC_CITY", "ORG", "MISC")
_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u200c\u200d]")
_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه"})


def norm(word: str) -> str:
    """Matching form: no tashkeel or tatweel, alef forms unified, ى→ي, ة→ه."""
    return _MARKS.sub("", word).translate(_FOLD)


_CONJ = "وف"
_PREP = "بلك"


def strip_clitics(n: str) -> tuple[str, list[str]]:
    """(clitic prefix, lookup forms): the word, without و/ف, without a preposition, with لل→ال."""
    forms = [n]
    prefix = ""
    w = n
    if len(w) > 3 and w[0] in _CONJ:
        prefix += w[0]
        w = w[1:]
        forms.append(w)
    if len(w) > 3 and w[0] in _PREP:
        if w[0] == "ل" and w[1] == "ل" and len(w) > 4:
            prefix += "لل"
            w = "ال" + w[2:]
        else:
            prefix += w[0]
            w = w[1:]
        forms.append(w)
    return prefix, forms


def written_key(forms: Sequence[str], vocab: Container[str]) -> str:
    """A word's shortest clitic-stripped form that is itself written in ``vocab`` (لبوتين →
    بوتين, but بوتين stays بوتين rather than losing its ب as a "preposition")."""
    return next((f for f in reversed(forms[1:]) if f in vocab), forms[0])


def _gazetteer_dir() -> Path:
    try:
        from qari.resources import resource_path

        return resource_path("gazetteers")
    except (ImportError, FileNotFoundError):
        return Path(__file__).resolve().parents[4] / "resources" / "gazetteers"


class Gazetteer:
    """``words[w]``: classes of single-word entries; ``multi``: first word → entries (as tuples)."""

    def __init__(self, entries: dict[str, set[str]], lexicon: dict[str, str] | None = None) -> None:
        self.lexicon = lexicon or {}  # normalized word -> its dictionary classes ("n", "v", "s")
        self._lexicon_sets: LexiconSets | None = None
        self.words: dict[str, tuple[str, ...]] = {}
        self.multi: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        single: dict[str, set[str]] = {}
        for cls, names in entries.items():
            for name in names:
                parts = tuple(norm(name).split())
                if len(parts) == 1:
                    single.setdefault(parts[0], set()).add(cls)
                elif len(parts) > 1:
                    self.multi.setdefault(parts[0], []).append((parts, cls))
        self.words = {w: tuple(sorted(c)) for w, c in single.items()}
        for lst in self.multi.values():
            lst.sort(key=lambda e: -len(e[0]))

    @classmethod
    def load(cls, directory: Path | None = None) -> Gazetteer:
        directory = directory or _gazetteer_dir()
        entries: dict[str, set[str]] = {}
        for c in CLASSES:
            path = directory / f"{c}.txt"
            if path.is_file():
                entries[c] = {ln.strip() for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()}
        lex = directory / LEXICON_NAME
        lexicon = None
        if lex.is_file():
            lexicon = dict(ln.split("\t") for ln in lex.read_text(encoding="utf-8").splitlines() if "\t" in ln)
        return cls(entries, lexicon)

    def lexicon_sets(self) -> LexiconSets:
        """The dictionary as the look-ups of the NER features ask it (built on first use)."""
        if self._lexicon_sets is None:
            self._lexicon_sets = LexiconSets(self.lexicon)
        return self._lexicon_sets

    def match_multi(self, forms: list[tuple[str, ...]], starts: Sequence[bool] | None = None) -> list[str]:
        """Longest-match multiword tags over a sentence: "B-CLS"/"I-CLS" or "" per position.

        ``forms[i]`` are the candidate normalized forms of token i (the word, then with clitics
        stripped); the first token of an entry may carry clitics, the others must match as written.
        ``starts[i]``, if given, says whether any of ``forms[i]`` is the first word of an entry
        (False: the position is skipped, as the look-ups would find nothing there).
        """
        n = len(forms)
        out = [""] * n
        firsts = [f[0] for f in forms]
        i = 0
        while i < n:
            if starts is not None and not starts[i]:
                i += 1
                continue
            best = 0
            best_cls = ""
            for f in forms[i]:
                for parts, c in self.multi.get(f, ()):
                    k = len(parts)
                    if k <= best or i + k > n:
                        continue
                    # most entries differ at their second word: that is compared first
                    if k == 1 or (parts[1] == firsts[i + 1] and tuple(firsts[i + 2 : i + k]) == parts[2:]):
                        best, best_cls = k, c
                        break
            if best:
                out[i] = "B-" + best_cls
                for j in range(i + 1, i + best):
                    out[j] = "I-" + best_cls
                i += best
            else:
                i += 1
        return out


class LexiconSets:
    """``nouns``: the dictionary's nouns, and each noun in ه without it (a word + ه is a noun);
    ``verbs``: its verbs; ``imperfect``: what follows ي/ت/ن/ا in an imperfect verb (a verb, or a
    verb in ا without it); ``stops``: its function words. One set look-up for each question."""

    __slots__ = ("imperfect", "nouns", "stops", "verbs")

    def __init__(self, lexicon: dict[str, str]) -> None:
        self.nouns = {w for w, c in lexicon.items() if "n" in c}
        self.nouns |= {w[:-1] for w in self.nouns if w.endswith("ه")}
        self.verbs = {w for w, c in lexicon.items() if "v" in c}
        self.imperfect = self.verbs | {w[1:] for w in self.verbs if w.startswith("ا")}
        self.stops = {w for w, c in lexicon.items() if "s" in c}


@cache
def default_gazetteer() -> Gazetteer:
    return Gazetteer.load()
