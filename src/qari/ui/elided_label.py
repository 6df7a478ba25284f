"""A label for values of any length (headlines, sources, authors) in a narrow panel: it wraps to at
most ``max_lines`` lines and ends the last one with "…"; the whole value is its tooltip and its
accessible description. Its size hint never asks for more width than ``hint_width``, so a long
value cannot widen the sidebar."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFontMetrics, QResizeEvent, QTextLayout, QTextOption
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from qari.ui.plain import plain


class ElidedLabel(QLabel):
    def __init__(self, max_lines: int = 1, hint_width: int = 160, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self._max_lines = max_lines
        self._hint_width = hint_width
        self.setTextFormat(Qt.TextFormat.PlainText)  # article text is never rich text
        self.setWordWrap(max_lines > 1)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def full_text(self) -> str:
        return self._full

    def set_full_text(self, text: str) -> None:
        self._full = text
        self._refresh(self.width())

    def clear(self) -> None:
        self.set_full_text("")

    # -- sizing: never wider than hint_width, whatever the value -----------------------------
    def sizeHint(self) -> QSize:
        fm = self.fontMetrics()
        width = min(self._hint_width, fm.horizontalAdvance(self._full) + 2)
        lines = min(self._max_lines, self._lines_at(width)) if self._full else 1
        return QSize(width, lines * fm.lineSpacing())

    def minimumSizeHint(self) -> QSize:
        fm = self.fontMetrics()
        return QSize(fm.averageCharWidth() * 4, fm.lineSpacing())

    def heightForWidth(self, width: int) -> int:
        lines = min(self._max_lines, self._lines_at(width)) if self._full else 1
        return lines * self.fontMetrics().lineSpacing()

    def hasHeightForWidth(self) -> bool:
        return self._max_lines > 1

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._refresh(event.size().width())

    # -- the shown text ----------------------------------------------------------------------
    def _layout(self, width: int) -> QTextLayout:
        layout = QTextLayout(self._full, self.font())
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        option.setTextDirection(self.layoutDirection())
        layout.setTextOption(option)
        layout.beginLayout()
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(max(1, width))
        layout.endLayout()
        return layout

    def _lines_at(self, width: int) -> int:
        return max(1, self._layout(width).lineCount())

    def _shown(self, width: int) -> str:
        fm = QFontMetrics(self.font())
        if width <= 0:
            return self._full
        if self._max_lines <= 1:
            return fm.elidedText(self._full, Qt.TextElideMode.ElideRight, width)
        layout = self._layout(width)
        if layout.lineCount() <= self._max_lines:
            return self._full
        last = layout.lineAt(self._max_lines - 1)
        head = self._full[: last.textStart()].rstrip()
        tail = fm.elidedText(self._full[last.textStart():].replace("\n", " "), Qt.TextElideMode.ElideRight,
                             width - fm.averageCharWidth())
        return head + "\n" + tail  # a hard break: the label wraps exactly where the layout did

    def _refresh(self, width: int) -> None:
        shown = self._shown(width)
        if shown != self.text():
            self.setText(shown)
        elided = shown != self._full
        self.setToolTip(plain(self._full) if elided else "")  # a tooltip guesses rich text: never for article text
        self.setAccessibleDescription(self._full)
