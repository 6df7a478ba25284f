"""Extraction behind the sidebar: direct quotations, reported statements and entities.

``extract(article)`` is pure (no I/O besides loading the NER model once); offsets are code
points into ``article.text``. The store caches results by :data:`EXTRACTOR_VERSION`.
"""

from __future__ import annotations

from typing import Any

from qari.core.article import Article
from qari.core.extract.model import Entity, Extraction, Mention, Quote

__all__ = ["EXTRACTOR_VERSION", "Entity", "Extraction", "Mention", "Quote", "extract", "to_json"]

EXTRACTOR_VERSION = "4"


def _tags(toks: list[Any], text: str) -> list[str]:
    from qari.core.extract.tokens import split_sentences

    try:
        from qari.core.extract.ner import Tagger
    except ImportError:  # pragma: no cover - the tagger ships with Qari
        return ["O"] * len(toks)
    sents = split_sentences(toks, text)
    tags = Tagger.default().tag_sentences([[t.text for t in s] for s in sents])
    return [t for sent in tags for t in sent]


def extract(article: Article) -> Extraction:
    """Quotations, statements and entities of ``article``."""
    from qari.core.extract.entities import Doc, find_entities
    from qari.core.extract.quotes import find_quotes
    from qari.core.extract.tokens import tokenize
    from qari.core.importers.headline import is_made_up

    text = article.text
    if is_made_up(text):  # a headline of the body's first words: they are counted once, in the body
        first = text.index("\n")
        text = " " * first + text[first:]
    toks = tokenize(text)
    doc = Doc.build(text, toks)
    ents = find_entities(doc, _tags(toks, text))
    quotes, statements = find_quotes(doc, ents)
    return Extraction(quotes, statements, ents.entities)


def to_json(article: Article, ex: Extraction) -> dict[str, Any]:
    """The JSON shape `qari extract --json` prints (see the module docs of the CLI)."""
    d = ex.to_dict()
    return {"title": article.title, "quotes": d["quotes"], "statements": d["statements"], "entities": d["entities"]}
