"""Direct quotations and reported statements with their speakers.

Where quotations open and close is :mod:`qari.core.extract.marks`. A quoted span counts as speech when
it follows a colon, continues a previous quotation, has a reporting cue in its sentence (and is
not a short definite noun phrase, i.e. a scare-quoted term), or is long.
"""

from __future__ import annotations

import bisect
import re

from qari.core.extract import cues
from qari.core.extract.cues import strip_conj
from qari.core.extract.doc import Doc, EntityIndex
from qari.core.extract.marks import quote_spans
from qari.core.extract.marks import spans as _spans
from qari.core.extract.model import Quote
from qari.core.extract.speakers import PUNCT, TERMINATORS, Finder, Res
from qari.core.extract.statements import participle_statement, source_np, source_statement, statement
from qari.core.extract.subjects import clause_subject

__all__ = ["find_quotes", "quote_spans"]

_CLOSERS = frozenset('»”›"')


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
    # «قال الوزير إن "الأمر محسوم".»: a quotation that is the whole clause after the complementizer
    # (its sentence or its clause ends at the closing mark) is what was said, however short; a
    # quoted term inside the clause («إن "داعش" تبنى الهجوم») is not the whole clause
    whole = (closed and o > 0 and strip_conj(keys[o - 1]) in ("ان", "بان")
             and (b + 1 >= n or keys[b + 1] in TERMINATORS or keys[b + 1] in ("،", ",", "؛", ";")))
    if whole:
        term = False
    cue_any = verb is not None or part is not None or src is not None or fwd is not None
    if not cue_any and closed and not colon and ntok >= 3 and (who := _headline_speaker(f, o, after)) is not None:
        return who, None
    if not (colon or ntok >= 8 or (cue_any and not term and (ntok >= 3 or o - 1 in (verb, src) or fwd or whole))):
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
        mi = bisect.bisect_left(f.mention_starts, o) - 1  # the last mention starting before o
        if mi >= 0 and f.sent[f.ents.spans[mi][0]] == f.sent[o]:
            eid = f.ents.spans[mi][2]
            return (f.entity_name(eid), eid, f.gender.get(eid)), None
    return f.continuation(o, None), None


def _present_verb(k: str) -> bool:
    """«ينتقد», «يرد», «تكشف»: a headline's verb (a present tense, or any reporting verb)."""
    return cues.looks_like_verb(k) or (len(k) >= 3 and k[0] in "يت" and k not in cues.FIRST_NAMES)


def _headline_speaker(f: Finder, o: int, after: int) -> Res | None:
    """«"لم يوافق عليها أي ناد".. مدرب الأهلي ينتقد …»: a headline quote before its speaker."""
    keys = f.keys
    if f.doc.para[o] != 0 or f.n == 0 or any(keys[t] in (".", "!", "؟") for t in range(after + 2, f.n)
                                              if f.doc.para[t] == 0):
        return None
    s = after
    while s < f.n and f.doc.para[s] == 0 and keys[s] in PUNCT:
        s += 1
    e = s
    while e < f.n and e - s < 6 and f.doc.para[e] == 0 and keys[e] not in PUNCT and not _present_verb(keys[e]):
        e += 1
    if s == after or e == s or e >= f.n or f.doc.para[e] != 0 or keys[e] in PUNCT:
        return None  # no punctuation between, no speaker, or no verb after the speaker
    res = f.phrase(s, e)
    return res if res[0] else None


def find_quotes(doc: Doc, ents: EntityIndex) -> tuple[list[Quote], list[Quote]]:
    """Direct quotations and reported statements of ``doc``, in text order."""
    f = Finder(doc, ents)
    spans = _spans(doc.text)
    ranges = f.layout(spans)
    events: list[tuple[int, int]] = [(o, -1 - q) for q, (o, _, _) in enumerate(ranges)]
    may_cue = {k for k in set(f.keys) if cues.maybe_cue(k)}  # once per word type
    inq = f.inq
    events += [
        (i, i) for i, k in enumerate(f.keys)
        if k in may_cue and inq[i] < 0
        and (f.verb_at(i) or f.source_at(i) or strip_conj(k) in cues.PARTICIPLES)
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
    head = _headline_quote(f, doc)
    if head is not None and not any(q.start < head.end and head.start < q.end for q in quotes):
        quotes.insert(0, head)
    statements.sort(key=lambda q: q.start)
    for said in quotes + statements:
        if said.speaker is not None:
            said.speaker = clean_speaker(said.speaker)
    return quotes, statements


_TRAILING = re.compile(r"(?:\s*(?:\([^()]*\)?|\[[^\[\]]*\]?|[،,:;؛\-–—«»“”\"]))+$")


def clean_speaker(name: str) -> str:
    """A speaker is a clean noun phrase: no trailing «(AFC)», bracket, comma or quote mark."""
    return _TRAILING.sub("", name).strip() or name


def _headline_quote(f: Finder, doc: Doc) -> Quote | None:
    """«وزير الخارجية: الأولوية لإنهاء الكارثة», «… ونتنياهو يتراجع: لن ننسحب»: a headline
    «speaker: words» with no quote marks (the speaker a person, a title or a body)."""
    keys, para, n = f.keys, doc.para, f.n
    if n == 0 or para[n - 1] == 0:
        return None
    colon, seg = -1, 0
    t = 0
    while t < n and para[t] == 0:
        if keys[t] in TERMINATORS:
            seg = t + 1
        elif keys[t] in (":", ":") and f.inq[t] < 0:
            colon = t
            break
        t += 1
    if colon < 1 or colon - seg > 6:
        return None
    while seg < colon and keys[seg] in PUNCT:
        seg += 1
    e = seg
    while e < colon and not _present_verb(keys[e]):
        e += 1
    if e == seg:
        return None
    def speaker_like(k: str) -> bool:
        return k in cues.TITLES or cues.is_definite(k) or k in cues.HONORIFICS

    k = keys[seg]
    if not (seg in f.ents.by_token or speaker_like(k) or (k[:1] == "و" and speaker_like(k[1:]))):
        return None
    a = colon + 1
    b = a
    while b < n and para[b] == 0 and not (keys[b] in TERMINATORS and f.inq[b] < 0):
        b += 1
    if sum(1 for x in range(a, b) if keys[x] not in PUNCT) < 3:
        return None
    sp, eid, _ = f.phrase(seg, e)
    if not sp:
        return None
    start, end = doc.toks[a].start, doc.toks[b - 1].end
    return Quote(doc.text[start:end], start, end, sp, eid, None)
