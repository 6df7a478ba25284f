"""File dialogs open where the person last was: the folder of the last file chosen, per kind of
dialog ("import", "annotations"), kept in the library's state table (it travels with the library)."""

from __future__ import annotations

from pathlib import Path
from typing import Protocol


class StateStore(Protocol):
    def get_state(self, key: str, default: str | None = None) -> str | None: ...
    def set_state(self, key: str, value: str) -> None: ...


def start_folder(store: StateStore, kind: str, fallback: Path | None = None) -> str:
    """The folder a dialog of ``kind`` opens in: the last one used if it still exists."""
    last = store.get_state(f"folder/{kind}")
    if last and Path(last).is_dir():
        return last
    return str(fallback or Path.home())


def remember(store: StateStore, kind: str, chosen: str | Path) -> None:
    """Remember the folder of ``chosen`` (a file, or a folder itself)."""
    path = Path(chosen)
    folder = path if path.is_dir() else path.parent
    if str(folder):
        store.set_state(f"folder/{kind}", str(folder))
