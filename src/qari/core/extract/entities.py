"""Entities: the tagger's spans (trusted inside, cut where a word cannot belong to a name), the
curated gazetteer and rules (:mod:`names` for people; :mod:`orgs` for places, organisations,
media and events), names merged across spellings, acronyms and longer forms (:mod:`links`),
then every occurrence of a known name (with clitics) is a mention."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from qari.core.extract import cues
from qari.core.extract.bio import spans
from qari.core.extract.cands import (
    DIALECT,
    LETTERS,
    PRIO_CRF,
    PRIO_RULE,
    SOURCE_WORDS,
    Cand,
    gaz_classes,
    is_common,
    person_word,
    written_person,
)
from qari.core.extract.cues import key, variants
from qari.core.extract.doc import Doc, EntityIndex
from qari.core.extract.links import acronyms, listed_with_organisations, people_parts
from qari.core.extract.model import Entity, Mention
from qari.core.extract.names import PUNCT, crf_person, person_forms, person_rules
from qari.core.extract.orgs import (
    CLUBS,
    GAZ,
    ORG,
    PERSON,
    country_nisba,
    currency,
    dateline,
    gazetteer_at,
    org_rules,
    rule_starts,
)

__all__ = ["Doc", "EntityIndex", "find_entities"]

_CRF_TYPES = {"PERS": "PER", "PER": "PER", "LOC": "LOC", "ORG": "ORG", "MISC": "MISC"}
_SPORT = frozenset(key(w) for w in ["ضد", "مباراة", "مواجهة", "أمام", "فوز"])  # a "person" after these is a club
_TAILS = frozenset(key(w) for w in ("الله", "الدين"))


def _surface(doc: Doc, i: int, j: int, strip: int, first_key: str) -> str:
    """The text of tokens i..j-1 without the first token's clitic (لل → ال)."""
    first = doc.toks.word(i)
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


def _clitic(doc: Doc, i: int, words: set[str], tags: Sequence[str]) -> tuple[int, str]:
    """How much of token i's key is a clitic (وكردفان، للسوداني، بالأهلي), and the rest."""
    vs = variants(doc.keys[i])
    if len(vs) == 1:
        return 0, ""
    full = vs[0][0]
    for v, s in vs[1:]:
        if v in words:
            return s, v
    own = gaz_classes(full) if written_person(full) else frozenset()
    if not own:
        for v, s in reversed(vs[1:]):
            if gaz_classes(v) or (v,) in cues.GAZETTEER:
                return s, v
    if cues.is_definite(full) and not full.startswith("ال"):
        return next(((s, v) for v, s in reversed(vs[1:]) if v.startswith("ال")), (0, ""))
    if full[0] == "و" and i > 0 and tags[i - 1] != "O" and not own:  # «دارفور وكردفان»
        return vs[1][1], vs[1][0]
    return 0, ""


def _crf_cands(doc: Doc, tags: Sequence[str], words: set[str]) -> list[Cand]:
    out: list[Cand] = []
    keys = doc.keys
    per = person_forms(doc, tags)
    for i, j, typ in spans(tags):
        t = _CRF_TYPES.get(typ)
        if t is None:
            continue
        if t == "PER" and i > 0 and any(v in _SPORT for v, _ in variants(keys[i - 1])) and not person_word(keys[i]):
            t = "ORG"  # «ضد يانج أفريكانز»: a club
        elif t == "PER":
            got = crf_person(doc, i, j, tags, words, per)
            if got is None:
                continue
            i, j = got
        if t != "PER":
            spelled = sum(k in LETTERS for k in keys[i:j]) >= 2  # «أي بي سي»
            while i < j and not spelled and (keys[i] in cues.TITLES or keys[i] in cues.STOPWORDS or keys[i] in PUNCT):
                i += 1
            while j > i and (keys[j - 1] in PUNCT or keys[j - 1] in SOURCE_WORDS or (
                    not spelled and keys[j - 1] in cues.STOPWORDS)):
                j -= 1
            if t == "ORG" and j - i > 1 and any(v in CLUBS for v, _ in variants(keys[i])):
                i += 1  # «نادي ليون»: the club is ليون
            club = i > 0 and any(v in CLUBS for v, _ in variants(keys[i - 1]))
            if t == "ORG" and club and j - i > 1 and country_nisba(keys[j - 1]):
                j -= 1  # «نادي الهلال السعودي»: the club is الهلال
            if j == i or (t == "LOC" and _adjectival(doc, i, j)) or _not_a_name(doc, i, j):
                continue
        strip, first = _clitic(doc, i, words, tags)
        out.append(Cand(i, j, t, PRIO_CRF, strip, first))
    return out


def _listed_places(doc: Doc, tags: Sequence[str], found: Sequence[Cand]) -> list[Cand]:
    """«دمشق وحمص وحماة واللاذقية»: a word with و that is a listed place, right after a place
    (or a place found so in the same list), is a place too; the list is the evidence. A place
    name that is also a frequent word (حمص، حماة) needs the list to go on after it, or to have
    reached it through another such place."""
    keys, n = doc.keys, len(doc.keys)

    def listed(t: int) -> frozenset[str]:
        k = keys[t]
        if not k.startswith("و") or len(k) < 4 or tags[t] not in ("O", "B-LOC"):
            return frozenset()
        return gaz_classes(k[1:]) & _PLACE_CLASSES

    place_end = {c.j for c in found if c.type == "LOC"}
    out: list[Cand] = []
    for t in range(1, n):
        if t not in place_end or doc.para[t] != doc.para[t - 1] or not (cls := listed(t)):
            continue
        bare = keys[t][1:]
        more = t + 1 < n and doc.para[t + 1] == doc.para[t] and bool(listed(t + 1))
        if cls & {"LOC_CITY", "LOC_COUNTRY"} or not is_common(bare) or more or (out and out[-1].j == t):
            out.append(Cand(t, t + 1, "LOC", PRIO_RULE, 1, bare))
            place_end.add(t + 1)
    return out


_PLACE_CLASSES = frozenset({"LOC", "LOC_CITY", "LOC_COUNTRY"})


def _not_a_name(doc: Doc, i: int, j: int) -> bool:
    """A currency, an oath (والله) or dialect word, an indefinite word, or a nisba adjective after
    a definite noun («الحدود السعودية»: Saudi, not Saudi Arabia)."""
    k = doc.keys[i]
    if j - i > 1:
        return False
    if currency(k) or k in DIALECT or any(v in _TAILS for v, _ in variants(k)):
        return True
    if cues.has_tanween(doc.toks.word(i)):
        return True
    prev = doc.keys[i - 1] if i > 0 else ""
    nisba = k.startswith("ال") and k.endswith(("ي", "ية"))
    return nisba and cues.is_definite(prev) and prev not in cues.STOPWORDS


def _adjectival(doc: Doc, i: int, j: int) -> bool:
    """A definite noun or adjective followed by definite nisba adjectives only («الذخيرة الكورية
    الشمالية»، «الكورية الشمالية») describes something; it is not a place's name. Names of that
    shape (الضفة الغربية، المملكة العربية السعودية) come from the gazetteer, which goes first;
    one word (الإسكندرية، اللاذقية) is left to the model."""
    ks = [variants(k)[-1][0] for k in doc.keys[i:j]]
    return j - i > 1 and all(k.startswith("ال") for k in ks) and all(k.endswith(("ي", "ية", "يه")) for k in ks[1:])


def _promote(crf: list[Cand], rules: list[Cand]) -> None:
    """A tagger's span that contains a rule's span of the same type is trusted as much as the
    rule (the rule found «شعيب», the tagger «شعيب المويزري»)."""
    by_start: dict[int, list[Cand]] = {}
    for r in rules:
        by_start.setdefault(r.i, []).append(r)
    for c in crf:
        for a in range(c.i, c.j):
            for r in by_start.get(a, ()):
                if r.type == c.type and r.j <= c.j and c.j - c.i > r.j - r.i:
                    c.prio = max(c.prio, r.prio)


class _Either:
    """``x in _Either(a, b)``: x in a or in b, without building their union."""

    __slots__ = ("a", "b")

    def __init__(self, a: set[str], b: set[str]) -> None:
        self.a, self.b = a, b

    def __contains__(self, x: object) -> bool:
        return x in self.a or x in self.b


def find_entities(doc: Doc, tags: Sequence[str]) -> EntityIndex:
    keys, n = doc.keys, len(doc.keys)
    if len(tags) < n:
        tags = [*tags, *["O"] * (n - len(tags))]
    words = set(keys)
    fixed: list[Cand] = []  # gazetteer, place, organisation and dateline matches: found once
    gaz_found: set[str] = set()
    starts = rule_starts(keys)
    para = doc.para
    for i in range(n):
        f = starts[i]
        if f & GAZ and (g := gazetteer_at(doc, i)):
            fixed.append(g)
            gaz_found.add(g.first or keys[g.i])
        if f & ORG:
            fixed.extend(org_rules(doc, i, tags))
        if (i == 0 or para[i - 1] != para[i]) and (keys[i] not in PUNCT or keys[i] == "،"):
            fixed.extend(dateline(doc, i, tags))  # at a paragraph's start only
    at = [i for i in range(n) if starts[i] & PERSON]
    known: set[str] = set()
    for _ in range(2):  # the second pass knows every name the first one found
        people: list[Cand] = []
        found = set(gaz_found)
        for i in at:
            for c in person_rules(doc, i, tags, _Either(known, found)):
                people.append(c)
                found.update(keys[c.i : c.j])
        known = found
    cands = fixed + people
    crf = _crf_cands(doc, tags, words)
    cands.extend(_listed_places(doc, tags, fixed + crf))
    _promote(crf, cands)
    cands.extend(crf)
    cands.sort(key=lambda c: (-c.prio, -(c.j - c.i), c.i))
    taken = bytearray(n)
    names: dict[tuple[str, ...], Counter[str]] = {}
    crf_only: set[tuple[str, ...]] = set()
    chosen: list[tuple[int, int, tuple[str, ...]]] = []
    for c in cands:
        if any(taken[c.i : c.j]):
            continue
        taken[c.i : c.j] = b"\x01" * (c.j - c.i)
        name = (c.first or keys[c.i], *keys[c.i + 1 : c.j])
        if name not in names:
            crf_only.add(name)
        if c.prio > PRIO_CRF:
            crf_only.discard(name)
        names.setdefault(name, Counter())[c.type] += c.prio
        chosen.append((c.i, c.j, name))
    types = {nm: cnt.most_common(1)[0][0] for nm, cnt in names.items()}
    people_parts(types, crf_only)
    listed_with_organisations(doc, sorted(chosen), types, crf_only)
    links = acronyms(doc, sorted(chosen), types)
    return _mentions(doc, types, _roots(types, links))


def _parts(s: tuple[str, ...], typ: str) -> set[tuple[str, ...]]:
    """The shorter names that may stand for ``s``: a person's first or last words; for other
    types any run of its words, and its words in order with the same first word («الجيش السوري»
    stands for «الجيش العربي السوري»)."""
    n = len(s)
    if typ == "PER":
        return {s[:m] for m in range(1, n)} | {s[-m:] for m in range(1, n)}
    parts = {s[x : x + m] for m in range(1, n) for x in range(n - m + 1)}
    if 3 <= n <= 8:
        rest = s[1:]
        for mask in range(1, 2 ** (n - 1) - 1):
            parts.add((s[0], *(w for b, w in enumerate(rest) if mask >> b & 1)))
    return parts


def _roots(
    names: dict[tuple[str, ...], str], links: dict[tuple[str, ...], tuple[str, ...]] | None = None
) -> dict[tuple[str, ...], set[tuple[str, ...]]]:
    """For each name, the longest names it may stand for (itself when none); an acronym stands
    for the name it was written after.

    The longer names are indexed by the parts they contain (:func:`_parts`), so this is linear
    in the number of names, not quadratic."""
    links = links or {}
    by_len = sorted((nm for nm in names if nm not in links), key=len, reverse=True)
    holders: dict[tuple[str, tuple[str, ...]], list[tuple[str, ...]]] = {}
    roots: dict[tuple[str, ...], set[tuple[str, ...]]] = {}
    for s in by_len:
        typ = names[s]
        acc: set[tuple[str, ...]] = set()
        for long in holders.get((typ, s), ()):
            if len(long) > len(s):
                acc |= roots[long]
        roots[s] = acc or {s}
        for part in _parts(s, typ):
            if names.get(part) == typ and part not in links:  # only names are looked up
                holders.setdefault((typ, part), []).append(s)
    for short, long in links.items():
        roots[short] = roots.get(long, {long})
    return roots


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
        if len(root) > 2 and (root[-2] in cues.NAME_LINKS or root[-1] in _TAILS):
            forms.setdefault(root[-2:], set()).add(root)  # «بن فرحان»، «صنع الله»
        if root[-1] not in _TAILS:
            forms.setdefault(root[-1:], set()).add(root)
    first: dict[str, list[tuple[tuple[str, ...], frozenset]]] = {}
    for f, rs in forms.items():
        if len(f) == 1 and (len(f[0]) < 3 or f[0] in cues.STOPWORDS or f[0] in cues.TITLES or f[0] in cues.NAME_LINKS):
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
    starts: dict[str, list[tuple[str, int, list[int]]]] = {}  # a word type's variants that begin forms
    i = 0
    while i < n:
        best: tuple[int, int, int, str, frozenset] | None = None
        if (cands := starts.get(keys[i])) is None:
            cands = starts[keys[i]] = [(v, s, lengths[v]) for v, s in variants(keys[i]) if v in lengths]
        for v, s, lens in cands:
            for m in lens:
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
    counts: Counter[tuple[str, ...]] = Counter()
    first_at: dict[tuple[str, ...], int] = {}  # where each name is first written out unambiguously
    for f in found:
        if len(f[4]) == 1:
            r = next(iter(f[4]))
            counts[r] += 1
            first_at.setdefault(r, -f[0])
    last_seen: dict[tuple[str, ...], int] = {}

    def rank(r: tuple[str, ...]) -> tuple[int, int, int, tuple[str, ...]]:
        return counts[r], last_seen.get(r, -1), first_at.get(r, -n), r

    # An ambiguous short form goes to the most frequent compatible name, then the most recent,
    # then (names not seen yet, equally frequent) the one written first in the article, then
    # the greatest in the names' own order: never the order in which a set of them happens to
    # iterate, which changes from run to run (PYTHONHASHSEED).
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
