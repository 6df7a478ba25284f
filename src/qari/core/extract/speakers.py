"""What quotation and reported-speech finding share: the article's tokens laid out in sentences
and quoted spans, the reporting verbs and sources at each token, and who is speaking (entities,
their gender, the last speaker)."""

from __future__ import annotations

import bisect
from array import array
from dataclasses import dataclass

from qari.core.extract import cues
from qari.core.extract.cues import strip_conj
from qari.core.extract.doc import Doc, EntityIndex

__all__ = ["PUNCT", "TERMINATORS", "Finder", "Res", "Span"]

TERMINATORS = frozenset(".!?؟…")
PUNCT = frozenset('،,.:;؛!?؟()[]«»“”"‹›„-–—…')
Res = tuple[str | None, str | None, str | None]  # speaker, entity id, gender
# How far back (in tokens) a verb with no subject looks for a speaker it may continue: far more
# than any news article's distance between a speaker and the quotes that go on from them, and
# it keeps the search bounded (linear time) on a 300-page report.
CONTINUATION_REACH = 4000


@dataclass(slots=True)
class Span:
    start: int  # first character of the quoted words
    end: int
    mark: int  # position of the opening mark
    closed: bool


class Finder:
    def __init__(self, doc: Doc, ents: EntityIndex) -> None:
        self.doc, self.ents = doc, ents
        self.keys = doc.keys
        self.n = len(doc.keys)
        self.mention_starts = [a for a, _, _ in ents.spans]
        self.gender: dict[str, str] = {}
        self.history: list[tuple[int, str | None, str | None, str | None]] = []  # tok, speaker, eid, g
        self.memo: dict[int, Res] = {}
        self.names = {e.id: e.name for e in ents.entities}
        self.inq = array("i", [-1]) * self.n  # quoted span of each token, -1 outside quotes
        self.sent = array("i", bytes(4 * self.n))  # sentence number of each token

    # --- layout -------------------------------------------------------------------------
    def layout(self, spans: list[Span]) -> list[tuple[int, int, int]]:
        """Token ranges (opener token, first, end) of the spans; marks tokens and sentences."""
        starts = self.doc.toks.starts
        inq, sent, keys, para = self.inq, self.sent, self.keys, self.doc.para
        ranges = []
        for q, s in enumerate(spans):
            a = bisect.bisect_left(starts, s.start)
            b = bisect.bisect_left(starts, s.end)
            inq[a:b] = array("i", [q]) * (b - a)
            o = bisect.bisect_left(starts, s.mark)
            ranges.append((o, a, b))
        sid, prev_para = 0, 0
        for t in range(self.n):
            if para[t] != prev_para:
                sid += 1
                prev_para = para[t]
            sent[t] = sid
            if inq[t] < 0 and keys[t] in TERMINATORS:
                sid += 1
        return ranges

    # --- cues ---------------------------------------------------------------------------
    def verb_at(self, i: int) -> str | None:
        k = strip_conj(self.keys[i])
        if k in cues.PASSIVE_VERBS:
            return "passive"
        g = cues.verb_gender(k)
        if (
            g
            and i > 0
            and self.sent[i - 1] == self.sent[i]  # the headline's last word does not count
            and (cues.is_definite(self.keys[i - 1]) or self.keys[i - 1] in cues.PREPOSITIONS)
        ):
            return None
        return g

    def source_at(self, i: int) -> int:
        k = strip_conj(self.keys[i])
        for pat in cues.SOURCES:
            if k != pat[0] or i + len(pat) > self.n:
                continue
            if all(
                p == self.keys[i + x] or (p == "ل*" and self.keys[i + x].startswith("ل"))
                for x, p in enumerate(pat[1:], 1)
            ):
                return len(pat)
        return 0

    def cue_text(self, i: int, length: int = 1) -> str:
        toks = self.doc.toks
        first = toks[i].text
        if strip_conj(self.keys[i]) != self.keys[i]:
            first = first[1:]
        return " ".join([first] + [t.text for t in toks[i + 1 : i + length]])

    # --- speakers -----------------------------------------------------------------------
    def phrase(self, a: int, b: int) -> Res:
        """Speaker of the subject tokens a..b-1 (trimmed), linked to an entity when one starts it."""
        ents = self.ents
        k = bisect.bisect_left(self.mention_starts, a)
        while k < len(ents.spans) and ents.spans[k][0] < b:
            s, e, eid = ents.spans[k]
            if ents.types[eid] == "PER" and (
                not any(self.keys[t][0] == "ل" or self.keys[t] in cues.PREPOSITIONS for t in range(a, s))
                or self._after_named_place_or_body(s)
            ):
                return self.entity_name(eid), eid, None
            k += 1
        e = a + 1
        while e < b and not (
            self.keys[e] in cues.PREPOSITIONS
            or self.keys[e] in cues.STOPWORDS
            or (self.keys[e][0] in "لب" and e not in ents.by_token)
        ):
            e += 1
        eid = ents.by_token.get(a) or next((ents.by_token[t] for t in range(a, e) if t in ents.by_token), None)
        if eid is not None:
            k = bisect.bisect_left(self.mention_starts, a)
            if k < len(ents.spans) and ents.spans[k][0] == a and ents.spans[k][1] == e:
                return self.entity_name(eid), eid, None
        text = self.doc.text[self.doc.toks[a].start : self.doc.toks[e - 1].end]
        return text, eid, None

    def _after_named_place_or_body(self, s: int) -> bool:
        """«القيادي في حماس سامي أبو زهري»: a name right after an organisation or place closes
        the prepositional phrase and stands beside the head noun («مصدر في مكتب بوتين» does not:
        بوتين is inside the phrase)."""
        eid = self.ents.by_token.get(s - 1)
        return eid is not None and self.ents.types[eid] != "PER" and self.ents.by_token.get(s) != eid

    def person_before(self, i: int) -> str | None:
        """The person whose name ends right before token i («… يوآف غالانت أبلغ …»), if any."""
        k = bisect.bisect_left(self.mention_starts, i) - 1
        if k >= 0:
            s, e, eid = self.ents.spans[k]
            if e == i and self.ents.types[eid] == "PER" and self.sent[s] == self.sent[i]:
                return eid
        return None

    def entity_name(self, eid: str) -> str:
        return self.names[eid]

    def subject(self, i: int) -> tuple[int, int] | None:
        j = i + 1
        if j >= self.n or self.sent[j] != self.sent[i] or self.inq[j] >= 0:
            return None
        k = self.keys[j]
        if k in PUNCT or k in cues.STOPWORDS or (k[0] == "ل" and len(k) > 2 and j not in self.ents.by_token):
            return None
        b = j
        while (
            b < self.n
            and b - j < 10
            and self.sent[b] == self.sent[i]
            and self.inq[b] < 0
            and self.keys[b] not in PUNCT
            and self.keys[b] not in cues.COMPLEMENTIZERS
        ):
            b += 1
        return (j, b) if b > j else None

    def resolve_verb(self, i: int) -> Res:
        if i in self.memo:
            return self.memo[i]
        g = self.verb_at(i)
        if g == "passive":
            res: Res = (None, None, None)
        elif strip_conj(self.keys[i]) == self.keys[i] and (eid := self.person_before(i)) is not None:
            res = (self.entity_name(eid), eid, g)  # subject before the verb: «… غالانت أبلغ …»
            if g in ("m", "f"):
                self.gender.setdefault(eid, g)
        else:
            subj = self.subject(i)
            if subj:
                sp, eid, _ = self.phrase(*subj)
                res = (sp, eid, g)
                if eid and g in ("m", "f"):
                    self.gender.setdefault(eid, g)
            else:
                res = self.continuation(i, g)
        self.memo[i] = res
        return res

    def continuation(self, i: int, g: str | None) -> Res:
        """The speaker a verb with no subject continues: the last speaker if compatible and
        recent, else the most recent compatible speaker or person mentioned."""

        def ok(x: str | None) -> bool:
            return g is None or x is None or x == g or {x, g} == {"m", "p"}

        para = self.doc.para
        if self.history:
            t, sp, eid, hg = self.history[-1]
            if ok(hg) and para[i] - para[t] <= 2:
                return sp, eid, hg
        best: tuple[int, Res] | None = None
        floor = i - CONTINUATION_REACH
        for t, sp, eid, hg in reversed(self.history):
            if t < floor:
                break
            if t < i and ok(hg):
                best = (t, (sp, eid, hg))
                break
        k = bisect.bisect_left(self.mention_starts, i) - 1
        while k >= 0 and self.ents.spans[k][0] >= floor and (best is None or self.ents.spans[k][0] > best[0]):
            s, _, eid = self.ents.spans[k]
            typ, eg = self.ents.types[eid], self.gender.get(eid)
            fits = (
                (typ == "PER" and ok(eg))
                if g != "f"
                else ((typ == "PER" and eg == "f") or typ == "LOC" or (typ == "ORG" and eg == "f"))
            )
            if fits:
                best = (s, (self.entity_name(eid), eid, eg or g))
                break
            k -= 1
        return best[1] if best else (None, None, g)

    def remember(self, i: int, res: Res) -> None:
        if res[0] is not None:
            self.history.append((i, *res))
