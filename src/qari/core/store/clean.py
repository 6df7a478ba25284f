"""The "closed cleanly" stamp that spares a library's full page scan on opening.

``PRAGMA quick_check`` reads every page: ~0.1-0.3 s on a 10,000-article library, on every
start. It is only needed when the file may have changed behind Qari's back. When the last Qari
connection closes a library it has checked (so SQLite has folded and removed the ``-wal``),
the file's size, inode, mtime and ctime (nanoseconds) are written to ``library.db-clean``
(0600) beside it. The next open skips the scan only if there is no ``-wal`` left over and the
file's stat matches the stamp exactly; anything else (a crash or SIGKILL that left a ``-wal``,
a write by another program, a copy or restore, a changed size or time) means a full scan.

A write in the same clock tick as the stamp would keep the times equal (Linux file times are
coarse). As in git's "racy clean" rule, the stamp only counts when its own mtime is later than
the library's; otherwise it waits a tick and writes it again, or writes none.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import time
from pathlib import Path

SUFFIX = "-clean"


def stamp_path(db: Path) -> Path:
    return db.with_name(db.name + SUFFIX)


def _fingerprint(st: os.stat_result) -> dict[str, int]:
    return {"size": st.st_size, "ino": st.st_ino, "dev": st.st_dev,
            "mtime_ns": st.st_mtime_ns, "ctime_ns": st.st_ctime_ns}


def stamp_text(st: os.stat_result) -> str:
    """The stamp's JSON, as ``json.dumps(_fingerprint(st))`` writes it (the stamps already written are
    that), made without the json module: it is read at every start, before the first paint."""
    return "{" + ", ".join(f'"{key}": {value}' for key, value in _fingerprint(st).items()) + "}"


def full_check(conn: sqlite3.Connection) -> str:
    """The full page scan (a hook: tests count its calls)."""
    return str(conn.execute("PRAGMA quick_check(1)").fetchone()[0])


def is_clean(db: Path) -> bool:
    """The file is exactly as a clean Qari session left it after checking it."""
    stamp = stamp_path(db)
    try:
        if db.with_name(db.name + "-wal").exists():
            return False
        st_stamp = stamp.stat()
        recorded = stamp.read_bytes()  # (bytes: a text read would import the ascii codec at start-up)
        st = db.stat()
    except (OSError, ValueError):
        return False
    if st_stamp.st_mtime_ns <= st.st_mtime_ns:
        return False
    return recorded == stamp_text(st).encode("ascii")


def mark_clean(db: Path) -> None:
    """After the last connection closed cleanly: stamp the file (nothing if others still have it
    open, or if the folder cannot be written)."""
    stamp = stamp_path(db)
    with contextlib.suppress(OSError):
        if db.with_name(db.name + "-wal").exists():
            return  # another connection still has it open: the last one to close stamps it
        st = db.stat()
        text = stamp_text(st)
        for _ in range(3):
            tmp = stamp.with_name(stamp.name + ".tmp")
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "w", encoding="ascii") as out:
                out.write(text)
            os.replace(tmp, stamp)
            if stamp.stat().st_mtime_ns > st.st_mtime_ns:
                return
            time.sleep(0.005)  # the same clock tick as the library's last write: once more, later
        stamp.unlink(missing_ok=True)
