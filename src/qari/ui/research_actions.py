"""The actions that bring the Search dock (Ctrl+Shift+F) and the People view (Ctrl+Shift+P): made
when the window completes, while the docks' modules are imported when a dock is first made."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction

from qari.ui.actions import new_action


def search_action(parent: QObject, show: Callable[[], object]) -> QAction:
    """Show the Search dock and put the cursor in the query."""
    text = QCoreApplication.translate("SearchPanel", "&Search the Library…")
    return new_action(parent, text, ["Ctrl+Shift+F"], show, "search-library")


def people_action(parent: QObject, show: Callable[[], object]) -> QAction:
    """Show the People dock, focused on the list."""
    text = QCoreApplication.translate("PeopleView", "&People and Quotations")
    return new_action(parent, text, ["Ctrl+Shift+P"], show, "people")
