"""Tokenizer shared by every extractor: words, numbers and punctuation with code-point offsets.

A word is a run of letters and digits together with the combining marks (tashkeel, shadda,
Quranic marks), tatweel and zero-width (non-)joiners inside it. A number may carry internal
separators (``3.5``, ``1,000``, ``٣٫٥``, ``10:30``). Every other visible character is a token
of its own (``،`` ``؛`` ``؟`` ``«`` ``»`` ``"`` ``.`` ...), except that an emoji keeps its
variation selector, skin-tone modifier and zero-width-joiner sequence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Token", "split_sentences", "tokenize"]

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
