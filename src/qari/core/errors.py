"""Faults of the environment, not of Qari: the library is locked, read-only, full, not readable...

:class:`EnvironmentFault` is what the core raises when the machine refuses (qutebrowser's
``KnownError``): the person is told in their language and nothing was changed. ``kind`` is a
stable code for programs, tests and translations; ``message`` a short English sentence;
``path`` the file concerned. Anything else that escapes is a bug and gets a report.

(Minimal version by issue 12 for the interface's error road; issue 10 owns the store's
classification and extends this module.)
"""

from __future__ import annotations

from pathlib import Path

LOCKED = "locked"
READONLY = "readonly"
PERMISSION = "permission"
FULL = "full"
IO = "io"


class EnvironmentFault(Exception):
    """The environment refused (see module doc). Never a bug; nothing was changed."""

    def __init__(self, kind: str, path: Path | str | None = None, message: str | None = None,
                 detail: str = "") -> None:
        self.kind = kind
        self.path = Path(path) if path is not None else None
        self.detail = detail
        self.message = message or f"{self.path or 'The library'}: {detail or kind}"
        super().__init__(self.message)
