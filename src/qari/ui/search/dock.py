"""The search panel in a dock, and the action that brings it (Ctrl+Shift+F)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QMainWindow

from qari.core.session import Session
from qari.ui.actions import new_action
from qari.ui.search.panel import SearchPanel


def _tr(text: str) -> str:
    return QCoreApplication.translate("SearchPanel", text)


@dataclass
class SearchUi:
    dock: QDockWidget
    panel: SearchPanel
    action: QAction  # show the dock and put the cursor in the query

    def show(self) -> None:
        self.dock.show()
        self.dock.raise_()
        window = self.dock.parentWidget()
        if isinstance(window, QMainWindow) and self.dock.width() < 440:  # room for its columns
            window.resizeDocks([self.dock], [440], Qt.Orientation.Horizontal)
        self.panel.focus_query()


def build_search(session: Session) -> SearchUi:
    panel = SearchPanel(session.library, session.tags, session.saved_searches)
    dock = QDockWidget(_tr("Search"))
    dock.setObjectName("search-dock")
    dock.setWidget(panel)
    dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                     | QDockWidget.DockWidgetFeature.DockWidgetClosable)
    action = new_action(dock, _tr("&Search the Library…"), ["Ctrl+Shift+F"], lambda: ui.show(), "search-library")
    ui = SearchUi(dock, panel, action)
    dock.hide()
    return ui
