"""One way to make an action: named (for tests and F1), with its shortcuts.

Components make their actions with :func:`new_action` (owned by the component) and list them;
the main window adds them to itself (so their shortcuts work) and to its menus.
:func:`make_action` also adds the action to a widget that owns it (a panel's own actions).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

Keys = Sequence[QKeySequence | QKeySequence.StandardKey | str]


def new_action(
    parent: QObject,
    text: str,
    keys: Keys,
    slot: Callable[..., object],
    name: str,
    *,
    checkable: bool = False,
    context: Qt.ShortcutContext = Qt.ShortcutContext.WindowShortcut,
) -> QAction:
    act = QAction(text, parent)
    act.setObjectName(name)
    sequences = [QKeySequence(k) for k in keys]
    act.setShortcuts(list({k.toString(): k for k in sequences if not k.isEmpty()}.values()))
    act.setShortcutContext(context)
    act.setCheckable(checkable)
    if checkable:
        act.triggered.connect(slot)
    else:  # triggered(bool) would hand its `checked` (False) to a slot's first optional argument
        act.triggered.connect(lambda _checked=False: slot())
    return act


def make_action(
    owner: QWidget,
    text: str,
    keys: Keys,
    slot: Callable[..., object],
    name: str,
    context: Qt.ShortcutContext = Qt.ShortcutContext.WindowShortcut,
) -> QAction:
    act = new_action(owner, text, keys, slot, name, context=context)
    owner.addAction(act)
    return act
