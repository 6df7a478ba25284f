"""Search across the library: the query, its filters, ranked results with marked snippets, saved searches.

The panel asks the library (``Library.search``) and shows what it says; it emits
``openRequested(article_id, hits, query)`` when the reader chooses a result, and the window
opens the article with every hit marked (find-in-article's marking; F3 steps through them).
"""

from __future__ import annotations

import html
from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale, QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from qari.core.store.library import Library
from qari.core.store.tags import SavedSearches, Tags
from qari.ui.library.model import isolate
from qari.ui.sample import shown_source

LIMIT = 50
PERIODS = ((0, QT_TRANSLATE_NOOP("SearchPanel", "Any time")), (7, QT_TRANSLATE_NOOP("SearchPanel", "Last 7 days")),
           (30, QT_TRANSLATE_NOOP("SearchPanel", "Last 30 days")), (365, QT_TRANSLATE_NOOP("SearchPanel", "Last year")))
_MARK = "<span style='background-color:#ffe066;color:#000'>"


def marked_snippet(snippet: str, start: int, matches: list[tuple[int, int]]) -> str:
    """The snippet as escaped rich text with every hit inside it marked."""
    out, pos = [], 0
    for a, b in matches:
        a, b = a - start, b - start
        if a < pos or b > len(snippet):
            continue
        out += [html.escape(snippet[pos:a]), _MARK, html.escape(snippet[a:b]), "</span>"]
        pos = b
    out.append(html.escape(snippet[pos:]))
    return "…" + "".join(out) + "…"


class SearchPanel(QWidget):
    openRequested = Signal(int, list, str)  # article id, hits [(start, end)], the query
    savedChanged = Signal()  # a search was saved or deleted (the library panel lists them)

    def __init__(self, library: Library, tags: Tags, saved: SavedSearches, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("search-panel")
        self.library, self.tags, self.saved = library, tags, saved
        self.results: list = []
        self.query_edit = QLineEdit()
        self.query_edit.setObjectName("search-query")
        self.query_edit.setAccessibleName(self.tr("Search every article"))
        self.query_edit.setPlaceholderText(self.tr("Search every article…  \"…\" for a phrase"))
        self.query_edit.setClearButtonEnabled(True)
        self.query_edit.returnPressed.connect(self.run)
        self.exact_box = QCheckBox(self.tr("Exact"))
        self.exact_box.setObjectName("search-exact")
        self.exact_box.setToolTip(self.tr("Match words as written: diacritics aside, no letter folding, no prefixes"))
        self.notes_box = QCheckBox(self.tr("Notes"))
        self.notes_box.setObjectName("search-notes")
        self.notes_box.setToolTip(self.tr("Also search your notes, tags and highlights"))
        self.starred_box = QCheckBox(self.tr("Starred"))
        self.starred_box.setObjectName("search-starred")
        self.source_combo = QComboBox()
        self.source_combo.setObjectName("search-source")
        self.source_combo.setAccessibleName(self.tr("Source"))
        self.tag_combo = QComboBox()
        self.tag_combo.setObjectName("search-tag")
        self.tag_combo.setAccessibleName(self.tr("Tag"))
        self.period_combo = QComboBox()
        self.period_combo.setObjectName("search-period")
        self.period_combo.setAccessibleName(self.tr("Date added"))
        for days, period in PERIODS:
            label = str(period)
            self.period_combo.addItem(QCoreApplication.translate("SearchPanel", label), days)
        for w in (self.exact_box, self.notes_box, self.starred_box):
            w.toggled.connect(self._rerun)
        for c in (self.source_combo, self.tag_combo, self.period_combo):
            c.activated.connect(self._rerun)
        self.save_button = QToolButton()
        self.save_button.setObjectName("search-save")
        self.save_button.setText(self.tr("Save…"))
        self.save_button.setToolTip(self.tr("Save this search under a name"))
        self.save_button.clicked.connect(self.save_current)
        self.count_label = QLabel()
        self.count_label.setObjectName("search-count")
        self.list = QListWidget()
        self.list.setObjectName("search-results")
        self.list.setAccessibleName(self.tr("Search results"))
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.itemActivated.connect(self._activated)

        top = QHBoxLayout()
        top.addWidget(self.query_edit, 1)
        top.addWidget(self.save_button)
        options = QHBoxLayout()
        for w in (self.exact_box, self.notes_box, self.starred_box):
            options.addWidget(w)
        options.addStretch(1)
        filters = QHBoxLayout()
        for combo in (self.source_combo, self.tag_combo, self.period_combo):
            filters.addWidget(combo, 1)
        box = QVBoxLayout(self)
        box.setContentsMargins(4, 4, 4, 4)
        box.addLayout(top)
        box.addLayout(options)
        box.addLayout(filters)
        box.addWidget(self.count_label)
        box.addWidget(self.list, 1)
        self.refresh_filters()

    # -- filters ----------------------------------------------------------------------------------
    def refresh_filters(self) -> None:
        """Sources and tags as the library has them now."""
        src, tag = self.source_combo.currentData(), self.tag_combo.currentData()
        self.source_combo.clear()
        self.source_combo.addItem(self.tr("All sources"), None)
        sources = [r[0] for r in self.library.db.conn.execute(
            "SELECT DISTINCT source FROM articles WHERE deleted IS NULL AND source != '' ORDER BY source")]
        for s in sources:
            self.source_combo.addItem(shown_source(s), s)
        self.tag_combo.clear()
        self.tag_combo.addItem(self.tr("All tags"), None)
        for name, _n in self.tags.all():
            self.tag_combo.addItem(name, name)
        for combo, value in ((self.source_combo, src), (self.tag_combo, tag)):
            i = combo.findData(value)
            combo.setCurrentIndex(max(0, i))

    def options(self) -> dict[str, object]:
        opts: dict[str, object] = {"exact": self.exact_box.isChecked(), "notes": self.notes_box.isChecked()}
        if self.source_combo.currentData():
            opts["source"] = self.source_combo.currentData()
        if self.tag_combo.currentData():
            opts["tags"] = [self.tag_combo.currentData()]
        if self.starred_box.isChecked():
            opts["starred"] = True
        days = int(self.period_combo.currentData() or 0)
        if days:
            opts["period_days"] = days  # "the last N days", counted from when the search runs
        return opts

    def set_options(self, opts: dict[str, object]) -> None:
        widgets = (self.exact_box, self.notes_box, self.starred_box)
        for w in widgets:
            w.blockSignals(True)
        self.exact_box.setChecked(bool(opts.get("exact")))
        self.notes_box.setChecked(bool(opts.get("notes")))
        self.starred_box.setChecked(bool(opts.get("starred")))
        for w in widgets:
            w.blockSignals(False)
        self.source_combo.setCurrentIndex(max(0, self.source_combo.findData(opts.get("source"))))
        tags = opts.get("tags")
        first = tags[0] if isinstance(tags, list) and tags else None
        self.tag_combo.setCurrentIndex(max(0, self.tag_combo.findData(first)))
        days = opts.get("period_days")
        self.period_combo.setCurrentIndex(max(0, self.period_combo.findData(days if isinstance(days, int) else 0)))

    # -- searching ----------------------------------------------------------------------------------
    def focus_query(self) -> None:
        self.query_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.query_edit.selectAll()

    def search(self, query: str) -> None:
        """Run ``query`` with the filters as set (the library panel's search field, a saved search)."""
        self.query_edit.setText(query)
        self.run()

    def run_saved(self, name: str) -> None:
        s = self.saved.get(name)
        if s is None:
            return
        self.refresh_filters()
        self.set_options(s.options)
        self.search(s.query)

    def _rerun(self, *_args: object) -> None:
        if self.query_edit.text().strip():
            self.run()

    def run(self) -> None:
        from qari.core.search.index import search_options

        query = self.query_edit.text()
        self.list.clear()
        if not query.strip():
            self.results = []
            self.count_label.clear()
            return
        found = self.library.search(query, limit=LIMIT, **search_options(self.options()))
        self.results = found.results
        loc = QLocale()
        self.count_label.setText(self.tr("%n article(s)", "", found.total).replace(str(found.total),
                                                                                     loc.toString(found.total)))
        for r in found.results:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, r.article_id)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{r.title} — {r.source}")
            self.list.addItem(item)
            label = QLabel(self._rich(r))
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setWordWrap(True)
            label.setObjectName("search-result")
            label.setContentsMargins(4, 3, 4, 3)
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            item.setSizeHint(label.sizeHint())
            self.list.setItemWidget(item, label)
        self._fit_rows()
        if found.results:
            self.list.setCurrentRow(0)

    def _rich(self, r) -> str:  # r: qari.core.search.index.Result
        date = QLocale().toString(QDate(datetime.fromisoformat(r.added).date()), QLocale.FormatType.ShortFormat) \
            if r.added else ""
        meta = " · ".join(html.escape(isolate(x)) for x in (shown_source(r.source), date) if x)  # no bidi mix-up
        star = "★ " if r.starred else ""
        note = " · " + html.escape(self.tr("in your notes")) if r.in_notes else ""
        return (f"<b>{star}{html.escape(r.title)}</b><br><small>{meta}{note}</small><br>"
                f"{marked_snippet(r.snippet, r.snippet_start, r.matches)}")

    def _activated(self, item: QListWidgetItem) -> None:
        self.open_row(self.list.row(item))

    def open_row(self, row: int) -> None:
        if 0 <= row < len(self.results):
            r = self.results[row]
            self.openRequested.emit(r.article_id, list(r.matches), self.query_edit.text())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_rows()

    def _fit_rows(self) -> None:
        """Word-wrapped rows take the height the list's width needs."""
        w = max(100, self.list.viewport().width() - 8)
        for i in range(self.list.count()):
            item = self.list.item(i)
            label = self.list.itemWidget(item)
            if label is not None:
                item.setSizeHint(QSize(w, label.heightForWidth(w)))

    # -- saving ---------------------------------------------------------------------------------------
    def save_current(self) -> None:
        query = self.query_edit.text().strip()
        if not query:
            return
        name, ok = QInputDialog.getText(self, self.tr("Save Search"), self.tr("Name:"), text=query)
        if ok and name.strip():
            self.save_as(name, query)

    def save_as(self, name: str, query: str) -> None:
        self.saved.save(name, query, self.options())
        self.savedChanged.emit()
