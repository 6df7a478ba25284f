"""Find in an article: diacritic-, hamza- and digit-insensitive substring search.

Hits are code-point spans in the ORIGINAL text (an article's canonical text); a
hit covers whole original characters, including the diacritics of its last letter.
"""

from __future__ import annotations

from bisect import bisect_left
from operator import itemgetter

from qari.core.arabic import OffsetMap, fold, fold_text


def find_all(text: str, query: str, *, limit: int | None = None) -> list[tuple[int, int]]:
    """Spans ``(start, end)`` of every non-overlapping match of ``query`` in ``text``.

    Matching is on folded forms (see :func:`qari.core.arabic.fold`), so it ignores
    tashkeel, tatweel, hamza forms of alef, ة/ه, ى/ي, digit scripts, case and runs of
    whitespace; it is a substring match (لبوتين contains بوتين). An empty or
    whitespace-only query finds nothing. ``limit`` stops after that many hits.
    """
    needle = fold_text(query)
    if not needle:
        return []
    folded = fold(text)
    hay, starts, ends = folded.text, folded.starts, folded.ends
    width = len(needle)
    found: list[int] = []  # folded indices of the matches
    add, find = found.append, hay.find
    i = find(needle)
    while i >= 0 and (limit is None or len(found) < limit):
        add(i)
        i = find(needle, i + width)
    if isinstance(starts, OffsetMap) and isinstance(ends, OffsetMap):  # (a long text's maps: runs)
        return list(zip(starts.at(found), ends.at(found, width - 1), strict=True))
    return [(starts[i], ends[i + width - 1]) for i in found]


NEAR_CHARS = 60_000  # folded characters each side of the place that find_near searches


def find_near(text: str, query: str, offset: int, reach: int = NEAR_CHARS) -> list[tuple[int, int]]:
    """The hits of :func:`find_all` within about ``reach`` folded characters of canonical ``offset``,
    and at least the first hit after it (wrapping to the first of all) if there is any: what the find
    bar of a long text shows at once while the whole list is made on a worker thread (a frequent
    word in 20 MB: 74,000 hits). For a query that can overlap itself ("ااا") the first hits may
    differ from the whole list's, which then replaces them."""
    needle = fold_text(query)
    if not needle:
        return []
    folded = fold(text)
    hay, starts, width = folded.text, folded.starts, len(needle)
    place = bisect_left(range(len(hay)), offset, key=starts.__getitem__)
    lo, hi = max(0, place - reach), min(len(hay), place + reach)
    found: list[int] = []
    i = hay.find(needle, lo, hi)
    while i >= 0:
        found.append(i)
        i = hay.find(needle, i + width, hi)
    if not found or found[-1] < place:
        i = hay.find(needle, hi)
        i = i if i >= 0 else hay.find(needle, 0, lo + width)  # (wrapping around)
        if i >= 0 and i not in found:
            found = sorted([*found, i])
    return [folded.span(i, i + width) for i in found]


def count(text: str, query: str) -> int:
    """Number of matches :func:`find_all` would return."""
    needle = fold_text(query)
    return fold(text).text.count(needle) if needle else 0


def next_hit(hits: list[tuple[int, int]], offset: int, *, backwards: bool = False) -> int | None:
    """Index of the hit after (or before) ``offset``, wrapping around; None if no hits."""
    if not hits:
        return None
    k = bisect_left(hits, offset, key=itemgetter(0))
    if backwards:
        return k - 1 if k > 0 else len(hits) - 1
    return k if k < len(hits) else 0
