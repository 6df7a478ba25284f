"""The search panel in a dock. The window makes its action (Ctrl+Shift+F,
:mod:`qari.ui.research_actions`) when it completes and the dock at the action's first use
(:mod:`qari.ui.lazy`)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDockWidget

from qari.core.session import Session
from qari.ui.dock_room import open_wide

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
        open_wide(self.dock, 440)  # room for its columns, if the article keeps a readable width
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
