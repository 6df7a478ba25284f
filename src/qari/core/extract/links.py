"""Once the names of an article are chosen: which other name each one is written for («(واس)»
after وكالة الأنباء السعودية), and type fixes that need the whole list (a fragment of a person's
name, a name listed beside organisations)."""

from __future__ import annotations

from qari.core.extract.cands import LETTERS, is_common, person_word
from qari.core.extract.doc import Doc
from qari.core.extract.names import PUNCT

__all__ = ["acronyms", "listed_with_organisations", "people_parts"]

_ACRONYM_OPEN, _ACRONYM_CLOSE = "(", ")"


def acronyms(doc: Doc, chosen: list[tuple[int, int, tuple[str, ...]]], types: dict) -> dict:
    """«… (ACRONYM)» right after a name: the acronym is another form of that name."""
    keys, n = doc.keys, len(doc.keys)
    out: dict[tuple[str, ...], tuple[str, ...]] = {}
    for _a, b, name in chosen:
        if b + 2 >= n or keys[b] != _ACRONYM_OPEN or types.get(name) not in ("ORG", "MISC"):
            continue
        e = b + 1
        while e < n and e - b <= 5 and keys[e] not in PUNCT:
            e += 1
        if e >= n or keys[e] != _ACRONYM_CLOSE or e == b + 1 or (e + 1 < n and keys[e + 1] in "-–—"):
            continue  # «أربيل (كوردستان 24) -» is a dateline
        inner = tuple(keys[b + 1 : e])
        latin = all(k.isascii() and k.isupper() for k in inner)
        letters = len(inner) >= 2 and all(k in LETTERS for k in inner)
        plain = len(inner) == 1 and not (person_word(inner[0]) or is_common(inner[0]))  # «(واس)»
        word = len(inner) == 1 and (types.get(inner) == types[name] or plain)
        if (latin or letters or word) and inner != name:
            out[inner] = name
            types[inner] = types[name]
    return out


_QUOTES = frozenset('"«»“”„')


def listed_with_organisations(
    doc: Doc, chosen: list[tuple[int, int, tuple[str, ...]]], types: dict, crf_only: set
) -> None:
    """«"غوغل" و"مايكروسوفت" و"أوبن إيه آي"»: a name the tagger alone called MISC, joined by و
    to an organisation in a list, is an organisation too."""
    ends = {b: name for _a, b, name in chosen}
    keys = doc.keys
    for a, _b, name in chosen:
        if types.get(name) != "MISC" or name not in crf_only:
            continue
        t = a - 1
        while t >= 0 and keys[t] in _QUOTES:
            t -= 1
        if t < 1 or keys[t] != "و":
            continue
        t -= 1
        while t >= 0 and keys[t] in _QUOTES:
            t -= 1
        prev = ends.get(t + 1)
        if prev is not None and types.get(prev) == "ORG":
            types[name] = "ORG"


def people_parts(types: dict[tuple[str, ...], str], crf_only: set[tuple[str, ...]]) -> None:
    """A name the tagger alone typed otherwise that begins or ends a longer person's name is that
    person («بن فرحان» after «فيصل بن فرحان»)."""
    ends = {
        part
        for p, t in types.items()
        if t == "PER" and len(p) > 1
        for m in range(1, len(p))
        for part in (p[:m], p[-m:])
    }
    for name in crf_only:
        if types[name] != "PER" and name in ends:
            types[name] = "PER"
