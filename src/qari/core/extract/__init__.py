"""Extraction behind the sidebar: direct quotations, reported statements and entities.

``extract(article)`` is pure (no I/O besides loading the NER model once); offsets are code
points into ``article.text``. The store caches results by :data:`EXTRACTOR_VERSION`.
"""

from __future__ import annotations

import threading
from array import array
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from qari.core.article import Article
from qari.core.extract.model import Cancelled, Entity, Extraction, Mention, Quote

if TYPE_CHECKING:
    from qari.core.extract.doc import Doc

__all__ = ["EXTRACTOR_VERSION", "Cancelled", "Entity", "Extraction", "Mention", "Quote", "extract", "to_json"]

EXTRACTOR_VERSION = "17"


# The tagger works a sentence at a time; a "sentence" longer than this (text with no sentence
# ends, such as one 5 MB line) is cut into pieces of this many tokens, so its working memory is
# bounded. News sentences are far shorter (the longest in the dev set has 89 tokens).
SENTENCE_LIMIT = 400
_TAGGER_LOCK = threading.Lock()


def _tags(doc: Doc, cancelled: Callable[[], bool] | None = None) -> list[str]:
    from qari.core.extract.tokens import sentence_bounds

    try:
        from qari.core.extract.ner import Tagger
    except ImportError:  # pragma: no cover - the tagger ships with Qari
        return ["O"] * len(doc.toks)
    bounds = sentence_bounds(doc.toks, SENTENCE_LIMIT)
    cuts = array("i", [a for a, _ in bounds])
    cuts.append(len(doc.toks))
    del bounds
    with _TAGGER_LOCK:  # one CRF tagger object: the sidebar's worker and the library's reader share it
        return Tagger.default().tag_document(doc.toks.words, cuts, cancelled)


def extract(article: Article, cancelled: Callable[[], bool] | None = None) -> Extraction:
    """Quotations, statements and entities of ``article``.

    ``cancelled`` is asked between steps and between sentences of the tagger (the bulk of the
    work); when it returns True, :class:`Cancelled` is raised.

    Linear in the length of the text, in time and memory (tokens are offset arrays, the tagger
    streams sentence by sentence, quote pairing is one pass a paragraph)."""
    from qari.core.extract.doc import Doc
    from qari.core.extract.entities import find_entities
    from qari.core.extract.quotes import find_quotes

    def check() -> None:
        if cancelled is not None and cancelled():
            raise Cancelled

    doc = Doc.build(_without_made_up_headline(article.text), check=check)
    check()
    ents = find_entities(doc, _tags(doc, cancelled))
    check()
    quotes, statements = find_quotes(doc, ents)
    return Extraction(quotes, statements, ents.entities)


def _without_made_up_headline(text: str) -> str:
    """A headline made of the body's first words (importers/headline.py) blanked out, offsets kept:
    the names in it are counted once, in the body."""
    from qari.core.importers.headline import is_made_up

    if not is_made_up(text):
        return text
    first = text.index("\n")
    return " " * first + text[first:]


def to_json(article: Article, ex: Extraction) -> dict[str, Any]:
    """The JSON shape `qari extract --json` prints (see the module docs of the CLI)."""
    d = ex.to_dict()
    return {"title": article.title, "quotes": d["quotes"], "statements": d["statements"], "entities": d["entities"]}
