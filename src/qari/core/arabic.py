"""Arabic normalization for matching, search and identity.

:func:`fold` reduces text to a search form and keeps, for every folded character,
the span of ORIGINAL code points it came from, so a match in the folded text maps
back exactly to the article's canonical offsets. Folding is per code point (plus
whitespace collapsing), which keeps the map monotonic and makes folding a
substring give the matching slice of the folded whole.

What folding ignores or merges:

- diacritics: tashkeel, superscript alef, Quranic annotation marks, and every
  other combining mark (so Latin ``é`` matches ``e``); format characters such as
  ZWJ/ZWNJ, RLM/LRM and the Arabic letter mark; tatweel;
- alef with hamza/madda and alef wasla (أ إ آ ٱ → ا), teh marbuta (ة → ه),
  alef maksura and Farsi yeh (ى ی → ي), keheh (ک → ك); ؤ and ئ stay distinct;
- Arabic-Indic and Persian digits (and any other decimal digit) → 0-9,
  Arabic decimal/thousands separators → ``.`` / ``,``;
- case (``str.casefold``) and compatibility forms (NFKD), e.g. presentation
  forms such as ﻻ → لا, full-width Latin, ligatures;
- runs of whitespace (including newlines) → one space.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from array import array
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import overload

_TASHKEEL = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ة": "ه", "ى": "ي"})
_FOLD_PAIRS = (("أ", "ا"), ("إ", "ا"), ("آ", "ا"), ("ٱ", "ا"), ("ة", "ه"), ("ى", "ي"))

# Letters folded explicitly (before NFKD, which would also strip the hamza of ؤ/ئ).
_LETTERS: dict[str, str] = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا",
    "ة": "ه", "ى": "ي", "ی": "ي", "ک": "ك", "ھ": "ه",
    "\u066b": ".", "\u066c": ",",
}
# Arabic marks that are not combining (Mn) in Unicode but are diacritics to a reader.
_ARABIC_IGNORED = frozenset("\u0640\u06dd\u06de\u06e5\u06e6\u06e9")


def _is_ignored(ch: str) -> bool:
    if ch in _ARABIC_IGNORED:
        return True
    cat = unicodedata.category(ch)
    return cat in ("Mn", "Me", "Cf") or (cat == "Mc" and unicodedata.combining(ch) != 0)


def _fold_once(s: str) -> str:
    out = []
    for ch in s:
        if ch in _LETTERS:
            out.append(_LETTERS[ch])
            continue
        for d in unicodedata.normalize("NFKD", ch):
            if _is_ignored(d):
                continue
            if d in _LETTERS:
                out.append(_LETTERS[d])
            elif d.isdecimal():
                out.append(str(unicodedata.decimal(d)))
            else:
                out.append(d.casefold())
    return "".join(out)


@lru_cache(maxsize=8192)
def fold_char(ch: str) -> str:
    """Folded form of one code point: "" (ignored), " " (whitespace) or 1+ characters."""
    if ch.isspace():
        return " "
    prev, cur = ch, _fold_once(ch)
    for _ in range(4):  # casefold/NFKD can expose further foldable characters
        if cur == prev:
            break
        prev, cur = cur, _fold_once(cur)
    # Compatibility forms of spacing marks (¨, ﹰ ...) decompose to " " + mark: not whitespace.
    return unicodedata.normalize("NFC", cur.replace(" ", ""))


class OffsetMap(Sequence[int]):
    """``m[j] = j + delta`` with the delta constant over runs of folded indices: a 20 MB article
    folds to a few thousand runs instead of two lists of 20 million ints (1 GB, 17 s to build)."""

    __slots__ = ("_deltas", "_keys", "_len", "_lists")

    def __init__(self, keys: array[int], deltas: array[int], length: int) -> None:
        self._keys, self._deltas, self._len = keys, deltas, length
        self._lists: tuple[list[int], list[int]] | None = None

    def at(self, js: Iterable[int], shift: int = 0) -> list[int]:
        """``[m[j + shift] for j in js]`` (each in range) in one pass: a frequent word's 74,000 find
        hits in 20 MB took 0.15 s of indexing one at a time."""
        if self._lists is None:
            self._lists = (self._keys.tolist(), self._deltas.tolist())  # (bisect on a list: no boxing)
        keys, deltas = self._lists
        return [j + shift + deltas[bisect_right(keys, j + shift) - 1] for j in js]

    def __len__(self) -> int:
        return self._len

    @overload
    def __getitem__(self, j: int) -> int: ...
    @overload
    def __getitem__(self, j: slice) -> list[int]: ...
    def __getitem__(self, j: int | slice) -> int | list[int]:
        if isinstance(j, slice):
            return [self[i] for i in range(*j.indices(self._len))]
        if j < 0:
            j += self._len
        if not 0 <= j < self._len:
            raise IndexError(j)
        return j + self._deltas[bisect_right(self._keys, j) - 1]


@dataclass(frozen=True, slots=True)
class Folded:
    """Folded text and, for each of its characters, the original span [starts[i], ends[i]).

    A span covers the whole original character plus the ignored characters right
    after it (its diacritics, tatweel, ...). A collapsed whitespace run maps to the
    whole run. Both maps are non-decreasing.
    """

    text: str
    starts: Sequence[int]
    ends: Sequence[int]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original code-point span of the folded slice ``[start, end)`` (``end > start``)."""
        return self.starts[start], self.ends[end - 1]


_CACHE: dict[str, str] = {}  # char -> fold_char(char)
_TABLE: dict[int, str] = {}  # the same, for str.translate
_SPECIAL: set[str] = set()  # chars that fold to 0 or 2+ characters
_special_rx: re.Pattern[str] | None = None


_LOCK = threading.Lock()


def _char(ch: str) -> str:
    global _special_rx
    f = _CACHE.get(ch)
    if f is None:
        f = fold_char(ch)
        with _LOCK:
            _TABLE[ord(ch)] = f
            if len(f) != 1:
                _SPECIAL.add(ch)
                _special_rx = None
            _CACHE[ch] = f
    return f


def _special_regex() -> re.Pattern[str]:
    global _special_rx
    with _LOCK:
        if _special_rx is None:
            cls = "".join(sorted(re.escape(c) for c in _SPECIAL)) or "\\x00"
            # A run holding a non 1:1 character (with the whitespace after it); runs of 2+ whitespace
            # are found apart (_runs), and everything else maps 1:1.
            _special_rx = re.compile(f"[{cls}][{cls}\\s]*")
        return _special_rx


class _Runs:
    """Builds the two offset maps of :class:`Folded` a run at a time."""

    def __init__(self) -> None:
        self.keys, self.ds, self.de = array("q"), array("q"), array("q")
        self.n = 0  # folded characters so far

    def add(self, count: int, start: int, end: int) -> None:
        """``count`` folded characters from here: the first has span [start, end), each next one +1."""
        n = self.n
        self.keys.append(n)
        self.ds.append(start - n)
        self.de.append(end - n)
        self.n += count

    def same(self, count: int, start: int, end: int) -> None:
        """``count`` folded characters that all have span [start, end) (one character folded to 2+)."""
        for _ in range(count):
            self.add(1, start, end)

    def extend_last(self, first_run: int, end: int) -> None:
        """The runs from ``first_run`` on (one folded character each) now end at ``end``."""
        for r in range(first_run, len(self.keys)):
            self.de[r] = end - self.keys[r]

    def maps(self) -> tuple[OffsetMap, OffsetMap]:
        return OffsetMap(self.keys, self.ds, self.n), OffsetMap(self.keys, self.de, self.n)


def _distinct(text: str) -> set[str]:
    """The characters of ``text`` (``set(text)`` costs ~85 ns a character; a scan for the next
    character not seen yet, ~2)."""
    if len(text) < 65_536:
        return set(text)
    seen: set[str] = set()
    pos = 0
    while True:
        rx = re.compile("[^" + "".join(map(re.escape, seen)) + "]" if seen else ".", re.DOTALL)
        m = rx.search(text, pos)
        if m is None:
            return seen
        seen.add(m.group())
        pos = m.start() + 1


_SPACE_RUN = re.compile("  +")


def _runs(text: str, mapped: str) -> Iterator[tuple[int, int]]:
    """The stretches :func:`_fold` maps character by character, in order: runs holding a non 1:1
    character, and runs of 2+ whitespace (all whitespace is " " in ``mapped``); two scans, each
    far quicker than one over an alternation."""
    specials, spaces = _special_regex().finditer(text), _SPACE_RUN.finditer(mapped)
    s, w = next(specials, None), next(spaces, None)
    end = 0
    while s is not None or w is not None:
        if w is not None and (s is None or w.start() < s.start()):
            if w.start() >= end:  # (else inside a special run, which takes the whitespace after it)
                end = w.end()
                yield w.span()
            w = next(spaces, None)
        else:
            assert s is not None
            end = s.end()
            yield s.span()
            s = next(specials, None)


def _fold(text: str) -> Folded:
    chars = _distinct(text)
    for ch in chars.difference(_CACHE):
        _char(ch)
    cache = _CACHE
    # Characters folding to exactly one character are replaced in place (same offsets); the rest
    # (ignored marks, ligatures, runs of whitespace) go through the loop below.
    mapped = text
    for ch in chars:
        f = cache[ch]
        if len(f) == 1 and f != ch:
            mapped = mapped.replace(ch, f)  # (str.replace a character: ~20x faster than translate)
    out: list[str] = []
    runs = _Runs()
    group = 0  # the first run of the last original character's output
    last = ""  # the last folded character
    pos = 0
    for a, b in _runs(text, mapped):
        if a > pos:  # 1:1 stretch; its last character gets a run of its own (its end may grow)
            out.append(mapped[pos:a])
            if a - pos > 1:
                runs.add(a - pos - 1, pos, pos + 1)
            group = len(runs.keys)
            runs.add(1, a - 1, a)
            last = mapped[a - 1]
        for i in range(a, b):
            f = cache[text[i]]
            if len(f) == 1:
                if f == " " and runs.n and last == " ":
                    runs.extend_last(group, i + 1)
                    continue
                group = len(runs.keys)
                out.append(f)
                runs.add(1, i, i + 1)
                last = f
            elif not f:
                if runs.n:
                    runs.extend_last(group, i + 1)
            else:
                group = len(runs.keys)
                out.append(f)
                runs.same(len(f), i, i + 1)
                last = f[-1]
        pos = b
    if pos < len(text):
        out.append(mapped[pos:])
        runs.add(len(text) - pos, pos, pos + 1)
    starts, ends = runs.maps()
    return Folded("".join(out), starts, ends)


@lru_cache(maxsize=4)
def _fold_cached(text: str) -> Folded:
    return _fold(text)


def fold(text: str) -> Folded:
    """Fold ``text`` for matching, keeping an exact map to the original offsets.

    The result of the last few texts is cached (an article is folded once for all
    the queries typed into the find bar); treat it as read-only.
    """
    return _fold_cached(text) if len(text) > 256 else _fold(text)


def fold_text(text: str) -> str:
    """Folded form of a query or filter string: like :func:`fold`, trimmed, no map."""
    for ch in set(text).difference(_CACHE):
        _char(ch)
    return " ".join(text.translate(_TABLE).split())


def strip_tashkeel(text: str) -> str:
    """Text without Arabic diacritics and tatweel (letters otherwise unchanged)."""
    return _TASHKEEL.sub("", text)


def normalize_for_identity(text: str) -> str:
    """Text reduced to what makes two copies of an article the same article."""
    text = _TASHKEEL.sub("", text)
    for a, b in _FOLD_PAIRS:  # str.replace per letter: ~20x faster than str.translate on Arabic text
        if a in text:
            text = text.replace(a, b)
    return " ".join(text.split())
