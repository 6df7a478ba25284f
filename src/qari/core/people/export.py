"""A person's quotations with their citations: Markdown, CSV or JSON.

Every quotation carries where it comes from: headline, source, date added, article id and its
code-point span in that article's text.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from typing import Protocol

FORMATS = ("md", "csv", "json")


class _Quote(Protocol):  # read-only members: a frozen dataclass (QuoteRow) satisfies it
    @property
    def article_id(self) -> int: ...
    @property
    def title(self) -> str: ...
    @property
    def source(self) -> str: ...
    @property
    def added(self) -> str: ...
    @property
    def kind(self) -> str: ...
    @property
    def text(self) -> str: ...
    @property
    def speaker(self) -> str | None: ...
    @property
    def person_id(self) -> int | None: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...

    def to_json(self) -> dict[str, object]: ...


def source_of(q: _Quote, speaker: str | None = None) -> str:
    """Speaker, "Headline", Source, date."""
    parts = [speaker or q.speaker or "?", f"\"{q.title}\""]
    if q.source:
        parts.append(q.source)
    if q.added:
        parts.append(q.added[:10])
    return ", ".join(parts)


def citation(q: _Quote, speaker: str | None = None) -> str:
    """«quote» — Speaker, "Headline", Source, date."""
    return f"«{q.text}» — {source_of(q, speaker)}"


def _cell(value: object) -> str:
    s = "" if value is None else str(value)
    # Spreadsheets run cells that begin with = + - @ (or a tab / CR): OWASP's advice is a leading '.
    return "'" + s if s[:1] in ("=", "+", "-", "@", "\t", "\r") else s


def export_quotes(quotes: Sequence[_Quote], fmt: str, *, name: str = "") -> str:
    """The quotations of one person (``name``) in ``fmt`` (md, csv or json)."""
    if fmt == "json":
        return json.dumps({"person": name, "quotes": [{**q.to_json(), "citation": citation(q, name or None)}
                                                      for q in quotes]}, ensure_ascii=False, indent=1) + "\n"
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf)
        w.writerow(["Quote", "Kind", "Speaker", "Headline", "Source", "Added", "Article", "Start", "End"])
        for q in quotes:
            w.writerow([_cell(v) for v in (q.text, q.kind, q.speaker or name, q.title, q.source, q.added[:10],
                                            q.article_id, q.start, q.end)])
        return buf.getvalue()
    if fmt != "md":
        raise ValueError(f"unknown format {fmt!r}; one of {', '.join(FORMATS)}")
    lines = [f"# {name}" if name else "# Quotations", ""]
    current = None
    for q in quotes:
        if q.article_id != current:
            current = q.article_id
            head = f"## {q.title}"
            meta = " · ".join(x for x in (q.source, q.added[:10]) if x)
            lines += [head, "", f"*{meta}*" if meta else "", ""]
        label = "" if q.kind == "direct" else " (reported)"
        lines.append(f"> «{q.text}»{label}")
        lines.append(f"> — {source_of(q, q.speaker or name or None)} (article {q.article_id}, {q.start}–{q.end})")
        lines.append("")
    return "\n".join(lines) + "\n"
