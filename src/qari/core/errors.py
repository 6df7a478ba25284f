"""Faults of the machine, not of Qari: the library is locked, read-only, full, not ours...

:class:`EnvironmentFault` is what the core raises when the environment refuses
(qutebrowser's ``KnownError``): a person must be told, in their language, and no
file is changed. Anything else that escapes is a bug and gets a report. ``kind``
is a stable code (one of :data:`KINDS`) for programs, tests and translations;
``message`` is a short English sentence; ``path`` is the file or folder concerned.

:func:`from_sqlite` and :func:`from_os` map ``sqlite3`` errors (by
``sqlite_errorcode``) and ``OSError`` (by ``errno``) to a fault, or ``None`` when
the error is not the environment's doing (a bug: let it propagate).
"""

from __future__ import annotations

import errno
import os
import sqlite3
from pathlib import Path

LOCKED = "locked"  # another program holds the library (an import in a terminal, a second Qari)
READONLY = "readonly"  # the file, its folder or the whole disk is read-only
PERMISSION = "permission"  # the user may not read or write it
FULL = "full"  # the disk (or the library's size limit) is full
NOT_A_FOLDER = "not_a_folder"  # the data folder is a file
IS_FOLDER = "is_folder"  # library.db is a folder
NOT_A_LIBRARY = "not_a_library"  # a SQLite file, but another program's
NEWER_VERSION = "newer_version"  # written by a newer Qari
CORRUPT = "corrupt"  # damaged (moved aside when opening; raised when met later)
IO = "io"  # the disk failed to read or write
EXISTS = "exists"  # an output file exists and --force was not given

KINDS: dict[str, str] = {
    LOCKED: "The library {path} is in use by another program (another Qari, or an import still running) "
            "and stayed locked for more than {seconds} seconds. Nothing was changed; try again when it is done.",
    READONLY: "{path} is read-only, so Qari cannot write to it. Nothing was changed. Make it writable, or "
              "start Qari with --data-dir to use another folder.",
    PERMISSION: "You don't have permission to use {path}. Nothing was changed. Check its owner and "
                "permissions, or start Qari with --data-dir to use another folder.",
    FULL: "The disk holding {path} is full. Nothing was changed; free some space and try again.",
    NOT_A_FOLDER: "The data folder {path} is a file, not a folder. It was left as it is. Move it away, or "
                  "start Qari with --data-dir to use another folder.",
    IS_FOLDER: "The library {path} is a folder, not a file. It was left as it is. Move it away, or start "
               "Qari with --data-dir to use another folder.",
    NOT_A_LIBRARY: "{path} is a database of another program, not a Qari library. It was left untouched. "
                   "Move it away, or start Qari with --data-dir to use another folder.",
    NEWER_VERSION: "This library ({path}) was written by a newer version of Qari and was left untouched. "
                   "Update Qari, or start it with --data-dir to use another folder.",
    CORRUPT: "The library {path} is damaged.",
    IO: "The disk could not read or write {path} ({detail}). Nothing was changed.",
    EXISTS: "{path} already exists; add --force to replace it.",
}

# SQLite primary result codes (https://www.sqlite.org/rescode.html)
_SQLITE_KIND = {
    3: PERMISSION,  # SQLITE_PERM
    5: LOCKED,  # SQLITE_BUSY
    6: LOCKED,  # SQLITE_LOCKED
    8: READONLY,  # SQLITE_READONLY
    10: IO,  # SQLITE_IOERR
    11: CORRUPT,  # SQLITE_CORRUPT
    13: FULL,  # SQLITE_FULL
    14: PERMISSION,  # SQLITE_CANTOPEN (refined from the file system below)
    23: PERMISSION,  # SQLITE_AUTH
    26: CORRUPT,  # SQLITE_NOTADB
}
_SQLITE_IOERR_NOMEM = (12 << 8) | 10
_ERRNO_KIND = {
    errno.EACCES: PERMISSION,
    errno.EPERM: PERMISSION,
    errno.EROFS: READONLY,
    errno.ENOSPC: FULL,
    errno.EDQUOT: FULL,
    errno.EFBIG: FULL,
    errno.ENOTDIR: NOT_A_FOLDER,
    errno.EISDIR: IS_FOLDER,
    errno.EEXIST: EXISTS,
    errno.EIO: IO,
}

BUSY_TIMEOUT_S = 5.0  # how long a locked library is waited for before the user is told


class EnvironmentFault(Exception):
    """The environment refused (see module doc). Never a bug; nothing was changed."""

    def __init__(self, kind: str, path: Path | str | None = None, message: str | None = None,
                 detail: str = "") -> None:
        self.kind = kind
        self.path = Path(path) if path is not None else None
        self.detail = detail
        template = KINDS.get(kind, "{path}: {detail}")
        self.message = message or template.format(path=self.path or "", detail=detail,
                                                  seconds=f"{BUSY_TIMEOUT_S:g}")
        super().__init__(self.message)

    @property
    def code(self) -> str:  # the name the first version of StoreError used
        return self.kind

    def __reduce__(self) -> tuple[type[EnvironmentFault], tuple[object, ...]]:  # picklable across processes
        return (type(self), (self.kind, self.path, self.message, self.detail))


def sqlite_kind(exc: sqlite3.Error) -> str | None:
    """The fault kind of a sqlite3 error, or None when it is not the environment's."""
    code = getattr(exc, "sqlite_errorcode", None)
    if code is None:  # very old Pythons: the message is all there is
        text = str(exc).lower()
        for needle, kind in (("locked", LOCKED), ("readonly", READONLY), ("read-only", READONLY),
                             ("disk is full", FULL), ("not a database", CORRUPT), ("malformed", CORRUPT),
                             ("unable to open", PERMISSION), ("disk i/o", IO)):
            if needle in text:
                return kind
        return None
    if code == _SQLITE_IOERR_NOMEM:
        return None
    return _SQLITE_KIND.get(code & 0xFF)


def from_sqlite(exc: sqlite3.Error, path: Path | str | None) -> EnvironmentFault | None:
    kind = sqlite_kind(exc)
    if kind is None:
        return None
    if kind == IO and path is not None and disk_is_full(Path(path)):
        kind = FULL  # SQLite says "disk I/O error" when the full disk is met by its shared memory file
    return EnvironmentFault(kind, path, detail=str(exc))


def disk_is_full(path: Path, margin: int = 256 * 1024) -> bool:
    """Whether the file system holding ``path`` has (nearly) no room left."""
    where = path if path.is_dir() else path.parent
    try:
        st = os.statvfs(where)
    except OSError:
        return False
    return st.f_bavail * st.f_frsize < margin


def from_os(exc: OSError, path: Path | str | None = None) -> EnvironmentFault | None:
    kind = _ERRNO_KIND.get(exc.errno or 0)
    if kind is None:
        return None
    where = path if path is not None else exc.filename
    return EnvironmentFault(kind, where, detail=exc.strerror or str(exc))
