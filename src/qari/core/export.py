"""Annotations out of Qari: Markdown, W3C Web Annotation JSON-LD and CSV.

The writers are pure functions: a list of :class:`Document` (an article with its
annotations) in, a string out; the GUI and the CLI share them. Only
:func:`documents` reads the library (both live in :mod:`qari.core.export_doc`, which the
JSON-LD module uses too). JSON-LD (and reading it back in) lives in
:mod:`qari.core.export_jsonld`; it is re-exported here.

- :func:`to_markdown`: per article a ``#`` headline, its source/author/date, each
  highlight as a ``>`` quote followed by its note and tags, then bookmarks, then
  highlights whose text was lost in an edit.
- :func:`to_csv`: the columns ``Highlight, Title, Author, URL, Note, Tags, Location,
  Date`` used by read-later tools such as Readwise (Location = start offset in
  code points, Date = when the highlight was made, UTC). Highlights only.
- :func:`to_jsonld`: see :mod:`qari.core.export_jsonld`.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Mapping

from qari.core.article import Article
from qari.core.export_doc import Document, documents
from qari.core.store.annotations import BOOKMARK, HIGHLIGHT, Annotation

FORMATS = ("md", "json", "csv")
CSV_COLUMNS = ("Highlight", "Title", "Author", "URL", "Note", "Tags", "Location", "Date")


# -- Markdown -------------------------------------------------------------------------
MD_LABELS_EN: Mapping[str, str] = {
    "source": "Source", "author": "Author", "published": "Published", "starred": "★ Starred",
    "highlights": "Highlights", "bookmarks": "Bookmarks", "orphans": "Highlights whose text was edited away",
    "note": "Note", "tags": "Tags", "location": "Location",
}


def to_markdown(docs: Iterable[Document], labels: Mapping[str, str] = MD_LABELS_EN) -> str:
    """Markdown of the documents, one ``#`` section each, separated by a rule."""
    return "\n---\n\n".join(_markdown_one(d, labels) for d in docs)


def _markdown_one(doc: Document, labels: Mapping[str, str]) -> str:
    a = doc.article
    lines = [f"# {md_escape(a.title)}", ""]
    for key, value in (("source", a.source), ("author", a.author), ("published", a.published)):
        if value:
            lines.append(f"- {labels[key]}: {md_escape(' '.join(value.split()))}")
    if doc.starred:
        lines.append(f"- {labels['starred']}")
    if lines[-1]:
        lines.append("")
    highlights = [n for n in doc.annotations if n.kind == HIGHLIGHT and not n.orphaned]
    bookmarks = [n for n in doc.annotations if n.kind == BOOKMARK and not n.orphaned]
    orphans = [n for n in doc.annotations if n.orphaned]
    if highlights:
        lines += [f"## {labels['highlights']}", ""]
        for n in highlights:
            lines += _md_highlight(n, labels)
    if bookmarks:
        lines += [f"## {labels['bookmarks']}", ""]
        for n in bookmarks:
            place = md_escape(_words(n.suffix) or _words(n.prefix))
            note = f" — {md_escape(' '.join(n.note.split()))}" if n.note else ""
            lines.append(f"- {labels['location']} {n.start}: «{place}…»{note}")
        lines.append("")
    if orphans:
        lines += [f"## {labels['orphans']}", ""]
        for n in orphans:
            lines += _md_highlight(n, labels)
    return "\n".join(lines).rstrip("\n") + "\n"


_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>#|~&])")
_MD_LINE_START = re.compile(r"^([-+=]|\d{1,9}(?=[.)]))")


def md_escape(text: str) -> str:
    """Text from an article or a note as Markdown that shows exactly that text: no line of it can
    become a heading, a list, a rule, a code block or fence, a link, an image or raw HTML."""
    out = []
    for line in text.split("\n"):
        line = _MD_SPECIAL.sub(r"\\\1", line.strip())
        m = _MD_LINE_START.match(line)
        if m:
            line = line[:m.end()] + "\\" + line[m.end():] if m.group(1).isdigit() else "\\" + line
        out.append(line)
    return "\n".join(out)


def _words(context: str) -> str:
    """The whole words of a stored context (its last word may have been cut)."""
    flat = " ".join(context.split())
    return flat.rsplit(" ", 1)[0] if len(context) >= 32 and " " in flat else flat


def _md_highlight(n: Annotation, labels: Mapping[str, str]) -> list[str]:
    text = n.exact if n.kind == HIGHLIGHT else n.suffix
    out = [f"> {line}" if line else ">" for line in md_escape(text).split("\n")]
    out.append("")
    if n.note:  # a blank line in a note stays a paragraph break; nothing else in it is Markdown
        note_lines = md_escape(n.note).split("\n")
        out += [f"**{labels['note']}:** {note_lines[0]}", *note_lines[1:], ""]
    if n.tags:
        out += [f"**{labels['tags']}:** " + ", ".join(md_escape(t) for t in n.tags), ""]
    return out


# -- CSV (Readwise layout) ---------------------------------------------------------------
def to_csv(docs: Iterable[Document]) -> str:
    """CSV with a header row and one row per highlight (orphaned highlights included)."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for d in docs:
        for n in d.annotations:
            if n.kind != HIGHLIGHT:
                continue
            writer.writerow([csv_cell(v) for v in (n.exact, d.article.title, d.article.author, article_url(d.article),
                                                   n.note, ", ".join(n.tags))] + [n.start, _csv_date(n.created)])
    return buf.getvalue()


def article_url(article: Article) -> str:
    """The article's web address, or "" — a file name or «clipboard» is a source, not a URL."""
    for value in (article.source, article.site):
        if value.lower().startswith(("http://", "https://")):
            return value
    return ""


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(text: str) -> str:
    """A text cell a spreadsheet will not run: one that begins with = + - @, a tab or a carriage
    return gets a leading ' (OWASP's advice against CSV injection)."""
    return "'" + text if text.startswith(_FORMULA_START) else text


def _csv_date(iso: str) -> str:
    """``2026-01-02T03:04:05+00:00`` -> ``2026-01-02 03:04:05`` (UTC)."""
    return iso.replace("T", " ")[:19]


def render(fmt: str, docs: list[Document]) -> str:
    """The documents in one of :data:`FORMATS`."""
    from qari.core.export_jsonld import to_jsonld

    if fmt == "md":
        return to_markdown(docs)
    if fmt == "csv":
        return to_csv(docs)
    if fmt == "json":
        return to_jsonld(docs)
    raise ValueError(f"unknown format {fmt!r}; one of {', '.join(FORMATS)}")


from qari.core.export_jsonld import (  # noqa: E402  (re-exported: one module for callers)
    JSONLD_CONTEXT,
    AnnotationImportError,
    ImportReport,
    article_urn,
    import_jsonld,
    parse_jsonld,
    to_jsonld,
)

__all__ = [
    "CSV_COLUMNS", "FORMATS", "JSONLD_CONTEXT", "MD_LABELS_EN", "AnnotationImportError", "Document",
    "ImportReport", "article_urn", "csv_cell", "documents", "import_jsonld", "md_escape", "parse_jsonld", "render",
    "to_csv", "to_jsonld", "to_markdown",
]
