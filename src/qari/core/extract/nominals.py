"""Who a title, an honorific or a common noun stands for.

Arabic news names a speaker once with a title beside the name, in either order
(«وزير الخارجية، الأمير فيصل بن فرحان» / «مصطفى الصياد، نائب وزير الزراعة،»), then refers back
by the title alone («وتابع نائب وزير الزراعة»), an honorific («معاليه») or a common noun
(«الشركة»، «هذه المجموعة»، «البيان»). :class:`Nominals` reads the whole article once and keeps
those pairs; :meth:`Nominals.title` and :meth:`Nominals.noun` answer with the entity meant.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from qari.core.extract import cues
from qari.core.extract.cues import strip_conj
from qari.core.extract.doc import Doc, EntityIndex

__all__ = ["NAME_NOUN_FORMS", "ORG_NOUNS", "Nominals", "norm_word", "plausible_person"]

_SEP = frozenset("،,؛")
_STOP = frozenset('.:;!?؟()[]«»“”"‹›„-–—…')
_TITLE_OK = cues._keys("باسم أول")  # words a title phrase may hold that are otherwise function words
# Words two titles share without pointing at the same person.
_GENERIC = frozenset(("رييس", "عام", "اول", "اعلي", "سابق", "نايب", "وزير", "امين", "مدير"))
_MAX_SEGMENT = 12


@lru_cache(maxsize=65536)
def norm_word(k: str) -> str:
    """A keyed word for comparing titles: no clitic, article or ة/ى/hamza seat differences."""
    for p in ("وال", "بال", "فال", "كال", "لل", "ال", "ل", "ب"):
        if k.startswith(p) and len(k) - len(p) >= 3:
            k = k[len(p):] if p != "لل" else k[2:]
            break
    return k.replace("ة", "ه").replace("ى", "ي").replace("ئ", "ي").replace("ؤ", "و").replace("ء", "")


@dataclass(slots=True)
class _Pair:
    pos: int  # first token of the title phrase
    words: frozenset[str]
    eid: str | None
    name: str


@dataclass(slots=True)
class Nominals:
    doc: Doc
    ents: EntityIndex
    inq: Sequence[int]  # the Finder's array('i'): quoted span of each token, -1 outside quotes
    names: dict[int, tuple[int, int]]  # opener token -> (first, end) of a short quoted name
    pairs: list[_Pair] = field(default_factory=list)
    nouns: dict[str, list[tuple[int, str | None, str | None]]] = field(default_factory=dict)

    @classmethod
    def read(cls, doc: Doc, ents: EntityIndex, inq: Sequence[int], names: dict[int, tuple[int, int]]) -> Nominals:
        nm = cls(doc, ents, inq, names)
        for s, e, eid in ents.spans:
            if ents.types[eid] == "PER" and plausible_person(_entity_name(ents, eid)):
                nm._titles_around(s, e, eid, _entity_name(ents, eid))
        for t, k in enumerate(doc.keys):  # «تحدث ييس توروب، المدير الفني للأهلي»: a name no model knew
            if k in _SEP and t + 1 < len(doc.keys) and nm._title_word(t + 1) and t - 1 not in ents.by_token:
                r = t
                if t > 1 and cues.is_definite(doc.keys[t - 1]) and _nameish(doc, t - 2):
                    r = t - 1  # a family name with the article: «سامر العلي»
                while r > 0 and t - r < 4 and _nameish(doc, r - 1) and doc.para[r - 1] == doc.para[t]:
                    r -= 1
                if t - r >= 2 and (r == 0 or doc.para[r - 1] != doc.para[t] or not _nameish(doc, r - 1)):
                    name = doc.text[doc.toks[r].start : doc.toks[t - 1].end]
                    nm._titles_around(r, t, None, name)
        forms: dict[str, str | None] = {}  # key -> its noun form, once per word type
        for t, k in enumerate(doc.keys):
            n = forms.get(k, "")
            if n == "":
                n = norm_word(strip_conj(k))
                n = forms[k] = n if n in _NOUN_FORMS else None
            if n is not None:
                nm._noun_at(t, n)
        return nm

    # --- reading ------------------------------------------------------------------------
    def _title_word(self, t: int) -> bool:
        return strip_conj(self.doc.keys[t]) in cues.TITLES

    def _person_at(self, t: int) -> bool:
        eid = self.ents.by_token.get(t)
        return eid is not None and self.ents.types[eid] == "PER"

    def _phrase_word(self, t: int) -> bool:
        k = self.doc.keys[t]
        if k in _TITLE_OK or k in cues.TITLE_ADJ or self._title_word(t):
            return True
        return not (k in _STOP or k in _SEP or (k in cues.STOPWORDS and k[0] != "ل") or cues.verb_gender(k)
                    or k in cues.PARTICIPLES)

    def _body_word(self, e: int) -> bool:
        k = self.doc.keys[e]
        if not k.isalpha() or k in cues.STOPWORDS or k in cues.TITLES:
            return False
        return cues.is_definite(k) or (k[0] == "ل" and cues.is_definite(self.doc.keys[e - 1]))

    def _add(self, a: int, b: int, eid: str | None, name: str) -> None:
        words = frozenset(norm_word(self.doc.keys[t]) for t in range(a, b) if self.doc.keys[t] not in _SEP)
        if words:
            self.pairs.append(_Pair(a, words, eid, name))

    def _titles_around(self, s: int, e: int, eid: str | None, name: str) -> None:
        para, keys = self.doc.para, self.doc.keys
        # before the name: «رئيس مجلس السيادة، القائد العام للقوات المسلحة، الفريق أول عبد الفتاح البرهان»;
        # a title after a definite noun is its adjective («في المؤتمر الصحفي لمباراة X»)
        end, t = s, s - 1
        while t >= 0 and para[t] == para[s] and end - t <= _MAX_SEGMENT:
            if keys[t] in _SEP:
                if end == t + 1 and end != s:
                    break
                end = t
            elif not self._phrase_word(t) or self._person_at(t):
                break
            elif self._title_word(t) and (t == 0 or para[t - 1] != para[t] or not cues.is_definite(keys[t - 1])
                                          or self._title_word(t - 1)):
                self._add(t, end, eid, name)
                if t > 0 and keys[t - 1] not in _SEP and not self._title_word(t - 1):
                    break  # a chain of titles goes on only through commas or another title
            t -= 1
        # after the name: «ييس توروب، المدير الفني للأهلي،», «الأمير محمد بن سلمان ولي العهد»
        n = len(keys)
        a = e + 1 if e < n and keys[e] in _SEP else e
        if a < n and para[a] == para[s] and self._title_word(a):
            b = a + 1
            while b < n and b - a < _MAX_SEGMENT and para[b] == para[a] and self._phrase_word(b):
                b += 1
            self._add(a, b, eid, name)

    def _noun_at(self, t: int, n: str) -> None:
        """«شركة "أبل"», «حركة حماس», «المؤسسة الوطنية للنفط»: what the noun at t names."""
        ents = self.ents
        nxt = t + 1
        if nxt in self.names:
            a, b = self.names[nxt]
            eid = next((ents.by_token[x] for x in range(a, b) if x in ents.by_token), None)
            text = " ".join(self.doc.toks.word(x) for x in range(a, b))
            self.nouns.setdefault(n, []).append((t, _entity_name(ents, eid) if eid else text, eid))
            return
        for x in (t, nxt):
            eid = ents.by_token.get(x)
            if eid is not None and ents.types[eid] != "PER" and (x == t or ents.by_token.get(t) != eid):
                if x == t and not cues.is_definite(self.doc.keys[t]):
                    continue
                self.nouns.setdefault(n, []).append((t, _entity_name(ents, eid), eid))
                return
        # «افتتحت المؤسسة الوطنية للنفط …», «وزارة الدفاع الفرنسية»: the body's name as written
        keys, e = self.doc.keys, t + 1
        while e < len(keys) and e - t < 4 and self.inq[e] < 0 and self._body_word(e):
            e += 1
        if e > t + 1 and (cues.is_definite(keys[t]) or cues.is_definite(keys[t + 1])):
            text = self.doc.text[self.doc.toks[t].start : self.doc.toks[e - 1].end]
            if cues.is_definite(strip_conj(keys[t])) or not cues.is_definite(keys[t]):
                self.nouns.setdefault(n, []).append((t, _strip_clitic(text), None))

    # --- answering ----------------------------------------------------------------------
    def title(self, a: int, b: int, pos: int) -> tuple[str, str | None] | None:
        """The person a title-only phrase (tokens a..b-1) stands for, if the article paired one."""
        keys = self.doc.keys
        words = {norm_word(keys[t]) for t in range(a, b) if keys[t] not in _SEP and keys[t] not in _STOP}
        words -= _DEMONSTRATIVES
        if not words:
            return None
        head = norm_word(strip_conj(keys[a]))
        best: tuple[tuple[int, int, int], _Pair] | None = None
        for p in self.pairs:
            common = words & p.words
            specific = common - _GENERIC
            if not (specific or (head in p.words and _describes(words - common, p.words))):
                continue
            rank = (len(specific), len(common), -abs(pos - p.pos))
            if best is None or rank > best[0]:
                best = (rank, p)
        return (best[1].name, best[1].eid) if best else None

    def honorific(self, pos: int) -> tuple[str, str | None] | None:
        """«معاليه»: the titled person named last before pos (or first after it)."""
        before = [p for p in self.pairs if p.pos < pos]
        p = max(before, key=lambda p: p.pos) if before else (self.pairs[0] if self.pairs else None)
        return (p.name, p.eid) if p else None

    def noun(self, k: str, pos: int) -> tuple[str | None, str | None] | None:
        """«الشركة», «هذه المجموعة»: (speaker, entity) of the body the noun last named."""
        n = norm_word(k)
        seen = [x for x in self.nouns.get(n, ()) if x[0] < pos and x[2] is not None]
        seen = seen or [x for x in self.nouns.get(n, ()) if x[0] < pos and x[0] != pos]
        if seen:
            _, sp, eid = seen[-1]
            return sp, eid
        ents = self.ents
        cands = [e for e in ents.entities if e.type == "ORG" and norm_word(cues.key(e.name.split()[0])) == n]
        if len(cands) == 1:
            return cands[0].name, cands[0].id
        return None


def _nisba(w: str) -> bool:
    return len(w) >= 4 and w.endswith("ي")


def _describes(rest: set[str], pair: frozenset[str]) -> bool:
    """The query's words the pair lacks are only nationality adjectives (الوزير الفرنسي for
    وزير الخارجية X), and the pair names no other nationality (not الرئيس الأمريكي for رئيس الوزراء
    الإسرائيلي X)."""
    return all(_nisba(w) for w in rest) and not (rest and any(_nisba(w) for w in pair))


def plausible_person(name: str) -> bool:
    """Not a tagger's slip such as «بحضور» or «لشؤون» (one word with a preposition glued on)."""
    k = cues.key(name)
    return " " in k or k[0] not in "لبو" or k in cues.FIRST_NAMES


def _nameish(doc: Doc, t: int) -> bool:
    """Could token t be part of a name nobody listed («ييس توروب»)? Shape only."""
    k = doc.keys[t]
    return (
        len(k) >= 2 and k.isalpha() and k not in cues.STOPWORDS and k not in cues.TITLES and not cues.is_definite(k)
        and strip_conj(k) == k and not cues.has_tanween(doc.toks.word(t)) and k not in cues.SPEAKER_NOUNS
        and not cues.verb_gender(k)
    )


def _strip_clitic(text: str) -> str:
    """«وللمؤسسة …» → «المؤسسة …», «والوزارة» → «الوزارة» (the first word's clitics)."""
    k = cues.key(text)
    for p, keep in (("وال", 1), ("فال", 1), ("بال", 1), ("لل", 0), ("و", 1)):
        if k.startswith(p) and len(k.split()[0]) > len(p) + 2:
            return ("ال" + text[2:]) if keep == 0 else text[keep:]
    return text


def _entity_name(ents: EntityIndex, eid: str) -> str:
    return next(e.name for e in ents.entities if e.id == eid)


_NOUN_FORMS = frozenset(norm_word(k) for k in cues.NAME_NOUNS | cues.ORG_TRIGGERS) - {"بيان"}
ORG_NOUNS = _NOUN_FORMS | frozenset(norm_word(k) for k in cues.ORG_TRIGGERS_DEF)
NAME_NOUN_FORMS = ORG_NOUNS | frozenset(norm_word(k) for k in cues.NAME_NOUNS)
_DEMONSTRATIVES = frozenset(norm_word(k) for k in cues.DEMONSTRATIVES)
