"""Where the library dock goes and whether it opens at launch: the latter is decided before the
first paint, so that paint keeps the dock's room (qari.ui.window_frame; the dock and its panel come
right after). Nothing here touches the `Qt` namespace before the first paint (qari.ui.early)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDockWidget, QMainWindow, QWidget

    from qari.core.session import Session

ROOM_FOR_THREE_PANES = 1100  # px of screen width: library, article and sidebar side by side


def library_area(window: QMainWindow, sidebar: QDockWidget) -> Qt.DockWidgetArea:
    """The side opposite the sidebar (Qt does not mirror dock areas: in an Arabic window the
    sidebar's right area is on the left, so this follows wherever the sidebar really is)."""
    from PySide6.QtCore import Qt  # (after the first paint: show_at_launch is asked before it, qari.ui.early)

    if window.dockWidgetArea(sidebar) == Qt.DockWidgetArea.LeftDockWidgetArea:
        return Qt.DockWidgetArea.RightDockWidgetArea
    return Qt.DockWidgetArea.LeftDockWidgetArea


def show_at_launch(window: QWidget, session: Session) -> bool:
    """Open the library at launch when there is a choice of articles (a cheap query: it stops at
    the second row) and the screen has room for it beside the article and the sidebar; on a small
    screen the article keeps the room and Ctrl+L brings the library."""
    screen = window.screen()
    wide = screen is None or screen.availableGeometry().width() >= ROOM_FOR_THREE_PANES
    return wide and session.library.count_at_least(2)


def library_dock(parent: QWidget | None = None) -> QDockWidget:
    """The library's dock, still empty (:func:`qari.ui.library.dock.build_library` fills it)."""
    from PySide6.QtWidgets import QDockWidget

    dock = QDockWidget(QCoreApplication.translate("MainWindow", "Library"), parent)
    dock.setObjectName("library-dock")
    dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                     | QDockWidget.DockWidgetFeature.DockWidgetClosable)
    return dock
