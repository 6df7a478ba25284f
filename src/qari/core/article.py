"""The canonical text of an article.

An article's text is a sequence of paragraphs joined by a single "\\n". The first
paragraph is the headline; the second, when the article has more than two, is the
lede. Every offset anywhere in Qari (quotes, entities, annotations, find hits) is a
code-point offset into :attr:`Article.text`; the UI converts to Qt's UTF-16
positions at its edge and nowhere else.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache, lru_cache
from typing import Any

from qari.core.records import Frozen
from qari.core.records import set_field as _set


@cache
def _spaces() -> re.Pattern[str]:  # (compiled at the first use: 0.3 ms that the first paint does not need)
    return re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")


_WORD = re.compile(r"\w+", re.UNICODE)
# Arabic readers average ~180 words a minute on news prose (lower than English).
WORDS_PER_MINUTE = 180


class Paragraph(Frozen):
    __slots__ = ("end", "index", "start", "text")
    index: int
    start: int
    end: int
    text: str

    FIELDS = ("index", "start", "end", "text")

    def __init__(self, index: int, start: int, end: int, text: str) -> None:
        _set(self, "index", index)
        _set(self, "start", start)
        _set(self, "end", end)
        _set(self, "text", text)


def canonicalize(raw: str) -> str:
    """Canonical form of raw text: NFC, LF line ends, one paragraph a line.

    Spaces inside a line are folded to one; blank lines (paragraph separators in
    the source) are dropped, so a paragraph break is exactly one "\\n".
    """
    import unicodedata  # (not before the first paint: a stored article is canonical already)

    spaces = _spaces()
    text = unicodedata.normalize("NFC", raw.replace("\r\n", "\n").replace("\r", "\n"))
    text = text.replace("\ufeff", "").replace("\u2028", "\n").replace("\u2029", "\n")
    lines = (spaces.sub(" ", line).strip() for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def paragraphs_of(text: str) -> list[Paragraph]:
    out: list[Paragraph] = []
    pos = 0
    for i, line in enumerate(text.split("\n")):
        out.append(Paragraph(i, pos, pos + len(line), line))
        pos += len(line) + 1
    return out


@lru_cache(maxsize=8)
def word_count(text: str) -> int:
    # cached: the status bar, the info panel and the reading time all ask, and a 300-page
    # report takes a second to count (a str keeps its hash, so a repeated ask is immediate)
    return _WORD.subn("", text)[1]  # (counts without making a list of every word)


def content_hash(text: str) -> str:
    """Identity of an article: a hash of its normalized text.

    Two imports of the same article that differ only in diacritics, tatweel,
    hamza/alef forms, spacing or paragraphing are the same article.
    """
    import hashlib

    from qari.core.arabic import normalize_for_identity

    return hashlib.sha256(normalize_for_identity(text).encode("utf-8")).hexdigest()


class Article(Frozen):
    """An article as Qari keeps it. ``text`` is canonical (see module doc). Equality and hash
    leave out ``meta`` and ``known_words``; the repr leaves out ``known_words``."""

    __slots__ = ("author", "id", "known_words", "meta", "published", "site", "source", "text")
    text: str
    source: str
    author: str
    published: str
    site: str
    id: int | None
    meta: dict[str, str]
    # the count the library stored for this very text (counting a 20 MB report takes half a second)
    known_words: int | None

    FIELDS = ("text", "source", "author", "published", "site", "id", "meta", "known_words")
    COMPARED = FIELDS[:6]  # not meta, known_words (compare=False)
    SHOWN = FIELDS[:7]  # not known_words (repr=False)

    def __init__(
        self, text: str, source: str = "", author: str = "", published: str = "", site: str = "",
        id: int | None = None, meta: dict[str, str] | None = None, known_words: int | None = None,
    ) -> None:
        _set(self, "text", text)
        _set(self, "source", source)
        _set(self, "author", author)
        _set(self, "published", published)
        _set(self, "site", site)
        _set(self, "id", id)
        _set(self, "meta", {} if meta is None else meta)
        _set(self, "known_words", known_words)

    @classmethod
    def from_parts(
        cls,
        title: str,
        paragraphs: Iterable[str],
        **kw: Any,
    ) -> Article:
        return cls(text=canonicalize("\n".join([title, *paragraphs])), **kw)

    @classmethod
    def from_text(cls, raw: str, **kw: Any) -> Article:
        return cls(text=canonicalize(raw), **kw)

    @property
    def paragraphs(self) -> list[Paragraph]:
        return paragraphs_of(self.text)

    @property
    def title(self) -> str:
        return self.text.split("\n", 1)[0]

    @property
    def has_lede(self) -> bool:
        return self.text.count("\n") >= 2

    @property
    def words(self) -> int:
        return self.known_words if self.known_words is not None else word_count(self.text)

    @property
    def reading_minutes(self) -> int:
        return max(1, round(self.words / WORDS_PER_MINUTE))

    @property
    def hash(self) -> str:
        return content_hash(self.text)

    def with_id(self, article_id: int) -> Article:
        return Article(
            self.text, self.source, self.author, self.published, self.site, article_id, dict(self.meta),
            self.known_words,
        )


@cache
def _word_char() -> re.Pattern[str]:  # (compiled at the first selection)
    return re.compile(r"[\w\u0640\u064b-\u065f\u0670\u06d6-\u06ed\u200c\u200d]")


def snap_to_words(text: str, start: int, end: int) -> tuple[int, int]:
    """``start``-``end`` widened to whole words: a selection that begins or ends inside a word takes
    the whole word (a note never quotes «…تش»); spaces at its edges are dropped."""
    start, end = max(0, start), min(len(text), end)
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start >= end:
        return start, end
    word = _word_char().match
    while start > 0 and word(text[start - 1]) and word(text[start]):
        start -= 1
    while end < len(text) and word(text[end]) and word(text[end - 1]):
        end += 1
    return start, end


_ENDS_SENTENCE = (".", "،", ",", ":", "؛", ";", "!", "?", "؟", "»", '"', "”", "…", ")")
_LIST_MARK = re.compile(r"^(?:•|\d{1,3}\.)\s")


def is_subhead(paragraph: str, following: str | None) -> bool:
    """A body paragraph that is a subheading: short (at most 10 words), not a sentence (no final
    punctuation), not a list item, and followed by a paragraph at least twice its length — as a
    Markdown "## …" heading or a subhead in a pasted news text comes in."""
    words = len(paragraph.split(maxsplit=10))  # (maxsplit: a long paragraph is not split whole)
    if not words or words > 10 or following is None:
        return False
    if paragraph.rstrip().endswith(_ENDS_SENTENCE) or _LIST_MARK.match(paragraph):
        return False
    need = max(2 * words, 8)
    return len(following.split(maxsplit=need - 1)) >= need
