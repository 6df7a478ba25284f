"""The SQLite library file: opening it safely, schema versions and migrations.

Only a damaged file is treated as damaged:

- A file SQLite cannot read as a database (bad or truncated header) or whose pages fail
  ``PRAGMA quick_check`` is moved aside to ``library.corrupt-<timestamp>.db`` and a fresh
  library is started; the caller is told (:attr:`OpenReport.corrupt_moved_to`).
- Everything else the machine refuses (locked for more than
  :data:`~qari.core.errors.BUSY_TIMEOUT_S`, read-only, permission denied, a data folder
  that is a file, a ``library.db`` that is a folder, a full disk) raises
  :class:`~qari.core.errors.EnvironmentFault` and leaves every file as it was.
- A SQLite file without Qari's ``PRAGMA application_id`` (and without the tables of a
  library made before the id existed) is another program's: refused, never altered.
- A database written by a newer Qari is refused and left untouched.
- Opening an up-to-date library only reads (so ``qari list`` works while an import
  runs). Creating and migrating happen in one ``BEGIN IMMEDIATE`` transaction that first
  re-reads the version, so two processes opening a new folder at once never race.
- The schema version lives in ``PRAGMA user_version``; before any migration of an
  existing file it is copied (SQLite's backup API: a consistent copy, WAL included) to
  ``library_v<N>_<timestamp>.db``.
- The data folder is created 0700; the database, its WAL files and backups are 0600.
- The full page scan (``quick_check``) is skipped only for a file Qari itself closed cleanly
  after checking it: see :mod:`qari.core.store.clean`. A file changed since (another program,
  a copy, a crash that left a ``-wal``, bit-rot that changed its size or times) is scanned.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from functools import partial
from pathlib import Path
from typing import TypeVar

from qari.core import errors
from qari.core.errors import EnvironmentFault, from_os, from_sqlite
from qari.core.records import Record
from qari.core.store import clean
from qari.core.store.schema import MIGRATIONS, Progress, Step

SCHEMA_VERSION = len(MIGRATIONS)
MigrationProgress = Callable[[str, int, int], None]  # label, done, total
DB_NAME = "library.db"
APPLICATION_ID = 0x51415249  # "QARI": PRAGMA application_id of every Qari library (schema 6 on)
_LEGACY_TABLES = {"articles", "state"}  # a library from before the application id
StoreError = EnvironmentFault  # the name of the first version
T = TypeVar("T")


def _stamp() -> str:
    return datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")


class OpenReport(Record):
    """What happened while opening: shown to the user when not empty. (``@dataclass`` written out,
    see qari.core.records.)"""

    created: bool
    migrated_from: int | None
    backup: Path | None
    corrupt_moved_to: Path | None
    full_check: bool  # the pages were scanned (the file was not known to be clean)
    notes: list[str]

    FIELDS = ("created", "migrated_from", "backup", "corrupt_moved_to", "full_check", "notes")

    def __init__(
        self, created: bool = False, migrated_from: int | None = None, backup: Path | None = None,
        corrupt_moved_to: Path | None = None, full_check: bool = False, notes: list[str] | None = None,
    ) -> None:
        self.created = created
        self.migrated_from = migrated_from
        self.backup = backup
        self.corrupt_moved_to = corrupt_moved_to
        self.full_check = full_check
        self.notes = [] if notes is None else notes


class _Damaged(Exception):
    pass


class Database:
    """One connection to the library file. Not shared across threads."""

    def __init__(self, conn: sqlite3.Connection, path: Path, report: OpenReport) -> None:
        self.conn = conn
        self.path = path
        self.report = report
        self.wrote = False
        self.verified = True  # opened through _inspect: checked, or known clean

    @classmethod
    def open(cls, path: Path, progress: MigrationProgress | None = None) -> Database:
        """Open (or create) the library at ``path``; raises EnvironmentFault (see module doc).
        ``progress(label, done, total)`` is told how a long migration step (indexing an existing
        library) is getting on."""
        path = Path(path)
        ensure_private_folder(path.parent)
        _check_file(path)
        report = OpenReport()
        trusted = clean.is_clean(path)
        try:
            conn, version = _inspect(path, report, trusted)
        except _Damaged:
            time.sleep(0.2)  # a second look: another process may be writing a brand-new file's header
            try:
                conn, version = _inspect(path, report, False)
            except _Damaged:
                moved = _move_aside(path)
                report.corrupt_moved_to = moved
                report.notes.append(f"The library file was damaged; it was moved to {moved} and a new one "
                                    "started.")
                _create_file(path)
                conn, version = _inspect(path, report, False)
        db = cls(conn, path, report)
        if version < SCHEMA_VERSION:
            try:
                db._bring_up_to_date(progress)
            except BaseException:
                conn.close()
                raise
        conn.execute("PRAGMA foreign_keys=ON")
        return db

    # -- creating and migrating -------------------------------------------------------
    def _bring_up_to_date(self, progress: MigrationProgress | None = None) -> None:
        conn = self.conn
        if conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
            _retry(lambda: conn.execute("PRAGMA journal_mode=WAL").fetchone(), self.path)
        conn.execute("PRAGMA synchronous=NORMAL")
        seen = conn.execute("PRAGMA user_version").fetchone()[0]
        # the copy is taken before the write lock (SQLite cannot back up from a connection that is writing)
        backup = self._backup(seen) if 0 < seen < SCHEMA_VERSION else None
        with self.transaction() as c:
            version = c.execute("PRAGMA user_version").fetchone()[0]  # another process may have done it
            if version > SCHEMA_VERSION:
                raise EnvironmentFault(errors.NEWER_VERSION, self.path)
            if version == SCHEMA_VERSION:
                if backup is not None:
                    backup.unlink(missing_ok=True)
                return
            if version > 0:
                self.report.backup = backup
                self.report.migrated_from = version
            else:
                self.report.created = True
            for number, step in enumerate(MIGRATIONS[version:], start=version + 1):
                for statement in _statements(step.sql if isinstance(step, Step) else step):
                    c.execute(statement)
                if isinstance(step, Step) and step.fill is not None:
                    told: Progress | None = None if progress is None else partial(progress, step.label)
                    step.fill(c, told)
                c.execute(f"PRAGMA user_version={number}")

    def _backup(self, version: int) -> Path:
        target = self.path.with_name(f"library_v{version}_{_stamp()}.db")
        _create_file(target)
        copy = sqlite3.connect(target)
        try:
            self.conn.backup(copy)
        except sqlite3.Error as exc:
            copy.close()
            target.unlink(missing_ok=True)
            raise from_sqlite(exc, target) or exc from None
        copy.close()
        return target

    # -- writing ----------------------------------------------------------------------
    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """``with db.transaction() as c:`` commits on success, rolls back on error.

        A library locked longer than the busy timeout, a full disk, a read-only file...
        raise EnvironmentFault, with nothing written."""
        _retry(lambda: self.conn.execute("BEGIN IMMEDIATE"), self.path)
        try:
            yield self.conn
            self.conn.execute("COMMIT")
        except BaseException as exc:
            if self.conn.in_transaction:
                with contextlib.suppress(sqlite3.Error):
                    self.conn.execute("ROLLBACK")
            if isinstance(exc, sqlite3.Error):
                fault = from_sqlite(exc, self.path)
                if fault is not None:
                    raise fault from exc
            raise
        self.wrote = True

    @contextlib.contextmanager
    def patience(self, seconds: float) -> Iterator[None]:
        """Wait at most ``seconds`` for a lock inside the block (e.g. 0 for skippable housekeeping)."""
        self.conn.execute(f"PRAGMA busy_timeout={int(seconds * 1000)}")
        try:
            yield
        finally:
            self.conn.execute(f"PRAGMA busy_timeout={int(errors.BUSY_TIMEOUT_S * 1000)}")

    def integrity_ok(self) -> bool:
        return self.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"

    def close(self) -> None:
        if self.wrote:  # a reader never writes, not even statistics
            with contextlib.suppress(sqlite3.Error):
                self.conn.execute("PRAGMA busy_timeout=0")
                self.conn.execute("PRAGMA optimize")
        self.conn.close()
        if self.verified:
            clean.mark_clean(self.path)


# -- the folder and the file -------------------------------------------------------------
def ensure_private_folder(folder: Path) -> None:
    """The data folder, created 0700 if missing; a fault if it is a file or out of reach."""
    try:
        if folder.is_dir():
            return
        # no exists() check first: another Qari may make the folder between the two (four importers
        # started at once saw their folder "a file"); mkdir tells a file there by FileExistsError
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError as exc:
        fault = from_os(exc, folder)
        if fault is not None and fault.kind in (errors.NOT_A_FOLDER, errors.EXISTS):
            fault = EnvironmentFault(errors.NOT_A_FOLDER, folder)
        raise (fault or EnvironmentFault(errors.IO, folder, detail=str(exc))) from None


def _check_file(path: Path) -> None:
    """Faults that must be told before SQLite sees the file; creates a missing one (0600)."""
    try:
        if path.is_dir():
            raise EnvironmentFault(errors.IS_FOLDER, path)
        exists = path.exists()
    except OSError as exc:
        raise (from_os(exc, path) or EnvironmentFault(errors.IO, path, detail=str(exc))) from None
    folder = path.parent
    if not exists:
        if not os.access(folder, os.W_OK | os.X_OK):
            raise _access_fault(folder)
        _create_file(path)
        return
    if not os.access(path, os.R_OK):
        raise EnvironmentFault(errors.PERMISSION, path)
    for target in (path, folder):  # the folder too: SQLite keeps its -wal and -shm files beside
        if not os.access(target, os.W_OK):
            raise _access_fault(target)


def _access_fault(target: Path) -> EnvironmentFault:
    try:
        st = os.statvfs(target)
    except OSError:
        return EnvironmentFault(errors.PERMISSION, target)
    if st.f_flag & os.ST_RDONLY:
        return EnvironmentFault(errors.READONLY, target)
    mode = target.stat().st_mode
    if target.is_file() and not mode & 0o222:
        return EnvironmentFault(errors.READONLY, target)
    return EnvironmentFault(errors.PERMISSION, target)


def _create_file(path: Path) -> None:
    """An empty file only its owner can read (0600); nothing if another process just made it."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return
    except OSError as exc:
        raise (from_os(exc, path) or EnvironmentFault(errors.IO, path, detail=str(exc))) from None
    os.close(fd)


def _connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False, timeout=errors.BUSY_TIMEOUT_S)
    conn.row_factory = sqlite3.Row
    return conn


def _inspect(path: Path, report: OpenReport, trusted: bool) -> tuple[sqlite3.Connection, int]:
    """A connection to a library that is ours and readable, and its version. Reads only.
    ``trusted``: the file is as Qari last closed it after a check, so its pages are not scanned
    (the header, application id and schema are still read).

    Raises _Damaged for a damaged file, EnvironmentFault for everything else."""
    conn = _connect(path)
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        empty = app_id == 0 and version == 0 and not tables
        if not empty and app_id != APPLICATION_ID and not (app_id == 0 and tables >= _LEGACY_TABLES):
            raise EnvironmentFault(errors.NOT_A_LIBRARY, path)
        if version > SCHEMA_VERSION:
            raise EnvironmentFault(errors.NEWER_VERSION, path)
        if not empty and not trusted:
            report.full_check = True
            if clean.full_check(conn) != "ok":
                raise _Damaged
    except sqlite3.Error as exc:
        conn.close()
        fault = from_sqlite(exc, path)
        if fault is None:
            raise
        if fault.kind == errors.CORRUPT:
            raise _Damaged from exc
        raise fault from exc
    except BaseException:
        conn.close()
        raise
    return conn, version


def _retry(action: Callable[[], T], path: Path, attempts: int = 3) -> T:
    """``action``, tried again when SQLite reports busy without waiting (the busy handler is not
    called in every case, e.g. a WAL snapshot that went stale); other errors become faults."""
    for attempt in range(attempts):
        try:
            return action()
        except sqlite3.Error as exc:
            fault = from_sqlite(exc, path)
            if fault is None:
                raise
            if fault.kind != errors.LOCKED or attempt == attempts - 1:
                raise fault from exc
            time.sleep(0.05 * (attempt + 1))
    raise AssertionError("unreachable")


def _statements(script: str) -> Iterator[str]:
    """The statements of a migration script, one by one (executescript would commit first)."""
    pending = ""
    for line in script.splitlines(keepends=True):
        pending += line
        if sqlite3.complete_statement(pending):
            if pending.strip():
                yield pending.strip()
            pending = ""
    if pending.strip():
        yield pending.strip()


def _move_aside(path: Path) -> Path:
    target = path.with_name(f"{path.stem}.corrupt-{_stamp()}{path.suffix}")
    try:
        path.replace(target)
        for suffix in ("-wal", "-shm"):
            side = path.with_name(path.name + suffix)
            if side.exists():
                side.replace(target.with_name(target.name + suffix))
    except OSError as exc:
        raise (from_os(exc, path) or EnvironmentFault(errors.IO, path, detail=str(exc))) from None
    return target
