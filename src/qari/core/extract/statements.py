"""Reported speech: «قال X إن …», «أكد X أن …» and «… بحسب / وفقا لـ X», with their speakers."""

from __future__ import annotations

import bisect

from qari.core.extract import cues
from qari.core.extract.cues import strip_conj
from qari.core.extract.doc import Doc
from qari.core.extract.model import Quote
from qari.core.extract.speakers import PUNCT, TERMINATORS, Finder, Res

__all__ = ["only_a_quote", "source_np", "source_statement", "statement"]

_STATEMENT_END = frozenset(".!?؟…:")
_CLAUSE_LINKS = frozenset(("فيما", "بينما", "حين", "كما"))


def _new_report(f: Finder, b: int) -> bool:
    """Does a second report begin at b («…، فيما أكد شولتس أن …», «…، وأضاف أن …»)?"""
    if b == 0 or f.verb_at(b) in (None, "passive"):
        return False
    prev = f.keys[b - 1]
    return prev in _CLAUSE_LINKS or (prev in ("،", ",") and f.keys[b][0] in "وف")


def statement(f: Finder, i: int, doc: Doc) -> Quote | None:
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
        if f.inq[b] < 0 and (k in cues.PARTICIPLES_M or k in cues.PARTICIPLES_F or _new_report(f, b)):
            break
        b += 1
    while b > a and f.inq[b - 1] < 0 and (f.keys[b - 1] in _CLAUSE_LINKS or f.keys[b - 1] in ("،", ",")):
        b -= 1
    if b <= a:
        return None
    sp, eid, g = f.resolve_verb(i)
    f.remember(i, (sp, eid, g))
    start, end = doc.toks[a].start, doc.toks[b - 1].end
    while end > start and doc.text[end - 1] in "،,؛;:":
        end -= 1
    return Quote(doc.text[start:end], start, end, sp, eid, f.cue_text(i), "reported")


def source_np(f: Finder, i: int, length: int) -> tuple[Res, int]:
    j = i + length
    glued = cues.SOURCES_GLUED.get(strip_conj(f.keys[i]), False) and f.keys[j - 1] not in cues.SOURCE_FILLERS
    if glued and len(f.keys[j - 1]) > 2:  # «وفقا لوكالة الطاقة»: the source is glued to its ل
        j -= 1
    while j < f.n and f.keys[j] in cues.SOURCE_FILLERS:
        j += 1
    b = j
    while b < f.n and b - j < 7 and f.sent[b] == f.sent[i] and f.inq[b] < 0 and f.keys[b] not in PUNCT:
        b += 1
    if b <= j:
        return (None, None, None), b
    sp, eid, g = f.phrase(j, b)
    if glued and len(f.keys[j]) > 2 and sp and sp.startswith("ل") and eid is None:
        sp = sp[1:]
    return (sp, eid, g), b


def only_a_quote(text: str, st: Quote, quotes: list[Quote], starts: list[int] | None = None) -> bool:
    """«قال X إن "…"»: the statement is the direct quote again, which already has its speaker.

    ``starts``: the quotes' start offsets, when ``quotes`` is sorted by start (then only the
    quotes that begin inside the statement are looked at)."""
    first = 0 if starts is None else bisect.bisect_left(starts, st.start)
    for k in range(first, len(quotes)):
        q = quotes[k]
        if starts is not None and q.start >= st.end:
            break
        if st.start <= q.start and q.end <= st.end:
            rest = text[st.start : q.start] + text[q.end : st.end]
            if all(ch in PUNCT or ch.isspace() for ch in rest):
                return True
    return False


def source_statement(f: Finder, i: int, doc: Doc, claimed: set[int]) -> Quote | None:
    """«…، بحسب وكالة رويترز»: the rest of the sentence, attributed to the source."""
    if f.sent[i] in claimed:
        return None
    length = f.source_at(i)
    res, np_end = source_np(f, i, length)
    if res[0] is None:
        return None
    s = i
    while s > 0 and f.sent[s - 1] == f.sent[i]:
        s -= 1
    a, b = s, i
    if b - a < 3:
        a = np_end + 1 if np_end < f.n and f.keys[np_end] in ("،", ",") else np_end
        b = a
        while b < f.n and f.sent[b] == f.sent[i] and f.keys[b] not in TERMINATORS:
            b += 1
    if b - a < 3:
        return None
    start, end = doc.toks[a].start, doc.toks[b - 1].end
    while end > start and doc.text[end - 1] in "،,؛;:":
        end -= 1
    return Quote(doc.text[start:end], start, end, res[0], res[1], f.cue_text(i, length), "reported")
