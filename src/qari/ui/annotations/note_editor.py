"""The note editor: a highlight's note, tags and colour (or a bookmark's note).

Opened with ``open()`` (never ``exec()``): the caller connects ``accepted`` and
reads :meth:`values`; tests drive the dialog object directly.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from qari.ui.annotations.palette import ColorRow
from qari.ui.plain import plain_editor, plain_label


def parse_tags(text: str) -> tuple[str, ...]:
    """"a, b ،c" -> ("a", "b", "c"): commas (Latin or Arabic) separate tags; duplicates dropped."""
    seen: list[str] = []
    for part in text.replace("،", ",").split(","):
        tag = " ".join(part.split())
        if tag and tag not in seen:
            seen.append(tag)
    return tuple(seen)


def format_tags(tags: Iterable[str]) -> str:
    return ", ".join(tags)


class NoteEditor(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        *,
        quote: str,
        note: str = "",
        tags: Sequence[str] = (),
        color: str | None = None,
        known_tags: Sequence[str] = (),
    ) -> None:
        super().__init__(parent)
        self.setObjectName("note-editor")
        self.setWindowTitle(self.tr("Note") if color is not None else self.tr("Bookmark Note"))
        self.setModal(False)
        form = QFormLayout(self)
        self.quote_label = plain_label(QLabel())  # set before the text: an article's words are never rich text
        self.quote_label.setText(quote if len(quote) <= 400 else quote[:400] + "…")
        self.quote_label.setObjectName("note-quote")
        self.quote_label.setWordWrap(True)
        self.quote_label.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self.quote_label.setAlignment(Qt.AlignmentFlag.AlignLeading)
        if quote:
            form.addRow(self.quote_label)
        self.note_edit = plain_editor(note)  # an Arabic note starts at the right
        self.note_edit.setObjectName("note-text")
        self.note_edit.setAccessibleName(self.tr("Note"))
        self.note_edit.setTabChangesFocus(True)
        form.addRow(self.tr("&Note:"), self.note_edit)
        self.tags_edit = QLineEdit(format_tags(tags))
        self.tags_edit.setObjectName("note-tags")
        self.tags_edit.setAccessibleName(self.tr("Tags"))
        self.tags_edit.setPlaceholderText(self.tr("comma-separated"))
        if known_tags:
            completer = QCompleter(list(known_tags), self.tags_edit)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            self.tags_edit.setCompleter(completer)
        self.color_row = ColorRow(self, checkable=True)
        self.color_row.setAccessibleName(self.tr("Colour"))
        if color is not None:
            form.addRow(self.tr("&Tags:"), self.tags_edit)
            self.color_row.set_current(color)
            form.addRow(self.tr("Colour:"), self.color_row)
        else:
            self.tags_edit.hide()
            self.color_row.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self._has_color = color is not None
        self.note_edit.setFocus()
        self.resize(460, 300)

    def values(self) -> dict[str, object]:
        """What the person entered: ``note`` and, for a highlight, ``tags`` and ``color``."""
        out: dict[str, object] = {"note": self.note_edit.toPlainText().strip()}
        if self._has_color:
            out["tags"] = parse_tags(self.tags_edit.text())
            out["color"] = self.color_row.current()
        return out
