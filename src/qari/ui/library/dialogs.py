"""Dialogs of the library panel: editing an article's headline and source."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QWidget

from qari.ui.library.model import is_rtl_text


def _follow_text_direction(edit: QLineEdit) -> None:
    """Arabic text reads from the right even in an English window, Latin from the left."""

    def update(text: str) -> None:
        if text:
            rtl = is_rtl_text(text)
            edit.setLayoutDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
        else:
            edit.unsetLayoutDirection()

    edit.textChanged.connect(update)
    update(edit.text())


class ArticleDetailsDialog(QDialog):
    """Headline and source of one article. Read ``values()`` after ``accepted``."""

    def __init__(self, title: str, source: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("article-details-dialog")
        self.setWindowTitle(self.tr("Article Details"))
        self.setMinimumWidth(520)
        form = QFormLayout(self)
        self.title_edit = QLineEdit(title)
        self.title_edit.setObjectName("details-title")
        self.title_edit.setAccessibleName(self.tr("Headline"))
        self.source_edit = QLineEdit(source)
        self.source_edit.setObjectName("details-source")
        self.source_edit.setAccessibleName(self.tr("Source"))
        self.source_edit.setPlaceholderText(self.tr("Where the article comes from (a site, a paper, a link)"))
        for edit in (self.title_edit, self.source_edit):
            _follow_text_direction(edit)
        form.addRow(self.tr("&Headline:"), self.title_edit)
        form.addRow(self.tr("&Source:"), self.source_edit)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.title_edit.textChanged.connect(self._validate)
        self._validate()

    def _validate(self) -> None:
        ok = bool(self.title_edit.text().strip())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def values(self) -> tuple[str, str]:
        return " ".join(self.title_edit.text().split()), self.source_edit.text().strip()
