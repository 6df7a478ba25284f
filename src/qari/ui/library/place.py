"""Where the library dock goes, and the dock itself. Whether it opens at launch is decided before
the first paint, in qari.ui.window_frame (``show_at_launch``: this package is not imported before
it), so that paint keeps the dock's room; the dock and its panel come right after."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDockWidget, QMainWindow, QWidget

def library_area(window: QMainWindow, sidebar: QDockWidget) -> Qt.DockWidgetArea:
    """The side opposite the sidebar (Qt does not mirror dock areas: in an Arabic window the
    sidebar's right area is on the left, so this follows wherever the sidebar really is)."""
    from PySide6.QtCore import Qt  # (after the first paint: qari.ui.early)

    if window.dockWidgetArea(sidebar) == Qt.DockWidgetArea.LeftDockWidgetArea:
        return Qt.DockWidgetArea.RightDockWidgetArea
    return Qt.DockWidgetArea.LeftDockWidgetArea


def library_dock(parent: QWidget | None = None) -> QDockWidget:
    """The library's dock, still empty (:func:`qari.ui.library.dock.build_library` fills it)."""
    from PySide6.QtWidgets import QDockWidget

    dock = QDockWidget(QCoreApplication.translate("MainWindow", "Library"), parent)
    dock.setObjectName("library-dock")
    dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                     | QDockWidget.DockWidgetFeature.DockWidgetClosable)
    return dock
