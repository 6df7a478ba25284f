"""People across the library: the repository over the names, quotations and people tables.

- When an article's extraction is cached (:meth:`Library.cache_extraction`), its entities and
  quotations are recorded in ``article_names`` / ``article_quotes`` (:func:`record_article`);
- :meth:`People.rebuild` links the names of every article (:mod:`qari.core.people.link`) into
  ``people`` (ids kept from one rebuild to the next by the entry's main form) and
  ``person_entities``; it runs when something changed (``state.people_dirty``);
- the reader's merges and splits are rules (``person_rules``) applied at every rebuild, so they
  stay whatever is imported later; each has an exact undo.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass

from qari.core.people.link import Occurrence, form_id, link, name_key
from qari.core.store.db import Database

DIRTY = "people_dirty"
TYPES = ("PER", "ORG", "LOC", "MISC")


def mark_dirty(c: sqlite3.Connection) -> None:
    c.execute("INSERT OR REPLACE INTO state (key, value) VALUES (?, '1')", (DIRTY,))


def forget_article(c: sqlite3.Connection, article_id: int) -> None:
    c.execute("DELETE FROM article_names WHERE article_id = ?", (article_id,))
    c.execute("DELETE FROM article_quotes WHERE article_id = ?", (article_id,))
    mark_dirty(c)


def record_article(c: sqlite3.Connection, article_id: int, data: dict) -> None:
    """Keep an article's entities and quotations (an extraction as JSON) for the library views."""
    forget_article(c, article_id)
    said: dict[str, list[int]] = {}
    speakers: dict[str, str] = {}  # speakers the extraction names but has no entity for: "s:<key>" -> name
    rows = []
    for kind, items in (("direct", data.get("quotes", [])), ("reported", data.get("statements", []))):
        for q in items:
            ent = q.get("speaker_entity")
            if not ent and _named(q.get("speaker")):
                ent = "s:" + name_key(q["speaker"])
                speakers.setdefault(ent, q["speaker"])
            if ent:
                said.setdefault(ent, [0, 0])[0 if kind == "direct" else 1] += 1
            rows.append((article_id, kind, q["text"], q.get("speaker"), ent, q["start"], q["end"]))
    c.executemany("INSERT INTO article_quotes (article_id, kind, text, speaker, entity, start, end)"
                  " VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
    c.executemany(
        "INSERT OR REPLACE INTO article_names (article_id, entity, type, name, aliases, mentions, quotes, statements)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [(article_id, e["id"], e["type"], e["name"], json.dumps(e.get("aliases", []), ensure_ascii=False),
          len(e.get("mentions", [])), *said.get(e["id"], [0, 0])) for e in data.get("entities", [])]
        + [(article_id, ent, "PER", name, json.dumps([name], ensure_ascii=False), 0, *said[ent])
           for ent, name in speakers.items()],
    )


def _named(speaker: str | None) -> bool:
    """A speaker written as a name (ترامب), not as a description (البيان، المتحدث باسم …)."""
    key = name_key(speaker or "")
    return bool(key) and not key.startswith("ال")


@dataclass(frozen=True, slots=True)
class PersonRow:
    id: int
    name: str
    type: str
    aliases: list[str]
    forms: list[str]
    articles: list[int]
    mentions: int
    quotes: int
    statements: int

    def to_json(self) -> dict[str, object]:
        return {"id": self.id, "name": self.name, "type": self.type, "aliases": self.aliases,
                "articles": self.articles, "mentions": self.mentions, "quotes": self.quotes,
                "statements": self.statements}


@dataclass(frozen=True, slots=True)
class QuoteRow:
    article_id: int
    title: str
    source: str
    added: str
    kind: str  # "direct" | "reported"
    text: str
    speaker: str | None
    person_id: int | None
    start: int
    end: int

    def to_json(self) -> dict[str, object]:
        return {"article_id": self.article_id, "title": self.title, "source": self.source, "added": self.added,
                "kind": self.kind, "text": self.text, "speaker": self.speaker, "person_id": self.person_id,
                "start": self.start, "end": self.end}


Progress = Callable[[int, int], None]


class People:
    def __init__(self, db: Database) -> None:
        self.db = db

    # -- keeping the people in step ------------------------------------------------------------
    def dirty(self) -> bool:
        row = self.db.conn.execute("SELECT value FROM state WHERE key = ?", (DIRTY,)).fetchone()
        return row is not None and row[0] == "1"

    def ensure_current(self) -> bool:
        """Rebuild when something changed since the last rebuild; whether it rebuilt."""
        if self.dirty():
            self.rebuild()
            return True
        return False

    def rebuild(self) -> None:
        conn = self.db.conn
        occ = [
            Occurrence(r[0], r[1], r[2], r[3], json.loads(r[4]), r[5], r[6], r[7])
            for r in conn.execute(
                "SELECT n.article_id, n.entity, n.type, n.name, n.aliases, n.mentions, n.quotes, n.statements"
                " FROM article_names n JOIN articles a ON a.id = n.article_id WHERE a.deleted IS NULL")
        ]
        merges, splits = self._rules()
        people = link(occ, merges=merges, splits=splits)
        with self.db.transaction() as c:
            ids = {r[0]: r[1] for r in c.execute("SELECT key, id FROM people")}
            c.execute("DELETE FROM person_entities")
            keep = set()
            pe = []
            for p in people:
                pid = ids.get(p.key)
                values = (p.type, p.name, json.dumps(p.aliases, ensure_ascii=False),
                          json.dumps(p.forms, ensure_ascii=False), len(p.article_ids), p.mentions, p.quotes,
                          p.statements)
                if pid is None:
                    pid = c.execute("INSERT INTO people (key, type, name, aliases, forms, articles, mentions, quotes,"
                                    " statements) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", (p.key, *values)).lastrowid
                else:
                    c.execute("UPDATE people SET type = ?, name = ?, aliases = ?, forms = ?, articles = ?,"
                              " mentions = ?, quotes = ?, statements = ? WHERE id = ?", (*values, pid))
                keep.add(pid)
                pe += [(o.article_id, o.entity, pid) for o in p.occurrences]
            stale = [(i,) for i in ids.values() if i not in keep]
            c.executemany("DELETE FROM people WHERE id = ?", stale)
            c.executemany("INSERT OR REPLACE INTO person_entities (article_id, entity, person_id) VALUES (?, ?, ?)",
                          pe)
            c.execute("INSERT OR REPLACE INTO state (key, value) VALUES (?, '0')", (DIRTY,))

    # -- reading -------------------------------------------------------------------------------
    def all(self, type_: str | None = None) -> list[PersonRow]:
        """Every entry, most articles first (the list the People view shows)."""
        where, args = ("WHERE p.type = ?", [type_]) if type_ else ("", [])
        arts: dict[int, list[int]] = {}
        for pid, aid in self.db.conn.execute(
                "SELECT DISTINCT person_id, article_id FROM person_entities ORDER BY person_id, article_id"):
            arts.setdefault(pid, []).append(aid)
        rows = self.db.conn.execute(f"SELECT * FROM people p {where} ORDER BY articles DESC, mentions DESC, name, id",
                                    args)
        return [self._row(r, arts.get(r["id"], [])) for r in rows]

    def summary(self, type_: str | None = None) -> list[sqlite3.Row]:
        """id, name, type, articles, mentions, quotes, statements — without the article lists (fast)."""
        where, args = ("WHERE type = ?", [type_]) if type_ else ("", [])
        return self.db.conn.execute(
            "SELECT id, name, type, articles, mentions, quotes, statements FROM people"
            f" {where} ORDER BY articles DESC, mentions DESC, name, id", args).fetchall()

    def get(self, person_id: int) -> PersonRow | None:
        r = self.db.conn.execute("SELECT * FROM people WHERE id = ?", (person_id,)).fetchone()
        if r is None:
            return None
        arts = [a for (a,) in self.db.conn.execute(
            "SELECT DISTINCT article_id FROM person_entities WHERE person_id = ? ORDER BY article_id", (person_id,))]
        return self._row(r, arts)

    @staticmethod
    def _row(r: sqlite3.Row, articles: list[int]) -> PersonRow:
        return PersonRow(r["id"], r["name"], r["type"], json.loads(r["aliases"]), json.loads(r["forms"]), articles,
                         r["mentions"], r["quotes"], r["statements"])

    def find(self, name: str) -> list[int]:
        """Entries one of whose written forms is ``name`` (ترمب finds دونالد ترامب): those with a form of
        that key first, then those that were also called so."""
        key = name_key(name)
        if not key:
            return []
        forms, aliases = [], []
        for r in self.db.conn.execute("SELECT id, aliases, forms FROM people ORDER BY articles DESC, id"):
            if key in {f.split(":", 1)[1] for f in json.loads(r["forms"])}:
                forms.append(int(r["id"]))
            elif key in {name_key(a) for a in json.loads(r["aliases"])}:
                aliases.append(int(r["id"]))
        return forms + aliases

    def quotes(self, *, person_ids: list[int] | None = None, speaker: str | None = None,
               article_id: int | None = None) -> list[QuoteRow]:
        """Quotations and statements, by article (newest added first) and place in the text."""
        where, args = ["a.deleted IS NULL"], []
        if article_id is not None:
            where.append("q.article_id = ?")
            args.append(article_id)
        if person_ids is not None:
            where.append(f"pe.person_id IN ({','.join('?' * len(person_ids))})" if person_ids else "0")
            args += person_ids
        rows = self.db.conn.execute(
            "SELECT q.article_id, a.title, a.source, a.added, q.kind, q.text, q.speaker, pe.person_id, q.start, q.end"
            " FROM article_quotes q JOIN articles a ON a.id = q.article_id"
            " LEFT JOIN person_entities pe ON pe.article_id = q.article_id AND pe.entity = q.entity"
            f" WHERE {' AND '.join(where)} ORDER BY a.added DESC, q.article_id DESC, q.start", args).fetchall()
        out = [QuoteRow(*r) for r in rows]
        if speaker is not None:  # also the quotes whose speaker has no entity but is written so
            key = name_key(speaker)
            ids = set(self.find(speaker))
            out = [q for q in out if q.person_id in ids or (q.speaker and name_key(q.speaker) == key)]
        return out

    # -- the reader's merges and splits -------------------------------------------------------------
    def _rules(self) -> tuple[list[tuple[str, str]], list[str]]:
        merges, splits = [], []
        for kind, a, b in self.db.conn.execute("SELECT kind, a, b FROM person_rules ORDER BY id"):
            if kind == "merge":
                merges.append((a, b))
            else:
                splits.append(a)
        return merges, splits

    def merge(self, person_id: int, into_id: int) -> int | None:
        """Join two entries; returns the rule's id (for undo), None if either is unknown."""
        a, b = self.get(person_id), self.get(into_id)
        if a is None or b is None or a.id == b.id:
            return None
        rule = self._add_rule("merge", a.forms[0], b.forms[0])
        self.rebuild()
        return rule

    def split(self, person_id: int, form: str) -> int | None:
        """Take one written form (a name or an alias) of an entry out into an entry of its own."""
        p = self.get(person_id)
        if p is None:
            return None
        fid = form if ":" in form else form_id(p.type, name_key(form))
        if fid not in p.forms or len(p.forms) < 2:
            return None
        rule = self._add_rule("split", fid, "")
        self.rebuild()
        return rule

    def undo_rule(self, rule_id: int) -> None:
        with self.db.transaction() as c:
            c.execute("DELETE FROM person_rules WHERE id = ?", (rule_id,))
        self.rebuild()

    def _add_rule(self, kind: str, a: str, b: str) -> int:
        from datetime import UTC, datetime

        now_iso = datetime.now(UTC).isoformat(timespec="seconds")
        with self.db.transaction() as c:
            if kind == "merge":  # a merge overrides an earlier split of either form
                c.execute("DELETE FROM person_rules WHERE kind = 'split' AND a IN (?, ?)", (a, b))
            return int(c.execute("INSERT INTO person_rules (kind, a, b, created) VALUES (?, ?, ?, ?)",
                                 (kind, a, b, now_iso)).lastrowid or 0)


def extract_missing(library, *, progress: Progress | None = None, cancelled: Callable[[], bool] = lambda: False,
                    extractor: Callable | None = None) -> int:
    """Run extraction for every article without a current cached result; returns how many ran."""
    from qari.core.extract import EXTRACTOR_VERSION, Cancelled, extract

    # the extractor itself is told about ``cancelled``: closing the window mid-way through a long
    # article stops within a few sentences (it waited for the whole article, ~5 s for 3 MB)
    run = extractor or (lambda article: extract(article, cancelled))
    ids = [r[0] for r in library.db.conn.execute(
        "SELECT a.id FROM articles a LEFT JOIN extraction_cache c ON c.article_id = a.id AND c.version = ?"
        " WHERE a.deleted IS NULL AND c.article_id IS NULL ORDER BY a.id", (EXTRACTOR_VERSION,))]
    done = 0
    for aid in ids:
        if cancelled():
            break
        article = library.get(aid)
        if article is not None:
            try:
                data = run(article).to_dict()
            except Cancelled:
                break
            except Exception:  # an extractor fault on one article must not stop the library's reading
                import logging

                logging.getLogger(__name__).exception("extraction failed on article %s", aid)
            else:
                library.cache_extraction(aid, EXTRACTOR_VERSION, data)
        done += 1
        if progress is not None:
            progress(done, len(ids))
    return done
