"""Entity memory: how the names in a labelled corpus were tagged, as features for new text.

For each word (matched without its clitics) the memory keeps how often it was tagged O, PERS,
LOC, ORG and MISC, and it keeps every multiword entity as a phrase. The tagger's features then
say "this word was a person in most of the training text" or "these three words were an
organisation there". At training time each block of sentences sees a memory built from the
other blocks only (a jackknife), so the model learns how far to trust the memory on text it has
not seen rather than learning that the memory is always right.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from qari.core.extract.bio import spans
from qari.core.extract.gazetteer import Gazetteer, norm, strip_clitics, written_key

__all__ = ["TYPES", "Memory"]

TYPES = ("PERS", "LOC", "ORG", "MISC")
_IDX = {"O": 0, "PERS": 1, "LOC": 2, "ORG": 3, "MISC": 4}
Labelled = Sequence[tuple[str, str]]


def _forms(word: str) -> tuple[str, ...]:
    return tuple(strip_clitics(norm(word))[1])


def _mostly_entities(sents: list[Labelled], tagged: dict[tuple[str, str], int]) -> dict[str, set[str]]:
    """The phrases tagged as an entity in at least half of the places they are written
    ("الكورية الشمالية", tagged a place once but mostly an adjective, is dropped)."""
    seen = dict.fromkeys((p for _, p in tagged), 0)
    lengths = {p.count(" ") + 1 for p in seen}
    for s in sents:
        words = [norm(w) for w, _ in s]
        for n in lengths:
            for i in range(len(words) - n + 1):
                key = " ".join(words[i : i + n])
                if key in seen:
                    seen[key] += 1
    out: dict[str, set[str]] = {t: set() for t in TYPES}
    for (typ, p), times in tagged.items():
        if 2 * times >= seen[p]:
            out[typ].add(p)
    return out


class Memory:
    """``counts[form]``: [O, PERS, LOC, ORG, MISC] for words tagged as an entity at least once;
    ``phrases``: multiword entities by longest match."""

    def __init__(self, counts: dict[str, list[int]], phrases: dict[str, set[str]]) -> None:
        self.counts = counts
        self.phrases = Gazetteer(phrases)

    @classmethod
    def from_sentences(cls, sents: Iterable[Labelled]) -> Memory:
        sents = list(sents)
        vocab = {norm(w) for s in sents for w, _ in s}
        raw: dict[str, list[int]] = {}
        tagged: dict[tuple[str, str], int] = {}
        for s in sents:
            for start, end, typ in spans([t for _, t in s]):
                if end - start > 1:
                    span = (typ, " ".join(norm(w) for w, _ in s[start:end]))
                    tagged[span] = tagged.get(span, 0) + 1
            for w, t in s:
                key = written_key(_forms(w), vocab)
                raw.setdefault(key, [0, 0, 0, 0, 0])[_IDX.get(t[2:], 0) if t != "O" else 0] += 1
        counts = {k: c for k, c in raw.items() if any(c[1:])}
        return cls(counts, _mostly_entities(sents, tagged))

    def word_features(self, forms: Sequence[str]) -> list[str]:
        c = next((self.counts[f] for f in reversed(forms) if f in self.counts), None)
        if c is None:
            return ["mem=none"]
        total = sum(c)
        out = []
        for j, typ in enumerate(TYPES, 1):
            if c[j]:
                frac = c[j] / total
                out.append(f"mem={typ}:" + ("all" if frac == 1 else "hi" if frac >= 0.5 else "lo"))
        if c[0] / total >= 0.5:
            out.append("mem=mostlyO")
        return out

    def match_phrases(self, forms: list[tuple[str, ...]], starts: Sequence[bool] | None = None) -> list[str]:
        return self.phrases.match_multi(forms, starts)

    # -- persistence: one TSV, "w<TAB>form<TAB>O PERS LOC ORG MISC" or "p<TAB>TYPE<TAB>phrase"
    def save(self, path: Path) -> None:
        lines = [f"w\t{k}\t{' '.join(map(str, c))}" for k, c in sorted(self.counts.items())]
        for typ in TYPES:
            for parts, cls in sorted(
                (p, c) for lst in self.phrases.multi.values() for p, c in lst if c == typ
            ):
                lines.append(f"p\t{cls}\t{' '.join(parts)}")
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")

    @classmethod
    def load(cls, path: Path) -> Memory:
        counts: dict[str, list[int]] = {}
        phrases: dict[str, set[str]] = {t: set() for t in TYPES}
        for line in path.read_text(encoding="utf-8").splitlines():
            kind, _, rest = line.partition("\t")
            a, _, b = rest.partition("\t")
            if kind == "w":
                counts[a] = [int(x) for x in b.split()]
            elif kind == "p" and a in phrases:
                phrases[a].add(b)
        return cls(counts, phrases)
