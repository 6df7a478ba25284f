"""Highlight colours: the names the core stores, the colours the reader paints, and a swatch row."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QToolButton, QWidget

from qari.core.store.annotations import COLOR_NAMES, color_hex

_SWATCH = {  # stronger tones for the buttons themselves
    "yellow": "#eab308", "green": "#22c55e", "blue": "#3b82f6", "pink": "#ec4899",
    "purple": "#8b5cf6", "orange": "#f97316", "red": "#ef4444", "gray": "#9ca3af",
}
BOOKMARK_COLOR = "#d97706"


def color_names() -> tuple[str, ...]:
    """The colours a highlight can have, in the core's order."""
    return COLOR_NAMES


def highlight_color(name: str, *, dark: bool = False) -> QColor:
    return QColor(color_hex(name, dark))


def swatch_color(name: str) -> QColor:
    return QColor(_SWATCH.get(name) or color_hex(name))


def color_label(name: str) -> str:
    labels = {
        "yellow": QCoreApplication.translate("Palette", "Yellow"),
        "green": QCoreApplication.translate("Palette", "Green"),
        "blue": QCoreApplication.translate("Palette", "Blue"),
        "pink": QCoreApplication.translate("Palette", "Pink"),
        "purple": QCoreApplication.translate("Palette", "Purple"),
        "orange": QCoreApplication.translate("Palette", "Orange"),
        "red": QCoreApplication.translate("Palette", "Red"),
        "gray": QCoreApplication.translate("Palette", "Gray"),
    }
    return labels.get(name, name)


def swatch_icon(name: str, size: int = 16) -> QIcon:
    pix = QPixmap(size, size)
    pix.fill(QColor(0, 0, 0, 0))
    p = QPainter(pix)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setPen(swatch_color(name).darker(130))
    p.setBrush(swatch_color(name))
    p.drawEllipse(1, 1, size - 2, size - 2)
    p.end()
    return QIcon(pix)


class ColorRow(QWidget):
    """A row of round swatch buttons; ``colorChosen(name)`` when one is pressed.

    With ``checkable`` the row works as a radio group and :meth:`current` is the choice.
    """

    colorChosen = Signal(str)

    def __init__(self, parent: QWidget | None = None, *, checkable: bool = False, size: int = 18) -> None:
        super().__init__(parent)
        self.setObjectName("color-row")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.buttons: dict[str, QToolButton] = {}
        for name in color_names():
            b = QToolButton(self)
            b.setObjectName(f"swatch-{name}")
            b.setIcon(swatch_icon(name, size))
            b.setIconSize(QSize(size, size))
            b.setAutoRaise(True)
            b.setCheckable(checkable)
            b.setAutoExclusive(checkable)
            label = color_label(name)
            b.setToolTip(label)
            b.setAccessibleName(label)
            b.clicked.connect(lambda _c=False, n=name: self.colorChosen.emit(n))
            layout.addWidget(b)
            self.buttons[name] = b

    def set_current(self, name: str) -> None:
        if name in self.buttons:
            self.buttons[name].setChecked(True)

    def current(self) -> str:
        for name, b in self.buttons.items():
            if b.isChecked():
                return name
        return next(iter(self.buttons), "yellow")
