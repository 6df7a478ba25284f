"""The search panel in a dock, and the action that brings it (Ctrl+Shift+F). The window makes the
action when it completes and the dock at the action's first use (:mod:`qari.ui.lazy`)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QMainWindow

from qari.core.session import Session
from qari.ui.actions import new_action

if TYPE_CHECKING:
    from qari.ui.search.panel import SearchPanel


def _tr(text: str) -> str:
    return QCoreApplication.translate("SearchPanel", text)


@dataclass
class SearchUi:
    dock: QDockWidget
    panel: SearchPanel

    def show(self) -> SearchPanel:
        """The dock shown, the cursor in its query; returns the panel."""
        self.dock.show()
        self.dock.raise_()
        window = self.dock.parentWidget()
        if isinstance(window, QMainWindow) and self.dock.width() < 440:  # room for its columns
            window.resizeDocks([self.dock], [440], Qt.Orientation.Horizontal)
        self.panel.focus_query()
        return self.panel


def search_action(parent: QObject, show: Callable[[], object]) -> QAction:
    """Show the dock and put the cursor in the query."""
    return new_action(parent, _tr("&Search the Library…"), ["Ctrl+Shift+F"], show, "search-library")


def build_search(session: Session) -> SearchUi:
    from qari.ui.search.panel import SearchPanel

    panel = SearchPanel(session.library, session.tags, session.saved_searches)
    dock = QDockWidget(_tr("Search"))
    dock.setObjectName("search-dock")
    dock.setWidget(panel)
    dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                     | QDockWidget.DockWidgetFeature.DockWidgetClosable)
    dock.hide()
    return SearchUi(dock, panel)
