"""Tags on articles and saved searches: repositories over ``tags``, ``article_tags`` and
``saved_searches``. Every change is committed when made; ``add`` and ``remove`` are each
other's undo."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field

from qari.core.store.db import Database
from qari.core.store.library import now_iso


def clean_tag(name: str) -> str:
    """A tag as stored: trimmed, inner whitespace collapsed, no commas."""
    return " ".join(name.replace(",", " ").split())


class Tags:
    def __init__(self, db: Database) -> None:
        self.db = db

    def all(self) -> list[tuple[str, int]]:
        """Every tag in use with its number of (not deleted) articles, by name."""
        rows = self.db.conn.execute(
            "SELECT g.name, count(a.id) AS n FROM tags g JOIN article_tags t ON t.tag_id = g.id"
            " JOIN articles a ON a.id = t.article_id AND a.deleted IS NULL GROUP BY g.id ORDER BY g.name"
        )
        return [(r["name"], int(r["n"])) for r in rows]

    def of(self, article_id: int) -> list[str]:
        rows = self.db.conn.execute(
            "SELECT g.name FROM tags g JOIN article_tags t ON t.tag_id = g.id WHERE t.article_id = ? ORDER BY g.name",
            (article_id,),
        )
        return [r["name"] for r in rows]

    def of_many(self, article_ids: Iterable[int] | None = None) -> dict[int, list[str]]:
        """Tags by article (every article when ``article_ids`` is None)."""
        rows = self.db.conn.execute(
            "SELECT t.article_id, g.name FROM article_tags t JOIN tags g ON g.id = t.tag_id ORDER BY g.name"
        )
        wanted = None if article_ids is None else set(article_ids)
        out: dict[int, list[str]] = {}
        for r in rows:
            if wanted is None or r["article_id"] in wanted:
                out.setdefault(r["article_id"], []).append(r["name"])
        return out

    def articles(self, name: str) -> list[int]:
        rows = self.db.conn.execute(
            "SELECT t.article_id FROM article_tags t JOIN tags g ON g.id = t.tag_id WHERE g.name = ?"
            " ORDER BY t.article_id", (clean_tag(name),))
        return [int(r[0]) for r in rows]

    def add(self, article_ids: Iterable[int], names: Iterable[str]) -> list[tuple[int, str]]:
        """Tag every article with every name; returns the (article, tag) pairs that were new."""
        names = [n for n in (clean_tag(x) for x in names) if n]
        ids = list(article_ids)
        added: list[tuple[int, str]] = []
        with self.db.transaction() as c:
            for name in names:
                c.execute("INSERT OR IGNORE INTO tags (name) VALUES (?)", (name,))
                tag_id = c.execute("SELECT id FROM tags WHERE name = ?", (name,)).fetchone()[0]
                for aid in ids:
                    cur = c.execute("INSERT OR IGNORE INTO article_tags (article_id, tag_id) VALUES (?, ?)",
                                    (aid, tag_id))
                    if cur.rowcount:
                        added.append((aid, name))
        return added

    def remove(self, article_ids: Iterable[int], names: Iterable[str]) -> list[tuple[int, str]]:
        """Take the names off the articles; returns the pairs that were there. Unused tags are dropped."""
        names = [clean_tag(x) for x in names]
        ids = list(article_ids)
        removed: list[tuple[int, str]] = []
        with self.db.transaction() as c:
            for name in names:
                row = c.execute("SELECT id FROM tags WHERE name = ?", (name,)).fetchone()
                if row is None:
                    continue
                for aid in ids:
                    cur = c.execute("DELETE FROM article_tags WHERE article_id = ? AND tag_id = ?", (aid, row[0]))
                    if cur.rowcount:
                        removed.append((aid, name))
            c.execute("DELETE FROM tags WHERE id NOT IN (SELECT tag_id FROM article_tags)")
        return removed

    def restore(self, pairs: Iterable[tuple[int, str]], present: bool) -> None:
        """Undo of :meth:`add` (``present=False``) or :meth:`remove` (``present=True``)."""
        by_name: dict[str, list[int]] = {}
        for aid, name in pairs:
            by_name.setdefault(name, []).append(aid)
        for name, ids in by_name.items():
            (self.add if present else self.remove)(ids, [name])


@dataclass(frozen=True, slots=True)
class SavedSearch:
    name: str
    query: str
    options: dict[str, object] = field(default_factory=dict)  # exact, notes, source, tags, starred, ...
    created: str = ""

    def to_json(self) -> dict[str, object]:
        return {"name": self.name, "query": self.query, "options": self.options, "created": self.created}


class SavedSearches:
    def __init__(self, db: Database) -> None:
        self.db = db

    def all(self) -> list[SavedSearch]:
        rows = self.db.conn.execute("SELECT * FROM saved_searches ORDER BY name")
        return [SavedSearch(r["name"], r["query"], json.loads(r["options"]), r["created"]) for r in rows]

    def get(self, name: str) -> SavedSearch | None:
        return next((s for s in self.all() if s.name == name.strip()), None)

    def save(self, name: str, query: str, options: dict[str, object] | None = None) -> SavedSearch:
        """Save (or replace) a search under ``name``."""
        s = SavedSearch(name.strip(), query, dict(options or {}), now_iso())
        with self.db.transaction() as c:
            c.execute("INSERT OR REPLACE INTO saved_searches (name, query, options, created) VALUES (?, ?, ?, ?)",
                      (s.name, s.query, json.dumps(s.options, ensure_ascii=False), s.created))
        return s

    def delete(self, name: str) -> SavedSearch | None:
        s = self.get(name)
        if s is not None:
            with self.db.transaction() as c:
                c.execute("DELETE FROM saved_searches WHERE name = ?", (s.name,))
        return s

    def restore(self, s: SavedSearch) -> None:
        with self.db.transaction() as c:
            c.execute("INSERT OR REPLACE INTO saved_searches (name, query, options, created) VALUES (?, ?, ?, ?)",
                      (s.name, s.query, json.dumps(s.options, ensure_ascii=False), s.created))
