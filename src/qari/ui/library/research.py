"""The library panel's research row: search every article's text, re-run a saved search, filter by
tag, and tag the selected articles (several at once, undoable).

It asks the tag and saved-search repositories and emits requests; the window wires them to the
search panel and the library list.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QMenu,
    QToolButton,
    QWidget,
)

from qari.core.store.tags import SavedSearches, Tags, clean_tag
from qari.ui.undo import OnFailure, StoreCommand


class TagArticles(StoreCommand):
    """Tag several articles: add ``wanted``, take off the ``dropped`` ones; undone exactly. A change
    the library refuses is dropped from the undo stack (see qari.ui.undo)."""

    def __init__(self, tags: Tags, ids: list[int], wanted: list[str], dropped: list[str],
                 done: Callable[[], None], on_failure: OnFailure) -> None:
        super().__init__(_tr("Tag Articles"), on_failure, written=False)
        self.tags, self.ids, self.wanted, self.dropped, self.done = tags, ids, wanted, dropped, done
        self.added: list[tuple[int, str]] = []
        self.removed: list[tuple[int, str]] = []

    def _redo(self) -> None:
        self.removed = self.tags.remove(self.ids, self.dropped)
        self.added = self.tags.add(self.ids, self.wanted)
        self.done()

    def _undo(self) -> None:
        self.tags.restore(self.added, present=False)
        self.tags.restore(self.removed, present=True)
        self.done()


def _tr(text: str) -> str:
    return QCoreApplication.translate("ResearchBar", text)


class ResearchBar(QWidget):
    searchRequested = Signal(str)  # a query for the search panel
    savedSearchRequested = Signal(str)  # the name of a saved search to run
    tagFilterChanged = Signal(object)  # set of article ids with the chosen tag, or None for all
    tagsChanged = Signal()  # articles were tagged or untagged
    failed = Signal(object)  # the library refused a write (the window reports it)

    def __init__(self, tags: Tags, saved: SavedSearches, undo_stack: QUndoStack,
                 selected_ids: Callable[[], list[int]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("library-research")
        self.tags, self.saved, self.undo_stack, self.selected_ids = tags, saved, undo_stack, selected_ids
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("library-search")
        self.search_edit.setAccessibleName(self.tr("Search the text of every article"))
        self.search_edit.setPlaceholderText(self.tr("Search all articles… (Ctrl+Shift+F)"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.returnPressed.connect(self._search)
        self.saved_button = QToolButton()
        self.saved_button.setObjectName("library-saved-searches")
        self.saved_button.setText(self.tr("Saved"))
        self.saved_button.setToolTip(self.tr("Run a saved search"))
        self.saved_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.saved_menu = QMenu(self.saved_button)
        self.saved_menu.aboutToShow.connect(self.refresh_saved)
        self.saved_button.setMenu(self.saved_menu)
        self.tag_combo = QComboBox()
        self.tag_combo.setObjectName("library-tag-filter")
        self.tag_combo.setAccessibleName(self.tr("Show articles with the tag"))
        self.tag_combo.activated.connect(self._tag_chosen)
        self.tag_button = QToolButton()
        self.tag_button.setObjectName("library-tag")
        self.tag_button.setText(self.tr("Tags…"))
        self.tag_button.setToolTip(self.tr("Set the tags of the selected articles"))
        self.tag_button.clicked.connect(self.edit_tags)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.search_edit, 3)
        row.addWidget(self.saved_button)
        row.addWidget(self.tag_combo, 1)
        row.addWidget(self.tag_button)
        self.refresh_tags()

    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def _search(self) -> None:
        if self.search_edit.text().strip():
            self.searchRequested.emit(self.search_edit.text())

    # -- saved searches ------------------------------------------------------------------------
    def refresh_saved(self) -> None:
        self.saved_menu.clear()
        saved = self.saved.all()
        if not saved:
            self.saved_menu.addAction(self.tr("No saved searches yet")).setEnabled(False)
            return
        for s in saved:
            act = self.saved_menu.addAction(s.name)
            act.setToolTip(s.query)
            act.triggered.connect(lambda _c=False, name=s.name: self.savedSearchRequested.emit(name))
        self.saved_menu.addSeparator()
        forget = self.saved_menu.addMenu(self.tr("Delete Saved Search"))
        for s in saved:
            forget.addAction(s.name).triggered.connect(lambda _c=False, name=s.name: self.delete_saved(name))

    def delete_saved(self, name: str) -> None:
        self.saved.delete(name)

    # -- tags ------------------------------------------------------------------------------------
    def refresh_tags(self) -> None:
        current = self.tag_combo.currentData()
        self.tag_combo.clear()
        self.tag_combo.addItem(self.tr("All tags"), None)
        for name, n in self.tags.all():
            self.tag_combo.addItem(f"{name} ({n})", name)
        i = self.tag_combo.findData(current)
        self.tag_combo.setCurrentIndex(max(0, i))
        if i < 0 and current is not None:
            self.tagFilterChanged.emit(None)

    def _tag_chosen(self, _index: int) -> None:
        self.filter_by_tag(self.tag_combo.currentData())

    def filter_by_tag(self, name: str | None) -> None:
        i = self.tag_combo.findData(name)
        self.tag_combo.setCurrentIndex(max(0, i))
        self.tagFilterChanged.emit(None if not name else set(self.tags.articles(name)))

    def edit_tags(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        had = self.tags.of_many(ids)
        common = sorted(set.intersection(*(set(had.get(i, [])) for i in ids)))
        text, ok = QInputDialog.getText(
            self, self.tr("Tags"), self.tr("Tags of the %n selected article(s), separated by commas:", "", len(ids)),
            text=", ".join(common))
        if ok:
            wanted = [t for t in (clean_tag(x) for x in text.split(",")) if t]
            self.set_tags(ids, wanted, [t for t in common if t not in wanted])

    def set_tags(self, ids: list[int], wanted: Sequence[str], dropped: Sequence[str] = ()) -> None:
        """Give every article in ``ids`` the tags ``wanted`` and take ``dropped`` off them (undoable);
        tags only some of them had (not shown in the dialog) stay."""
        self.undo_stack.push(TagArticles(self.tags, ids, list(wanted), list(dropped), self._tags_done,
                                         self.failed.emit))

    def _tags_done(self) -> None:
        self.refresh_tags()
        name = self.tag_combo.currentData()
        if name:
            self.tagFilterChanged.emit(set(self.tags.articles(name)))
        self.tagsChanged.emit()
