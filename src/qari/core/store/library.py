"""The article library: add, list, open, keep the reading place, delete with undo."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable
from datetime import UTC, datetime

from qari.core.article import Article, canonicalize, content_hash, word_count
from qari.core.records import Frozen
from qari.core.records import set_field as _set
from qari.core.store.db import Database

# a hook may return (annotations placed, annotations detached)
TextChangedHook = Callable[[sqlite3.Connection, int, str, str], tuple[int, int] | None]


def _index():  # -> module qari.core.search.index, loaded on the first write (not at start-up)
    from qari.core.search import index

    return index


def _people():  # -> module qari.core.store.people (names and quotes across the library)
    from qari.core.store import people

    return people


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class ArticleSummary(Frozen):
    """One row of the library. (``@dataclass(frozen=True, slots=True)`` written out, see
    qari.core.records; ``replace`` is ``dataclasses.replace``'s.)"""

    __slots__ = ("added", "id", "opened", "progress", "source", "starred", "title", "words")
    id: int
    title: str
    source: str
    added: str
    words: int
    progress: float
    opened: str | None
    starred: bool

    FIELDS = ("id", "title", "source", "added", "words", "progress", "opened", "starred")

    def __init__(self, id: int, title: str, source: str, added: str, words: int, progress: float,
                 opened: str | None, starred: bool) -> None:
        _set(self, "id", id)
        _set(self, "title", title)
        _set(self, "source", source)
        _set(self, "added", added)
        _set(self, "words", words)
        _set(self, "progress", progress)
        _set(self, "opened", opened)
        _set(self, "starred", starred)

    def to_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "title": self.title,
            "source": self.source,
            "added": self.added,
            "words": self.words,
            "progress": round(self.progress, 3),
            "opened": self.opened,
            "starred": self.starred,
        }


CREATED, EXISTING, UPDATED, CHANGED = "created", "existing", "updated", "changed"
UPDATE, KEEP_BOTH, ASK = "update", "keep_both", "ask"  # what to do when a file or page came back changed


class AddResult(Frozen):
    """What :meth:`Library.add` did. ``status``: CREATED, EXISTING (same text already there),
    UPDATED (the same file or page came back changed: its text was replaced and its
    annotations re-anchored; ``anchored``/``detached`` count them) or CHANGED (the same, but
    the policy was ASK: nothing was written). (``@dataclass(frozen=True, slots=True)`` written out.)"""

    __slots__ = ("anchored", "created", "detached", "id", "status")
    id: int
    created: bool
    status: str
    anchored: int  # annotations placed in the new text
    detached: int  # annotations whose text is gone (kept as orphans)

    FIELDS = ("id", "created", "status", "anchored", "detached")

    def __init__(self, id: int, created: bool, status: str = CREATED, anchored: int = 0, detached: int = 0) -> None:
        _set(self, "id", id)
        _set(self, "created", created)
        _set(self, "status", status)
        _set(self, "anchored", anchored)
        _set(self, "detached", detached)


def origin_of(article: Article) -> tuple[str, str]:
    """(path, url) an article was imported from, as the importers recorded them."""
    return article.meta.get("path", ""), article.meta.get("url", "")


_SUMMARY_COLS = ("a.id AS id, title, source, added, words, coalesce(r.progress, 0) AS progress, r.opened AS opened,"
                 " starred")
_WITH_READING = "articles a LEFT JOIN reading r ON r.article_id = a.id"  # the reading place has its own table


def _summary(row: sqlite3.Row) -> ArticleSummary:
    return ArticleSummary(
        row["id"], row["title"], row["source"], row["added"], row["words"],
        row["progress"], row["opened"], bool(row["starred"]),
    )


class Library:
    """Repository over the ``articles`` table. Every write is committed when made."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.text_changed_hooks: list[TextChangedHook] = []

    # -- adding -----------------------------------------------------------------
    def add(self, article: Article, on_changed: str = UPDATE) -> AddResult:
        with self.db.transaction() as c:
            return self._add(c, article, on_changed)

    def add_many(self, articles: Iterable[Article], on_changed: str = UPDATE) -> list[AddResult]:
        with self.db.transaction() as c:
            return [self._add(c, a, on_changed) for a in articles]

    def _add(self, c: sqlite3.Connection, article: Article, on_changed: str = UPDATE) -> AddResult:
        """Same text (as imported, or as edited since) -> that article; the same file or page
        with a changed text -> ``on_changed``; else a new article."""
        digest = article.hash
        row = c.execute(
            "SELECT id, deleted FROM articles WHERE hash = ? OR text_hash = ? ORDER BY deleted IS NOT NULL"
            " LIMIT 1", (digest, digest)).fetchone()
        if row is not None:
            if row["deleted"] is not None:
                self._undelete(c, [row["id"]])
                return AddResult(row["id"], True)
            return AddResult(row["id"], False, EXISTING)
        path, url = origin_of(article)
        same = self._same_origin(c, path, url) if on_changed != KEEP_BOTH else None
        if same is not None:
            if on_changed == ASK:
                return AddResult(same, False, CHANGED)
            anchored, detached = self._replace_text(c, same, article.text)
            return AddResult(same, False, UPDATED, anchored, detached)
        cur = c.execute(
            "INSERT INTO articles (hash, text_hash, title, text, source, author, published, site, added, words,"
            " origin_path, origin_url) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (digest, digest, article.title, article.text, article.source, article.author, article.published,
             article.site, now_iso(), article.words, path, url),
        )
        new_id = int(cur.lastrowid or 0)
        _index().index_article(c, new_id, article.title, article.source, article.text)
        return AddResult(new_id, True)

    def _same_origin(self, c: sqlite3.Connection, path: str, url: str) -> int | None:
        for column, value in (("origin_url", url), ("origin_path", path)):
            if value:
                # "!= ''" lets SQLite use the partial index (without it: a scan per import, quadratic)
                row = c.execute(f"SELECT id FROM articles WHERE {column} = ? AND {column} != ''"
                                " AND deleted IS NULL ORDER BY id DESC LIMIT 1", (value,)).fetchone()
                if row is not None:
                    return int(row["id"])
        return None

    # -- reading ----------------------------------------------------------------
    def get(self, article_id: int) -> Article | None:
        row = self.db.conn.execute(
            "SELECT id, hash, text, source, author, published, site, words FROM articles"
            " WHERE id = ? AND deleted IS NULL", (article_id,)
        ).fetchone()
        if row is None:
            return None
        return Article(row["text"], row["source"], row["author"], row["published"], row["site"], row["id"],
                       {"identity": row["hash"]},  # the hash it was imported with: edits do not change it
                       int(row["words"]))  # counted when the text was stored (set_text recounts)

    def find_by_hash(self, digest: str) -> int | None:
        """The article whose text has this hash now, or had it when imported."""
        row = self.db.conn.execute(
            "SELECT id FROM articles WHERE (text_hash = ? OR hash = ?) AND deleted IS NULL"
            " ORDER BY text_hash = ? DESC LIMIT 1", (digest, digest, digest)
        ).fetchone()
        return None if row is None else int(row["id"])

    def summaries(self) -> list[ArticleSummary]:
        rows = self.db.conn.execute(
            f"SELECT {_SUMMARY_COLS} FROM {_WITH_READING} WHERE deleted IS NULL ORDER BY added DESC, a.id DESC"
        )
        return [_summary(r) for r in rows]

    def summary(self, article_id: int) -> ArticleSummary | None:
        row = self.db.conn.execute(
            f"SELECT {_SUMMARY_COLS} FROM {_WITH_READING} WHERE a.id = ? AND deleted IS NULL", (article_id,)
        ).fetchone()
        return None if row is None else _summary(row)

    def count(self) -> int:
        return int(self.db.conn.execute("SELECT count(*) FROM articles WHERE deleted IS NULL").fetchone()[0])

    def count_at_least(self, n: int) -> bool:
        """Whether the library holds ``n`` articles or more (reads at most ``n`` rows: cheap at start-up)."""
        row = self.db.conn.execute(
            "SELECT count(*) FROM (SELECT 1 FROM articles WHERE deleted IS NULL LIMIT ?)", (n,)
        ).fetchone()
        return int(row[0]) >= n

    # -- the reading place ------------------------------------------------------
    # (in the ``reading`` table: an UPDATE of ``articles`` would rewrite the article's whole text)
    def mark_opened(self, article_id: int) -> None:
        with self.db.transaction() as c:
            c.execute("INSERT INTO reading (article_id, opened) SELECT id, ? FROM articles WHERE id = ?"
                      " ON CONFLICT (article_id) DO UPDATE SET opened = excluded.opened", (now_iso(), article_id))

    def last_opened(self) -> int | None:
        row = self.db.conn.execute(
            "SELECT a.id FROM reading r JOIN articles a ON a.id = r.article_id"
            " WHERE a.deleted IS NULL AND r.opened IS NOT NULL ORDER BY r.opened DESC, a.id DESC LIMIT 1"
        ).fetchone()
        return None if row is None else int(row["id"])

    def position(self, article_id: int) -> tuple[int, float]:
        row = self.db.conn.execute(
            "SELECT position, progress FROM reading WHERE article_id = ?", (article_id,)
        ).fetchone()
        return (0, 0.0) if row is None else (int(row["position"]), float(row["progress"]))

    def set_position(self, article_id: int, position: int, progress: float) -> None:
        with self.db.transaction() as c:
            c.execute(
                "INSERT INTO reading (article_id, position, progress) SELECT id, ?, ? FROM articles WHERE id = ?"
                " ON CONFLICT (article_id) DO UPDATE SET position = excluded.position,"
                " progress = max(progress, excluded.progress)",
                (max(0, position), min(1.0, max(0.0, progress)), article_id),
            )

    # -- editing ----------------------------------------------------------------
    def update_meta(self, article_id: int, *, title: str | None = None, source: str | None = None) -> None:
        """Edit the headline (the first paragraph of the text) and/or the source."""
        if source is not None:
            with self.db.transaction() as c:
                row = c.execute("SELECT title, source, text FROM articles WHERE id = ? AND deleted IS NULL",
                                (article_id,)).fetchone()
                if row is not None and row["source"] != source.strip():
                    idx = _index()
                    idx.unindex_article(c, article_id, row["title"], row["source"], row["text"])
                    c.execute("UPDATE articles SET source = ? WHERE id = ?", (source.strip(), article_id))
                    idx.index_article(c, article_id, row["title"], source.strip(), row["text"])
        if title is not None:
            article = self.get(article_id)
            new_title = canonicalize(title).replace("\n", " ")
            if article is None or not new_title or new_title == article.title:
                return
            rest = article.text[len(article.title):]
            self.set_text(article_id, new_title + rest)

    def set_text(self, article_id: int, new_text: str,
                 instead_of_hooks: Callable[[sqlite3.Connection], None] | None = None) -> None:
        """Replace an article's text; hooks (annotation re-anchoring) run in the same transaction.
        ``instead_of_hooks`` runs in their place (an undo putting back the annotations exactly).
        The article keeps its identity (``hash``): only ``text_hash`` follows the text."""
        with self.db.transaction() as c:
            self._replace_text(c, article_id, new_text, instead_of_hooks)

    def _replace_text(self, c: sqlite3.Connection, article_id: int, new_text: str,
                      instead_of_hooks: Callable[[sqlite3.Connection], None] | None = None) -> tuple[int, int]:
        """(annotations placed, annotations detached) as the hooks report them."""
        new_text = canonicalize(new_text)
        row = c.execute("SELECT title, source, text FROM articles WHERE id = ? AND deleted IS NULL",
                        (article_id,)).fetchone()
        if row is None:
            return 0, 0
        old_text = row["text"]
        idx = _index()
        idx.unindex_article(c, article_id, row["title"], row["source"], old_text)
        idx.index_article(c, article_id, new_text.split("\n", 1)[0], row["source"], new_text)
        c.execute(
            "UPDATE articles SET text = ?, title = ?, text_hash = ?, words = ? WHERE id = ?",
            (new_text, new_text.split("\n", 1)[0], content_hash(new_text), word_count(new_text), article_id),
        )
        c.execute("DELETE FROM extraction_cache WHERE article_id = ?", (article_id,))
        _people().forget_article(c, article_id)
        if instead_of_hooks is not None:
            instead_of_hooks(c)
            return 0, 0
        placed = detached = 0
        for hook in self.text_changed_hooks:
            got = hook(c, article_id, old_text, new_text)
            if isinstance(got, tuple):
                placed, detached = placed + got[0], detached + got[1]
        return placed, detached

    def set_starred(self, article_id: int, starred: bool) -> None:
        with self.db.transaction() as c:
            c.execute("UPDATE articles SET starred = ? WHERE id = ?", (int(starred), article_id))

    # -- deleting, with undo ------------------------------------------------------
    # A deleted article leaves the search index at once and comes back with its undo.
    def delete(self, article_ids: Iterable[int]) -> None:
        stamp = now_iso()
        idx = _index()
        with self.db.transaction() as c:
            for i in article_ids:
                row = c.execute("SELECT title, source, text FROM articles WHERE id = ? AND deleted IS NULL",
                                (i,)).fetchone()
                if row is not None:
                    idx.unindex_article(c, i, row["title"], row["source"], row["text"])
                    c.execute("UPDATE articles SET deleted = ? WHERE id = ?", (stamp, i))
            _people().mark_dirty(c)

    def undelete(self, article_ids: Iterable[int]) -> None:
        with self.db.transaction() as c:
            self._undelete(c, article_ids)

    def _undelete(self, c: sqlite3.Connection, article_ids: Iterable[int]) -> None:
        idx = _index()
        for i in article_ids:
            row = c.execute("SELECT title, source, text FROM articles WHERE id = ? AND deleted IS NOT NULL",
                            (i,)).fetchone()
            if row is not None:
                c.execute("UPDATE articles SET deleted = NULL WHERE id = ?", (i,))
                idx.index_article(c, i, row["title"], row["source"], row["text"])
                _people().mark_dirty(c)

    def purge_deleted(self) -> int:
        """Really remove what was deleted in an earlier session (called at start-up)."""
        with self.db.transaction() as c:  # deleted articles already left the search index
            return c.execute("DELETE FROM articles WHERE deleted IS NOT NULL").rowcount

    # -- cached extraction results ------------------------------------------------
    def cached_extraction(self, article_id: int, version: str) -> dict | None:
        row = self.db.conn.execute(
            "SELECT data FROM extraction_cache WHERE article_id = ? AND version = ?", (article_id, version)
        ).fetchone()
        import json  # (here: the json module is not needed before the first paint)

        return None if row is None else json.loads(row["data"])

    def cache_extraction(self, article_id: int, version: str, data: dict) -> None:
        import json

        with self.db.transaction() as c:
            c.execute(
                "INSERT OR REPLACE INTO extraction_cache (article_id, version, data) VALUES (?, ?, ?)",
                (article_id, version, json.dumps(data, ensure_ascii=False)),
            )
            from qari.core.store.corrections import corrected_data

            # its names and quotes, for the People view, as the reader corrected them
            _people().record_article(c, article_id, corrected_data(c, article_id, data))

    # -- small persistent state ---------------------------------------------------
    def get_state(self, key: str, default: str | None = None) -> str | None:
        row = self.db.conn.execute("SELECT value FROM state WHERE key = ?", (key,)).fetchone()
        return default if row is None else str(row["value"])

    def set_state(self, key: str, value: str) -> None:
        with self.db.transaction() as c:
            c.execute("INSERT OR REPLACE INTO state (key, value) VALUES (?, ?)", (key, value))

    # -- full-text search -----------------------------------------------------------
    def search(self, query: str, **kw):  # -> qari.core.search.index.SearchResults
        """Ranked articles matching ``query`` (see :func:`qari.core.search.index.search`)."""
        return _index().search(self.db.conn, query, **kw)
