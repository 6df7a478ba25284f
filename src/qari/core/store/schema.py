"""The migration ladder. Step N brings a database from version N-1 to N.

Append new steps; never edit a released one. Each runs inside one transaction.

"""

from __future__ import annotations

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

# Schema 3: the file says it is a Qari library (PRAGMA application_id, "QARI"); an article keeps
# the identity it was imported with (``hash``) while ``text_hash`` follows edits of its text;
# where it came from (``origin_path`` for a file, ``origin_url`` for a page) lets a changed file
# or page come back as the same article.
_V3 = """
        PRAGMA application_id = 1363235401;
        ALTER TABLE articles ADD COLUMN text_hash TEXT NOT NULL DEFAULT '';
        ALTER TABLE articles ADD COLUMN origin_path TEXT NOT NULL DEFAULT '';
        ALTER TABLE articles ADD COLUMN origin_url TEXT NOT NULL DEFAULT '';
        UPDATE articles SET text_hash = hash;
        CREATE INDEX articles_text_hash ON articles(text_hash);
        CREATE INDEX articles_origin_path ON articles(origin_path) WHERE origin_path != '';
        CREATE INDEX articles_origin_url ON articles(origin_url) WHERE origin_url != '';
"""

# SQL scripts; step N runs inside one transaction together with `PRAGMA user_version = N`.
MIGRATIONS: list[str] = [_V1, _V2, _V3]
