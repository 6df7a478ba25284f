"""The library-wide notes view (View → All Notes…, Ctrl+Shift+N).

Every highlight, note and bookmark in the library, filtered by text (folded:
diacritics, hamza forms and case ignored), tag and colour. Activating a row emits
``openRequested(article_id, offset)``; the window opens the article there.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from qari.core.store.annotations import BOOKMARK, AnnotationHit, Annotations
from qari.ui.annotations.palette import color_label, color_names, swatch_icon
from qari.ui.plain import plain, plain_label, shown_tags, tag_label
from qari.ui.sidebar.notes import bookmark_icon

ID_ROLE = Qt.ItemDataRole.UserRole


class AllNotesDialog(QDialog):
    openRequested = Signal(int, int)  # article id, offset

    def __init__(self, store: Annotations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("all-notes")
        self.setWindowTitle(self.tr("All Notes"))
        self.setModal(False)
        self._store = store
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.text_filter = QLineEdit(self)
        self.text_filter.setObjectName("all-notes-filter")
        self.text_filter.setAccessibleName(self.tr("Filter notes"))
        self.text_filter.setPlaceholderText(self.tr("Filter by words in the highlight or note"))
        self.text_filter.setClearButtonEnabled(True)
        self.text_filter.textChanged.connect(self.refresh)
        row.addWidget(self.text_filter, 3)
        self.tag_filter = QComboBox(self)
        self.tag_filter.setObjectName("all-notes-tag")
        self.tag_filter.setAccessibleName(self.tr("Tag"))
        self.tag_filter.currentIndexChanged.connect(self.refresh)
        row.addWidget(self.tag_filter, 1)
        self.color_filter = QComboBox(self)
        self.color_filter.setObjectName("all-notes-color")
        self.color_filter.setAccessibleName(self.tr("Colour"))
        self.color_filter.addItem(self.tr("All colours"), None)
        for name in color_names():
            self.color_filter.addItem(swatch_icon(name), color_label(name), name)
        self.color_filter.currentIndexChanged.connect(self.refresh)
        row.addWidget(self.color_filter, 1)
        layout.addLayout(row)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("all-notes-list")
        self.tree.setAccessibleName(self.tr("Notes"))
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setHeaderLabels([self.tr("Highlight"), self.tr("Note"), self.tr("Tags"), self.tr("Article")])
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.itemActivated.connect(self._activate)
        self.tree.itemDoubleClicked.connect(self._activate)
        layout.addWidget(self.tree)
        self.count_label = plain_label(QLabel(self))
        self.count_label.setObjectName("all-notes-count")
        layout.addWidget(self.count_label)
        self.resize(900, 520)
        self._fill_tags()

    def _fill_tags(self) -> None:
        current = self.tag_filter.currentData()
        self.tag_filter.blockSignals(True)
        self.tag_filter.clear()
        self.tag_filter.addItem(self.tr("All tags"), None)
        for tag in self._store.all_tags():
            self.tag_filter.addItem(tag_label(tag), tag)
        index = self.tag_filter.findData(current) if current is not None else 0
        self.tag_filter.setCurrentIndex(max(0, index))
        self.tag_filter.blockSignals(False)

    def hits(self) -> list[AnnotationHit]:
        return self._store.search(
            text=self.text_filter.text().strip() or None,
            tag=self.tag_filter.currentData(),
            color=self.color_filter.currentData(),
        )

    def refresh(self) -> None:
        """Re-run the search (also called whenever any annotation changes)."""
        if self.sender() is not self.tag_filter:
            self._fill_tags()
        self.tree.clear()
        hits = self.hits()
        for hit in hits:
            a = hit.annotation
            quote = a.exact if a.kind != BOOKMARK else self.tr("Bookmark") + " — " + a.suffix
            quote = " ".join(quote.split())
            if a.orphaned:
                quote = self.tr("[orphaned]") + " " + quote
            item = QTreeWidgetItem([quote[:200], " ".join(a.note.split())[:200],
                                    shown_tags(a.tags), hit.title])
            item.setIcon(0, bookmark_icon() if a.kind == BOOKMARK else swatch_icon(a.color, 14))
            item.setData(0, ID_ROLE, (a.article_id, a.start, a.uuid))
            item.setToolTip(0, plain(a.exact or a.suffix))
            item.setToolTip(1, plain(a.note))
            self.tree.addTopLevelItem(item)
        self.count_label.setText(self.tr("%n annotation(s)", "", len(hits)))

    def _activate(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        article_id, offset, _uuid = item.data(0, ID_ROLE)
        self.openRequested.emit(int(article_id), int(offset))
