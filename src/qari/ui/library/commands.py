"""Undoable library edits, pushed on the window's QUndoStack (Ctrl+Z / Ctrl+Shift+Z).

Each makes its change in the first redo (inside ``push``); one the library refuses is dropped
from the stack at once (see :class:`qari.ui.undo.StoreCommand`)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from qari.core.store.library import Library
from qari.ui.library.model import LibraryModel
from qari.ui.undo import OnFailure, StoreCommand


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("LibraryCommands", text, "", n)


class DeleteArticles(StoreCommand):
    """Delete articles (soft: Library.delete); undo brings them back with their reading place."""

    def __init__(self, library: Library, model: LibraryModel, ids: list[int],
                 changed: Callable[[list[int], bool], None], on_failure: OnFailure) -> None:
        super().__init__(_tr("Delete %n article(s)", len(ids)), on_failure, written=False)
        self._library, self._model, self._ids = library, model, list(ids)
        self._changed = changed  # (ids, deleted?)

    def _redo(self) -> None:
        self._library.delete(self._ids)
        self._model.remove(self._ids)
        self._changed(self._ids, True)

    def _undo(self) -> None:
        self._library.undelete(self._ids)
        self._model.add(s for s in (self._library.summary(i) for i in self._ids) if s is not None)
        self._changed(self._ids, False)


class EditDetails(StoreCommand):
    """Change an article's headline and/or source (Library.update_meta)."""

    def __init__(self, library: Library, model: LibraryModel, article_id: int,
                 old: tuple[str, str], new: tuple[str, str], changed: Callable[[int], None],
                 on_failure: OnFailure) -> None:
        super().__init__(_tr("Edit article details"), on_failure, written=False)
        self._library, self._model, self._id = library, model, article_id
        self._old, self._new = old, new
        self._changed = changed

    def _apply(self, title: str, source: str) -> None:
        self._library.update_meta(self._id, title=title, source=source)
        summary = self._library.summary(self._id)
        if summary is not None:
            self._model.replace(summary)
        self._changed(self._id)

    def _redo(self) -> None:
        self._apply(*self._new)

    def _undo(self) -> None:
        self._apply(*self._old)
