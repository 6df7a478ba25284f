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
from dataclasses import dataclass
from functools import lru_cache

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


@dataclass(frozen=True, slots=True)
class Folded:
    """Folded text and, for each of its characters, the original span [starts[i], ends[i]).

    A span covers the whole original character plus the ignored characters right
    after it (its diacritics, tatweel, ...). A collapsed whitespace run maps to the
    whole run. Both lists are non-decreasing.
    """

    text: str
    starts: list[int]
    ends: list[int]

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
            # A run holding a non 1:1 character, or a run of 2+ whitespace: all else maps 1:1.
            _special_rx = re.compile(f"\\s*[{cls}][{cls}\\s]*|\\s{{2,}}")
        return _special_rx


def _fold(text: str) -> Folded:
    for ch in set(text).difference(_CACHE):
        _char(ch)
    cache = _CACHE
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    group = 0  # index in ``out`` where the last original character's output begins
    pos = 0
    for m in _special_regex().finditer(text):
        a, b = m.span()
        if a > pos:  # 1:1 stretch
            out.append(text[pos:a].translate(_TABLE))
            starts.extend(range(pos, a))
            ends.extend(range(pos + 1, a + 1))
            group = len(starts) - 1
        for i in range(a, b):
            f = cache[text[i]]
            if len(f) == 1:
                if f == " " and starts and out[-1][-1:] == " ":
                    for k in range(group, len(ends)):
                        ends[k] = i + 1
                    continue
                group = len(starts)
                out.append(f)
                starts.append(i)
                ends.append(i + 1)
            elif not f:
                for k in range(group, len(ends)):
                    ends[k] = i + 1
            else:
                group = len(starts)
                out.append(f)
                starts.extend([i] * len(f))
                ends.extend([i + 1] * len(f))
        pos = b
    if pos < len(text):
        out.append(text[pos:].translate(_TABLE))
        starts.extend(range(pos, len(text)))
        ends.extend(range(pos + 1, len(text) + 1))
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
