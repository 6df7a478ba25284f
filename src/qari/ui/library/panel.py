"""The library panel: every article, sortable, filtered as you type; open, edit, delete (undoable)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QLocale, QModelIndex, QPoint, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from qari.core.importing import FAILED, ImportOutcome
from qari.core.store.library import ArticleSummary, Library
from qari.ui.actions import make_action
from qari.ui.library.commands import DeleteArticles, EditDetails
from qari.ui.library.dialogs import ArticleDetailsDialog
from qari.ui.library.model import ADDED, ID_ROLE, LENGTH, PROGRESS, SOURCE, TITLE, LibraryModel
from qari.ui.numbers import grouped
from qari.ui.plain import plain


class LibraryPanel(QWidget):
    openRequested = Signal(int)  # article id
    importRequested = Signal()
    articleEdited = Signal(int)  # headline/source changed (the reader may need to show it)
    articlesDeleted = Signal(list)  # ids (soft-deleted; undo brings them back)
    articlesRestored = Signal(list)  # ids brought back by undo
    failed = Signal(object)  # the library refused a write (disk full, locked): nothing was changed

    def __init__(self, library: Library, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("library-panel")
        self.library = library
        self.undo_stack = undo_stack
        self.model = LibraryModel(self)
        self._folding = QTimer(self)
        self._folding.setInterval(0)
        self._folding.timeout.connect(self._fold_some)

        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("library-filter")
        self.filter_edit.setAccessibleName(self.tr("Filter the library"))
        self.filter_edit.setPlaceholderText(self.tr("Filter by headline or source…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self.set_filter)
        self.import_button = QToolButton()
        self.import_button.setObjectName("library-import")
        self.import_button.setText(self.tr("Import…"))
        self.import_button.setToolTip(self.tr("Import articles from files or folders (Ctrl+O)"))
        self.import_button.setAccessibleName(self.tr("Import articles"))
        self.import_button.clicked.connect(self.importRequested)

        self.view = QTableView()  # flat rows: a table view lays 10,000 rows out without asking the model each
        self.view.setObjectName("library-view")
        self.view.setAccessibleName(self.tr("Articles in the library"))
        self.view.setModel(self.model)
        self.view.setShowGrid(False)
        self.view.setWordWrap(False)
        self.view.setCornerButtonEnabled(False)
        self.view.setTabKeyNavigation(False)
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        rows = self.view.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(ADDED, Qt.SortOrder.DescendingOrder)
        header = self.view.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        for col, width in ((SOURCE, 72), (ADDED, 76), (LENGTH, 46), (PROGRESS, 42)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            # never narrower than its (translated) title and the sort arrow: «المقروء» is wider than "Read"
            header.resizeSection(col, max(width, header.sectionSizeFromContents(col).width()))
        self.view.activated.connect(self._activated)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)

        self.count_label = QLabel()
        self.count_label.setObjectName("library-count")
        self.empty_label = QLabel(self.tr(
            "Your library is empty.\nImport articles with File → Import (Ctrl+O), drop files or folders "
            "on the window, or paste an article (Ctrl+Shift+V)."))
        self.empty_label.setObjectName("library-empty")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.starred_button = QToolButton()
        self.starred_button.setObjectName("library-starred")
        self.starred_button.setCheckable(True)
        self.starred_button.setText("★")
        self.starred_button.setToolTip(self.tr("Show only starred articles"))
        self.starred_button.setAccessibleName(self.tr("Starred only"))
        self.starred_button.toggled.connect(self.model.set_starred_only)
        top = QHBoxLayout()
        top.addWidget(self.filter_edit, 1)
        top.addWidget(self.starred_button)
        top.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty_label, 1)
        layout.addWidget(self.count_label)

        self.open_action = self._action(self.tr("&Open"), [], self.open_selected, "library-open")
        self.edit_action = self._action(self.tr("&Edit Details…"), ["F2"], self.edit_selected, "library-edit")
        self.delete_action = self._action(self.tr("&Delete…"), [QKeySequence.StandardKey.Delete],
                                          self.delete_selected, "library-delete")
        for signal in (self.model.modelReset, self.model.rowsInserted, self.model.rowsRemoved):
            signal.connect(self._update_count)
            signal.connect(self._update_actions)
        self.view.selectionModel().selectionChanged.connect(self._update_actions)
        self._update_count()
        self._update_actions()

    def sizeHint(self) -> QSize:
        return QSize(400, 600)  # the dock's width at first: the article keeps most of the window

    def minimumSizeHint(self) -> QSize:
        return QSize(220, 200)

    def _action(self, text: str, keys: list, slot: Callable[..., object], name: str) -> QAction:
        return make_action(self, text, keys, slot, name, Qt.ShortcutContext.WidgetWithChildrenShortcut)

    # -- loading --------------------------------------------------------------------------
    def ensure_loaded(self) -> None:
        """Read the library (one SELECT of summaries) unless already done."""
        if not self.model.loaded:
            self.reload()

    def reload(self) -> None:
        self.model.load(self.library.summaries())
        self._folding.start()  # fold headlines for the filter in small slices while the UI is idle

    def _fold_some(self) -> None:
        if self.model.fold_some(400):
            self._folding.stop()

    # -- requests from the window ----------------------------------------------------------
    def add_articles(self, ids: list[int]) -> None:
        """Articles came in (import, paste) or changed in the store: show them."""
        if not self.model.loaded:
            return
        self.model.add(s for s in (self.library.summary(i) for i in ids) if s is not None)

    def ensure_loaded_later(self) -> None:
        """Read the library once the event loop is free (after the first paint)."""
        QTimer.singleShot(0, self, self.ensure_loaded)  # not after the panel (and its library) are gone

    def refresh_article(self, article_id: int) -> None:
        """An article changed in the store (text, headline, star): show its row as it is now."""
        if not self.model.loaded or self.model.summary(article_id) is None:
            return
        summary = self.library.summary(article_id)
        if summary is not None:
            self.model.replace(summary)

    def imported(self, outcomes: list[ImportOutcome]) -> None:
        """A batch of imports finished: select what it brought (new or already there), the first in view."""
        ids = [o.article_id for o in outcomes if o.article_id is not None and o.status != FAILED]
        rows = [r for r in (self.model.row_of(i) for i in ids) if r is not None] if self.model.loaded else []
        if not rows:
            return
        selection = self.view.selectionModel()
        selection.clearSelection()
        for row in rows:
            selection.select(self.model.index(row, 0), selection.SelectionFlag.Select | selection.SelectionFlag.Rows)
        self.view.scrollTo(self.model.index(rows[0], 0))

    def set_current(self, article_id: int | None) -> None:
        if self.model.loaded and article_id is not None:
            summary = self.library.summary(article_id)
            if summary is not None:
                self.model.replace(summary)
        self.model.set_current(article_id)

    def set_current_progress(self, progress: float) -> None:
        """The open article was read further (the reader's positionChanged)."""
        current = self.model.current()
        if current is not None:
            self.model.set_progress(current, progress)

    def set_filter(self, text: str) -> None:
        current = self.current_id()
        self.model.set_filter(text)
        if current is not None:
            self.select(current, scroll=False)

    def reload_tags(self) -> None:
        """Tags changed: the rows stay; the tag filter (if any) is re-applied by the research bar."""
        self._update_count()

    def focus_filter(self) -> None:
        self.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_edit.selectAll()

    # -- selection ---------------------------------------------------------------------------
    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        return [self.model.id_at(r) for r in rows]

    def current_id(self) -> int | None:
        index = self.view.currentIndex()
        return int(index.data(ID_ROLE)) if index.isValid() else None

    def select(self, article_id: int, *, scroll: bool = True) -> bool:
        row = self.model.row_of(article_id)
        if row is None:
            return False
        index = self.model.index(row, 0)
        self.view.selectionModel().setCurrentIndex(
            index, self.view.selectionModel().SelectionFlag.ClearAndSelect
            | self.view.selectionModel().SelectionFlag.Rows)
        if scroll:
            self.view.scrollTo(index)
        return True

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.openRequested.emit(int(index.data(ID_ROLE)))

    def open_selected(self) -> None:
        current = self.current_id()
        if current is not None:
            self.openRequested.emit(current)

    # -- editing and deleting -------------------------------------------------------------------
    def details_dialog(self, article_id: int) -> ArticleDetailsDialog | None:
        """A (not yet shown) dialog editing the article; accepting it pushes an undoable edit."""
        summary = self.model.summary(article_id) or self.library.summary(article_id)
        if summary is None:
            return None
        dialog = ArticleDetailsDialog(summary.title, summary.source, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.edit_details(article_id, *dialog.values()))
        return dialog

    def edit_selected(self) -> None:
        current = self.current_id()
        dialog = None if current is None else self.details_dialog(current)
        if dialog is not None:
            dialog.open()

    def edit_details(self, article_id: int, title: str, source: str) -> None:
        summary: ArticleSummary | None = self.library.summary(article_id)
        if summary is None or not title.strip() or (title, source) == (summary.title, summary.source):
            return
        self.undo_stack.push(EditDetails(self.library, self.model, article_id, (summary.title, summary.source),
                                         (title, source), self.articleEdited.emit, self.failed.emit))

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        if len(ids) == 1:
            summary = self.model.summary(ids[0])
            question = self.tr("Delete “%1” from the library?").replace("%1", summary.title if summary else "")
        else:
            question = self.tr("Delete %n articles from the library?", "", len(ids))
        answer = QMessageBox.question(
            self, self.tr("Delete Articles"),
            plain(question + "\n" + self.tr("Highlights and notes go with them. You can undo this with Ctrl+Z.")),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
        if answer == QMessageBox.StandardButton.Yes:
            self.delete(ids)

    def delete(self, ids: list[int]) -> None:
        """Delete without asking (the confirmation is in delete_selected); undoable."""
        row = self.model.row_of(ids[0]) if ids else None
        self.undo_stack.push(DeleteArticles(self.library, self.model, ids, self._deleted, self.failed.emit))
        if row is not None and self.model.rowCount():
            self.select(self.model.id_at(min(row, self.model.rowCount() - 1)))

    def _deleted(self, ids: list[int], deleted: bool) -> None:
        (self.articlesDeleted if deleted else self.articlesRestored).emit(list(ids))

    # -- look ----------------------------------------------------------------------------------
    def _update_count(self) -> None:
        total, shown = self.model.total(), self.model.rowCount()
        loc = QLocale()
        if not self.model.loaded:  # not read yet: no count rather than a wrong "0 articles"
            text = ""
        elif shown == total:
            text = grouped(self.tr("%n article(s)", "", total), total)
        else:
            text = self.tr("%1 of %2 articles").replace("%1", loc.toString(shown)).replace("%2", loc.toString(total))
        self.count_label.setText(text)
        empty = self.model.loaded and total == 0
        self.empty_label.setVisible(empty)
        self.view.setVisible(not empty)

    def _update_actions(self) -> None:
        has = bool(self.view.selectionModel().selectedRows())
        for act in (self.open_action, self.edit_action, self.delete_action):
            act.setEnabled(has)

    def _context_menu(self, pos: QPoint) -> None:
        if not self.view.indexAt(pos).isValid():
            return
        menu = QMenu(self)
        menu.addActions([self.open_action, self.edit_action])
        menu.addSeparator()
        menu.addAction(self.delete_action)
        menu.popup(self.view.viewport().mapToGlobal(pos))
