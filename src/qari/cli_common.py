"""What every `qari` subcommand module shares: the data folder, opening the library, JSON out.

Its own module so that cli.py and its cli_*.py parts import it, not each other (no cycle).
"""

from __future__ import annotations

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
    from qari.core.session import Session

    return Session.open(_data_dir(args), progress=_migration_progress)


def _print_json(obj: object) -> None:
    import json

    sys.stdout.write(json.dumps(obj, ensure_ascii=False, indent=1) + "\n")
