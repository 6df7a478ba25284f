"""Where an annotation points, and finding that place again after the text changes.

An annotation is anchored the way the W3C Web Annotation Data Model describes: a
*TextPositionSelector* (``start``/``end``, code points into ``Article.text``) and a
*TextQuoteSelector* (``exact`` plus up to :data:`CONTEXT` code points of ``prefix``
and ``suffix``). Both live in one :class:`Selector`.

:func:`anchor` finds a selector in a (possibly edited) text, trying in turn:

1. ``"position"``: the quote is still at the same offsets, and its context agrees
   there at least as well as at any other occurrence of the quote;
2. ``"quote"``: the exact quote elsewhere, the occurrence whose prefix/suffix agree
   best, ties broken by nearness to the old position. A short quote (under
   :data:`SHORT_QUOTE` code points) must also agree with a quarter of its stored
   context (at least :data:`MIN_CONTEXT` code points), so a deleted one-word
   highlight does not jump to the same word in another paragraph. The same search
   is then run on *folded* text (:func:`qari.core.arabic.fold`: no tashkeel,
   tatweel, hamza/alef forms, case or spacing differences) with an exact map back,
   so a highlight survives vocalisation or its removal;
3. ``"fuzzy"``: an approximate match of the folded quote (rapidfuzz), first near
   the old position and then anywhere, its ends refined to the best similarity; it
   is accepted when the similarity reaches :data:`FUZZY_THRESHOLD`;
4. otherwise ``None``: the caller keeps the annotation as an *orphan*.

A zero-width selector (a bookmark: ``start == end``, ``exact == ""``) is anchored
by the text that followed it (its ``suffix``, with the ``prefix`` as context).

``Anchored.score`` is the similarity (0..1) of the anchored text to ``exact``
after folding: 1.0 means the same words (diacritics aside).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from qari.core.arabic import fold

CONTEXT = 32
SHORT_QUOTE = 12
MIN_CONTEXT = 4
FUZZY_THRESHOLD = 0.75
FUZZY_MIN_LENGTH = 6
FUZZY_SURE = 0.9  # a fuzzy match this close needs no help from its context
FUZZY_CONTEXT = 0.6  # otherwise the prefix/suffix must be at least this similar

Method = Literal["position", "quote", "fuzzy"]


@dataclass(frozen=True, slots=True)
class Selector:
    """TextPositionSelector (start, end) + TextQuoteSelector (exact, prefix, suffix)."""

    start: int
    end: int
    exact: str
    prefix: str = ""
    suffix: str = ""


@dataclass(frozen=True, slots=True)
class Anchored:
    start: int
    end: int
    method: Method
    score: float


def make_selector(text: str, start: int, end: int) -> Selector:
    """The selector of ``text[start:end]``, with :data:`CONTEXT` code points of context each side."""
    if not 0 <= start <= end <= len(text):
        raise ValueError(f"range {start}..{end} is outside a text of {len(text)} characters")
    return Selector(start, end, text[start:end], text[max(0, start - CONTEXT):start], text[end:end + CONTEXT])


def anchor(selector: Selector, new_text: str) -> Anchored | None:
    """Find ``selector`` in ``new_text``; ``None`` when it cannot be found (an orphan)."""
    if selector.exact:
        return _anchor_span(selector, new_text)
    # A bookmark: anchor the text after it (or, at the very end, the text before it).
    if selector.suffix:
        proxy = Selector(selector.start, selector.start + len(selector.suffix), selector.suffix, selector.prefix)
        found = _anchor_span(proxy, new_text)
        return None if found is None else Anchored(found.start, found.start, found.method, found.score)
    if selector.prefix:
        proxy = Selector(selector.start - len(selector.prefix), selector.start, selector.prefix)
        found = _anchor_span(proxy, new_text)
        return None if found is None else Anchored(found.end, found.end, found.method, found.score)
    point = min(selector.start, len(new_text))
    return Anchored(point, point, "position", 1.0)


# -- the ladder --------------------------------------------------------------------------
def _anchor_span(sel: Selector, text: str) -> Anchored | None:
    exact = sel.exact
    at_position = text[sel.start:sel.end] == exact
    if at_position and text[:sel.start].endswith(sel.prefix) and text[sel.end:].startswith(sel.suffix):
        return Anchored(sel.start, sel.end, "position", 1.0)
    starts = _occurrences(text, exact)
    best = _best_candidate(starts, len(exact), sel, text, sel.start)
    if best is not None:
        start, agree, top = best
        if at_position and _agreement(text, sel.start, sel.end, sel) == top:
            return Anchored(sel.start, sel.end, "position", 1.0)
        if _accept_quote(len(exact), agree, sel):
            return Anchored(start, start + len(exact), "quote", 1.0)
    return _folded_quote(sel, text) or _fuzzy(sel, text)


def _occurrences(text: str, needle: str) -> list[int]:
    out: list[int] = []
    i = text.find(needle)
    while i >= 0:
        out.append(i)
        i = text.find(needle, i + 1)
    return out


def _common_suffix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(reversed(a), reversed(b), strict=False):
        if x != y:
            break
        n += 1
    return n


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def _agreement(text: str, start: int, end: int, sel: Selector) -> int:
    """How many code points of the stored prefix and suffix agree with the text around [start, end)."""
    before = text[max(0, start - len(sel.prefix)):start]
    after = text[end:end + len(sel.suffix)]
    return _common_suffix(sel.prefix, before) + _common_prefix(sel.suffix, after)


def _best_candidate(
    starts: list[int], length: int, sel: Selector, text: str, near: int
) -> tuple[int, int, int] | None:
    """(start, agreement, top agreement) of the best occurrence: most context, then nearest."""
    if not starts:
        return None
    scored = [(_agreement(text, s, s + length, sel), -abs(s - near), s) for s in starts]
    agree, _, start = max(scored)
    return start, agree, agree


def _accept_quote(length: int, agree: int, sel: Selector) -> bool:
    """A long quote is enough by itself; a short one also needs a quarter of its context to agree."""
    context = len(sel.prefix) + len(sel.suffix)
    return length >= SHORT_QUOTE or agree >= min(context, max(MIN_CONTEXT, context // 4))


def _folded_quote(sel: Selector, text: str) -> Anchored | None:
    folded = fold(text)
    q = fold(sel.exact).text.strip()
    if not q:
        return None
    fsel = Selector(0, 0, q, fold(sel.prefix).text, fold(sel.suffix).text)
    near = _folded_index(folded.starts, sel.start)
    starts = _occurrences(folded.text, q)
    best = _best_candidate(starts, len(q), fsel, folded.text, near)
    if best is None or not _accept_quote(len(q), best[1], fsel):
        return None
    start, end = folded.span(best[0], best[0] + len(q))
    return Anchored(start, end, "quote", _similarity(sel.exact, text[start:end]))


def _fuzzy(sel: Selector, text: str) -> Anchored | None:
    folded = fold(text)
    q = fold(sel.exact).text.strip()
    ft = folded.text
    if len(q) < FUZZY_MIN_LENGTH or not ft:
        return None
    near = _folded_index(folded.starts, sel.start)
    cutoff = (FUZZY_THRESHOLD - 0.15) * 100  # coarse: the refined match must still reach the threshold
    reach = 4 * len(q) + 256
    lo, hi = max(0, near - reach), min(len(ft), near + len(q) + reach)
    found = None
    if hi - lo >= len(q):
        found = _locate(q, ft, lo, hi, cutoff)
    if found is None and (lo > 0 or hi < len(ft)):
        found = _locate(q, ft, 0, len(ft), cutoff)
    if found is None:
        return None
    s, e, score = _refine(q, ft, *found)
    # Leading/trailing spaces in the folded match are not part of the highlight.
    while s < e and ft[s] == " ":
        s += 1
    while e > s and ft[e - 1] == " ":
        e -= 1
    if score < FUZZY_THRESHOLD or s >= e:
        return None
    fsel = Selector(0, 0, q, fold(sel.prefix).text, fold(sel.suffix).text)
    if not _accept_quote(len(q), _agreement(ft, s, e, fsel), fsel):
        return None
    # A merely similar phrase elsewhere (the highlighted words were deleted, a phrase sharing some
    # of them remains) must not capture the mark: below a near-exact score, the surroundings must
    # also look like the old ones.
    if score < FUZZY_SURE and _context_similarity(ft, s, e, fsel) < FUZZY_CONTEXT:
        return None
    start, end = folded.span(s, e)
    return Anchored(start, end, "fuzzy", round(score, 4))


# rapidfuzz (about 10 ms to import) is imported by the functions that match approximately: opening
# an article with marks that anchor exactly, and the window's start, never load it.
def _locate(q: str, ft: str, lo: int, hi: int, cutoff: float) -> tuple[int, int] | None:
    from rapidfuzz import fuzz

    window = ft[lo:hi]
    if len(window) < len(q):
        return None
    hit = fuzz.partial_ratio_alignment(q, window, score_cutoff=cutoff)
    if hit is None:
        return None
    return lo + hit.dest_start, lo + hit.dest_end


def _refine(q: str, ft: str, s: int, e: int) -> tuple[int, int, float]:
    """Move each end of [s, e) (by up to half the quote) to where the similarity to ``q`` peaks."""
    from rapidfuzz.distance import Indel

    slack = max(4, len(q) // 2)
    best = Indel.normalized_similarity(q, ft[s:e])
    for _ in range(2):
        for cand in range(max(0, e - slack), min(len(ft), e + slack) + 1):
            if cand > s:
                score = Indel.normalized_similarity(q, ft[s:cand])
                if score > best:
                    best, e = score, cand
        for cand in range(max(0, s - slack), min(e - 1, s + slack) + 1):
            score = Indel.normalized_similarity(q, ft[cand:e])
            if score > best:
                best, s = score, cand
    return s, e, best


def _context_similarity(ft: str, s: int, e: int, sel: Selector) -> float:
    """Similarity (0..1) of the stored prefix and suffix to the text now around [s, e)."""
    from rapidfuzz.distance import Indel

    scores = []
    if sel.prefix:
        scores.append(Indel.normalized_similarity(sel.prefix, ft[max(0, s - len(sel.prefix)):s]))
    if sel.suffix:
        scores.append(Indel.normalized_similarity(sel.suffix, ft[e:e + len(sel.suffix)]))
    return sum(scores) / len(scores) if scores else 1.0


def _folded_index(starts: Sequence[int], original: int) -> int:
    """Index in the folded text of the first folded character at or after ``original``."""
    from bisect import bisect_left

    return bisect_left(starts, original)


def _similarity(a: str, b: str) -> float:
    from rapidfuzz.distance import Indel

    return round(Indel.normalized_similarity(fold(a).text, fold(b).text), 4)
