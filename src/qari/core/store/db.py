"""The SQLite library file: opening it safely, schema versions and migrations.

- The schema version lives in ``PRAGMA user_version``; each step of the ladder in
  ``MIGRATIONS`` runs in one transaction that also bumps the version.
- Before any migration of an existing file, the file is copied aside to
  ``library_v<N>_<timestamp>.db`` (N = the version it had).
- A database written by a newer Qari is refused and left untouched.
- A file that is not a readable SQLite database is moved aside to
  ``library.corrupt-<timestamp>.db`` and a fresh library is started; the caller is told.
"""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from qari.core.store.schema import MIGRATIONS

SCHEMA_VERSION = len(MIGRATIONS)
DB_NAME = "library.db"


class StoreError(Exception):
    """A library problem a person must be told about (never a bug)."""

    def __init__(self, code: str, message: str, path: Path | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.path = path


def _stamp() -> str:
    return datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")


@dataclass
class OpenReport:
    """What happened while opening: shown to the user when not empty."""

    created: bool = False
    migrated_from: int | None = None
    backup: Path | None = None
    corrupt_moved_to: Path | None = None
    notes: list[str] = field(default_factory=list)


class Database:
    """One connection to the library file. Not shared across threads."""

    def __init__(self, conn: sqlite3.Connection, path: Path, report: OpenReport) -> None:
        self.conn = conn
        self.path = path
        self.report = report

    @classmethod
    def open(cls, path: Path) -> Database:
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        report = OpenReport(created=not path.exists() or path.stat().st_size == 0)
        try:
            conn = _connect(path)
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            if version and not report.created:
                conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlite3.DatabaseError:
            with contextlib.suppress(Exception):
                conn.close()
            moved = _move_aside(path)
            report.corrupt_moved_to = moved
            report.created = True
            report.notes.append(f"The library file was damaged; it was moved to {moved} and a new one started.")
            conn = _connect(path)
            version = 0
        if version > SCHEMA_VERSION:
            conn.close()
            raise StoreError(
                "newer",
                f"This library was written by a newer version of Qari (schema {version}; this Qari knows "
                f"{SCHEMA_VERSION}). It was left untouched. Update Qari, or start it with --data-dir to use "
                f"another folder.",
                path,
            )
        if version < SCHEMA_VERSION:
            if version > 0:
                conn.close()
                backup = path.with_name(f"library_v{version}_{_stamp()}.db")
                shutil.copy2(path, backup)
                report.backup = backup
                report.migrated_from = version
                conn = _connect(path)
            _migrate(conn, version)
        _tune(conn)
        return cls(conn, path, report)

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """``with db.transaction() as c:`` commits on success, rolls back on error."""
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        else:
            self.conn.execute("COMMIT")

    def integrity_ok(self) -> bool:
        return self.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"

    def close(self) -> None:
        with contextlib.suppress(sqlite3.Error):
            self.conn.execute("PRAGMA optimize")
        self.conn.close()


def _connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False, timeout=5.0)
    conn.row_factory = sqlite3.Row
    # Reading the header catches a file that is not a database before WAL touches it.
    try:
        conn.execute("PRAGMA schema_version").fetchone()
    except sqlite3.Error:
        conn.close()  # not left for the garbage collector (Python 3.13 warns of an unclosed database)
        raise
    return conn


def _tune(conn: sqlite3.Connection) -> None:
    """WAL and foreign keys; only once the file is known to be ours and current."""
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")
    conn.execute("PRAGMA foreign_keys=ON")


def _move_aside(path: Path) -> Path:
    target = path.with_name(f"{path.stem}.corrupt-{_stamp()}{path.suffix}")
    path.replace(target)
    for suffix in ("-wal", "-shm"):
        side = path.with_name(path.name + suffix)
        if side.exists():
            side.replace(target.with_name(target.name + suffix))
    return target


def _migrate(conn: sqlite3.Connection, version: int) -> None:
    for number, script in enumerate(MIGRATIONS[version:], start=version + 1):
        try:
            conn.executescript(f"BEGIN IMMEDIATE;\n{script}\nPRAGMA user_version={number};\nCOMMIT;")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
