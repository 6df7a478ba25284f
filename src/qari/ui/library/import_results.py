"""After an import: what came in, what was already there, what failed and why (a non-modal window)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyle,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from qari.core.importing import CHANGED, EXISTING, FAILED, IMPORTED, UPDATED, ImportOutcome
from qari.ui.library.import_text import status_text, summary_text, translated_reason, warning_text
from qari.ui.library.model import alignment_for, isolate
from qari.ui.plain import plain, plain_label

_ORDER = {FAILED: 0, CHANGED: 1, UPDATED: 2, IMPORTED: 3, EXISTING: 4}
ID_ROLE = Qt.ItemDataRole.UserRole + 1


class ImportResultsDialog(QDialog):
    """One row per file: result, file name, headline (or why it failed). Failures come first."""

    openRequested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("import-results")
        self.setWindowTitle(self.tr("Import Results"))
        self.setModal(False)
        self.resize(760, 420)
        self.summary_label = plain_label(QLabel())
        self.summary_label.setObjectName("import-summary")
        self.summary_label.setWordWrap(True)
        self.failed_only = QCheckBox(self.tr("Show only &failures"))
        self.failed_only.setObjectName("import-failed-only")
        self.failed_only.toggled.connect(self._apply_filter)
        self.tree = QTreeWidget()
        self.tree.setObjectName("import-results-list")
        self.tree.setAccessibleName(self.tr("Files imported"))
        self.tree.setHeaderLabels([self.tr("Result"), self.tr("File"), self.tr("Headline or reason")])
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.tree.header()
        header.setStretchLastSection(True)
        header.resizeSection(0, 150)
        header.resizeSection(1, 220)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        self.tree.itemActivated.connect(self._activated)
        self.tree.currentItemChanged.connect(self._update_buttons)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.open_button = QPushButton(self.tr("&Open Article"))
        self.open_button.setObjectName("import-open")
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.open_button.clicked.connect(lambda: self._activated(self.tree.currentItem()))
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.failed_only)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        self._update_buttons()

    def set_outcomes(self, outcomes: list[ImportOutcome], cancelled: bool = False, total: int = 0) -> None:
        text = summary_text(outcomes, cancelled)
        if cancelled and total:
            text += "\n" + self.tr("%1 of %2 files were done before the cancel; they stay in the library.") \
                .replace("%1", str(len(outcomes))).replace("%2", str(total))
        self.summary_label.setText(text)
        style = self.style()
        icons = {
            IMPORTED: style.standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton),
            EXISTING: style.standardIcon(QStyle.StandardPixmap.SP_FileDialogInfoView),
            FAILED: style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning),
        }
        self.tree.clear()
        items = []
        for o in sorted(outcomes, key=lambda o: _ORDER.get(o.status, 3)):
            detail = translated_reason(o.code, o.reason) if o.status == FAILED else o.title
            warning = warning_text(o)
            if warning:
                detail = f"{detail} — {warning}"
            item = QTreeWidgetItem([status_text(o.status), isolate(Path(o.path).name), isolate(detail)])
            for col, text in ((1, Path(o.path).name), (2, detail)):
                item.setTextAlignment(col, alignment_for(text))
            item.setData(1, ID_ROLE, Path(o.path).name)
            item.setData(2, ID_ROLE, detail)
            item.setIcon(0, icons.get(o.status, icons[FAILED]))
            item.setToolTip(1, plain(o.path))  # a file name or a headline is never rich text
            item.setToolTip(2, plain(detail))
            item.setData(0, ID_ROLE, o.article_id if o.status != FAILED else None)
            item.setData(0, Qt.ItemDataRole.UserRole, o.status)
            items.append(item)
        self.tree.addTopLevelItems(items)
        self.failed_only.setEnabled(any(o.status == FAILED for o in outcomes))
        self._apply_filter()
        self._update_buttons()

    def rows(self) -> list[tuple[str, str, str]]:
        """(status, file name, headline or reason) of every row, as shown."""
        out = []
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            assert item is not None  # (i < topLevelItemCount)
            out.append((str(item.data(0, Qt.ItemDataRole.UserRole)), item.data(1, ID_ROLE), item.data(2, ID_ROLE)))
        return out

    def _apply_filter(self) -> None:
        only = self.failed_only.isChecked() and self.failed_only.isEnabled()
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            assert item is not None  # (i < topLevelItemCount)
            item.setHidden(only and item.data(0, Qt.ItemDataRole.UserRole) != FAILED)

    def _update_buttons(self) -> None:
        item = self.tree.currentItem()
        self.open_button.setEnabled(item is not None and item.data(0, ID_ROLE) is not None)

    def _activated(self, item: QTreeWidgetItem | None) -> None:
        if item is not None and item.data(0, ID_ROLE) is not None:
            self.openRequested.emit(int(item.data(0, ID_ROLE)))
