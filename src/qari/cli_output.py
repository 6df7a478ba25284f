"""What every `qari` subcommand shares: opening the library (and saying what happened on the way)
and safe tab-separated fields. Qt-free and light: the GUI's start-up imports it too."""

from __future__ import annotations

import re
import sys
from pathlib import Path

_BIDI = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_UNSAFE_FIELD = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def tsv(value: object) -> str:
    """A field of tab-separated output. Text with a tab, a line break, another control character
    or a bidirectional control (which could reorder what a terminal shows, or forge a column)
    is quoted and escaped, JSON style; so is text that starts with a double quote. Anything else
    is printed as it is."""
    text = str(value)
    if not _UNSAFE_FIELD.search(text) and not text.startswith('"'):
        return text
    import json

    quoted = json.dumps(text, ensure_ascii=False)
    return _BIDI.sub(lambda m: f"\\u{ord(m.group()):04x}", quoted)


def tsv_row(*fields: object) -> str:
    return "\t".join(tsv(f) for f in fields)


def _migration_progress(label: str, done: int, total: int) -> None:
    """A long migration (indexing an existing library for search) shows how far it has got."""
    sys.stderr.write(f"\rqari: {label}: {done}/{total}" + ("\n" if done >= total else ""))
    sys.stderr.flush()


def open_session(data_dir: Path | None):  # -> Session
    """The library in ``data_dir`` (default: the user's data folder); what happened while opening
    it (a damaged file moved aside, an upgrade) goes to stderr. An EnvironmentFault is raised for
    the caller (`qari.cli` prints it and exits 3)."""
    from qari.core.session import Session
    from qari.platform import default_data_dir  # no Qt: the command line needs no display

    session = Session.open(data_dir if data_dir is not None else default_data_dir(), progress=_migration_progress)
    for note in session.db.report.notes:
        print(f"qari: {note}", file=sys.stderr)
    if session.db.report.backup is not None:
        print(f"qari: the library was upgraded; a copy of the old one is at {session.db.report.backup}",
              file=sys.stderr)
    return session
