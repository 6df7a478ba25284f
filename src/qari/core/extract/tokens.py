"""Tokenizer shared by every extractor: words, numbers and punctuation with code-point offsets.

A word is a run of letters and digits together with the combining marks (tashkeel, shadda,
Quranic marks), tatweel and zero-width (non-)joiners inside it. A number may carry internal
separators (``3.5``, ``1,000``, ``٣٫٥``, ``10:30``). Every other visible character is a token
of its own (``،`` ``؛`` ``؟`` ``«`` ``»`` ``"`` ``.`` ...), except that an emoji keeps its
variation selector, skin-tone modifier and zero-width-joiner sequence.
"""

from __future__ import annotations

import re
from array import array
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import overload

__all__ = ["Token", "Tokens", "sentence_bounds", "split_sentences", "tokenize"]

_MARKS = (
    "\u0300-\u036f\u0483-\u0489\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc"
    "\u06df-\u06e4\u06e7\u06e8\u06ea-\u06ed\u0898-\u089f\u08ca-\u08e1\u08e3-\u08ff"
    "\u1ab0-\u1aff\u1dc0-\u1dff\u200c\u200d\u20d0-\u20ff\ufe20-\ufe2f"
)
_TOKEN = re.compile(
    r"\d+(?:[.,\u066b\u066c:]\d+)+(?![^\W_])"  # number with separators
    rf"|(?:[^\W_]|[{_MARKS}])+"  # word (letters, digits, marks, tatweel)
    r"|[^\s](?:[\ufe0e\ufe0f\U0001f3fb-\U0001f3ff]|\u200d[^\s])*"  # one mark / emoji sequence
)

_SENTENCE_END = frozenset(".!?؟…")
# Closers that belong to the sentence a terminator just ended: «قال: "نعم."» .
_CLOSERS = frozenset("»”’\"')]}›")


@dataclass(frozen=True, slots=True)
class Token:
    text: str
    start: int
    end: int


def tokenize(text: str) -> list[Token]:
    """Tokens of ``text`` in order; ``text[t.start:t.end] == t.text`` for every token."""
    return [Token(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]


CHECK_MASK = 4095  # a caller's check() every 4,096 tokens (a few ms of work)


class Tokens(Sequence[Token]):
    """The tokens of a text, stored compactly: two arrays of code-point offsets into the text.

    Indexing makes a :class:`Token` on demand (``toks[i].text`` is a slice of the text), so a
    5 MB article costs 8 bytes a token here rather than a Python object, a string and two ints.
    """

    __slots__ = ("ends", "starts", "text")

    def __init__(self, text: str, starts: array | None = None, ends: array | None = None, *,
                 check: Callable[[], None] | None = None) -> None:
        """``check`` is called every few thousand tokens (it may raise to stop)."""
        self.text = text
        if starts is None or ends is None:
            starts, ends = array("i"), array("i")
            add_s, add_e = starts.append, ends.append
            for m in _TOKEN.finditer(text):
                a, b = m.span()
                add_s(a)
                add_e(b)
                if check is not None and not len(starts) & CHECK_MASK:
                    check()
        self.starts, self.ends = starts, ends

    @classmethod
    def of(cls, text: str, toks: Sequence[Token]) -> Tokens:
        if isinstance(toks, Tokens):
            return toks
        return cls(text, array("i", [t.start for t in toks]), array("i", [t.end for t in toks]))

    def __len__(self) -> int:
        return len(self.starts)

    @overload
    def __getitem__(self, i: int) -> Token: ...
    @overload
    def __getitem__(self, i: slice) -> list[Token]: ...
    def __getitem__(self, i: int | slice) -> Token | list[Token]:
        if isinstance(i, slice):
            return [self[k] for k in range(*i.indices(len(self)))]
        a, b = self.starts[i], self.ends[i]
        return Token(self.text[a:b], a, b)

    def __iter__(self) -> Iterator[Token]:
        text = self.text
        for a, b in zip(self.starts, self.ends, strict=True):
            yield Token(text[a:b], a, b)

    def word(self, i: int) -> str:
        return self.text[self.starts[i] : self.ends[i]]

    def words(self, a: int = 0, b: int | None = None) -> list[str]:
        """The texts of tokens a..b-1."""
        text, starts, ends = self.text, self.starts, self.ends
        return [text[starts[k] : ends[k]] for k in range(a, len(starts) if b is None else b)]


def sentence_bounds(tokens: Tokens, limit: int = 0) -> list[tuple[int, int]]:
    """Token ranges (first, end) of the sentences, as :func:`split_sentences` groups them; with
    ``limit``, a longer sentence is cut into pieces of at most ``limit`` tokens (the tagger's
    working size is bounded on text with no sentence ends, such as one 5 MB line)."""
    text, starts, ends = tokens.text, tokens.starts, tokens.ends
    out: list[tuple[int, int]] = []
    n = len(starts)
    cur = 0
    ended = False
    for i in range(n):
        t = text[starts[i] : ends[i]]
        if i > cur:
            if text.find("\n", ends[i - 1], starts[i]) >= 0 or (
                ended and t not in _SENTENCE_END and t not in _CLOSERS
            ):
                out.append((cur, i))
                cur = i
                ended = False
            elif limit and i - cur >= limit:
                out.append((cur, i))
                cur = i
        if t in _SENTENCE_END:
            ended = True
    if cur < n:
        out.append((cur, n))
    return out


def split_sentences(tokens: list[Token], text: str) -> list[list[Token]]:
    """Group ``tokens`` (from ``tokenize(text)``) into sentences.

    A sentence ends after a run of ``. ! ? ؟ …`` (plus any closing quotes or brackets that
    follow it) and at every paragraph break (a "\\n" between two tokens).
    """
    sentences: list[list[Token]] = []
    cur: list[Token] = []
    ended = False  # a terminator was seen; only closers/terminators may still join
    for tok in tokens:
        if cur:
            newline = "\n" in text[cur[-1].end : tok.start]
            if newline or (ended and tok.text not in _SENTENCE_END and tok.text not in _CLOSERS):
                sentences.append(cur)
                cur = []
                ended = False
        cur.append(tok)
        if tok.text in _SENTENCE_END:
            ended = True
    if cur:
        sentences.append(cur)
    return sentences
