"""The "Keyboard Shortcuts" action (F1); the list itself (:mod:`qari.ui.help`) is imported when it
is first shown, so completing the window does not make the Python types of its table and dialog."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu


def install_help(window: QMainWindow, help_menu: QMenu) -> QAction:
    """Add "Keyboard Shortcuts" (F1) to the Help menu; returns the action."""
    act = QAction(QCoreApplication.translate("Shortcuts", "&Keyboard Shortcuts"), window)
    act.setObjectName("shortcuts-help")
    keys = [QKeySequence(QKeySequence.StandardKey.HelpContents), QKeySequence("F1")]
    act.setShortcuts(list({k.toString(): k for k in keys if not k.isEmpty()}.values()))
    act.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    window.addAction(act)

    def show() -> None:
        from qari.ui.help import ShortcutsDialog

        dialog = ShortcutsDialog(window)  # a child of the window: Qt keeps it until it is closed
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()

    act.triggered.connect(show)
    first = help_menu.actions()[0] if help_menu.actions() else None
    if first is None:
        help_menu.addAction(act)
    else:
        help_menu.insertAction(first, act)
    return act
