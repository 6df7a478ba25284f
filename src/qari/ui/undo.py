"""Undo that cannot lie: a command is on the stack only if the store holds what it says.

Controllers write first (:func:`attempt` / :func:`succeeded` turn an environment fault into a
report and a "no"), then push a :class:`StoreCommand` built from what was written, so its first
``redo`` — the one ``QUndoStack.push`` calls — does nothing. Later undos and redos write again;
if such a write fails because of the environment (disk full, library locked) the command reports
it and makes itself obsolete, so the stack drops it instead of claiming a state the store does not
have. A bug (any other exception) also drops the command, then propagates to the error report.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtGui import QUndoCommand

from qari.core.errors import EnvironmentFault

OnFailure = Callable[[EnvironmentFault], None]
T = TypeVar("T")


def attempt(write: Callable[[], T], on_failure: OnFailure) -> T | None:
    """Run a store write; an environment fault is reported and gives None (a bug propagates)."""
    try:
        return write()
    except EnvironmentFault as fault:
        on_failure(fault)
        return None


def succeeded(write: Callable[[], object], on_failure: OnFailure) -> bool:
    """Run a store write; False (and reported) when the environment refused it."""
    try:
        write()
    except EnvironmentFault as fault:
        on_failure(fault)
        return False
    return True


class StoreCommand(QUndoCommand):
    """A change already written to the store; subclasses write it again (redo) or take it back.

    ``written=False``: the change is made by the first redo (inside ``push``); if the environment
    refuses it the command is obsolete at once and ``push`` drops it (Qt deletes an obsolete
    command right after its redo), so it never reaches the stack either."""

    def __init__(self, text: str, on_failure: OnFailure, *, written: bool = True) -> None:
        super().__init__(text)
        self._on_failure = on_failure
        self._pushed = not written

    def redo(self) -> None:
        if not self._pushed:  # push() calls redo at once: the change is already in the store
            self._pushed = True
            return
        self._run(self._redo)

    def undo(self) -> None:
        self._run(self._undo)

    def _run(self, write: Callable[[], None]) -> None:
        try:
            write()
        except EnvironmentFault as fault:
            self.setObsolete(True)  # the stack drops it: its state and the store's stay the same
            self._on_failure(fault)
        except Exception:
            self.setObsolete(True)
            raise

    def _redo(self) -> None:
        raise NotImplementedError

    def _undo(self) -> None:
        raise NotImplementedError
