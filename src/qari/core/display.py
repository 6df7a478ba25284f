"""The text handed to Qt, and the map between it and canonical offsets.

Canonical offsets are code points into an article's text. Qt counts UTF-16 code
units, may show the text without its diacritics (``hide_tashkeel``) and may carry
display-only insertions (kashida/tatweel for justification). :class:`DisplayText`
converts between the two with a bisect over a few breakpoints, so building is
cheap even for long articles.

Conventions:

- ``to_qt(k)`` is where canonical character ``k`` starts on screen: after any
  insertion placed before ``k`` (an insertion belongs to the character before it,
  as a kashida elongates the letter it follows). A hidden diacritic maps to the end
  of its letter, so a span over a word covers the same word shown or hidden.
- ``from_qt(pos)`` is the largest canonical offset whose slot starts at or before
  ``pos``: a position inside an insertion gives the offset after it; a position
  between a letter and its hidden diacritics gives the offset after the
  diacritics; the middle of a surrogate pair gives the start of its character.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Mapping
from functools import cache
from itertools import accumulate, count, repeat
from operator import add, sub

from qari.core.records import Frozen
from qari.core.records import set_field as _set


def _mark_class() -> str:
    import unicodedata  # (at the first use of the hidden-marks pattern, not before the first paint)

    ranges = [(0x0610, 0x061A), (0x064B, 0x065F), (0x0670, 0x0670), (0x06D6, 0x06ED), (0x08D3, 0x08FF)]
    out = []
    for lo, hi in ranges:
        run: list[int] = []
        for cp in range(lo, hi + 2):
            if cp <= hi and unicodedata.category(chr(cp)) == "Mn":
                run.append(cp)
            elif run:
                out.append(f"\\u{run[0]:04x}-\\u{run[-1]:04x}" if len(run) > 1 else f"\\u{run[0]:04x}")
                run = []
    return "".join(out)


@cache
def _rx_hidden() -> re.Pattern[str]:  # (built at its first use: `qari` starts without it)
    return re.compile(f"[{_mark_class()}]")


_RX_NON_BMP = re.compile("[\U00010000-\U0010ffff]")


def is_hidden_mark(ch: str) -> bool:
    """True for the Arabic marks ``hide_tashkeel`` hides (tashkeel, Quranic marks)."""
    return _rx_hidden().fullmatch(ch) is not None


def utf16_len(s: str) -> int:
    """Length of ``s`` in UTF-16 code units (what Qt counts)."""
    return len(s) + len(_RX_NON_BMP.findall(s))


class DisplayText(Frozen):
    """What a QTextDocument shows for a canonical text, with the maps both ways.

    Two steps: canonical offset k -> h = k minus the hidden marks before it
    (``_marks``/``_mv``), then h -> UTF-16 through a short list of jumps
    (``_keys``/``_cum``: surrogate pairs and insertions, in h coordinates).
    (A frozen record compared by identity: ``@dataclass(frozen=True, slots=True, eq=False)``
    written out, see qari.core.records.)
    """

    __slots__ = ("_cum", "_ins16", "_keys", "_marks", "_mv", "_qkeys", "canonical", "hide_tashkeel", "text")
    canonical: str
    text: str
    hide_tashkeel: bool
    _marks: list[int]  # ends (index + 1) of hidden marks, sorted
    _mv: list[int]  # _mv[i] = visible characters before hidden mark i (sorted)
    _keys: list[int]  # h positions after which the UTF-16 delta grows
    _cum: list[int]  # delta in effect from _keys[i] on
    _qkeys: list[int]  # _keys[i] + _cum[i]
    _ins16: dict[int, int]  # UTF-16 width of the insertion shown before canonical k

    FIELDS = ("canonical", "text", "hide_tashkeel", "_marks", "_mv", "_keys", "_cum", "_qkeys", "_ins16")
    __eq__ = object.__eq__  # compared by identity (eq=False)
    __hash__ = object.__hash__

    def __init__(
        self, canonical: str, text: str, hide_tashkeel: bool, _marks: list[int], _mv: list[int],
        _keys: list[int], _cum: list[int], _qkeys: list[int], _ins16: dict[int, int],
    ) -> None:
        _set(self, "canonical", canonical)
        _set(self, "text", text)
        _set(self, "hide_tashkeel", hide_tashkeel)
        _set(self, "_marks", _marks)
        _set(self, "_mv", _mv)
        _set(self, "_keys", _keys)
        _set(self, "_cum", _cum)
        _set(self, "_qkeys", _qkeys)
        _set(self, "_ins16", _ins16)

    @classmethod
    def build(
        cls,
        text: str,
        *,
        hide_tashkeel: bool = False,
        insertions: Mapping[int, str] | None = None,
    ) -> DisplayText:
        """Display form of ``text``; ``insertions[k]`` is shown before canonical offset ``k``."""
        n = len(text)
        if hide_tashkeel:
            parts = _rx_hidden().split(text)
            shown = "".join(parts)
            marks = list(accumulate(map(add, map(len, parts[:-1]), repeat(1))))
            mv = list(map(sub, marks, count(1)))
        else:
            shown, marks, mv = text, [], []
        # insertions, moved off hidden marks onto the next shown slot, keyed by h
        by_h: dict[int, list[str]] = {}
        ins16: dict[int, int] = {}
        for k in sorted(insertions or {}):
            s = insertions[k] if insertions else ""
            if not s:
                continue
            if not 0 <= k <= n:
                raise ValueError(f"insertion offset {k} outside 0..{n}")
            h = k - bisect_right(marks, k)
            k = min(h + bisect_right(mv, h), n)
            by_h.setdefault(h, []).append(s)
            ins16[k] = ins16.get(k, 0) + utf16_len(s)
        events = [(m.end(), 1) for m in _RX_NON_BMP.finditer(shown)]
        if by_h:
            events = sorted(events + [(h + 1, utf16_len("".join(v))) for h, v in by_h.items()])
            pieces, prev = [], 0
            for h in sorted(by_h):
                pieces += [shown[prev:h], *by_h[h]]
                prev = h
            pieces.append(shown[prev:])
            shown = "".join(pieces)
        keys = [k for k, _ in events]
        cum = list(accumulate(d for _, d in events))
        return cls(text, shown, hide_tashkeel, marks, mv, keys, cum, list(map(add, keys, cum)), ins16)

    @property
    def qt_length(self) -> int:
        """Length of :attr:`text` in UTF-16 code units."""
        return len(self.text) + len(_RX_NON_BMP.findall(self.text))

    def _slot(self, k: int) -> int:
        """UTF-16 position where canonical slot k starts (before any insertion at k)."""
        h = k - bisect_right(self._marks, k)
        i = bisect_right(self._keys, h) - 1
        return h + (self._cum[i] if i >= 0 else 0)

    def to_qt(self, offset: int) -> int:
        """Canonical code-point offset -> UTF-16 position in :attr:`text` (clamped)."""
        k = min(max(offset, 0), len(self.canonical))
        return self._slot(k) + self._ins16.get(k, 0)

    def from_qt(self, pos: int) -> int:
        """UTF-16 position in :attr:`text` -> canonical code-point offset (clamped)."""
        pos = max(pos, 0)
        keys = self._keys
        i = bisect_right(self._qkeys, pos) - 1  # last jump at or before pos
        if i < 0:
            h = pos if not keys else min(pos, keys[0] - 1)
        else:
            h = pos - self._cum[i]
            if i + 1 < len(keys) and h >= keys[i + 1]:
                h = keys[i + 1] - 1  # inside a surrogate pair or an insertion
        return min(h + bisect_right(self._mv, h), len(self.canonical))

    def span_to_qt(self, start: int, end: int) -> tuple[int, int]:
        """Canonical span -> UTF-16 span; insertions at its two edges stay outside it."""
        qs = self.to_qt(start)
        e = min(max(end, 0), len(self.canonical))
        return qs, max(qs, self._slot(e))

    def span_from_qt(self, start: int, end: int) -> tuple[int, int]:
        """UTF-16 span (e.g. a selection) -> canonical span."""
        a, b = self.from_qt(min(start, end)), self.from_qt(max(start, end))
        return a, max(a, b)
