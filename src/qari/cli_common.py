"""What every `qari` subcommand module shares: the data folder, opening the library (and saying
what happened on the way), JSON out, safe tab-separated fields.

Its own module so that cli.py and its cli_*.py parts import it, not each other (no cycle).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import argparse


def _data_dir(args: argparse.Namespace) -> Path:
    if args.data_dir is not None:
        return args.data_dir
    from qari.platform import default_data_dir  # no Qt: the command line needs no display

    return default_data_dir()


def _migration_progress(label: str, done: int, total: int) -> None:
    """A long migration (indexing an existing library for search) shows how far it has got."""
    sys.stderr.write(f"\rqari: {label}: {done}/{total}" + ("\n" if done >= total else ""))
    sys.stderr.flush()


def _open_session(args: argparse.Namespace):  # -> Session
    """The library; what happened while opening it (a damaged file moved aside, an upgrade) goes to
    stderr. An EnvironmentFault is raised for `qari.cli` to print (exit 3)."""
    from qari.core.session import Session

    session = Session.open(_data_dir(args), progress=_migration_progress)
    report = session.db.report
    if report.corrupt_moved_to is not None or report.backup is not None:
        from qari.cli_text import DAMAGED_MOVED, UPGRADED, cli_language, say

        lang = cli_language(getattr(args, "lang", None))
        for place, (context, text) in ((report.corrupt_moved_to, DAMAGED_MOVED), (report.backup, UPGRADED)):
            if place is not None:
                print(f"qari: {say(lang, text, place, context)}", file=sys.stderr)
    return session


def _print_json(obj: object) -> None:
    import json

    sys.stdout.write(json.dumps(obj, ensure_ascii=False, indent=1) + "\n")


_BIDI = "[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]"  # (compiled at the first use, re caches it:
_UNSAFE_FIELD = "[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]"  # `qari` starts without)


def tsv(value: object) -> str:
    """A field of tab-separated output. Text with a tab, a line break, another control character
    or a bidirectional control (which could reorder what a terminal shows, or forge a column)
    is quoted and escaped, JSON style; so is text that starts with a double quote. Anything else
    is printed as it is."""
    text = str(value)
    if not re.search(_UNSAFE_FIELD, text) and not text.startswith('"'):
        return text
    import json

    quoted = json.dumps(text, ensure_ascii=False)
    return re.sub(_BIDI, lambda m: f"\\u{ord(m.group()):04x}", quoted)


def tsv_row(*fields: object) -> str:
    return "\t".join(tsv(f) for f in fields)
