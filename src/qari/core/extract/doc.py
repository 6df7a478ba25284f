"""An article prepared for entity and quotation finding: its tokens, their matching keys and
paragraphs (:class:`Doc`), and the entities found in it with every mention (:class:`EntityIndex`)."""

from __future__ import annotations

from array import array
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from qari.core.extract.cues import key
from qari.core.extract.model import Entity
from qari.core.extract.tokens import CHECK_MASK, Token, Tokens

__all__ = ["Doc", "EntityIndex"]


@dataclass(slots=True)
class Doc:
    """An article's text with its tokens, their keys and paragraph numbers.

    Sized for long documents: ``toks`` is a compact :class:`Tokens` (offset arrays), ``para`` an
    int array; ``keys`` shares one string per distinct word."""

    text: str
    toks: Tokens
    keys: list[str]
    para: array

    @classmethod
    def build(cls, text: str, toks: Sequence[Token] | None = None, *, check: Callable[[], None] | None = None) -> Doc:
        """``check`` is called every few thousand tokens (it may raise to stop)."""
        tokens = Tokens(text, check=check) if toks is None else Tokens.of(text, toks)
        starts, ends = tokens.starts, tokens.ends
        memo: dict[str, str] = {}  # word -> key: each distinct word is keyed once, its key shared
        get = memo.get
        keys: list[str] = []
        add = keys.append
        for a, b in zip(starts, ends, strict=True):
            w = text[a:b]
            k = get(w)
            if k is None:
                k = memo[w] = key(w)
            add(k)
            if check is not None and not len(keys) & CHECK_MASK:
                check()
        del memo
        para = array("i", bytes(4 * len(starts)))
        p, last, count = 0, 0, text.count
        for i, a in enumerate(starts):
            p += count("\n", last, a)
            last = a
            para[i] = p
        return cls(text, tokens, keys, para)


@dataclass(slots=True)
class EntityIndex:
    entities: list[Entity] = field(default_factory=list)
    # (first token, end token, entity id) of every mention, in text order
    spans: list[tuple[int, int, str]] = field(default_factory=list)
    by_token: dict[int, str] = field(default_factory=dict)
    types: dict[str, str] = field(default_factory=dict)
