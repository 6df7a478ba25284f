"""Shortcut text in a right-to-left interface.

A key combination is a left-to-right run ("Ctrl+Shift+D"); set bare in an Arabic line, the bidi
algorithm reorders its neutral "+" and "=" and the menu shows "D+Shift+Ctrl" or "=+Ctrl". Under a
right-to-left interface each combination is wrapped in a left-to-right isolate (U+2066 … U+2069):
it reads intact, and the list of combinations runs right to left, separated by the Arabic comma.
:class:`KeysStyle` does the same for the shortcut column Qt draws in menus.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QPainter
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleOption, QStyleOptionMenuItem, QWidget

LRI, PDI = "\u2066", "\u2069"
_LATIN = re.compile(r"[A-Za-z0-9+=,.\-]")


def is_rtl() -> bool:
    return QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft


def isolate(keys: str) -> str:
    """One key combination as it must be shown in the current interface direction (a name in
    Arabic only, such as «السهم لأعلى», is left as it is: it reads right to left on its own)."""
    if not keys or not is_rtl() or keys.startswith(LRI) or not _LATIN.search(keys):
        return keys
    return LRI + keys + PDI


def shown_keys(parts: Iterable[str]) -> str:
    """Several key combinations ("Ctrl+=", "Ctrl++") as one text: each isolated under RTL."""
    items = [p.strip() for p in parts if p.strip()]
    if not is_rtl():
        return ", ".join(items)
    return "، ".join(isolate(p) for p in items)


def shown_sequences(seqs: Iterable[QKeySequence]) -> str:
    native = QKeySequence.SequenceFormat.NativeText
    return shown_keys(dict.fromkeys(s.toString(native) for s in seqs if not s.isEmpty()))


class KeysStyle(QProxyStyle):
    """The application's style, with a menu item's shortcut column isolated under RTL."""

    def drawControl(self, element: QStyle.ControlElement, option: QStyleOption, painter: QPainter,
                    widget: QWidget | None = None) -> None:
        if (element == QStyle.ControlElement.CE_MenuItem and isinstance(option, QStyleOptionMenuItem)
                and "\t" in option.text and option.direction == Qt.LayoutDirection.RightToLeft):
            text, _, keys = option.text.partition("\t")
            if not keys.startswith(LRI) and _LATIN.search(keys):
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
