"""The migration ladder. Step N brings a database from version N-1 to N.

Append new steps; never edit a released one. Each runs inside one transaction. A step is an
SQL script, or a :class:`Step` whose ``fill`` (Python) runs after its SQL in the same
transaction and reports progress (indexing an existing library for search).

"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from qari.core.records import Frozen
from qari.core.records import set_field as _set

Progress = Callable[[int, int], None]


class Step(Frozen):
    """(``@dataclass(frozen=True, slots=True)`` written out, see qari.core.records.)"""

    __slots__ = ("fill", "label", "sql")
    sql: str
    fill: Callable[[sqlite3.Connection, Progress | None], object] | None
    label: str  # what the progress is about, for the person waiting

    FIELDS = ("sql", "fill", "label")

    def __init__(self, sql: str, fill: Callable[[sqlite3.Connection, Progress | None], object] | None = None,
                 label: str = "") -> None:
        _set(self, "sql", sql)
        _set(self, "fill", fill)
        _set(self, "label", label)

_V1 = """
        CREATE TABLE articles (
            id        INTEGER PRIMARY KEY,
            hash      TEXT NOT NULL UNIQUE,
            title     TEXT NOT NULL,
            text      TEXT NOT NULL,
            source    TEXT NOT NULL DEFAULT '',
            author    TEXT NOT NULL DEFAULT '',
            published TEXT NOT NULL DEFAULT '',
            site      TEXT NOT NULL DEFAULT '',
            added     TEXT NOT NULL,
            words     INTEGER NOT NULL DEFAULT 0,
            position  INTEGER NOT NULL DEFAULT 0,   -- code-point offset of the first visible character
            progress  REAL NOT NULL DEFAULT 0,      -- 0..1, how far the reader has got
            opened    TEXT,                         -- when last opened (ISO, UTC)
            starred   INTEGER NOT NULL DEFAULT 0,
            deleted   TEXT                          -- set while a delete can still be undone
        );
        CREATE INDEX articles_opened ON articles(opened);
        CREATE TABLE extraction_cache (
            article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
            version    TEXT NOT NULL,
            data       TEXT NOT NULL
        );
        CREATE TABLE state (
            key   TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
"""

_V2 = """
        CREATE TABLE annotations (
            id         INTEGER PRIMARY KEY,
            uuid       TEXT NOT NULL UNIQUE,
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            kind       TEXT NOT NULL CHECK (kind IN ('highlight', 'bookmark')),
            start      INTEGER NOT NULL,
            end        INTEGER NOT NULL,
            exact      TEXT NOT NULL DEFAULT '',
            prefix     TEXT NOT NULL DEFAULT '',
            suffix     TEXT NOT NULL DEFAULT '',
            color      TEXT NOT NULL DEFAULT 'yellow',
            note       TEXT NOT NULL DEFAULT '',
            tags       TEXT NOT NULL DEFAULT '',     -- comma-separated
            orphaned   INTEGER NOT NULL DEFAULT 0,
            created    TEXT NOT NULL,
            modified   TEXT NOT NULL
        );
        CREATE INDEX annotations_article ON annotations(article_id, start);
"""

# Full-text search over every article (issue 15): a contentless FTS5 table of normalized token
# streams (see qari.core.search), filled from the articles already in the library.
_V3 = """
        CREATE VIRTUAL TABLE search_fts USING fts5(
            title, source, body, title_x, source_x, body_x, title_w, source_w, body_w,
            content='', tokenize='unicode61 remove_diacritics 0'
        );
"""


def _index_library(conn: sqlite3.Connection, progress: Progress | None) -> object:
    from qari.core.search.index import fill

    return fill(conn, progress)


# Tags on articles and saved searches (issue 15).
_V4 = """
        CREATE TABLE tags (
            id   INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE
        );
        CREATE TABLE article_tags (
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            tag_id     INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
            PRIMARY KEY (article_id, tag_id)
        ) WITHOUT ROWID;
        CREATE INDEX article_tags_tag ON article_tags(tag_id);
        CREATE TABLE saved_searches (
            name    TEXT PRIMARY KEY,
            query   TEXT NOT NULL,
            options TEXT NOT NULL DEFAULT '{}',   -- JSON: exact, notes, filters
            created TEXT NOT NULL
        );
        CREATE INDEX articles_source ON articles(source);
        CREATE INDEX articles_added ON articles(added);
        CREATE INDEX articles_starred ON articles(starred);
"""

# People across the library (issue 15): each article's names and quotations as its extraction
# found them, the linked entries, and the reader's merges and splits (rules kept across rebuilds).
_V5 = """
        CREATE TABLE article_names (
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            entity     TEXT NOT NULL,              -- the entity's id in the article's extraction
            type       TEXT NOT NULL,
            name       TEXT NOT NULL,
            aliases    TEXT NOT NULL DEFAULT '[]',  -- JSON list of written forms
            mentions   INTEGER NOT NULL DEFAULT 0,
            quotes     INTEGER NOT NULL DEFAULT 0,
            statements INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (article_id, entity)
        ) WITHOUT ROWID;
        CREATE TABLE article_quotes (
            id         INTEGER PRIMARY KEY,
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            kind       TEXT NOT NULL,              -- direct | reported
            text       TEXT NOT NULL,
            speaker    TEXT,
            entity     TEXT,
            start      INTEGER NOT NULL,
            end        INTEGER NOT NULL
        );
        CREATE INDEX article_quotes_article ON article_quotes(article_id, entity);
        CREATE TABLE people (
            id         INTEGER PRIMARY KEY,
            key        TEXT NOT NULL UNIQUE,       -- the main form, "TYPE:name key"
            type       TEXT NOT NULL,
            name       TEXT NOT NULL,
            aliases    TEXT NOT NULL DEFAULT '[]',
            forms      TEXT NOT NULL DEFAULT '[]',
            articles   INTEGER NOT NULL DEFAULT 0,
            mentions   INTEGER NOT NULL DEFAULT 0,
            quotes     INTEGER NOT NULL DEFAULT 0,
            statements INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX people_rank ON people(articles DESC, mentions DESC);
        CREATE TABLE person_entities (
            article_id INTEGER NOT NULL,
            entity     TEXT NOT NULL,
            person_id  INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
            PRIMARY KEY (article_id, entity)
        ) WITHOUT ROWID;
        CREATE INDEX person_entities_person ON person_entities(person_id, article_id);
        CREATE TABLE person_rules (
            id      INTEGER PRIMARY KEY,
            kind    TEXT NOT NULL CHECK (kind IN ('merge', 'split')),
            a       TEXT NOT NULL,                 -- form ids ("PER:ترمب")
            b       TEXT NOT NULL DEFAULT '',
            created TEXT NOT NULL
        );
        INSERT OR REPLACE INTO state (key, value) VALUES ('people_dirty', '1');
"""

# Schema 6: the file says it is a Qari library (PRAGMA application_id, "QARI"); an article keeps
# the identity it was imported with (``hash``) while ``text_hash`` follows edits of its text;
# where it came from (``origin_path`` for a file, ``origin_url`` for a page) lets a changed file
# or page come back as the same article.
_V6 = """
        PRAGMA application_id = 1363235401;
        ALTER TABLE articles ADD COLUMN text_hash TEXT NOT NULL DEFAULT '';
        ALTER TABLE articles ADD COLUMN origin_path TEXT NOT NULL DEFAULT '';
        ALTER TABLE articles ADD COLUMN origin_url TEXT NOT NULL DEFAULT '';
        UPDATE articles SET text_hash = hash;
        CREATE INDEX articles_text_hash ON articles(text_hash);
        CREATE INDEX articles_origin_path ON articles(origin_path) WHERE origin_path != '';
        CREATE INDEX articles_origin_url ON articles(origin_url) WHERE origin_url != '';
"""

# Schema 7: the reader's corrections of the Quotes panel (qari.core.corrections), anchored to the
# text like annotations; they outlive the extraction cache and extractor upgrades.
_V7 = """
        CREATE TABLE quote_corrections (
            id         INTEGER PRIMARY KEY,
            uuid       TEXT NOT NULL UNIQUE,
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            action     TEXT NOT NULL CHECK (action IN ('speaker', 'reject', 'confirm', 'add')),
            kind       TEXT NOT NULL CHECK (kind IN ('direct', 'reported')),
            start      INTEGER NOT NULL,
            end        INTEGER NOT NULL,
            exact      TEXT NOT NULL,
            prefix     TEXT NOT NULL DEFAULT '',
            suffix     TEXT NOT NULL DEFAULT '',
            speaker    TEXT NOT NULL DEFAULT '',
            created    TEXT NOT NULL,
            modified   TEXT NOT NULL
        );
        CREATE INDEX quote_corrections_article ON quote_corrections(article_id, start);
"""

# Schema 8: the reading place (position, progress, when last opened) has its own table. Saving it
# in ``articles`` rewrote the whole row, text included (0.5-1.7 s for a 20 MB report, at every
# scroll). The old columns stay, unused (a Qari older than 8 refuses this file anyway).
_V8 = """
        CREATE TABLE reading (
            article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
            position   INTEGER NOT NULL DEFAULT 0,   -- code-point offset of the first visible character
            progress   REAL NOT NULL DEFAULT 0,      -- 0..1, how far the reader has got
            opened     TEXT                          -- when last opened (ISO, UTC)
        );
        INSERT INTO reading (article_id, position, progress, opened)
            SELECT id, position, progress, opened FROM articles
            WHERE position != 0 OR progress != 0 OR opened IS NOT NULL;
        CREATE INDEX reading_opened ON reading(opened);
"""

# Step N runs inside one transaction together with `PRAGMA user_version = N`.
MIGRATIONS: list[str | Step] = [
    _V1,
    _V2,
    Step(_V3, _index_library, "Indexing the library for search"),
    _V4,
    _V5,
    _V6,
    _V7,
    _V8,
]
