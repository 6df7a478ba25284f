"""Quoted spans: where each quotation opens and closes, as written in real Arabic news.

One left-to-right pass over each paragraph's quote marks (linear time, no rescans):

- « », “ ”, ‹ ›, „ “/” and ASCII " (paired by order) open and close spans;
- the same kind nested inside a span («… «…» …») stays inside it, when enough closers follow
  in the paragraph (counted once, from the end); otherwise the first opener is one that never
  closes;
- a closing-style ” written as the opener (a space before it, a word after it: «تابع ” اتفقنا»);
- a closer with no opener: the quotation starts after the colon or the parenthesis before it
  («وأضاف (نقول لهم …”»);
- an opener that never closes runs to the end of its paragraph, or to its sentence end when
  another quotation or a reporting cue follows in the paragraph (so that the next attribution
  is not swallowed).
"""

from __future__ import annotations

import re
from array import array
from dataclasses import dataclass

from qari.core.extract import cues

__all__ = ["Span", "quote_spans", "spans"]

_CLOSE = {"«": "»", "“": "”", "‹": "›", "„": "“”", '"': '"', "”": "”"}
_MARKS = re.compile('[«»“”‹›„"]')
_NOT_MARKS = re.compile('[^«»“”‹›„"]+')
_TERMINATOR = re.compile("[.!?؟…]")
_WORDY = re.compile(r"[^\W_]")
_WORD = re.compile(r"[^\W\d_]+")
_ORPHAN_START = re.compile("[:：(]")


@dataclass(slots=True)
class Span:
    start: int  # first character of the quoted words
    end: int
    mark: int  # position of the opening mark (or of the colon / parenthesis it follows)
    closed: bool


def quote_spans(text: str) -> list[tuple[int, int, bool]]:
    """(start, end, closed) of every quoted span: the words without the marks."""
    return [(s.start, s.end, s.closed) for s in spans(text)]


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


def _opener_shaped(line: str, p: int) -> bool:
    """A ” with a space (or the line start, a colon) before it and a word after it."""
    before = line[p - 1] if p > 0 else " "
    k = p + 1
    while k < len(line) and line[k] == " ":
        k += 1
    return (before.isspace() or before in ":،,(") and k < len(line) and line[k].isalpha()


def _unclosed_end(line: str, a: int, limit: int, by_opener: bool) -> int:
    """Where an opener that never closes ends (see the module notes)."""
    m = _TERMINATOR.search(line, a, limit)
    if m is None:
        return limit
    if by_opener or any(cues.reports(cues.key(w.group())) for w in _WORD.finditer(line, m.end(), limit)):
        return m.end()
    return limit


def _paragraph(line: str, base: int, out: list[Span]) -> None:
    # the marks as two compact sequences (an int array and a str), not a tuple a mark, and built
    # without a list of them on the way: a paragraph of 5 MB of quote marks stays in tens of megabytes
    where = array("i", (m.start() for m in _MARKS.finditer(line)))
    if not where:
        return
    kinds = _NOT_MARKS.sub("", line)  # the marks in order
    n = len(where)
    # closers of each kind from each mark to the end (can the open span, or a nested one, still
    # close?): the kind's total less those before the mark, counted as the pass goes
    total = {k: kinds.count(k) for k in "»”›“\""}
    seen = dict.fromkeys(total, 0)

    def remaining(oc: str, x: int) -> int:
        return sum(total[k] - seen[k] for k in _CLOSE[oc])

    def emit(a: int, b: int, mark: int, closed: bool) -> None:
        a, b = _trim(line, a, b)
        if b > a and _WORDY.search(line, a, b):
            out.append(Span(base + a, base + b, base + mark, closed))

    o, oc, depth, done = -1, "", 0, 0  # open mark, its kind, nesting depth, end of the last span
    for x in range(n):
        if x and kinds[x - 1] in seen:
            seen[kinds[x - 1]] += 1
        p, ch = where[x], kinds[x]
        if p < done:
            continue
        if o < 0:
            if ch in "«“‹„\"" or (ch == "”" and _opener_shaped(line, p)):
                o, oc, depth = p, ch, 0
            elif ch in "»”›":  # a closer with no opener: the quote starts after «:» or «(»
                k = max(line.rfind(c, done, p) for c in ":：(")
                if k >= 0:
                    emit(k + 1, p, k, True)
                done = p + 1
            continue
        if ch in _CLOSE[oc] and not (ch == oc and oc not in ('"', "”")):
            if depth:
                depth -= 1
                continue
            emit(o + 1, p, o, True)
            o, done = -1, p + 1
            continue
        if ch in "«“‹„" and (ch != oc or oc in ('"', "”")) and remaining(oc, x) >= depth + 1:
            continue  # another kind inside the quotation («… “…” …»)
        if ch == oc and remaining(oc, x) >= depth + 2:
            depth += 1  # «… «…» …»: nested, and both can still close
            continue
        if ch in "«“‹„" or ch == oc:  # the open quotation never closes: it ends before this one
            end = _unclosed_end(line, o + 1, p, True)
            emit(o + 1, end, o, False)
            o, oc, depth = p, ch, 0
    if o >= 0:
        end = _unclosed_end(line, o + 1, len(line), False)
        emit(o + 1, end, o, False)


def spans(text: str) -> list[Span]:
    """Quoted spans of ``text`` in order, paragraph by paragraph."""
    out: list[Span] = []
    pos = 0
    for line in text.split("\n"):
        _paragraph(line, pos, out)
        pos += len(line) + 1
    return out
