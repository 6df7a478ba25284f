"""What the exporters write: :class:`Document`, an article with its annotations, read by :func:`documents`.

Shared by :mod:`qari.core.export` (Markdown, CSV) and :mod:`qari.core.export_jsonld`, so neither
imports the other's internals.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from qari.core.article import Article
from qari.core.store.annotations import Annotation, Annotations
from qari.core.store.library import Library


@dataclass(frozen=True, slots=True)
class Document:
    """One article and its annotations (anchored and orphaned), in text order."""

    article: Article
    annotations: list[Annotation] = field(default_factory=list)
    starred: bool = False


def documents(library: Library, annotations: Annotations, article_ids: Iterable[int] | None = None,
              ) -> list[Document]:
    """Documents of the given articles (all of them: only those with annotations), in library order."""
    if article_ids is None:
        with_notes = {a.article_id for a in annotations.all()}
        ids = [s.id for s in reversed(library.summaries()) if s.id in with_notes]
    else:
        ids = list(article_ids)
    out = []
    for aid in ids:
        article = library.get(aid)
        summary = library.summary(aid)
        if article is None or summary is None:
            raise KeyError(aid)
        out.append(Document(article, annotations.all(aid), summary.starred))
    return out
