"""Writing a file the user named, safely: never half a file, never a stray ``.tmp``, never a
silent overwrite.

:func:`write_text` writes to a temporary file beside the target, flushes it to disk, then
renames it over the target in one step: the target is either the old file or the whole new one.
An existing target is replaced only with ``force=True`` (the GUI's save dialog has asked), and
keeps its permissions; whatever fails, the temporary file is removed. Refusals of the machine
raise :class:`~qari.core.errors.EnvironmentFault`.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from pathlib import Path

from qari.core import errors
from qari.core.errors import EnvironmentFault, from_os


def write_text(path: Path, text: str, *, force: bool = False) -> None:
    path = Path(path)
    try:
        st = path.stat()
    except FileNotFoundError:
        st = None
    except OSError as exc:
        raise _fault(exc, path) from None
    if st is not None and stat.S_ISDIR(st.st_mode):
        raise EnvironmentFault(errors.IS_FOLDER, path, message=f"{path} is a folder, not a file.")
    if st is not None and not force:
        raise EnvironmentFault(errors.EXISTS, path)
    folder = path.parent if str(path.parent) else Path(".")
    try:
        fd, tmp_name = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as exc:
        raise _fault(exc, folder) from None
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        if st is not None:  # the target keeps its permissions (and owner, where we may set it)
            os.chmod(tmp, stat.S_IMODE(st.st_mode))
            with contextlib.suppress(OSError):
                os.chown(tmp, st.st_uid, st.st_gid)
        else:  # a new file gets what the user's umask gives any new file (mkstemp made it 0600)
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, path)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        if isinstance(exc, OSError):
            raise _fault(exc, path) from None
        raise


def _fault(exc: OSError, path: Path) -> EnvironmentFault:
    return from_os(exc, path) or EnvironmentFault(errors.IO, path, detail=exc.strerror or str(exc))
