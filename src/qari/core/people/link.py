"""Names linked across articles: one entry for a person however many articles name them.

Each article's extraction already groups a person's forms within the article (بوتين = فلاديمير
بوتين). Across articles, entities are linked by their *keys*:

- a name's key folds its letters (diacritics, alef forms, ة/ه, ى/ي) and, in long words, the
  long vowels that transliterations of foreign names add or drop: ترامب = ترمب (a medial alef
  of a word of 5+ letters; a medial و/ي of a word of 7+ letters: زيلينسكي = زيلنسكي). Short
  Arabic names keep their letters (عمر ≠ عمار, سلمان ≠ سليمان);
- entities of the same type with the same key are one *form*;
- a shorter form joins a longer one when an article called the longer one by it (its aliases),
  or, for people, when it is the longer name's first or last part (ترامب → دونالد ترامب) — but
  only when exactly one longer name fits: محمد alone, with محمد بن سلمان and محمد عباس both in
  the library, stays apart;
- the reader's choices come last: a *split* form is linked to nothing by these rules, and a
  *merge* joins two forms' entries whatever the rules said.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u200c\u200d]")
_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي"})
_PUNCT = re.compile(r"[^\w\s]")


def _word_key(w: str) -> str:
    if len(w) >= 5:
        w = w[0] + w[1:-1].replace("ا", "") + w[-1]
    if len(w) >= 7:
        w = w[0] + w[1:-1].replace("و", "").replace("ي", "") + w[-1]
    return w


def name_key(name: str) -> str:
    """The key two written forms of one name share (see the module doc)."""
    text = _PUNCT.sub(" ", _MARKS.sub("", name).translate(_FOLD)).casefold()
    return " ".join(_word_key(w) for w in text.split())


@dataclass(slots=True)
class Occurrence:
    """One entity of one article's extraction."""

    article_id: int
    entity: str  # the entity's id inside the article's extraction
    type: str
    name: str
    aliases: list[str]
    mentions: int
    quotes: int = 0
    statements: int = 0


@dataclass(slots=True)
class Person:
    key: str  # its main form's id, "TYPE:key" (its identity from one rebuild to the next)
    type: str
    name: str
    aliases: list[str]
    forms: list[str] = field(default_factory=list)
    occurrences: list[Occurrence] = field(default_factory=list)

    @property
    def article_ids(self) -> list[int]:
        return sorted({o.article_id for o in self.occurrences})

    @property
    def mentions(self) -> int:
        return sum(o.mentions for o in self.occurrences)

    @property
    def quotes(self) -> int:
        return sum(o.quotes for o in self.occurrences)

    @property
    def statements(self) -> int:
        return sum(o.statements for o in self.occurrences)


class _Union:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        p = self.parent.setdefault(x, x)
        while p != self.parent[p]:
            self.parent[p] = self.parent[self.parent[p]]
            p = self.parent[p]
        self.parent[x] = p
        return p

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[ra] = rb


def form_id(type_: str, key: str) -> str:
    return f"{type_}:{key}"


def link(
    occurrences: Iterable[Occurrence],
    *,
    merges: Sequence[tuple[str, str]] = (),
    splits: Iterable[str] = (),
) -> list[Person]:
    """People (and organisations, places, other names) across articles, largest first.

    ``merges`` are pairs of form ids (``"PER:ترمب"``) to join; ``splits`` are form ids to keep
    out of the automatic linking."""
    forms: dict[str, list[Occurrence]] = {}
    alias_keys: dict[str, set[str]] = {}
    for o in occurrences:
        key = name_key(o.name)
        if not key:
            continue
        fid = form_id(o.type, key)
        forms.setdefault(fid, []).append(o)
        alias_keys.setdefault(fid, set()).update(name_key(a) for a in o.aliases)
    split = set(splits)
    uf = _Union()
    by_len = sorted(forms, key=lambda f: (-len(f.split(" ")), f))
    # Which longer forms could a shorter one stand for?
    called: dict[str, set[str]] = {}  # alias form id -> longer form ids that were called by it
    parts: dict[str, set[str]] = {}  # for people: first or last name part -> longer form ids
    for fid in by_len:
        if fid in split:
            continue
        typ, key = fid.split(":", 1)
        words = key.split(" ")
        for a in alias_keys[fid]:
            if a and a != key:
                called.setdefault(form_id(typ, a), set()).add(fid)
        if typ == "PER" and len(words) > 1:
            for m in range(1, len(words)):
                parts.setdefault(form_id(typ, " ".join(words[:m])), set()).add(fid)
                parts.setdefault(form_id(typ, " ".join(words[-m:])), set()).add(fid)
    for fid in reversed(by_len):  # shortest first: each joins the one entry it can stand for
        if fid in split:
            continue
        targets = (called.get(fid, set()) | parts.get(fid, set())) - split - {fid}
        if not targets:
            continue
        roots = {uf.find(t) for t in _longest(targets)}
        if len(roots) == 1:
            uf.union(fid, next(iter(roots)))
    for a, b in merges:
        if a in forms and b in forms:
            uf.union(a, b)
    groups: dict[str, list[str]] = {}
    for fid in forms:
        groups.setdefault(uf.find(fid), []).append(fid)
    people = [_person(fids, forms) for fids in groups.values()]
    people.sort(key=lambda p: (-len(p.article_ids), -p.mentions, p.name))
    return people


def _longest(targets: set[str]) -> set[str]:
    """The targets not contained in another target (دونالد ترامب rather than ترامب's other parts)."""
    keys = {t: t.split(":", 1)[1].split(" ") for t in targets}
    out = set()
    for t, w in keys.items():
        inside = any(len(v) > len(w) and _contains(v, w) for u, v in keys.items() if u != t)
        if not inside:
            out.add(t)
    return out


def _contains(long: list[str], short: list[str]) -> bool:
    m = len(short)
    return any(long[i : i + m] == short for i in range(len(long) - m + 1))


def _person(fids: list[str], forms: dict[str, list[Occurrence]]) -> Person:
    occ = [o for f in fids for o in forms[f]]

    def weight(f: str) -> tuple[int, int, str]:
        return (len({o.article_id for o in forms[f]}), len(f.split(" ")), f)

    main = max(fids, key=lambda f: (len(f.split(" ")) > 1, *weight(f)))
    surfaces: dict[str, int] = {}
    for o in occ:
        for a in [o.name, *o.aliases]:
            surfaces[a] = surfaces.get(a, 0) + 1
    names = [o.name for o in forms[main]]
    name = max(set(names), key=lambda n: (names.count(n), len(n), n))
    typ = main.split(":", 1)[0]
    aliases = sorted(surfaces, key=lambda s: (-surfaces[s], s))
    return Person(main, typ, name, aliases, sorted(fids), occ)
