"""Undo commands for annotations, stars and article text.

Each command calls the core repository (which commits at once) and then
``notify(article_id)`` so the views refresh. The core's operations come with exact
inverses (see ``qari.core.store.annotations``): a redone highlight keeps its uuid.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from qari.core.store.annotations import Annotation, Annotations
from qari.core.store.library import Library

Notify = Callable[[int], None]


def _tr(text: str) -> str:
    return QCoreApplication.translate("AnnotationCommands", text)


class AddAnnotation(QUndoCommand):
    """Create a highlight or bookmark; undo deletes it, redo restores the same record."""

    def __init__(self, store: Annotations, create: Callable[[], Annotation], notify: Notify, text: str) -> None:
        super().__init__(text)
        self._store, self._create, self._notify = store, create, notify
        self.record: Annotation | None = None

    def redo(self) -> None:
        self.record = self._create() if self.record is None else self._store.restore(self.record)
        self._notify(self.record.article_id)

    def undo(self) -> None:
        assert self.record is not None
        self._store.delete(self.record.uuid)
        self._notify(self.record.article_id)


class ChangeAnnotation(QUndoCommand):
    """Change an annotation (``update`` or ``reattach``); undo/redo restore the old/new record."""

    def __init__(
        self, store: Annotations, change: Callable[[], tuple[Annotation, Annotation]], notify: Notify, text: str
    ) -> None:
        super().__init__(text)
        self._store, self._change, self._notify = store, change, notify
        self.old: Annotation | None = None
        self.new: Annotation | None = None

    def redo(self) -> None:
        if self.new is None:
            self.old, self.new = self._change()
        else:
            self.new = self._store.restore(self.new)
        self._notify(self.new.article_id)

    def undo(self) -> None:
        assert self.old is not None
        self._store.restore(self.old)
        self._notify(self.old.article_id)


class DeleteAnnotation(QUndoCommand):
    def __init__(self, store: Annotations, uuid: str, notify: Notify, text: str = "") -> None:
        super().__init__(text or _tr("Delete Annotation"))
        self._store, self._uuid, self._notify = store, uuid, notify
        self.record: Annotation | None = None

    def redo(self) -> None:
        self.record = self._store.delete(self._uuid)
        self._notify(self.record.article_id)

    def undo(self) -> None:
        assert self.record is not None
        self._store.restore(self.record)
        self._notify(self.record.article_id)


class SetStarred(QUndoCommand):
    def __init__(self, library: Library, article_id: int, starred: bool, notify: Notify) -> None:
        super().__init__(_tr("Star Article") if starred else _tr("Unstar Article"))
        self._library, self._id, self._starred, self._notify = library, article_id, starred, notify

    def redo(self) -> None:
        self._library.set_starred(self._id, self._starred)
        self._notify(self._id)

    def undo(self) -> None:
        self._library.set_starred(self._id, not self._starred)
        self._notify(self._id)


class SetArticleText(QUndoCommand):
    """Replace an article's text; the core re-anchors its annotations in the same transaction."""

    def __init__(self, library: Library, article_id: int, old: str, new: str, notify: Notify) -> None:
        super().__init__(_tr("Edit Article Text"))
        self._library, self._id, self._old, self._new, self._notify = library, article_id, old, new, notify

    def redo(self) -> None:
        self._library.set_text(self._id, self._new)
        self._notify(self._id)

    def undo(self) -> None:
        self._library.set_text(self._id, self._old)
        self._notify(self._id)


class ImportAnnotations(QUndoCommand):
    """An import already written to the store; undo removes what it added and puts back what it replaced."""

    def __init__(self, store: Annotations, records: list[Annotation], prior: dict[str, Annotation | None],
                 notify: Notify) -> None:
        super().__init__(_tr("Import Annotations"))
        self._store, self.records, self._prior, self._notify = store, records, prior, notify
        self._done = True

    def redo(self) -> None:
        if not self._done:
            self._store.import_records(self.records)
        self._done = True
        for aid in sorted({r.article_id for r in self.records}):
            self._notify(aid)

    def undo(self) -> None:
        for r in self.records:
            before = self._prior.get(r.uuid)
            if before is None:
                self._store.delete(r.uuid)
            else:
                self._store.restore(before)
        self._done = False
        for aid in sorted({r.article_id for r in self.records}):
            self._notify(aid)
