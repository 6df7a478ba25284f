"""The reader's corrections of the Quotes panel: the repository over ``quote_corrections``.

One correction per item (an item is a quotation or statement: its kind and its span); a new word
on the same item replaces the old one. Every change runs in one transaction, is committed before
it returns and has an exact inverse, as annotations have:

=========================================  ================================================
do                                         undo
=========================================  ================================================
``old, new = correct(article, ...)``       ``undo(old, new)``: delete ``new``, put ``old`` back
``old = delete(uuid)``                     ``restore(old)``
=========================================  ================================================
"""

from __future__ import annotations

import json
import sqlite3
import uuid as uuidlib
from dataclasses import replace
from datetime import UTC, datetime

from qari.core.anchoring import make_selector
from qari.core.corrections import ACTIONS, Correction, find_target
from qari.core.extract.model import Quote
from qari.core.store.db import Database

__all__ = ["Corrections"]

_COLS = "uuid, article_id, action, kind, start, end, exact, prefix, suffix, speaker, created, modified"


def now_iso() -> str:
    """When a correction was made (to the microsecond: the latest word on an item wins)."""
    return datetime.now(UTC).isoformat(timespec="microseconds")


def _row(r: sqlite3.Row) -> Correction:
    return Correction(r["uuid"], r["article_id"], r["action"], r["kind"], r["start"], r["end"], r["exact"],
                      r["prefix"], r["suffix"], r["speaker"], r["created"], r["modified"])


def _values(c: Correction) -> tuple[object, ...]:
    return (c.uuid, c.article_id, c.action, c.kind, c.start, c.end, c.exact, c.prefix, c.suffix, c.speaker,
            c.created, c.modified)


def corrected_data(c: sqlite3.Connection, article_id: int, data: dict) -> dict:
    """An extraction as JSON (the cache's shape) with the article's corrections applied: what the
    library's views (people, quotes across articles, exports with citations) record."""
    rows = [_row(r) for r in c.execute(
        f"SELECT {_COLS} FROM quote_corrections WHERE article_id = ? ORDER BY modified, id", (article_id,))]
    if not rows:
        return data
    text = c.execute("SELECT text FROM articles WHERE id = ?", (article_id,)).fetchone()
    if text is None:
        return data
    from qari.core.corrections import apply
    from qari.core.extract.model import Extraction

    return apply(Extraction.from_dict(data), rows, text[0]).to_dict()


def _rerecord(c: sqlite3.Connection, article_id: int) -> None:
    """After a correction: the library's views record the article's corrected quotations."""
    from qari.core.extract import EXTRACTOR_VERSION
    from qari.core.store import people

    row = c.execute("SELECT data FROM extraction_cache WHERE article_id = ? AND version = ?",
                    (article_id, EXTRACTOR_VERSION)).fetchone()
    if row is not None:
        people.record_article(c, article_id, corrected_data(c, article_id, json.loads(row[0])))


class Corrections:
    """Corrections of one library. Invalid input raises ``ValueError``."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def for_article(self, article_id: int) -> list[Correction]:
        rows = self.db.conn.execute(
            f"SELECT {_COLS} FROM quote_corrections WHERE article_id = ? ORDER BY modified, id", (article_id,))
        return [_row(r) for r in rows]

    def correct(self, article_id: int, action: str, kind: str, start: int, end: int,
                speaker: str = "") -> tuple[Correction | None, Correction]:
        """Say something about the item at start..end (or, with ``add``, about those words).
        Returns (the correction it replaces or None, the new one)."""
        if action not in ACTIONS:
            raise ValueError(f"unknown correction {action!r}")
        if kind not in ("direct", "reported"):
            raise ValueError(f"unknown kind {kind!r}")
        speaker = " ".join(speaker.split())
        if action in ("speaker", "add") and not speaker:
            raise ValueError("a speaker is needed")
        if start >= end:
            raise ValueError("a quotation needs at least one character")
        text = self._text(article_id)
        if end > len(text):
            raise ValueError("the span is outside the article")
        sel = make_selector(text, start, end)
        stamp = now_iso()
        with self.db.transaction() as c:
            old = self._same_item(c, article_id, kind, start, end)
            if old is not None:
                c.execute("DELETE FROM quote_corrections WHERE uuid = ?", (old.uuid,))
            new = Correction(str(uuidlib.uuid4()), article_id, action, kind, sel.start, sel.end, sel.exact,
                             sel.prefix, sel.suffix, speaker if action != "reject" else "", stamp, stamp)
            c.execute(f"INSERT INTO quote_corrections ({_COLS}) VALUES ({', '.join('?' * 12)})", _values(new))
            _rerecord(c, article_id)
        return old, new

    def correct_item(self, article_id: int, item: Quote, action: str, speaker: str = "") -> tuple[
            Correction | None, Correction]:
        """:meth:`correct` for an item of the panel (a confirmation keeps its speaker)."""
        if action == "confirm" and not speaker:
            speaker = item.speaker or ""
        return self.correct(article_id, action, item.kind, item.start, item.end, speaker)

    def undo(self, old: Correction | None, new: Correction) -> None:
        """Take back a :meth:`correct`: the new word goes, the one it replaced comes back."""
        with self.db.transaction() as c:
            c.execute("DELETE FROM quote_corrections WHERE uuid = ?", (new.uuid,))
            if old is not None:
                c.execute(f"INSERT OR REPLACE INTO quote_corrections ({_COLS}) VALUES ({', '.join('?' * 12)})",
                          _values(old))
            _rerecord(c, new.article_id)

    def redo(self, old: Correction | None, new: Correction) -> None:
        with self.db.transaction() as c:
            if old is not None:
                c.execute("DELETE FROM quote_corrections WHERE uuid = ?", (old.uuid,))
            c.execute(f"INSERT OR REPLACE INTO quote_corrections ({_COLS}) VALUES ({', '.join('?' * 12)})",
                      _values(replace(new)))
            _rerecord(c, new.article_id)

    def delete(self, uuid: str) -> Correction | None:
        with self.db.transaction() as c:
            row = c.execute(f"SELECT {_COLS} FROM quote_corrections WHERE uuid = ?", (uuid,)).fetchone()
            c.execute("DELETE FROM quote_corrections WHERE uuid = ?", (uuid,))
            if row:
                _rerecord(c, row["article_id"])
        return _row(row) if row else None

    def restore(self, correction: Correction) -> None:
        with self.db.transaction() as c:
            c.execute(f"INSERT OR REPLACE INTO quote_corrections ({_COLS}) VALUES ({', '.join('?' * 12)})",
                      _values(correction))
            _rerecord(c, correction.article_id)

    # -- helpers ------------------------------------------------------------------------
    def _text(self, article_id: int) -> str:
        row = self.db.conn.execute("SELECT text FROM articles WHERE id = ?", (article_id,)).fetchone()
        if row is None:
            raise ValueError(f"no article {article_id}")
        return row["text"]

    def _same_item(self, c: sqlite3.Connection, article_id: int, kind: str, start: int, end: int) -> Correction | None:
        rows = [_row(r) for r in c.execute(
            f"SELECT {_COLS} FROM quote_corrections WHERE article_id = ? AND kind = ? AND start < ? AND end > ?",
            (article_id, kind, end, start))]
        items = [Quote(r.exact, r.start, r.end, None, None, None) for r in rows]
        k = find_target(items, start, end)
        return rows[k] if k is not None else None
