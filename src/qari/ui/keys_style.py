"""The application style under a right-to-left interface: a menu item's shortcut column is drawn
as a left-to-right isolate (see :mod:`qari.ui.keys`). Its own module: a QProxyStyle and the
style-option types cost ~8 ms to create, and only an Arabic interface needs them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleOption, QStyleOptionMenuItem, QWidget

from qari.ui.keys import LATIN_KEYS, LRI, PDI


class KeysStyle(QProxyStyle):
    """The application's style, with a menu item's shortcut column isolated under RTL."""

    def drawControl(self, element: QStyle.ControlElement, option: QStyleOption, painter: QPainter,
                    widget: QWidget | None = None) -> None:
        if (element == QStyle.ControlElement.CE_MenuItem and isinstance(option, QStyleOptionMenuItem)
                and "\t" in option.text and option.direction == Qt.LayoutDirection.RightToLeft):
            text, _, keys = option.text.partition("\t")
            if not keys.startswith(LRI) and LATIN_KEYS.search(keys):
                option = QStyleOptionMenuItem(option)
                option.text = text + "\t" + LRI + keys + PDI
            del self.drawn[:-200]
            self.drawn.append(option.text)
        super().drawControl(element, option, painter, widget)

    def __init__(self) -> None:
        super().__init__()
        self.drawn: list[str] = []  # the last menu item texts drawn under RTL, as drawn (tests read them)


def install_keys_style(app: QApplication) -> KeysStyle:
    style = getattr(app, "_qari_keys_style", None)
    if style is None:
        style = KeysStyle()
        app.setStyle(style)
        app._qari_keys_style = style  # type: ignore[attr-defined]  # kept alive with the app
    return style
