"""Entities: CRF tags + curated gazetteer + rules (titles, reporting verbs, trigger nouns), names
merged across spellings, then every occurrence of a known name (with clitics) is a mention."""

from __future__ import annotations

from collections import Counter
from collections.abc import Container, Sequence
from dataclasses import dataclass

from qari.core.extract import cues
from qari.core.extract.cues import key, name_like, strip_conj, variants
from qari.core.extract.doc import Doc, EntityIndex
from qari.core.extract.model import Entity, Mention

__all__ = ["Doc", "EntityIndex", "find_entities"]

_PUNCT_STOP = frozenset('،,.:;؛!?؟()[]«»“”"‹›„-–—…')
_APPOS_END = frozenset("،.؛,:")
_PRIO_ORG, _PRIO_GAZ, _PRIO_RULE, _PRIO_CRF = 4, 3, 2, 1
_KIN = frozenset(
    key(w)
    for w in (
        "أخته",
        "أخيه",
        "أخوه",
        "أخاه",
        "شقيقته",
        "شقيقه",
        "زوجته",
        "زوجها",
        "ابنه",
        "ابنته",
        "نجله",
        "نجلة",
        "والده",
        "والدته",
    )
)
_CRF_TYPES = {"PERS": "PER", "PER": "PER", "LOC": "LOC", "ORG": "ORG", "MISC": "MISC"}


@dataclass(slots=True)
class _Cand:
    i: int
    j: int
    type: str
    prio: int
    strip: int  # key characters of the first token that are a clitic


def _surface(doc: Doc, i: int, j: int, strip: int, first_key: str) -> str:
    """The text of tokens i..j-1 without the first token's clitic (لل → ال)."""
    first = doc.toks[i].text
    if strip:
        pos, n = 0, 0
        while n < strip and pos < len(first):
            pos += 1
            n += 1
            while pos < len(first) and key(first[pos]) == "":
                pos += 1
        first = first[pos:]
        if key(first) != first_key:
            first = "ا" + first
    return " ".join([first] + [t.text for t in doc.toks[i + 1 : j]])


def _name_part(doc: Doc, i: int) -> bool:
    """Can token i continue a name: a name-like word, or a definite word after عبد/أبو/بن …
    (عبد العزيز بن سلمان، أحمد أبو الغيط)."""
    if cues.has_tanween(doc.toks[i].text):
        return False
    k = doc.keys[i]
    return name_like(k) or (i > 0 and doc.keys[i - 1] in cues.NAME_LINKS and k.startswith("ال") and len(k) > 3)


def _name_run(doc: Doc, i: int, known: Container[str], limit: int = 4) -> int:
    """End of the run of name-like words starting at i (i itself if none)."""
    j, n = i, len(doc.keys)
    while j < n and j - i < limit and doc.para[j] == doc.para[i]:
        k = doc.keys[j]
        if not _name_part(doc, j) or (k[0] in "لبو" and k[1:] in known):
            break
        j += 1
    # A run may end on a definite family name (الجابر) or one ending in ة/ه (نافعة، ليمكه)
    # when a function word, cue or punctuation follows it.
    if j == i + 1 and j < n and doc.para[j] == doc.para[i]:
        k = doc.keys[j]
        tail = (k.startswith("ال") and not k.endswith(("ي", "ية", "ة"))) or (
            k.endswith(("ة", "ه")) and not cues.is_definite(k))
        if (
            tail
            and k not in cues.STOPWORDS
            and k not in cues.TITLES
            and not cues.has_tanween(doc.toks[j].text)
            and (j + 1 >= n or _is_stop_after_name(doc.keys[j + 1]) or cues.verb_gender(doc.keys[j + 1]))
        ):
            j += 1
    return j


def _gaz_at(doc: Doc, i: int) -> _Cand | None:
    best: _Cand | None = None
    for v, n in variants(doc.keys[i]):
        for entry in cues.GAZ_FIRST.get(v, ()):
            m = len(entry)
            if (best is None or m > best.j - best.i) and doc.keys[i + 1 : i + m] == list(entry[1:]):
                best = _Cand(i, i + m, cues.GAZETTEER[entry], _PRIO_GAZ, n)
    return best


def _is_stop_after_name(k: str) -> bool:
    return k in _PUNCT_STOP or k in cues.STOPWORDS or (k[0] in "لب" and len(k) > 2)


def _rules_at(doc: Doc, i: int, known: Container[str]) -> list[_Cand]:
    out: list[_Cand] = []
    keys, n = doc.keys, len(doc.keys)
    k = strip_conj(keys[i])
    if k in cues.TITLES:
        j = i + 1
        while j < n and j - i <= 3 and cues.is_definite(keys[j]) and keys[j] not in cues.TITLES:
            j += 1
        e = _name_run(doc, j, known)
        direct = cues.is_definite(k) or k in _KIN
        if (
            e > j
            and (direct or j > i + 1)
            and (e - j > 1 or not keys[j].endswith("ا") or keys[j] in known or keys[j] in cues.FIRST_NAMES)
        ):
            out.append(_Cand(j, e, "PER", _PRIO_RULE, 0))
        elif e == j:  # «المتحدثة باسم برنامج الأغذية العالمي عبير عطيفة»
            for f in range(j, min(n, i + 7)):
                if keys[f] in _PUNCT_STOP:
                    break
                if keys[f] in cues.FIRST_NAMES and _name_run(doc, f, known) > f + 1:
                    out.append(_Cand(f, _name_run(doc, f, known), "PER", _PRIO_RULE, 0))
                    break
    if k in cues.NAME_VERBS and i + 1 < n:
        j = i + 1
        kj = keys[j]
        if kj not in cues.SPEAKER_NOUNS and (name_like(kj) or kj in cues.FIRST_NAMES):
            e = _name_run(doc, j, known)
            if e > j and (e >= n or doc.para[e] != doc.para[i] or _is_stop_after_name(keys[e])):
                out.append(_Cand(j, e, "PER", _PRIO_RULE, 0))
    if keys[i] in cues.FIRST_NAMES or (keys[i] in cues.AMBIGUOUS_FIRST_NAMES and i + 1 < n and keys[i + 1] in known):
        e = _name_run(doc, i, known)
        if e > i + 1:
            out.append(_Cand(i, e, "PER", _PRIO_RULE, 0))
    if keys[i] == "،":
        out.extend(_apposition(doc, i, known))
    for v, strip in variants(keys[i]):
        if v in cues.LOC_TRIGGERS and i + 1 < n:
            j = e = i + 1
            while (
                e < n
                and e - j < 2
                and name_like(keys[e])
                and not keys[e].endswith("ية")
                and not (not v.endswith("ة") and keys[e].endswith("ي"))
            ):
                e += 1
            if e > j:
                out.append(_Cand(j, e, "LOC", _PRIO_RULE, 0))
            break
        if v in cues.ORG_TRIGGERS and i + 1 < n:
            e, definite = i + 1, False
            while e < n and e - i <= 5:
                ke = keys[e]
                if cues.is_definite(ke) and ke not in cues.STOPWORDS:
                    definite = True
                elif not ((name_like(ke) and not definite) or (ke[0] == "ل" and len(ke) > 3 and e > i + 1)):
                    break
                e += 1
            while e > i + 1 and keys[e - 1][0] == "ل" and not cues.is_definite(keys[e - 1]):
                e -= 1
            if definite:
                out.append(_Cand(i, e, "ORG", _PRIO_ORG, strip))
            break
        if v in cues.ORG_TRIGGERS_DEF:
            e = i + 1
            while e < n and e - i <= 2 and cues.is_definite(keys[e]) and keys[e].endswith(("ي", "ية")):
                e += 1
            if e > i + 1:
                out.append(_Cand(i, e, "ORG", _PRIO_RULE, strip))
            break
    return out


def _apposition(doc: Doc, c: int, known: Container[str]) -> list[_Cand]:
    """«… المارشال في الجيش، باك جونغ تشون،»: a comma-set name after a title."""
    keys, n = doc.keys, len(doc.keys)
    j = c + 1
    e = _name_run(doc, j, known)
    if not 2 <= e - j <= 4 or (e < n and keys[e] not in _APPOS_END and doc.para[e] == doc.para[c]):
        return []
    back = c - 1
    while back >= 0 and c - back <= 10 and keys[back] not in ".؟!:" and doc.para[back] == doc.para[c]:
        if strip_conj(keys[back]) in cues.TITLES:
            return [_Cand(j, e, "PER", _PRIO_RULE, 0)]
        back -= 1
    return []


def _crf_cands(doc: Doc, tags: Sequence[str], words: set[str]) -> list[_Cand]:
    out: list[_Cand] = []
    i, n = 0, len(tags)
    while i < n:
        t = tags[i]
        if not t.startswith(("B-", "I-")):
            i += 1
            continue
        typ = t[2:]
        j = i + 1
        while j < n and tags[j] == "I-" + typ:
            j += 1
        span_end = j
        while i < j and (doc.keys[i] in cues.TITLES or doc.keys[i] in cues.STOPWORDS or doc.keys[i] in _PUNCT_STOP):
            i += 1
        while j > i and (doc.keys[j - 1] in cues.STOPWORDS or doc.keys[j - 1] in _PUNCT_STOP):
            j -= 1
        if _CRF_TYPES.get(typ) == "PER":  # «كيم بمصافحة»، «سعيد للغاية»: trim non-name words
            e = i + 1
            while e < j and _name_part(doc, e):
                e += 1
            first_ok = any(name_like(v) for v, _ in variants(doc.keys[i]))
            if (e < j and e == i + 1) or not first_ok:
                j = i
            j = min(j, e)
        if j > i and _CRF_TYPES.get(typ) == "LOC" and _adjectival(doc, i, j):
            j = i
        if j > i and typ in _CRF_TYPES:
            strip = next((s for v, s in variants(doc.keys[i])[1:] if v in words), 0)
            out.append(_Cand(i, j, _CRF_TYPES[typ], _PRIO_CRF, strip))
        i = max(span_end, i + 1)
    return out


def _adjectival(doc: Doc, i: int, j: int) -> bool:
    """A definite noun or adjective followed by definite nisba adjectives only («الذخيرة الكورية
    الشمالية»، «الكورية الشمالية») describes something; it is not a place's name. Names of that
    shape (الضفة الغربية، المملكة العربية السعودية) come from the gazetteer, which goes first;
    one word (الإسكندرية، اللاذقية) is left to the model."""
    ks = [variants(k)[-1][0] for k in doc.keys[i:j]]
    return j - i > 1 and all(k.startswith("ال") for k in ks) and all(k.endswith(("ي", "ية", "يه")) for k in ks[1:])


def _roots(names: dict[tuple[str, ...], str]) -> dict[tuple[str, ...], set[tuple[str, ...]]]:
    """For each name, the longest names it may stand for (itself when none).

    A shorter name stands for a longer one of the same type that contains it (a person's: as
    its first or last words). The longer names are indexed by the parts they contain, so this
    is linear in the number of names, not quadratic."""
    by_len = sorted(names, key=len, reverse=True)
    holders: dict[tuple[str, tuple[str, ...]], list[tuple[str, ...]]] = {}
    roots: dict[tuple[str, ...], set[tuple[str, ...]]] = {}
    for s in by_len:
        typ = names[s]
        acc: set[tuple[str, ...]] = set()
        for long in holders.get((typ, s), ()):
            if len(long) > len(s):
                acc |= roots[long]
        roots[s] = acc or {s}
        L = len(s)
        if typ == "PER":
            parts = {s[:m] for m in range(1, L)} | {s[-m:] for m in range(1, L)}
        else:
            parts = {s[x : x + m] for m in range(1, L) for x in range(L - m + 1)}
        for part in parts:
            holders.setdefault((typ, part), []).append(s)
    return roots


class _Either:
    """``x in _Either(a, b)``: x in a or in b, without building their union."""

    __slots__ = ("a", "b")

    def __init__(self, a: set[str], b: set[str]) -> None:
        self.a, self.b = a, b

    def __contains__(self, x: object) -> bool:
        return x in self.a or x in self.b


def find_entities(doc: Doc, tags: Sequence[str]) -> EntityIndex:
    keys, n = doc.keys, len(doc.keys)
    words = set(keys)
    known: set[str] = set()
    gaz: dict[int, _Cand | None] = {}  # gazetteer matches do not depend on the pass: found once
    for _ in range(2):  # the second pass knows every name the first one found
        cands: list[_Cand] = []
        found: set[str] = set()
        for i in range(n):
            if keys[i] in _PUNCT_STOP and keys[i] != "،":
                continue
            g = gaz[i] if i in gaz else gaz.setdefault(i, _gaz_at(doc, i))
            if g:
                cands.append(g)
                found.add(_strip_key(keys[g.i], g.strip))
            for c in _rules_at(doc, i, _Either(known, found)):
                cands.append(c)
                if c.type == "PER":
                    found.update(keys[c.i : c.j])
        known = found
    cands.extend(_crf_cands(doc, tags, words))
    cands.sort(key=lambda c: (-c.prio, -(c.j - c.i), c.i))
    taken = bytearray(n)
    names: dict[tuple[str, ...], Counter[str]] = {}
    for c in cands:
        if any(taken[c.i : c.j]):
            continue
        taken[c.i : c.j] = b"\x01" * (c.j - c.i)
        name = (_strip_key(keys[c.i], c.strip), *keys[c.i + 1 : c.j])
        names.setdefault(name, Counter())[c.type] += c.prio
    types = {nm: cnt.most_common(1)[0][0] for nm, cnt in names.items()}
    return _mentions(doc, types, _roots(types))


def _strip_key(k: str, strip: int) -> str:
    for v, s in variants(k):
        if s == strip:
            return v
    return k[strip:]


def _forms(
    types: dict[tuple[str, ...], str], roots: dict[tuple[str, ...], set[tuple[str, ...]]]
) -> dict[str, list[tuple[tuple[str, ...], frozenset]]]:
    forms: dict[tuple[str, ...], set[tuple[str, ...]]] = {}
    for name, rs in roots.items():
        forms.setdefault(name, set()).update(rs)
    for root in {r for rs in roots.values() for r in rs}:
        if types[root] != "PER":
            continue
        for m in range(1, len(root)):
            forms.setdefault(root[:m], set()).add(root)
        forms.setdefault(root[-1:], set()).add(root)
    first: dict[str, list[tuple[tuple[str, ...], frozenset]]] = {}
    for f, rs in forms.items():
        if len(f) == 1 and (len(f[0]) < 3 or f[0] in cues.STOPWORDS or f[0] in cues.TITLES):
            continue
        first.setdefault(f[0], []).append((f, frozenset(rs)))
    for lst in first.values():
        lst.sort(key=lambda e: -len(e[0]))
    return first


def _mentions(
    doc: Doc, types: dict[tuple[str, ...], str], roots: dict[tuple[str, ...], set[tuple[str, ...]]]
) -> EntityIndex:
    keys, n = doc.keys, len(doc.keys)
    first = _forms(types, roots)
    # every form by its words, and the lengths of the forms each first word starts (longest
    # first): a token is matched by a few dictionary look-ups, however many names there are
    by_form = {f: rs for lst in first.values() for f, rs in lst}
    lengths = {v: sorted({len(f) for f, _ in lst}, reverse=True) for v, lst in first.items()}
    found: list[tuple[int, int, int, str, frozenset]] = []  # i, j, strip, first key, roots
    i = 0
    while i < n:
        best: tuple[int, int, int, str, frozenset] | None = None
        for v, s in variants(keys[i]):
            for m in lengths.get(v, ()):
                if best is not None and m <= best[1] - i:
                    break
                if i + m > n:
                    continue
                rs = by_form.get((v, *keys[i + 1 : i + m]))
                if rs is not None:
                    best = (i, i + m, s, v, rs)
                    break
        if best:
            found.append(best)
            i = best[1]
        else:
            i += 1
    counts: Counter[tuple[str, ...]] = Counter(next(iter(f[4])) for f in found if len(f[4]) == 1)
    last_seen: dict[tuple[str, ...], int] = {}

    def rank(r: tuple[str, ...]) -> tuple[int, int]:
        return counts[r], last_seen.get(r, -1)

    # An ambiguous short form goes to the most frequent compatible name, then the most recent.
    # Each group's leader is kept up to date: a name's rank only grows, and only when it is
    # chosen (then it is strictly ahead of any name it ties on count), so comparing it with the
    # leaders of its groups gives what a fresh max() over the group would.
    leader: dict[int, tuple[str, ...]] = {}
    groups: dict[tuple[str, ...], list[frozenset]] = {}
    for rs in {id(f[4]): f[4] for f in found if len(f[4]) > 1}.values():
        for r in rs:
            groups.setdefault(r, []).append(rs)
    chosen: list[tuple[int, int, int, str, tuple[str, ...]]] = []
    for a, b, s, v, rs in found:
        if len(rs) == 1:
            root = next(iter(rs))
        else:
            root = leader.get(id(rs)) or max(rs, key=rank)
            leader[id(rs)] = root
            counts[root] += 1
        last_seen[root] = a
        for g in groups.get(root, ()):
            lead = leader.get(id(g))
            if lead is not None and lead != root and rank(root) > rank(lead):
                leader[id(g)] = root
        chosen.append((a, b, s, v, root))
    return _build(doc, types, chosen)


def _build(
    doc: Doc, types: dict[tuple[str, ...], str], chosen: list[tuple[int, int, int, str, tuple[str, ...]]]
) -> EntityIndex:
    idx = EntityIndex()
    ents: dict[tuple[str, ...], Entity] = {}
    alias_counts: dict[tuple[str, ...], Counter[str]] = {}
    longest: dict[tuple[str, ...], tuple[int, str]] = {}
    for a, b, s, v, root in chosen:
        ent = ents.get(root)
        if ent is None:
            ent = ents[root] = Entity(f"e{len(ents) + 1}", "", types[root], [], [])
            alias_counts[root] = Counter()
        start, end = doc.toks[a].start, doc.toks[b - 1].end
        ent.mentions.append(Mention(start, end, doc.text[start:end]))
        surface = _surface(doc, a, b, s, v)
        alias_counts[root][surface] += 1
        if (b - a, surface) > longest.get(root, (0, "")):
            longest[root] = (b - a, surface)
        idx.spans.append((a, b, ent.id))
        for t in range(a, b):
            idx.by_token[t] = ent.id
    for root, ent in ents.items():
        ent.aliases = [s for s, _ in alias_counts[root].most_common()]
        ent.name = longest[root][1]
        idx.types[ent.id] = ent.type
    idx.entities = list(ents.values())
    return idx
