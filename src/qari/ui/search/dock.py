"""The search panel in a dock. The window makes its action (Ctrl+Shift+F,
:mod:`qari.ui.research_actions`) when it completes and the dock at the action's first use
(:mod:`qari.ui.lazy`)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow

from qari.core.session import Session

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
