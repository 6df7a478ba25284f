"""Shortcut text in a right-to-left interface.

A key combination is a left-to-right run ("Ctrl+Shift+D"); set bare in an Arabic line, the bidi
algorithm reorders its neutral "+" and "=" and the menu shows "D+Shift+Ctrl" or "=+Ctrl". Under a
right-to-left interface each combination is wrapped in a left-to-right isolate (U+2066 … U+2069):
it reads intact, and the list of combinations runs right to left, separated by the Arabic comma.
:class:`qari.ui.keys_style.KeysStyle` does the same for the shortcut column Qt draws in menus.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

LRI, PDI = "\u2066", "\u2069"
LATIN_KEYS = re.compile(r"[A-Za-z0-9+=,.\-]")  # Latin in a shortcut text (qari.ui.keys_style uses it too)


def is_rtl() -> bool:
    return QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft


def isolate(keys: str) -> str:
    """One key combination as it must be shown in the current interface direction (a name in
    Arabic only, such as «السهم لأعلى», is left as it is: it reads right to left on its own)."""
    if not keys or not is_rtl() or keys.startswith(LRI) or not LATIN_KEYS.search(keys):
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
