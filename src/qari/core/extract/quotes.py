"""Direct quotations and reported statements with their speakers.

Quote marks: « », “ ”, ‹ ›, „ “/”, and ASCII " paired by order within a paragraph. An opener
that never closes ends at the first sentence end after it. A quoted span counts as speech when
it follows a colon, continues a previous quotation, has a reporting cue in its sentence (and is
not a short definite noun phrase, i.e. a scare-quoted term), or is long.
"""

from __future__ import annotations

import bisect
import re

from qari.core.extract import cues
from qari.core.extract.cues import strip_conj
from qari.core.extract.doc import Doc, EntityIndex
from qari.core.extract.model import Quote
from qari.core.extract.speakers import PUNCT, TERMINATORS, Finder, Res, Span
from qari.core.extract.statements import participle_statement, source_np, source_statement, statement
from qari.core.extract.subjects import clause_subject

__all__ = ["find_quotes", "quote_spans"]

_PAIRS = {"«": "»", "“": "”", "‹": "›", "„": "“”"}
_OPENERS = re.compile('[«“‹„"]')
_CLOSERS = frozenset('»”›"')
_MARKS = re.compile('[«»“”‹›„"]')
_TERMINATOR = re.compile("[" + re.escape("".join(sorted(TERMINATORS))) + "]")
_WORDY = re.compile(r"[^\W_]")


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
    m = _TERMINATOR.search(text, a, limit)
    return m.end() if m else limit


def _next(positions: list[int], o: int) -> int:
    """The first position after o (-1 if none): a bisection, so pairing stays linear."""
    k = bisect.bisect_right(positions, o)
    return positions[k] if k < len(positions) else -1


def _spans(text: str) -> list[Span]:
    """Quoted spans paragraph by paragraph, in one pass: each mark's next closer and next
    opener of its kind are looked up by bisection in the paragraph's list of that mark, and a
    span with no letter or digit in it (a run of marks or punctuation) is not kept."""
    out: list[Span] = []
    pos = 0
    for line in text.split("\n"):
        base, pos = pos, pos + len(line) + 1
        marks: dict[str, list[int]] = {}
        for m in _MARKS.finditer(line):
            marks.setdefault(m.group(), []).append(m.start())
        if not marks:
            continue
        none: list[int] = []
        i = 0
        while True:
            m = _OPENERS.search(line, i)
            if not m:
                break
            o = m.start()
            ch = line[o]
            if ch == '"':
                close = _next(marks['"'], o)
                nxt = -1
            else:
                close = min((p for p in (_next(marks.get(c, none), o) for c in _PAIRS[ch]) if p >= 0), default=-1)
                nxt = _next(marks[ch], o) if ch != "„" else -1
            if close >= 0 and (nxt < 0 or close < nxt):
                a, b = _trim(line, o + 1, close)
                if b > a and _WORDY.search(line, a, b):
                    out.append(Span(base + a, base + b, base + o, True))
                i = close + 1
            else:
                limit = nxt if nxt >= 0 else len(line)
                end = _unclosed_end(line, o + 1, limit)
                a, b = _trim(line, o + 1, end)
                if b > a and _WORDY.search(line, a, b):
                    out.append(Span(base + a, base + b, base + o, False))
                i = end
    return out

def _attribute(
    f: Finder,
    o: int,
    a: int,
    b: int,
    closed: bool,
    prev: tuple[int, Res] | None,
) -> tuple[Res, str | None] | None:
    """Speaker and cue of the quote whose opening mark is token o (None: not speech)."""
    keys, n = f.keys, f.n
    if o in f.qnames:  # «شركة "أبل"», «ووفق موقع "تايمز أوف إسرائيل"»: a name, not speech
        return None
    ntok = sum(1 for t in range(a, b) if keys[t] not in PUNCT)
    if prev is not None and all(keys[t] in PUNCT for t in range(prev[0], o)):
        return prev[1], None
    colon = o > 0 and keys[o - 1] in (":", ":")
    lo = o - 1
    floor = prev[0] if prev else 0
    verb = part = src = None
    while lo >= floor and f.sent[lo] == f.sent[o]:
        if f.inq[lo] >= 0 or keys[lo] in _CLOSERS:
            # a short quoted name or term on the way («صحيفة "ديلي ستار" اليوم :"…"») does not
            # stop the search; a longer quotation does (it has its own attribution)
            q = f.inq[lo] if f.inq[lo] >= 0 else f.inq[lo - 1] if lo > 0 else -1
            if q < 0 or q not in f.short:
                break
            lo = f.short[q] - 1
            continue
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
    # a scare-quoted term: a short definite noun phrase with no verb («الحرب على الإرهاب»);
    # «السوق تحتاج إلى الاستقرار» is speech
    term = (
        ntok <= 4 and cues.is_definite(keys[a]) and not any(cues.looks_like_verb(keys[t]) for t in range(a + 1, b))
        if a < b
        else True
    )
    cue_any = verb is not None or part is not None or src is not None or fwd is not None
    if not (colon or ntok >= 8 or (cue_any and not term and (ntok >= 3 or o - 1 in (verb, src) or fwd))):
        return None
    if verb is not None:  # «أوضح X أن …، مضيفا أن "…"»: X's quote, introduced by the nearer مضيفا
        return f.resolve_verb(verb), f.cue_text(verb if part is None else part)
    if part is not None:
        g = "f" if strip_conj(keys[part]) in cues.PARTICIPLES_F else "m"
        return clause_subject(f, part, g) or f.continuation(part, g), f.cue_text(part)
    if fwd is not None:
        if f.verb_at(fwd):
            return f.resolve_verb(fwd), f.cue_text(fwd)
        length = f.source_at(fwd)
        return source_np(f, fwd, length)[0], f.cue_text(fwd, length)
    if src is not None:
        length = f.source_at(src)
        return source_np(f, src, length)[0], f.cue_text(src, length)
    if colon:
        k = bisect.bisect_left(f.mention_starts, o) - 1
        if k >= 0 and f.sent[f.ents.spans[k][0]] == f.sent[o]:
            eid = f.ents.spans[k][2]
            return (f.entity_name(eid), eid, f.gender.get(eid)), None
    return f.continuation(o, None), None


def find_quotes(doc: Doc, ents: EntityIndex) -> tuple[list[Quote], list[Quote]]:
    """Direct quotations and reported statements of ``doc``, in text order."""
    f = Finder(doc, ents)
    spans = _spans(doc.text)
    ranges = f.layout(spans)
    events: list[tuple[int, int]] = [(o, -1 - q) for q, (o, _, _) in enumerate(ranges)]
    events += [
        (i, i) for i in range(f.n)
        if f.inq[i] < 0 and cues.maybe_cue(f.keys[i])
        and (f.verb_at(i) or f.source_at(i) or strip_conj(f.keys[i]) in cues.PARTICIPLES)
    ]
    events.sort()
    quotes: list[Quote] = []
    statements: list[Quote] = []
    prev: tuple[int, Res] | None = None
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
        elif strip_conj(f.keys[pos]) in cues.PARTICIPLES:
            st = participle_statement(f, pos, doc)
            if st:
                statements.append(st)
        elif f.verb_at(pos):
            st = statement(f, pos, doc)
            if st:
                statements.append(st)
                claimed.add(f.sent[pos])
            elif f.verb_at(pos) != "passive" and f.subject(pos) is not None:
                f.remember(pos, f.resolve_verb(pos))  # «من جهته، انتقد النائب X القرار. وأضاف: …»
        else:
            sources.append(pos)
    for pos in sources:
        st = source_statement(f, pos, doc, claimed)
        if st:
            statements.append(st)
    statements.sort(key=lambda q: q.start)
    return quotes, statements
