"""Direct quotations and reported statements with their speakers.

Quote marks: « », “ ”, ‹ ›, „ “/”, and ASCII " paired by order within a paragraph. An opener
that never closes ends at the first sentence end after it. A quoted span counts as speech when
it follows a colon, continues a previous quotation, has a reporting cue in its sentence (and is
not a short definite noun phrase, i.e. a scare-quoted term), or is long.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from qari.core.extract import cues
from qari.core.extract.cues import strip_conj
from qari.core.extract.entities import Doc, EntityIndex
from qari.core.extract.model import Quote

__all__ = ["find_quotes", "quote_spans"]

_PAIRS = {"«": "»", "“": "”", "‹": "›", "„": "“”"}
_OPENERS = re.compile('[«“‹„"]')
_TERMINATORS = frozenset(".!?؟…")
_STATEMENT_END = frozenset(".!?؟…:")
_PUNCT = frozenset('،,.:;؛!?؟()[]«»“”"‹›„-–—…')
_Res = tuple[str | None, str | None, str | None]  # speaker, entity id, gender


@dataclass(slots=True)
class _Span:
    start: int  # first character of the quoted words
    end: int
    mark: int  # position of the opening mark
    closed: bool


def quote_spans(text: str) -> list[tuple[int, int, bool]]:
    """(start, end, closed) of every quoted span: the words without the marks."""
    return [(s.start, s.end, s.closed) for s in _spans(text)]


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


def _unclosed_end(text: str, a: int, limit: int) -> int:
    for k in range(a, limit):
        if text[k] in _TERMINATORS:
            return k + 1
    return limit


def _spans(text: str) -> list[_Span]:
    out: list[_Span] = []
    pos = 0
    for line in text.split("\n"):
        base, pos = pos, pos + len(line) + 1
        ascii_q = [m.start() for m in re.finditer('"', line)]
        i = 0
        while True:
            m = _OPENERS.search(line, i)
            if not m:
                break
            o = m.start()
            ch = line[o]
            if ch == '"':
                later = [p for p in ascii_q if p > o]
                close = later[0] if later else -1
                nxt = -1
            else:
                closers = _PAIRS[ch]
                close = min((p for p in (line.find(c, o + 1) for c in closers) if p >= 0), default=-1)
                nxt = line.find(ch, o + 1) if ch != "„" else -1
            if close >= 0 and (nxt < 0 or close < nxt):
                a, b = _trim(line, o + 1, close)
                if b > a:
                    out.append(_Span(base + a, base + b, base + o, True))
                i = close + 1
            else:
                limit = nxt if nxt >= 0 else len(line)
                end = _unclosed_end(line, o + 1, limit)
                a, b = _trim(line, o + 1, end)
                if b > a:
                    out.append(_Span(base + a, base + b, base + o, False))
                i = end
    return out


class _Finder:
    def __init__(self, doc: Doc, ents: EntityIndex) -> None:
        self.doc, self.ents = doc, ents
        self.keys = doc.keys
        self.n = len(doc.keys)
        self.mention_starts = [a for a, _, _ in ents.spans]
        self.gender: dict[str, str] = {}
        self.history: list[tuple[int, str | None, str | None, str | None]] = []  # tok, speaker, eid, g
        self.memo: dict[int, _Res] = {}
        self.inq = [-1] * self.n
        self.sent = [0] * self.n

    # --- layout -------------------------------------------------------------------------
    def layout(self, spans: list[_Span]) -> list[tuple[int, int, int]]:
        """Token ranges (opener token, first, end) of the spans; marks tokens and sentences."""
        starts = [t.start for t in self.doc.toks]
        ranges = []
        for q, s in enumerate(spans):
            a = bisect.bisect_left(starts, s.start)
            b = bisect.bisect_left(starts, s.end)
            for t in range(a, b):
                self.inq[t] = q
            o = bisect.bisect_left(starts, s.mark)
            ranges.append((o, a, b))
        sid, prev_para = 0, 0
        for t in range(self.n):
            if self.doc.para[t] != prev_para:
                sid += 1
                prev_para = self.doc.para[t]
            self.sent[t] = sid
            if self.inq[t] < 0 and self.keys[t] in _TERMINATORS:
                sid += 1
        return ranges

    # --- cues ---------------------------------------------------------------------------
    def verb_at(self, i: int) -> str | None:
        k = strip_conj(self.keys[i])
        if k in cues.PASSIVE_VERBS:
            return "passive"
        g = cues.verb_gender(k)
        if g and i > 0 and (cues.is_definite(self.keys[i - 1]) or self.keys[i - 1] in cues.PREPOSITIONS):
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
    def phrase(self, a: int, b: int) -> _Res:
        """Speaker of the subject tokens a..b-1 (trimmed), linked to an entity when one starts it."""
        ents = self.ents
        k = bisect.bisect_left(self.mention_starts, a)
        while k < len(ents.spans) and ents.spans[k][0] < b:
            s, e, eid = ents.spans[k]
            if ents.types[eid] == "PER" and not any(
                self.keys[t][0] == "ل" or self.keys[t] in cues.PREPOSITIONS for t in range(a, s)
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

    def entity_name(self, eid: str) -> str:
        return next(e.name for e in self.ents.entities if e.id == eid)

    def subject(self, i: int) -> tuple[int, int] | None:
        j = i + 1
        if j >= self.n or self.sent[j] != self.sent[i] or self.inq[j] >= 0:
            return None
        k = self.keys[j]
        if k in _PUNCT or k in cues.STOPWORDS or (k[0] == "ل" and len(k) > 2 and j not in self.ents.by_token):
            return None
        b = j
        while (
            b < self.n
            and b - j < 10
            and self.sent[b] == self.sent[i]
            and self.inq[b] < 0
            and self.keys[b] not in _PUNCT
            and self.keys[b] not in cues.COMPLEMENTIZERS
        ):
            b += 1
        return (j, b) if b > j else None

    def resolve_verb(self, i: int) -> _Res:
        if i in self.memo:
            return self.memo[i]
        g = self.verb_at(i)
        if g == "passive":
            res: _Res = (None, None, None)
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

    def continuation(self, i: int, g: str | None) -> _Res:
        """The speaker a verb with no subject continues: the last speaker if compatible and
        recent, else the most recent compatible speaker or person mentioned."""

        def ok(x: str | None) -> bool:
            return g is None or x is None or x == g or {x, g} == {"m", "p"}

        para = self.doc.para
        if self.history:
            t, sp, eid, hg = self.history[-1]
            if ok(hg) and para[i] - para[t] <= 2:
                return sp, eid, hg
        best: tuple[int, _Res] | None = None
        for t, sp, eid, hg in reversed(self.history):
            if t < i and ok(hg):
                best = (t, (sp, eid, hg))
                break
        k = bisect.bisect_left(self.mention_starts, i) - 1
        while k >= 0 and (best is None or self.ents.spans[k][0] > best[0]):
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

    def remember(self, i: int, res: _Res) -> None:
        if res[0] is not None:
            self.history.append((i, *res))


def _statement(f: _Finder, i: int, doc: Doc) -> Quote | None:
    """«وقال X إن …», «أكد X أن …»: the verb at i with its complementizer in the same sentence."""
    verb = strip_conj(f.keys[i])
    inna = verb in cues.INNA_VERBS
    c = i + 1
    while c < f.n and c - i <= (30 if inna else 12) and f.sent[c] == f.sent[i]:
        k = f.keys[c]
        if f.inq[c] < 0 and k in cues.COMPLEMENTIZERS and (not inna or cues.bare(doc.toks[c].text)[0] == "إ"):
            break
        if f.inq[c] < 0 and c > i + 1 and f.verb_at(c) not in (None, "passive") and not inna:
            return None
        c += 1
    else:
        return None
    if c >= f.n or f.sent[c] != f.sent[i]:
        return None
    a = c + 1 if cues.bare(doc.toks[c].text) in ("إن", "أن", "بأن") else c
    b = a
    while b < f.n and f.sent[b] == f.sent[a] and not (f.inq[b] < 0 and f.keys[b] in _STATEMENT_END):
        k = strip_conj(f.keys[b])
        if f.inq[b] < 0 and (k in cues.PARTICIPLES_M or k in cues.PARTICIPLES_F):
            break
        b += 1
    if b <= a:
        return None
    sp, eid, g = f.resolve_verb(i)
    f.remember(i, (sp, eid, g))
    start, end = doc.toks[a].start, doc.toks[b - 1].end
    while end > start and doc.text[end - 1] in "،,؛;:":
        end -= 1
    return Quote(doc.text[start:end], start, end, sp, eid, f.cue_text(i), "reported")


def _source_np(f: _Finder, i: int, length: int) -> tuple[_Res, int]:
    j = i + length
    glued = cues.SOURCES_GLUED.get(strip_conj(f.keys[i]), False) and f.keys[j - 1] not in cues.SOURCE_FILLERS
    if glued and len(f.keys[j - 1]) > 2:  # «وفقا لوكالة الطاقة»: the source is glued to its ل
        j -= 1
    while j < f.n and f.keys[j] in cues.SOURCE_FILLERS:
        j += 1
    b = j
    while b < f.n and b - j < 7 and f.sent[b] == f.sent[i] and f.inq[b] < 0 and f.keys[b] not in _PUNCT:
        b += 1
    if b <= j:
        return (None, None, None), b
    sp, eid, g = f.phrase(j, b)
    if glued and len(f.keys[j]) > 2 and sp and sp.startswith("ل") and eid is None:
        sp = sp[1:]
    return (sp, eid, g), b


def _attribute(
    f: _Finder,
    o: int,
    a: int,
    b: int,
    closed: bool,
    prev: tuple[int, _Res] | None,
) -> tuple[_Res, str | None] | None:
    """Speaker and cue of the quote whose opening mark is token o (None: not speech)."""
    keys, n = f.keys, f.n
    ntok = sum(1 for t in range(a, b) if keys[t] not in _PUNCT)
    if prev is not None and all(keys[t] in _PUNCT for t in range(prev[0], o)):
        return prev[1], None
    colon = o > 0 and keys[o - 1] in (":", ":")
    lo = o - 1
    floor = prev[0] if prev else 0
    verb = part = src = None
    while lo >= floor and f.sent[lo] == f.sent[o] and f.inq[lo] < 0:
        if verb is None and f.verb_at(lo):
            verb = lo
            break
        k = strip_conj(keys[lo])
        if part is None and (k in cues.PARTICIPLES_M or k in cues.PARTICIPLES_F):
            part = lo
        if src is None and f.source_at(lo):
            src = lo
        lo -= 1
    fwd = None
    after = b + (1 if closed else 0)
    while after < n and keys[after] in ("،", ",", "”", "»", "›", '"') and after - b < 3:
        after += 1
    if after < n and f.sent[after] == f.sent[o] and f.inq[after] < 0 and (f.verb_at(after) or f.source_at(after)):
        fwd = after
    term = ntok <= 4 and cues.is_definite(keys[a]) if a < b else True
    cue_any = verb is not None or part is not None or src is not None or fwd is not None
    if not (colon or ntok >= 8 or (cue_any and not term and (ntok >= 3 or o - 1 in (verb, src) or fwd))):
        return None
    if verb is not None:
        return f.resolve_verb(verb), f.cue_text(verb)
    if part is not None:
        g = "f" if strip_conj(keys[part]) in cues.PARTICIPLES_F else "m"
        return f.continuation(part, g), f.cue_text(part)
    if fwd is not None:
        if f.verb_at(fwd):
            return f.resolve_verb(fwd), f.cue_text(fwd)
        length = f.source_at(fwd)
        return _source_np(f, fwd, length)[0], f.cue_text(fwd, length)
    if src is not None:
        length = f.source_at(src)
        return _source_np(f, src, length)[0], f.cue_text(src, length)
    if colon:
        k = bisect.bisect_left(f.mention_starts, o) - 1
        if k >= 0 and f.sent[f.ents.spans[k][0]] == f.sent[o]:
            eid = f.ents.spans[k][2]
            return (f.entity_name(eid), eid, f.gender.get(eid)), None
    return f.continuation(o, None), None


def find_quotes(doc: Doc, ents: EntityIndex) -> tuple[list[Quote], list[Quote]]:
    """Direct quotations and reported statements of ``doc``, in text order."""
    f = _Finder(doc, ents)
    spans = _spans(doc.text)
    ranges = f.layout(spans)
    events: list[tuple[int, int]] = [(o, -1 - q) for q, (o, _, _) in enumerate(ranges)]
    events += [(i, i) for i in range(f.n) if f.inq[i] < 0 and (f.verb_at(i) or f.source_at(i))]
    events.sort()
    quotes: list[Quote] = []
    statements: list[Quote] = []
    prev: tuple[int, _Res] | None = None
    claimed: set[int] = set()  # sentences whose source cue belongs to a quote or statement
    sources: list[int] = []
    for pos, ev in events:
        if ev < 0:
            q = -1 - ev
            o, a, b = ranges[q]
            if prev is not None and f.doc.para[prev[0]] != f.doc.para[o]:
                prev = None
            got = _attribute(f, o, a, b, spans[q].closed, prev)
            span = spans[q]
            if got is None:
                continue
            res, cue = got
            f.remember(o, res)
            claimed.add(f.sent[o])
            quotes.append(Quote(doc.text[span.start : span.end], span.start, span.end, res[0], res[1], cue))
            prev = (b + (1 if span.closed else 0), res)
        elif f.verb_at(pos):
            st = _statement(f, pos, doc)
            if st:
                statements.append(st)
                claimed.add(f.sent[pos])
        else:
            sources.append(pos)
    for pos in sources:
        st = _source_statement(f, pos, doc, claimed)
        if st:
            statements.append(st)
    statements.sort(key=lambda q: q.start)
    return quotes, statements


def _source_statement(f: _Finder, i: int, doc: Doc, claimed: set[int]) -> Quote | None:
    """«…، بحسب وكالة رويترز»: the rest of the sentence, attributed to the source."""
    if f.sent[i] in claimed:
        return None
    length = f.source_at(i)
    res, np_end = _source_np(f, i, length)
    if res[0] is None:
        return None
    s = i
    while s > 0 and f.sent[s - 1] == f.sent[i]:
        s -= 1
    a, b = s, i
    if b - a < 3:
        a = np_end + 1 if np_end < f.n and f.keys[np_end] in ("،", ",") else np_end
        b = a
        while b < f.n and f.sent[b] == f.sent[i] and f.keys[b] not in _TERMINATORS:
            b += 1
    if b - a < 3:
        return None
    start, end = doc.toks[a].start, doc.toks[b - 1].end
    while end > start and doc.text[end - 1] in "،,؛;:":
        end -= 1
    return Quote(doc.text[start:end], start, end, res[0], res[1], f.cue_text(i, length), "reported")
