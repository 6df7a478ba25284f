"""Undo commands for annotations, stars and article text (see :mod:`qari.ui.undo`: they never lie).

The controller writes first and hands the command what was written. The core's operations come
with exact inverses (see ``qari.core.store.annotations``): a redone highlight keeps its uuid.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from qari.core.store.annotations import Annotation, Annotations
from qari.core.store.library import Library
from qari.ui.undo import OnFailure, StoreCommand

Notify = Callable[[int], None]


def _tr(text: str) -> str:
    return QCoreApplication.translate("AnnotationCommands", text)


class AddAnnotation(StoreCommand):
    """A created highlight or bookmark; undo deletes it, redo restores the same record."""

    def __init__(self, store: Annotations, record: Annotation, notify: Notify, text: str,
                 on_failure: OnFailure) -> None:
        super().__init__(text, on_failure)
        self._store, self.record, self._notify = store, record, notify

    def _redo(self) -> None:
        self.record = self._store.restore(self.record)
        self._notify(self.record.article_id)

    def _undo(self) -> None:
        self._store.delete(self.record.uuid)
        self._notify(self.record.article_id)


class ChangeAnnotation(StoreCommand):
    """A changed annotation (``update`` or ``reattach``); undo/redo restore the old/new record."""

    def __init__(self, store: Annotations, old: Annotation, new: Annotation, notify: Notify, text: str,
                 on_failure: OnFailure) -> None:
        super().__init__(text, on_failure)
        self._store, self.old, self.new, self._notify = store, old, new, notify

    def _redo(self) -> None:
        self.new = self._store.restore(self.new)
        self._notify(self.new.article_id)

    def _undo(self) -> None:
        self._store.restore(self.old)
        self._notify(self.old.article_id)


class DeleteAnnotation(StoreCommand):
    """A deleted annotation (``record`` is what it was); undo puts it back."""

    def __init__(self, store: Annotations, record: Annotation, notify: Notify, text: str,
                 on_failure: OnFailure) -> None:
        super().__init__(text or _tr("Delete Annotation"), on_failure)
        self._store, self.record, self._notify = store, record, notify

    def _redo(self) -> None:
        self._store.delete(self.record.uuid)
        self._notify(self.record.article_id)

    def _undo(self) -> None:
        self._store.restore(self.record)
        self._notify(self.record.article_id)


class SetStarred(StoreCommand):
    def __init__(self, library: Library, article_id: int, starred: bool, notify: Notify,
                 on_failure: OnFailure) -> None:
        super().__init__(_tr("Star Article") if starred else _tr("Unstar Article"), on_failure)
        self._library, self._id, self._starred, self._notify = library, article_id, starred, notify

    def _redo(self) -> None:
        self._library.set_starred(self._id, self._starred)
        self._notify(self._id)

    def _undo(self) -> None:
        self._library.set_starred(self._id, not self._starred)
        self._notify(self._id)


TextWriter = Callable[[int, str, "list[Annotation] | None"], None]


class SetArticleText(StoreCommand):
    """An article's text, replaced. ``before``/``after``: its annotations (all of them, orphans
    too) with the old and with the new text; undo and redo put back exactly those."""

    def __init__(self, write: TextWriter, article_id: int, old: str, new: str, before: list[Annotation],
                 after: list[Annotation], notify: Notify, on_failure: OnFailure) -> None:
        super().__init__(_tr("Edit Article Text"), on_failure)
        self._write, self._id, self._old, self._new = write, article_id, old, new
        self._before, self._after, self._notify = before, after, notify

    def _redo(self) -> None:
        self._write(self._id, self._new, self._after)
        self._notify(self._id)

    def _undo(self) -> None:
        self._write(self._id, self._old, self._before)
        self._notify(self._id)


class ImportAnnotations(StoreCommand):
    """An import already written to the store; undo removes what it added and puts back what it replaced."""

    def __init__(self, store: Annotations, records: list[Annotation], prior: dict[str, Annotation | None],
                 notify: Notify, on_failure: OnFailure) -> None:
        super().__init__(_tr("Import Annotations"), on_failure)
        self._store, self.records, self._prior, self._notify = store, records, prior, notify

    def _articles(self) -> None:
        for aid in sorted({r.article_id for r in self.records}):
            self._notify(aid)

    def _redo(self) -> None:
        self._store.import_records(self.records)
        self._articles()

    def _undo(self) -> None:
        added = [r.uuid for r in self.records if self._prior.get(r.uuid) is None]
        replaced = [p for p in (self._prior.get(r.uuid) for r in self.records) if p is not None]
        self._store.replace_records(added, replaced)  # one transaction: never half undone
        self._articles()
