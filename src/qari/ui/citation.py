"""A quotation with its citation, as it goes to the clipboard.

    «quote» — Speaker, "Headline", Source
"""

from __future__ import annotations

from typing import Protocol

from qari.core.article import Article
from qari.ui.sample import shown_source

_OPEN_MARKS = "«“\"‹„"
_CLOSE_MARKS = "»”\"›“"


class _QuoteLike(Protocol):  # read-only members: a frozen dataclass satisfies it
    @property
    def text(self) -> str: ...
    @property
    def speaker(self) -> str | None: ...


def bare_quote(text: str) -> str:
    """The quotation without surrounding quotation marks or spaces."""
    text = text.strip()
    if len(text) >= 2 and text[0] in _OPEN_MARKS and text[-1] in _CLOSE_MARKS:
        text = text[1:-1].strip()
    return text


def cite(quote: _QuoteLike, article: Article | None) -> str:
    """``«quote» — Speaker, "Headline", Source`` (parts that are unknown are left out)."""
    parts: list[str] = []
    if quote.speaker:
        parts.append(quote.speaker.strip())
    if article is not None:
        if article.title:
            parts.append(f'"{article.title}"')
        source = shown_source(article.source) or article.site
        if source:
            parts.append(source.strip())
        if article.published:
            parts.append(article.published.strip())
    text = f"«{bare_quote(quote.text)}»"
    return f"{text} — {', '.join(parts)}" if parts else text
