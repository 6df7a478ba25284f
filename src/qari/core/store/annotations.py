"""Highlights and bookmarks: the repository over the ``annotations`` table.

Every method that changes something runs in one transaction and is committed before
it returns. The changing operations come with exact inverses, so an undo stack
needs nothing else:

====================================  ===========================================
do                                    undo
====================================  ===========================================
``a = add_highlight(...)``            ``delete(a.uuid)``   (redo: ``restore(a)``)
``a = add_bookmark(...)``             ``delete(a.uuid)``   (redo: ``restore(a)``)
``old, new = update(uuid, ...)``      ``restore(old)``     (redo: ``restore(new)``)
``a = delete(uuid)``                  ``restore(a)``       (redo: ``delete(a.uuid)``)
``old, new = reattach(uuid, s, e)``   ``restore(old)``     (redo: ``restore(new)``)
====================================  ===========================================

Annotations are identified by ``uuid``. Offsets are code points into ``Article.text``.
An annotation whose text can no longer be found after an edit is kept as an
*orphan* (``orphaned=True``) with its last text; it is listed by :meth:`orphans`
until the reader re-attaches (:meth:`reattach`) or deletes it.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from qari.core.store.db import Database
from qari.core.store.library import now_iso

if TYPE_CHECKING:  # (qari.core.anchoring is imported where a selector is made or matched: GUI start-up waits less)
    from qari.core.anchoring import Anchored, Selector

HIGHLIGHT, BOOKMARK = "highlight", "bookmark"


@dataclass(frozen=True, slots=True)
class Color:
    name: str
    light: str  # background of a highlight on a light (or sepia) page
    dark: str  # background of a highlight on a dark page


COLORS: list[Color] = [
    Color("yellow", "#FFE57F", "#6B5B00"),
    Color("green", "#B9F0B0", "#1F5C2A"),
    Color("blue", "#B3DAFF", "#1C4A7A"),
    Color("pink", "#FFC2DD", "#7A2350"),
    Color("purple", "#DCCBFF", "#4C3785"),
    Color("orange", "#FFD2A1", "#7A4513"),
]
COLOR_NAMES: tuple[str, ...] = tuple(c.name for c in COLORS)
DEFAULT_COLOR = "yellow"


def color_hex(name: str, dark: bool = False) -> str:
    """The hex value of a named colour for the light or the dark theme (yellow if unknown)."""
    for c in COLORS:
        if c.name == name:
            return c.dark if dark else c.light
    return COLORS[0].dark if dark else COLORS[0].light


@dataclass(frozen=True, slots=True)
class Annotation:
    uuid: str
    article_id: int
    kind: str  # HIGHLIGHT or BOOKMARK
    start: int
    end: int
    exact: str
    prefix: str
    suffix: str
    color: str  # a name from COLOR_NAMES ("" for a bookmark)
    note: str
    tags: tuple[str, ...]
    orphaned: bool
    created: str
    modified: str

    @property
    def selector(self) -> Selector:
        from qari.core.anchoring import Selector

        return Selector(self.start, self.end, self.exact, self.prefix, self.suffix)


@dataclass(frozen=True, slots=True)
class AnnotationHit:
    """A search result: the annotation and the title of its article."""

    annotation: Annotation
    title: str


@dataclass(frozen=True, slots=True)
class Reanchored:
    """What happened to one annotation when its article's text changed."""

    uuid: str
    found: Anchored | None  # None: it became (or stayed) an orphan


def clean_tags(tags: Iterable[str]) -> tuple[str, ...]:
    """Tags as stored: trimmed, inner spaces folded, no commas, no empties, no duplicates, in order."""
    out: list[str] = []
    for tag in tags:
        t = " ".join(tag.replace(",", " ").split())
        if t and t not in out:
            out.append(t)
    return tuple(out)


_COLS = ("uuid, article_id, kind, start, end, exact, prefix, suffix, color, note, tags, orphaned,"
         " created, modified")


def _row(r: sqlite3.Row) -> Annotation:
    return Annotation(
        r["uuid"], r["article_id"], r["kind"], r["start"], r["end"], r["exact"], r["prefix"], r["suffix"],
        r["color"], r["note"], tuple(t for t in r["tags"].split(",") if t), bool(r["orphaned"]),
        r["created"], r["modified"],
    )


def _values(a: Annotation) -> tuple[object, ...]:
    return (a.uuid, a.article_id, a.kind, a.start, a.end, a.exact, a.prefix, a.suffix, a.color, a.note,
            ",".join(clean_tags(a.tags)), int(a.orphaned), a.created, a.modified)


class Annotations:
    """Repository of highlights and bookmarks. Invalid input raises ``ValueError``."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.last_reanchor: list[Reanchored] = []

    # -- creating ---------------------------------------------------------------------
    def add_highlight(
        self, article_id: int, start: int, end: int, color: str = DEFAULT_COLOR, note: str = "",
        tags: Iterable[str] = (),
    ) -> Annotation:
        """Highlight ``text[start:end]`` of an article (code points)."""
        from qari.core.anchoring import make_selector

        if color not in COLOR_NAMES:
            raise ValueError(f"unknown colour {color!r}; one of {', '.join(COLOR_NAMES)}")
        if start >= end:
            raise ValueError("a highlight needs at least one character")
        sel = make_selector(self._text(article_id), start, end)
        return self._insert(article_id, HIGHLIGHT, sel, color, note, tags)

    def add_bookmark(self, article_id: int, offset: int, note: str = "") -> Annotation:
        """Bookmark a place (a code-point offset) in an article."""
        from qari.core.anchoring import make_selector

        sel = make_selector(self._text(article_id), offset, offset)
        return self._insert(article_id, BOOKMARK, sel, "", note, ())

    def _insert(
        self, article_id: int, kind: str, sel: Selector, color: str, note: str, tags: Iterable[str]
    ) -> Annotation:
        stamp = now_iso()
        import uuid as uuidlib  # (at the first new annotation: the GUI's start-up waits less)

        a = Annotation(str(uuidlib.uuid4()), article_id, kind, sel.start, sel.end, sel.exact, sel.prefix,
                       sel.suffix, color, note.strip(), clean_tags(tags), False, stamp, stamp)
        with self.db.transaction() as c:
            c.execute(f"INSERT INTO annotations ({_COLS}) VALUES ({', '.join('?' * 14)})", _values(a))
        return a

    # -- changing ---------------------------------------------------------------------
    def update(
        self, uuid: str, *, color: str | None = None, note: str | None = None, tags: Iterable[str] | None = None
    ) -> tuple[Annotation, Annotation]:
        """Change colour, note and/or tags; returns (old, new). Undo with ``restore(old)``."""
        if color is not None and color not in COLOR_NAMES:
            raise ValueError(f"unknown colour {color!r}; one of {', '.join(COLOR_NAMES)}")
        with self.db.transaction() as c:
            old = self._get(c, uuid)
            new = replace(
                old,
                color=old.color if color is None or old.kind == BOOKMARK else color,
                note=old.note if note is None else note.strip(),
                tags=old.tags if tags is None else clean_tags(tags),
                modified=now_iso(),
            )
            self._write(c, new)
        return old, new

    def delete(self, uuid: str) -> Annotation:
        """Delete one annotation and return it whole (for ``restore``)."""
        with self.db.transaction() as c:
            old = self._get(c, uuid)
            c.execute("DELETE FROM annotations WHERE uuid = ?", (uuid,))
        return old

    def restore(self, annotation: Annotation) -> Annotation:
        """Put a record back exactly as given (same uuid, dates, note...), replacing any current one.

        If the article's text changed since the record was taken and its quote is no
        longer at its offsets, it is re-anchored first (or kept as an orphan).
        Returns what was stored.
        """
        from qari.core.anchoring import anchor

        with self.db.transaction() as c:
            a = annotation
            text = self._text(a.article_id, c)
            if not a.orphaned and text[a.start:a.end] != a.exact:
                a = _reanchored(a, text, anchor(a.selector, text))
            self._write(c, a)
        return a

    def import_records(self, records: Iterable[Annotation]) -> None:
        """Write many new records as given, all in one transaction. Never overwrites: a uuid
        already in the library is an error (the importer gives a taken id a new one first)."""
        with self.db.transaction() as c:
            for a in records:
                self._text(a.article_id, c)  # the article must exist
                c.execute(f"INSERT INTO annotations ({_COLS}) VALUES ({', '.join('?' * 14)})", _values(a))

    def replace_records(self, delete: Iterable[str], write: Iterable[Annotation]) -> None:
        """Delete some annotations and write others as given, in one transaction (an undone import:
        all of it or, if the library refuses, none of it)."""
        with self.db.transaction() as c:
            c.executemany("DELETE FROM annotations WHERE uuid = ?", [(u,) for u in delete])
            for a in write:
                self._write(c, a)

    def reattach(self, uuid: str, start: int, end: int) -> tuple[Annotation, Annotation]:
        """Point an annotation (usually an orphan) at ``text[start:end]``; returns (old, new)."""
        from qari.core.anchoring import make_selector

        with self.db.transaction() as c:
            old = self._get(c, uuid)
            if old.kind == HIGHLIGHT and start >= end:
                raise ValueError("a highlight needs at least one character")
            if old.kind == BOOKMARK:
                end = start
            sel = make_selector(self._text(old.article_id, c), start, end)
            new = replace(old, start=sel.start, end=sel.end, exact=sel.exact, prefix=sel.prefix,
                          suffix=sel.suffix, orphaned=False, modified=now_iso())
            self._write(c, new)
        return old, new

    # -- reading ----------------------------------------------------------------------
    def get(self, uuid: str) -> Annotation | None:
        row = self.db.conn.execute(f"SELECT {_COLS} FROM annotations WHERE uuid = ?", (uuid,)).fetchone()
        return None if row is None else _row(row)

    def for_article(self, article_id: int, kind: str | None = None) -> list[Annotation]:
        """Anchored annotations of an article in text order (orphans: see :meth:`orphans`)."""
        sql = f"SELECT {_COLS} FROM annotations WHERE article_id = ? AND orphaned = 0"
        args: list[object] = [article_id]
        if kind is not None:
            sql += " AND kind = ?"
            args.append(kind)
        rows = self.db.conn.execute(sql + " ORDER BY start, end, created, uuid", args)
        return [_row(r) for r in rows]

    def orphans(self, article_id: int | None = None) -> list[Annotation]:
        """Annotations whose text was lost in an edit, of one article or of the whole library."""
        sql = f"SELECT {_COLS} FROM annotations WHERE orphaned = 1"
        args: tuple[object, ...] = ()
        if article_id is not None:
            sql += " AND article_id = ?"
            args = (article_id,)
        return [_row(r) for r in self.db.conn.execute(sql + " ORDER BY article_id, start, created", args)]

    def all(self, article_id: int | None = None) -> list[Annotation]:
        """Every annotation (anchored and orphaned), by article then text order."""
        sql = f"SELECT {_COLS} FROM annotations"
        args: tuple[object, ...] = ()
        if article_id is not None:
            sql += " WHERE article_id = ?"
            args = (article_id,)
        return [_row(r) for r in self.db.conn.execute(sql + " ORDER BY article_id, start, end, created", args)]

    def count(self) -> int:
        return int(self.db.conn.execute("SELECT count(*) FROM annotations").fetchone()[0])

    def search(
        self, text: str | None = None, tag: str | None = None, color: str | None = None,
        kind: str | None = None,
    ) -> list[AnnotationHit]:
        """Library-wide search, newest first. ``text`` matches the quote or the note, ignoring
        diacritics, hamza forms and case; ``tag`` matches one tag exactly."""
        from qari.core.arabic import fold_text

        sql = (f"SELECT {', '.join('a.' + c.strip() for c in _COLS.split(','))}, r.title AS title"
               " FROM annotations a JOIN articles r ON r.id = a.article_id WHERE r.deleted IS NULL")
        args: list[object] = []
        if color is not None:
            sql += " AND a.color = ?"
            args.append(color)
        if kind is not None:
            sql += " AND a.kind = ?"
            args.append(kind)
        needle = fold_text(text) if text else ""
        hits = []
        for r in self.db.conn.execute(sql + " ORDER BY a.modified DESC, a.id DESC", args):
            a = _row(r)
            if tag is not None and tag not in a.tags:
                continue
            if needle and needle not in fold_text(a.exact) and needle not in fold_text(a.note):
                continue
            hits.append(AnnotationHit(a, r["title"]))
        return hits

    def all_tags(self) -> list[str]:
        """Every tag in use, sorted."""
        tags: set[str] = set()
        for (value,) in self.db.conn.execute("SELECT DISTINCT tags FROM annotations WHERE tags != ''"):
            tags.update(t for t in value.split(",") if t)
        return sorted(tags)

    # -- the hook: the article's text changed ---------------------------------------------
    def reanchor_article(
        self, conn: sqlite3.Connection, article_id: int, old_text: str, new_text: str
    ) -> tuple[int, int]:
        """Re-anchor every annotation of an article (orphans too: an undone edit brings them back).

        Runs inside the caller's transaction (``Library.set_text``). What happened is
        left in :attr:`last_reanchor`; returns (annotations placed, annotations detached).
        """
        from qari.core.anchoring import anchor

        report: list[Reanchored] = []
        rows = conn.execute(f"SELECT {_COLS} FROM annotations WHERE article_id = ?", (article_id,))
        for a in [_row(r) for r in rows]:
            found = anchor(a.selector, new_text)
            new = _reanchored(a, new_text, found)
            if new != a:
                self._write(conn, replace(new, modified=a.modified))
            report.append(Reanchored(a.uuid, found))
        self.last_reanchor = report
        detached = sum(r.found is None for r in report)
        return len(report) - detached, detached

    def replace_article(self, conn: sqlite3.Connection, article_id: int, records: Iterable[Annotation]) -> None:
        """Make ``records`` (a snapshot from :meth:`all`) the article's annotations, exactly as they
        were. Runs inside the caller's transaction (the undo of an edit of the article's text)."""
        conn.execute("DELETE FROM annotations WHERE article_id = ?", (article_id,))
        for a in records:
            self._write(conn, a)

    # -- internals --------------------------------------------------------------------
    def _text(self, article_id: int, conn: sqlite3.Connection | None = None) -> str:
        row = (conn or self.db.conn).execute("SELECT text FROM articles WHERE id = ?", (article_id,)).fetchone()
        if row is None:
            raise ValueError(f"no article {article_id}")
        return str(row["text"])

    def _get(self, c: sqlite3.Connection, uuid: str) -> Annotation:
        row = c.execute(f"SELECT {_COLS} FROM annotations WHERE uuid = ?", (uuid,)).fetchone()
        if row is None:
            raise KeyError(uuid)
        return _row(row)

    def _write(self, c: sqlite3.Connection, a: Annotation) -> None:
        c.execute(f"INSERT OR REPLACE INTO annotations ({_COLS}) VALUES ({', '.join('?' * 14)})", _values(a))


def _reanchored(a: Annotation, text: str, found: Anchored | None) -> Annotation:
    """The annotation pointed at ``found`` in ``text``, or marked orphaned (its text kept)."""
    from qari.core.anchoring import make_selector

    if found is None:
        return replace(a, orphaned=True)
    sel = make_selector(text, found.start, found.end)
    return replace(a, start=sel.start, end=sel.end, exact=sel.exact, prefix=sel.prefix, suffix=sel.suffix,
                   orphaned=False)
