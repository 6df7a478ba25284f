"""The library's full-text index (SQLite FTS5) and the search over it.

The index is a contentless FTS5 table (``search_fts``, rowid = article id) over token streams
that Python prepares (:mod:`qari.core.search.terms`): FTS5's own tokenizers split Arabic words
at diacritics, so the text is normalized before it is indexed. A contentless table keeps the
library file small; removing a row needs the values it was indexed with, which are computed
again from the article (the normalization is versioned by the migration that built the index).

It is kept in step by :class:`qari.core.store.library.Library` in the same transaction as
every write: import, edit of text or source, delete (the article leaves the index) and the
undo of a delete (it comes back).
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field

from qari.core.search.terms import Term, find_hits, fts_query, hit_pattern, index_fields, parse_query

COLUMNS = ("title", "source", "body", "title_x", "source_x", "body_x", "title_w", "source_w", "body_w")
# bm25 weights, in COLUMNS order: a hit in the headline counts most, then the source.
_WEIGHTS = "4.0, 2.0, 1.0, 4.0, 2.0, 1.0, 4.0, 2.0, 1.0"
Progress = Callable[[int, int], None]

CREATE_SQL = f"""
        CREATE VIRTUAL TABLE search_fts USING fts5(
            {", ".join(COLUMNS)}, content='', tokenize='unicode61 remove_diacritics 0'
        );
"""


def _values(title: str, source: str, text: str) -> tuple[str, ...]:
    t, s, b = index_fields(title), index_fields(source), index_fields(text)
    return (t.stems, s.stems, b.stems, t.extra, s.extra, b.extra, t.written, s.written, b.written)


_INSERT = f"INSERT INTO search_fts (rowid, {', '.join(COLUMNS)}) VALUES (?{', ?' * len(COLUMNS)})"
_DELETE = (f"INSERT INTO search_fts (search_fts, rowid, {', '.join(COLUMNS)}) "
           f"VALUES ('delete', ?{', ?' * len(COLUMNS)})")


def index_article(c: sqlite3.Connection, article_id: int, title: str, source: str, text: str) -> None:
    c.execute(_INSERT, (article_id, *_values(title, source, text)))


def unindex_article(c: sqlite3.Connection, article_id: int, title: str, source: str, text: str) -> None:
    """Remove a row; the values must be the ones it was indexed with (the article as it was)."""
    c.execute(_DELETE, (article_id, *_values(title, source, text)))


def fill(c: sqlite3.Connection, progress: Progress | None = None) -> int:
    """Index every article (the migration that creates the index calls this). Returns the count."""
    total = c.execute("SELECT count(*) FROM articles WHERE deleted IS NULL").fetchone()[0]
    done = 0
    rows = c.execute("SELECT id, title, source, text FROM articles WHERE deleted IS NULL ORDER BY id")
    for row in rows:
        index_article(c, row[0], row[1], row[2], row[3])
        done += 1
        if progress is not None and (done % 200 == 0 or done == total):
            progress(done, total)
    return done


# -- searching ------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Filters:
    """Which articles a search may return. Dates are ISO strings compared with ``added``."""

    source: str | None = None
    added_from: str | None = None  # inclusive
    added_to: str | None = None  # exclusive
    starred: bool | None = None
    tags: tuple[str, ...] = ()  # every one of them

    def sql(self) -> tuple[str, list[object]]:
        """`` AND rowid IN (…)`` clauses over the FTS table (each answered from an index, not the rows)."""
        where: list[str] = []
        args: list[object] = []
        if self.source is not None:
            where.append("SELECT id FROM articles WHERE source = ?")
            args.append(self.source)
        if self.added_from:
            where.append("SELECT id FROM articles WHERE added >= ?")
            args.append(self.added_from)
        if self.added_to:
            where.append("SELECT id FROM articles WHERE added < ?")
            args.append(self.added_to)
        if self.starred is not None:
            where.append("SELECT id FROM articles WHERE starred = ?")
            args.append(int(self.starred))
        for tag in self.tags:
            where.append("SELECT t.article_id FROM article_tags t JOIN tags g ON g.id = t.tag_id WHERE g.name = ?")
            args.append(tag)
        return "".join(f" AND rowid IN ({w})" for w in where), args


@dataclass(frozen=True, slots=True)
class Result:
    article_id: int
    title: str
    source: str
    added: str
    starred: bool
    score: float
    snippet: str
    snippet_start: int  # code-point offset of the snippet in the article's text
    matches: list[tuple[int, int]]  # every hit, code points in the article's text
    in_notes: bool = False  # found (also) in the reader's notes and highlights

    def to_json(self) -> dict[str, object]:
        return {
            "article_id": self.article_id, "title": self.title, "source": self.source, "added": self.added,
            "starred": self.starred, "score": round(self.score, 4), "snippet": self.snippet,
            "snippet_start": self.snippet_start, "in_notes": self.in_notes,
            "matches": [{"start": s, "end": e} for s, e in self.matches],
        }


@dataclass(slots=True)
class SearchResults:
    query: str
    total: int
    results: list[Result] = field(default_factory=list)

    def to_json(self) -> dict[str, object]:
        return {"query": self.query, "total": self.total, "results": [r.to_json() for r in self.results]}


SNIPPET_BEFORE, SNIPPET_AFTER = 60, 120


def snippet(text: str, hits: list[tuple[int, int]]) -> tuple[str, int]:
    """A window of ``text`` around the first hit after the headline (or the first hit), cut at spaces;
    newlines become spaces so offsets stay those of the article."""
    head = text.find("\n")
    first = next((h for h in hits if h[0] > head), hits[0] if hits else (max(head, 0) + 1, max(head, 0) + 1))
    a = max(0, first[0] - SNIPPET_BEFORE)
    b = min(len(text), first[1] + SNIPPET_AFTER)
    if a > 0:
        sp = text.find(" ", a, first[0])
        a = sp + 1 if sp >= 0 else a
    if b < len(text):
        sp = text.rfind(" ", first[1], b)
        b = sp if sp >= 0 else b
    return text[a:b].replace("\n", " "), a


def search(
    conn: sqlite3.Connection,
    query: str,
    *,
    exact: bool = False,
    limit: int = 20,
    offset: int = 0,
    filters: Filters | None = None,
    notes: bool = False,
) -> SearchResults:
    """Ranked articles matching every word (and phrase) of ``query``; see :mod:`terms`.

    Deleted articles are not in the index (a delete takes them out, its undo puts them back).
    ``notes``: also the articles whose notes, tags and highlights hold every term (ranked after)."""
    terms = parse_query(query, exact=exact)
    out = SearchResults(query, 0)
    if not terms:
        return out
    where, args = (filters or Filters()).sql()
    pattern = hit_pattern(terms, exact=exact)
    sql = (f"SELECT rowid AS id, bm25(search_fts, {_WEIGHTS}) AS score FROM search_fts"
           f" WHERE search_fts MATCH ?{where} ORDER BY score, rowid")
    match = fts_query(terms, exact=exact)
    if not notes:
        rows = conn.execute(sql + " LIMIT ? OFFSET ?", (match, *args, limit, offset)).fetchall()
        if len(rows) < limit and (rows or offset == 0):  # the last page: no need to count
            out.total = offset + len(rows)
        else:
            out.total = conn.execute(f"SELECT count(*) FROM search_fts WHERE search_fts MATCH ?{where}",
                                     (match, *args)).fetchone()[0]
        out.results = _results(conn, [(r["id"], -r["score"]) for r in rows], pattern, exact)
        return out
    rows = conn.execute(sql, (match, *args)).fetchall()
    seen = {r["id"] for r in rows}
    noted = _note_hits(conn, terms, exact, where.replace("rowid IN", "n.article_id IN"), args)
    extra = [i for i in noted if i not in seen]
    out.total = len(rows) + len(extra)
    ranked = [(r["id"], -r["score"]) for r in rows] + [(i, 0.0) for i in extra]
    out.results = _results(conn, ranked[offset : offset + limit], pattern, exact, set(noted))
    return out


def _results(conn: sqlite3.Connection, ranked: list[tuple[int, float]], pattern: re.Pattern[str] | None,
             exact: bool, noted: set[int] | None = None) -> list[Result]:
    if not ranked:
        return []
    ids = [i for i, _ in ranked]
    rows = {r["id"]: r for r in conn.execute(
        f"SELECT id, title, source, added, starred, text FROM articles WHERE id IN ({','.join('?' * len(ids))})",
        ids)}
    out = []
    for aid, score in ranked:
        r = rows.get(aid)
        if r is None:
            continue
        text = r["text"]
        hits = find_hits(text, pattern, exact=exact)
        snip, start = snippet(text, hits)
        out.append(Result(aid, r["title"], r["source"], r["added"], bool(r["starred"]), float(score),
                          snip, start, hits, noted is not None and aid in noted))
    return out


def _note_hits(conn: sqlite3.Connection, terms: list[Term], exact: bool, where: str, args: list[object]) -> list[int]:
    """Articles whose notes, tags and highlighted passages together hold every term."""
    singles = [hit_pattern([t], exact=exact) for t in terms]
    by_article: dict[int, list[str]] = {}
    rows = conn.execute(
        "SELECT n.article_id, n.note, n.tags, n.exact FROM annotations n JOIN articles a ON a.id = n.article_id"
        f" WHERE a.deleted IS NULL{where} ORDER BY n.article_id", args)
    for r in rows:
        by_article.setdefault(r["article_id"], []).append("\n".join((r["note"], r["tags"], r["exact"])))
    return [aid for aid, parts in by_article.items()
            if all(find_hits("\n".join(parts), p, exact=exact) for p in singles)]


def _text(options: dict[str, object], key: str) -> str | None:
    value = options.get(key)
    return value if isinstance(value, str) and value else None


def search_options(options: dict[str, object]) -> dict[str, object]:
    """Keyword arguments of :func:`search` from a saved search's options (unknown keys ignored)."""
    tags = options.get("tags")
    starred = options.get("starred")
    added_from = _text(options, "added_from")
    days = options.get("period_days")
    if isinstance(days, int) and days > 0:  # the last N days, counted from now
        from datetime import UTC, datetime, timedelta

        added_from = (datetime.now(UTC) - timedelta(days=days)).isoformat(timespec="seconds")
    filters = Filters(
        source=_text(options, "source"),
        added_from=added_from,
        added_to=_text(options, "added_to"),
        starred=None if starred is None else bool(starred),
        tags=tuple(str(t) for t in tags) if isinstance(tags, list | tuple) else (),
    )
    return {"exact": bool(options.get("exact")), "notes": bool(options.get("notes")), "filters": filters}
