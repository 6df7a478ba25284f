"""One way to make an action: named (for tests and F1), with its shortcuts, added to its owner."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget


def make_action(
    owner: QWidget,
    text: str,
    keys: Sequence[QKeySequence | QKeySequence.StandardKey | str],
    slot: Callable[..., object],
    name: str,
    context: Qt.ShortcutContext = Qt.ShortcutContext.WindowShortcut,
) -> QAction:
    act = QAction(text, owner)
    act.setObjectName(name)
    act.setShortcuts([QKeySequence(k) for k in keys])
    act.setShortcutContext(context)
    act.triggered.connect(slot)
    owner.addAction(act)
    return act
