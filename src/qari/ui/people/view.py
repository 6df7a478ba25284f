"""The People view: persons, organisations and places across the library, and what each said.

The list (name, type, articles, mentions, quotations, statements) is read from the people table
in one query; choosing an entry shows its quotations and statements grouped by article (headline,
source, date) and every article that names it. Activating a quotation asks the window to open
the passage; merge, split and export act on the chosen entries. The view never writes the
library except through :class:`qari.core.store.people.People`.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from qari.core.store.people import People
from qari.ui.library.model import isolate
from qari.ui.plain import plain
from qari.ui.sample import shown_source

_Index = QModelIndex | QPersistentModelIndex
TYPE_LABELS = (
    ("", QT_TRANSLATE_NOOP("PeopleView", "Everyone")),
    ("PER", QT_TRANSLATE_NOOP("PeopleView", "People")),
    ("ORG", QT_TRANSLATE_NOOP("PeopleView", "Organisations")),
    ("LOC", QT_TRANSLATE_NOOP("PeopleView", "Places")),
    ("MISC", QT_TRANSLATE_NOOP("PeopleView", "Other")),
)
ID_ROLE = Qt.ItemDataRole.UserRole


class PeopleModel(QAbstractTableModel):
    HEADERS = (QT_TRANSLATE_NOOP("PeopleView", "Name"), QT_TRANSLATE_NOOP("PeopleView", "Type"),
               QT_TRANSLATE_NOOP("PeopleView", "Articles"), QT_TRANSLATE_NOOP("PeopleView", "Mentions"),
               QT_TRANSLATE_NOOP("PeopleView", "Quotes"), QT_TRANSLATE_NOOP("PeopleView", "Statements"))

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._all: list[tuple] = []
        self._rows: list[tuple] = []
        self._filter = ""

    def load(self, rows: list[tuple]) -> None:
        self.beginResetModel()
        self._all = rows
        self._rows = self._filtered()
        self.endResetModel()

    def set_filter(self, text: str) -> None:
        from qari.core.arabic import fold_text

        self.beginResetModel()
        self._filter = fold_text(text)
        self._rows = self._filtered()
        self.endResetModel()

    def _filtered(self) -> list[tuple]:
        if not self._filter:
            return self._all
        from qari.core.arabic import fold_text

        return [r for r in self._all if self._filter in fold_text(r[1])]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            header = str(self.HEADERS[section])
            return QCoreApplication.translate("PeopleView", header)
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == ID_ROLE:
            return row[0]
        if role == Qt.ItemDataRole.DisplayRole:
            col = index.column()
            if col == 1:
                label = str(dict(TYPE_LABELS).get(row[2], row[2]))
                return QCoreApplication.translate("PeopleView", label)
            return row[1] if col == 0 else row[col + 1]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() >= 2:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def id_at(self, row: int) -> int:
        return int(self._rows[row][0])

    def row_of(self, person_id: int) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r[0] == person_id), None)


class PeopleView(QWidget):
    passageRequested = Signal(int, int, int)  # article id, start, end
    articleRequested = Signal(int)  # article id
    changed = Signal()  # a merge or split

    def __init__(self, people: People, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("people-view")
        self.people = people
        self.loaded = False
        self.type_combo = QComboBox()
        self.type_combo.setObjectName("people-type")
        self.type_combo.setAccessibleName(self.tr("Show"))
        for code, type_label in TYPE_LABELS:
            label = str(type_label)
            self.type_combo.addItem(QCoreApplication.translate("PeopleView", label), code)
        self.type_combo.activated.connect(lambda _i: self.reload())
        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("people-filter")
        self.filter_edit.setPlaceholderText(self.tr("Filter names…"))
        self.filter_edit.setAccessibleName(self.tr("Filter names"))
        self.filter_edit.setClearButtonEnabled(True)
        self.model = PeopleModel(self)
        self.filter_edit.textChanged.connect(self.model.set_filter)
        self.table = QTableView()
        self.table.setObjectName("people-table")
        self.table.setAccessibleName(self.tr("Names across the library"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        metrics = header.fontMetrics()
        for col in range(1, 6):  # fixed widths: fitting to contents would read every one of 10,000s of rows
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            header_text = str(PeopleModel.HEADERS[col])
            name = QCoreApplication.translate("PeopleView", header_text)
            sample = "Organisations" if col == 1 else "00000"
            header.resizeSection(col, max(metrics.horizontalAdvance(name), metrics.horizontalAdvance(sample)) + 16)
        self.table.selectionModel().currentRowChanged.connect(lambda cur, _p: self._show(cur.row()))
        self.detail = QTreeWidget()
        self.detail.setObjectName("people-detail")
        self.detail.setAccessibleName(self.tr("What they said, by article"))
        self.detail.setHeaderHidden(True)
        self.detail.setWordWrap(True)
        self.detail.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.detail.setUniformRowHeights(False)
        self.detail.setLayoutDirection(Qt.LayoutDirection.RightToLeft)  # headlines and quotations are Arabic
        self.detail.itemActivated.connect(self._activated)  # Enter or a double-click
        self.detail.itemClicked.connect(self._activated)  # a click opens the passage too
        self.title = QLabel()
        self.title.setObjectName("people-title")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)
        self.title.setStyleSheet("font-weight: bold")
        self.status = QLabel()
        self.status.setObjectName("people-status")
        self.status.setTextFormat(Qt.TextFormat.PlainText)  # it quotes file names
        self.merge_button = self._button(self.tr("Merge"), self.tr("Make the selected entries one"),
                                         self.merge_selected)
        self.split_button = self._button(self.tr("Split…"),
                                         self.tr("Take one of its names out into an entry of its own"),
                                         self.split_current)
        self.export_button = self._button(self.tr("Export…"), self.tr("Export the quotations with citations"),
                                          self.export_current)
        top = QHBoxLayout()
        top.addWidget(self.type_combo)
        top.addWidget(self.filter_edit, 1)
        actions = QHBoxLayout()
        for b in (self.merge_button, self.split_button, self.export_button):
            actions.addWidget(b)
        actions.addStretch(1)
        lower = QWidget()
        lower_box = QVBoxLayout(lower)
        lower_box.setContentsMargins(0, 0, 0, 0)
        lower_box.addWidget(self.title)
        lower_box.addWidget(self.detail, 1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(lower)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        box = QVBoxLayout(self)
        box.setContentsMargins(4, 4, 4, 4)
        box.addLayout(top)
        box.addWidget(split, 1)
        box.addLayout(actions)
        box.addWidget(self.status)

    def _button(self, text: str, tip: str, slot: Any) -> QToolButton:
        b = QToolButton()
        b.setText(text)
        b.setToolTip(tip)
        b.setAccessibleName(tip)
        b.clicked.connect(slot)
        return b

    # -- loading ------------------------------------------------------------------------------
    def ensure_loaded(self) -> None:
        if not self.loaded:
            self.reload()

    def reload(self) -> None:
        """Read the entries (the people table as last rebuilt; one query)."""
        current = self.current_id()
        rows = [tuple(r) for r in self.people.summary(self.type_combo.currentData() or None)]
        self.model.load(rows)
        self.loaded = True
        row = self.model.row_of(current) if current is not None else None
        if row is not None:
            self.table.selectRow(row)
        elif self.model.rowCount():
            self.table.selectRow(0)
        else:
            self.title.setText(self.tr("No names yet: the library's articles are still being read.")
                               if self.people.dirty() else self.tr("No names in the library."))
            self.detail.clear()

    def show_progress(self, done: int, total: int) -> None:
        self.status.setText(self.tr("Reading the library: %1 of %2 articles").replace("%1", str(done))
                            .replace("%2", str(total)) if done < total else "")

    # -- the chosen entry -----------------------------------------------------------------------
    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        return int(index.data(ID_ROLE)) if index.isValid() else None

    def selected_ids(self) -> list[int]:
        return [self.model.id_at(i.row()) for i in self.table.selectionModel().selectedRows()]

    def select(self, person_id: int) -> bool:
        row = self.model.row_of(person_id)
        if row is None:
            return False
        index = self.model.index(row, 0)
        sel = self.table.selectionModel()
        sel.setCurrentIndex(index, sel.SelectionFlag.ClearAndSelect | sel.SelectionFlag.Rows)
        self.table.scrollTo(index)
        return True

    def _show(self, row: int) -> None:
        self.detail.clear()
        if row < 0 or row >= self.model.rowCount():
            self.title.clear()
            return
        person = self.people.get(self.model.id_at(row))
        if person is None:
            return
        others = [a for a in person.aliases if a != person.name][:6]
        self.title.setText(person.name + (f" ({'، '.join(others)})" if others else ""))
        quotes = self.people.quotes(person_ids=[person.id])
        by_article: dict[int, list] = {}
        for q in quotes:
            by_article.setdefault(q.article_id, []).append(q)
        rows = {r["id"]: r for r in self.people.db.conn.execute(
            f"SELECT id, title, source, added FROM articles WHERE deleted IS NULL AND id IN "
            f"({','.join('?' * len(person.articles))})", person.articles)} if person.articles else {}
        order = [a for a in by_article] + [a for a in person.articles if a not in by_article]
        for aid in order:
            r = rows.get(aid)
            if r is None:
                continue
            meta = " · ".join(isolate(x) for x in (shown_source(r["source"]), r["added"][:10]) if x)
            head = QTreeWidgetItem([f"{isolate(r['title'])} — {meta}"])
            head.setData(0, ID_ROLE, (aid, None, None))
            self.detail.addTopLevelItem(head)
            for q in by_article.get(aid, []):
                label = f"«{q.text}»" if q.kind == "direct" else self.tr("(reported) %1").replace("%1", q.text)
                item = QTreeWidgetItem([label])
                item.setToolTip(0, plain(q.text))  # an article's words are never rich text
                item.setData(0, ID_ROLE, (aid, q.start, q.end))
                head.addChild(item)
            head.setExpanded(True)

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        aid, start, end = item.data(0, ID_ROLE)
        if start is None:
            self.articleRequested.emit(aid)
        else:
            self.passageRequested.emit(aid, start, end)

    # -- the reader's choices -------------------------------------------------------------------
    def merge_selected(self) -> None:
        ids = self.selected_ids()
        if len(ids) < 2:
            self.status.setText(self.tr("Select two entries or more (Ctrl+click) to merge them."))
            return
        current = self.current_id()
        self.merge(ids, current if current in ids else ids[0])

    def merge(self, ids: list[int], into: int) -> None:
        """Make ``ids`` one entry, under ``into``'s name (a rule kept across rebuilds)."""
        target = self.people.get(into)
        name = target.name if target else ""
        for pid in ids:
            if pid != into:
                self.people.merge(pid, into)
        self.reload()
        found = self.people.find(name)
        if found:
            self.select(found[0])
        self.changed.emit()

    def split_current(self) -> None:
        pid = self.current_id()
        person = None if pid is None else self.people.get(pid)
        if person is None or len(person.forms) < 2:
            self.status.setText(self.tr("This entry has only one name: nothing to split."))
            return
        names = [f.split(":", 1)[1] for f in person.forms]
        name, ok = QInputDialog.getItem(self, self.tr("Split"), self.tr("Take this name out:"), names, 0, False)
        if ok and pid is not None:
            self.split(pid, person.forms[names.index(name)])

    def split(self, person_id: int, form: str) -> None:
        self.people.split(person_id, form)
        self.reload()
        self.changed.emit()

    def export_current(self) -> None:
        pid = self.current_id()
        if pid is None:
            return
        path, _chosen = QFileDialog.getSaveFileName(
            self, self.tr("Export Quotations"), "", self.tr("Markdown (*.md);;CSV (*.csv);;JSON (*.json)"))
        if path:
            self.export_to(pid, path)

    def export_to(self, person_id: int, path: str) -> bool:
        from pathlib import Path

        from qari.core.people.export import export_quotes

        person = self.people.get(person_id)
        if person is None:
            return False
        fmt = {".csv": "csv", ".json": "json"}.get(Path(path).suffix.lower(), "md")
        try:
            Path(path).write_text(export_quotes(self.people.quotes(person_ids=[person_id]), fmt, name=person.name),
                                  encoding="utf-8")
        except OSError as exc:
            self.status.setText(self.tr("Could not write %1: %2").replace("%1", path).replace("%2", exc.strerror or ""))
            return False
        self.status.setText(self.tr("Exported to %1").replace("%1", path))
        return True
