"""Edit → Edit Article Text…: change an article's words; annotations are re-anchored by the core.

The dialog only edits text: the caller reads :meth:`text` on ``accepted`` and calls
``Library.set_text`` (through an undo command), so tests drive the dialog object.
"""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from qari.ui.plain import plain_editor


class EditTextDialog(QDialog):
    def __init__(self, text: str, parent: QWidget | None = None, *, font_family: str = "Amiri") -> None:
        super().__init__(parent)
        self.setObjectName("edit-text-dialog")
        self.setWindowTitle(self.tr("Edit Article Text"))
        layout = QVBoxLayout(self)
        hint = QLabel(self.tr("One paragraph a line; the first line is the headline. "
                              "Highlights and bookmarks follow their words; any that cannot be "
                              "found again are listed under Notes as orphaned."))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.editor = plain_editor(parent=self)  # each paragraph on its script's side
        self.editor.setObjectName("edit-text")
        self.editor.setAccessibleName(self.tr("Article text"))
        font = QFont(font_family)
        font.setPointSizeF(15)
        self.editor.setFont(font)
        self.editor.setPlainText(text)
        layout.addWidget(self.editor)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._original = text
        self.resize(760, 560)

    def text(self) -> str:
        return self.editor.toPlainText()

    def changed(self) -> bool:
        return self.text() != self._original
