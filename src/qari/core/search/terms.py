"""Words as the library search sees them: index forms, query parsing, and hit patterns.

Every word of a text is folded (:func:`qari.core.arabic.fold_text`: no diacritics or tatweel,
one alef, ة→ه, ى→ي, Western digits, case folded) and then gets:

- its *stem*: the folded word without an attached definite group (ال، وال، فال، بال، كال،
  وبال، لل، ولل …) when at least three letters remain — الحكومة، والحكومة، للحكومة → حكومه;
- its *extra* forms: the folded word without a conjunction و/ف and/or a preposition ب/ك/ل
  (each only when three letters remain) — وحكومة → حكومه، بحكومة → حكومه، ولبنان → لبنان;
- its *written* form, for exact search: only diacritics and tatweel removed.

A query word matches a text word when the query word's stem is the text word's stem or one
of its extra forms. A phrase ("…", «…» or “…”) matches consecutive stems. Exact mode matches
written forms. Hits in an article are found with a regular expression built from the same
rules, directly on the article's code points, so offsets need no map.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from qari.core.arabic import fold_char, fold_text

WORD = re.compile(r"[^\W_]+")
_DEFINITE = re.compile("^(?:[وف]?[بك]?ال|[وف]?لل)")
_MIN = 3  # letters that must remain after a prefix is taken off


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """The folded word without its attached definite group (when three letters remain)."""
    m = _DEFINITE.match(word)
    if m and len(word) - m.end() >= _MIN:
        return word[m.end():]
    return word


@lru_cache(maxsize=200_000)
def extras(word: str) -> tuple[str, ...]:
    """Forms of a folded, non-definite word without a conjunction and/or a preposition."""
    if stem(word) != word:
        return ()
    out = []
    w = word
    if w[0] in "وف" and len(w) - 1 >= _MIN:
        w = w[1:]
        out.append(w)
    if w[0] in "بكل" and len(w) - 1 >= _MIN:
        out.append(w[1:])
    return tuple(out)


@dataclass(frozen=True, slots=True)
class Fields:
    """The three token streams FTS5 indexes for one piece of text."""

    stems: str  # one stem per word, in order (phrases)
    extra: str  # the extra forms that differ from the stems, unordered
    written: str  # one written form per word, in order (exact mode)


_IGNORED = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u200c\u200d\u200e\u200f\u061c]")
_FORMS: dict[str, tuple[str, tuple[str, ...]]] = {}  # written word -> (stems, extras): news has a small vocabulary


def written_words(text: str) -> list[str]:
    """The words of ``text`` as written, without diacritics, tatweel or joiners (which would split them)."""
    return WORD.findall(_IGNORED.sub("", text))


def word_forms(word: str) -> tuple[str, tuple[str, ...]]:
    """(stem, extras) of one written word; a word that folds into several (rare: ligatures) gives several stems."""
    got = _FORMS.get(word)
    if got is None:
        folded = WORD.findall(fold_text(word))
        got = (" ".join(stem(f) for f in folded), tuple(x for f in folded for x in extras(f)))
        if len(_FORMS) > 400_000:
            _FORMS.clear()
        _FORMS[word] = got
    return got


def index_fields(text: str) -> Fields:
    written = written_words(text)
    get = _FORMS.get
    forms = [get(w) or word_forms(w) for w in written]
    extra = sorted({x for _, xs in set(forms) for x in xs})
    return Fields(" ".join([f for f, _ in forms]), " ".join(extra), " ".join(written))


# -- queries ----------------------------------------------------------------------------------
_PHRASE = re.compile(r'"([^"]*)"|«([^»]*)»|“([^”]*)”|(\S+)')


@dataclass(frozen=True, slots=True)
class Term:
    """One word, or a phrase of several, as typed (``words``) and as indexed (``keys``)."""

    words: tuple[str, ...]
    keys: tuple[str, ...]

    @property
    def phrase(self) -> bool:
        return len(self.words) > 1


def parse_query(query: str, *, exact: bool = False) -> list[Term]:
    """Words (all of them, any order) and phrases of a query; empty for a query of no words."""
    terms: list[Term] = []
    for m in _PHRASE.finditer(query):
        chunk = next(g for g in m.groups() if g is not None)
        written = written_words(chunk)
        if exact:
            words = tuple(written)
            keys = tuple(w.casefold() for w in words)
        else:
            keys = tuple(k for w in written for k in word_forms(w)[0].split())
            words = keys
        if not words:
            continue
        if m.group(4) is not None:  # unquoted: every word is its own term
            terms.extend(Term((w,), (k,)) for w, k in zip(words, keys, strict=True))
        else:
            terms.append(Term(words, keys))
    return terms


def fts_query(terms: list[Term], *, exact: bool = False) -> str:
    """The FTS5 MATCH expression for ``terms`` (every term must match)."""
    parts = []
    for t in terms:
        keys = " ".join(t.keys)
        if exact:
            parts.append(f'{{title_w source_w body_w}} : "{keys}"')
        elif t.phrase:
            parts.append(f'{{title source body}} : "{keys}"')
        else:
            parts.append(f'{{title source body title_x source_x body_x}} : "{keys}"')
    return " AND ".join(parts)


# -- hits in the original text ------------------------------------------------------------------
_MARKS = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u200c\u200d\u200e\u200f\u061c"
_M = f"[{_MARKS}]*"
_RANGES = ((0x30, 0x7B), (0xC0, 0x250), (0x600, 0x700), (0x750, 0x780), (0x6F0, 0x6FA), (0x660, 0x66A))


@lru_cache(maxsize=1)
def _originals() -> dict[str, str]:
    """For each folded character, every character (of the scripts news is written in) folding to it."""
    out: dict[str, set[str]] = {}
    for lo, hi in _RANGES:
        for cp in range(lo, hi):
            ch = chr(cp)
            f = fold_char(ch)
            if len(f) == 1 and f != " ":
                out.setdefault(f, {f}).add(ch)
    return {k: "".join(sorted(v)) for k, v in out.items()}


def _letter(ch: str, exact: bool) -> str:
    if exact:
        return re.escape(ch)
    chars = _originals().get(ch, ch)
    return re.escape(chars) if len(chars) == 1 else "[" + "".join(re.escape(c) for c in chars) + "]"


def _literal(word: str, exact: bool) -> str:
    return "".join(_letter(c, exact) + _M for c in word)


def _prefix() -> str:
    a, l_ = _literal("ا", False), _literal("ل", False)
    return f"(?:[وف]{_M})?(?:[بك]{_M}{a}{l_}|{l_}{l_}|[بكل]{_M}|{a}{l_})?"


_PREFIXES = frozenset(c + p for c in ("", "و", "ف") for p in ("", "ب", "ك", "ل", "ال", "بال", "كال", "لل"))


def hit_pattern(terms: list[Term], *, exact: bool = False) -> re.Pattern[str] | None:
    """A pattern matching every term in an original (unfolded) text from its first word's *stem*
    on; :func:`find_hits` then checks what is attached before it (a prefix, or nothing)."""
    alts = []
    for t in terms:
        words = []
        for i, w in enumerate(t.keys):
            core = _literal(w, exact)
            words.append(core if exact or i == 0 else _prefix() + core)
        alts.append(r"[\W_]+".join(words))
    if not alts:
        return None
    flags = re.IGNORECASE if exact else 0
    return re.compile(rf"(?:{'|'.join(alts)})(?![^\W_])", flags)


def find_hits(text: str, pattern: re.Pattern[str] | None, *, exact: bool = False) -> list[tuple[int, int]]:
    """Code-point spans of every hit of ``pattern`` in ``text``, each from the start of its word
    (والحكومة as a whole), when what is attached before the match is an allowed prefix."""
    if pattern is None:
        return []
    hits: list[tuple[int, int]] = []
    for m in pattern.finditer(text):
        a, b = m.span()
        j = a
        while j > 0 and (text[j - 1].isalnum() or _IGNORED.match(text[j - 1])):
            j -= 1
        if j < a:
            if exact:
                continue
            attached = fold_text(_IGNORED.sub("", text[j:a]))
            if attached not in _PREFIXES:
                continue
        if hits and j < hits[-1][1]:
            continue
        hits.append((j, b))
    return hits
