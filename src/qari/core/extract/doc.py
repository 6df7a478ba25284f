"""An article prepared for entity and quotation finding: its tokens, their matching keys and
paragraphs (:class:`Doc`), and the entities found in it with every mention (:class:`EntityIndex`)."""

from __future__ import annotations

from dataclasses import dataclass, field

from qari.core.extract.cues import key
from qari.core.extract.model import Entity
from qari.core.extract.tokens import Token

__all__ = ["Doc", "EntityIndex"]


@dataclass(slots=True)
class Doc:
    """An article's text with its tokens, their keys and paragraph numbers."""

    text: str
    toks: list[Token]
    keys: list[str]
    para: list[int]

    @classmethod
    def build(cls, text: str, toks: list[Token]) -> Doc:
        keys = [key(t.text) for t in toks]
        para: list[int] = []
        p, last = 0, 0
        for t in toks:
            p += text.count("\n", last, t.start)
            last = t.start
            para.append(p)
        return cls(text, toks, keys, para)


@dataclass(slots=True)
class EntityIndex:
    entities: list[Entity] = field(default_factory=list)
    # (first token, end token, entity id) of every mention, in text order
    spans: list[tuple[int, int, str]] = field(default_factory=list)
    by_token: dict[int, str] = field(default_factory=dict)
    types: dict[str, str] = field(default_factory=dict)
