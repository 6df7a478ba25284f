"""What quotation and reported-speech finding share: the article's tokens laid out in sentences
and quoted spans, the reporting verbs and sources at each token, and who is speaking (entities,
their gender, the last speaker)."""

from __future__ import annotations

import bisect
from array import array
from collections.abc import Callable

from qari.core.extract import cues, subjects
from qari.core.extract.cues import strip_conj
from qari.core.extract.doc import Doc, EntityIndex
from qari.core.extract.marks import Span
from qari.core.extract.nominals import Nominals

__all__ = ["PUNCT", "TERMINATORS", "Finder", "Res", "Span"]

TERMINATORS = frozenset(".!?؟…")
PUNCT = frozenset('،,.:;؛!?؟()[]«»“”"‹›„-–—…')
Res = tuple[str | None, str | None, str | None]  # speaker, entity id, gender
# Words that open a turn to another speaker before its verb: «من جهته، رفض …», «في المقابل، …».
_OPENERS_OF_TURN = frozenset(cues._keys("من ومن جهته جهتها جانبه جانبها بدوره بدورها وبدوره وبدورها في المقابل ، ,"))
# How far back (in tokens) a verb with no subject looks for a speaker it may continue: far more
# than any news article's distance between a speaker and the quotes that go on from them, and
# it keeps the search bounded (linear time) on a 300-page report.
CONTINUATION_REACH = 4000


class _SentenceStarts:
    """Sentence number -> its first token, as an int array (a dict of a million sentences, in a
    5 MB text of punctuation, took a hundred megabytes). ``sid in starts`` as for a dict: some
    numbers are skipped (a paragraph's end after a full stop)."""

    __slots__ = ("first",)

    def __init__(self, sent: array, n: int) -> None:
        self.first = array("i", [-1]) * (sent[n - 1] + 1 if n else 0)
        first, prev = self.first, -1
        for t in range(n):
            sid = sent[t]
            if sid != prev:  # sentence numbers never decrease
                first[sid] = t
                prev = sid

    def __contains__(self, sid: int) -> bool:
        return 0 <= sid < len(self.first) and self.first[sid] >= 0

    def __getitem__(self, sid: int) -> int:
        t = self.first[sid] if 0 <= sid < len(self.first) else -1
        if t < 0:
            raise KeyError(sid)
        return t


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
        self.qnames: dict[int, tuple[int, int]] = {}  # opener token -> words of a short quoted name
        self.short: dict[int, int] = {}  # quote index -> its opener token, for quotes of <= 4 words
        self.short_at: dict[int, tuple[int, int]] = {}  # opener token -> words of such a quote
        self.nominals: Nominals | None = None
        self.starts = _SentenceStarts(self.sent, 0)

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
        keys = self.keys
        for t in range(self.n):
            if para[t] != prev_para:
                sid += 1
                prev_para = para[t]
            sent[t] = sid
            # «… خلال مكالمة الليلة الماضية. أن هذه …»: a sentence cannot start with أن
            if inq[t] < 0 and keys[t] in TERMINATORS and not (
                t + 1 < self.n and cues.bare(self.doc.toks.word(t + 1)) in ("أن", "بأن")
            ):
                sid += 1
        for q, (o, a, b) in enumerate(ranges):
            words = [t for t in range(a, b) if keys[t] not in PUNCT]
            if len(words) <= 4 and spans[q].closed:
                self.short[q] = o
                self.short_at[o] = (a, b)
                where = self._name_position(o, b)
                if where and self._name_shaped(a, b, len(words), where):
                    self.qnames[o] = (a, b)
        self.starts = _SentenceStarts(self.sent, self.n)
        self.nominals = Nominals.read(self.doc, self.ents, self.inq, self.qnames)
        return ranges

    def _name_shaped(self, a: int, b: int, words: int, where: str) -> bool:
        """«أبل», «تايمز أوف إسرائيل», «في حب مصر»: a few words, no sentence inside (in subject
        position, no word shaped like a verb; after a medium noun or a clitic, «لـ"بي إن سبورتس"»,
        a word spelled like إن past the first is part of the name)."""
        keys, strict = self.keys, where == "subject"
        return words > 0 and not any(
            keys[t] in TERMINATORS or keys[t] in ("،", ",", ":")
            or (keys[t] in cues.COMPLEMENTIZERS and (where != "noun" or t == a or keys[t - 1] in PUNCT))
            or cues.verb_gender(keys[t]) or (strict and cues.looks_like_verb(keys[t]))
            for t in range(a, b)
        )

    def _name_position(self, o: int, b: int) -> str | None:
        """Where a name stands: after a noun such as شركة or قناة (with a clitic or a pronoun),
        after a source cue or a preposition, or as the subject right after a reporting verb
        with the sentence going on («وأضاف "بن فرحان"، في جلسة …، أن …»)."""
        if o == 0 or self.sent[o - 1] != self.sent[o]:
            return None
        prev = strip_conj(self.keys[o - 1])
        forms = {v for v, _ in cues.variants(prev)}
        forms |= {f[: -len(x)] for f in list(forms) for x in ("ه", "ها", "هم") if f.endswith(x) and len(f) > len(x) + 2}
        if forms & (cues.NAME_NOUNS | cues.ORG_TRIGGERS) or prev in ("ب", "ل", "لـ", "بـ") or prev in cues.PREPOSITIONS:
            return "noun"
        if self.source_at(o - 1) or prev in ("وفق", "حسب", "بحسب"):
            return "source"
        if self.verb_at(o - 1) not in (None, "passive"):
            after = b + 1
            if after < self.n and self.sent[after] == self.sent[o] and self.keys[after] not in TERMINATORS:
                return "subject"
        return None

    # --- cues ---------------------------------------------------------------------------
    def verb_at(self, i: int) -> str | None:
        """"m", "f", "p" or "passive" for a reporting verb (or قوله/قولها) at i, else None."""
        k = strip_conj(self.keys[i])
        if k in cues.PASSIVE_VERBS:
            return "passive"
        if self.keys[i] in cues.VERBAL_NOUNS:
            return cues.VERBAL_NOUNS[self.keys[i]]
        g = cues.verb_gender(k)
        if not g:
            return None
        same = i > 0 and self.sent[i - 1] == self.sent[i]  # the headline's last word does not count
        prev = self.keys[i - 1] if same else ""
        if prev in cues.PREPOSITIONS or (prev and prev[0] in "لب" and prev[1:] in cues.PREPOSITIONS):
            return None  # «في رد», «بعد ذكر»: a noun
        if k in cues.NOUN_LIKE_VERBS and (
            (i + 1 < self.n and self.keys[i + 1] in cues.NOUN_NEXT)
            or (same and k == self.keys[i] and prev not in PUNCT and prev not in cues.VERB_SLOT_BEFORE)
        ):
            return None  # «رد فعل», «… شكر وتقدير»: a cue verb's spelling used as a noun
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
        first = toks.word(i)
        if strip_conj(self.keys[i]) != self.keys[i]:
            first = first[1:]
        return " ".join([first] + [t.text for t in toks[i + 1 : i + length]])

    # --- speakers -----------------------------------------------------------------------
    def phrase(self, a: int, b: int) -> Res:
        """Speaker of the noun phrase a..b-1 (see :func:`subjects.phrase`)."""
        return subjects.phrase(self, a, b)

    def subject(self, i: int) -> tuple[int, int] | None:
        return subjects.subject(self, i)

    def sentence_start(self, i: int) -> int:
        return self.starts[self.sent[i]]

    def issuer(self, i: int) -> tuple[str | None, str | None] | None:
        """«وقال المكتب الإعلامي في بيان له … وأضاف البيان»: who issued the statement last named."""
        t = i - 1
        while t >= 0 and self.keys[t] not in ("بيان", "بيانا", "ببيان"):
            t -= 1
        if t < 0:
            return None
        for x, sp, eid, _ in reversed(self.history):
            if self.sent[x] == self.sent[t]:
                return sp, eid
        s0 = self.sentence_start(t)
        for x in range(s0, t):
            if self.verb_at(x) not in (None, "passive"):
                sp, eid, _ = self.resolve_verb(x)
                return (sp, eid) if sp else None
        return None

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

    def _antecedent(self, w: int) -> str | None:
        """The entity a relative pronoun at w refers to: the one named right before it."""
        j = w - 1 if w > 0 and self.keys[w - 1] in ("،", ",") else w
        return self.ents.by_token.get(j - 1) if j > 0 and self.sent[j - 1] == self.sent[w] else None

    def entity_name(self, eid: str) -> str:
        return self.names[eid]

    def resolve_verb(self, i: int) -> Res:
        if i in self.memo:
            return self.memo[i]
        self.memo[i] = (None, None, None)  # a cycle through clause_subject ends here
        g = self.verb_at(i)
        res: Res | None = None
        if g == "passive":
            res = (None, None, None)
        elif self.keys[i] in cues.VERBAL_NOUNS:  # «… عن مصدر مطلع قوله إن»
            s0 = self.sentence_start(i)
            t = i - 1
            while t > s0 and i - t <= 12 and self.keys[t] != "عن":
                t -= 1
            if self.keys[t] == "عن" and t + 1 < i:
                res = self.phrase(t + 1, i)
            # «قوله إن …» with no «عن X» nor clause subject: the pronoun's owner, said before
            res = res if res and res[0] else subjects.clause_subject(self, i, g) or self.continuation(i, g)
        elif i > 1 and self.keys[i - 1] in ("الذي", "التي", "الذين") and (eid := self._antecedent(i - 1)):
            res = (self.entity_name(eid), eid, g)  # «… كيم، الذي تحدث في وقت سابق عن …»
        elif strip_conj(self.keys[i]) == self.keys[i] and (eid := self.person_before(i)) is not None:
            res = (self.entity_name(eid), eid, g)  # subject before the verb: «… غالانت أبلغ …»
        elif strip_conj(self.keys[i]) == self.keys[i] and (before := subjects.subject_before(self, i)) is not None:
            res = before  # «رئيس البلدية X الذي زار الموقع أخبر السكان أن …»
        else:
            subj = self.subject(i)
            if subj:
                if strip_conj(self.keys[i]) in cues.RELAY_VERBS:
                    res = subjects.relayed(self, i, self.n)  # «نقلت وكالة X عن مصادر Y أن»
                sp, eid, _ = res if res and res[0] else self.phrase(*subj)
                res = (sp, eid, g)
            elif strip_conj(self.keys[i]) == self.keys[i]:
                res = subjects.subject_before(self, i)
            if res is None or res[0] is None:
                s0 = self.sentence_start(i)
                mid = i > s0 and strip_conj(self.keys[i]) != self.keys[i]  # «وقضت المحكمة …، وقالت إن»
                res = (subjects.clause_subject(self, i, g) if mid else None) or self.continuation(i, g)
        sp, eid, _ = res
        res = (sp, eid, g if g != "passive" else None)
        if eid and g in ("m", "f"):
            self.gender.setdefault(eid, g)
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
                named = self._named_between(t, i, ok)
                if named is not None and named[1] != eid:  # «… ثم رفض النائب X الخطة. وأضاف: …»
                    return named
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

    def _named_between(self, t: int, i: int, ok: Callable[[str | None], bool]) -> Res | None:
        """A person named as the subject of a sentence that opens between the last speaker (token
        t) and i («من جهته، رفض النائب كريم ناصر الخطة»): the latest one, if any."""
        found: Res | None = None
        sid = self.sent[t] + 1
        while sid < self.sent[i]:
            if sid not in self.starts:  # a paragraph's end after a full stop skips a number
                sid += 1
                continue
            s0 = self.starts[sid]
            w = s0
            while w < i and w - s0 < 4 and self.keys[w] in _OPENERS_OF_TURN:
                w += 1
            res = subjects.opening_subject(self, w) if w < i and self.sent[w] == sid else None
            if res is not None and res[1] is not None and self.ents.types.get(res[1]) == "PER" and ok(
                    self.gender.get(res[1])):
                found = res
            sid += 1
        return found

    def remember(self, i: int, res: Res) -> None:
        if res[0] is not None:
            self.history.append((i, *res))
