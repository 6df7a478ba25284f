"""How wide a research dock (Search, People) opens: as wide as its columns want, but never so wide
that the article beside it drops below a readable measure. On a 1,100 px window with the sidebar
open, the People view's 560 px left the reader 190 px: two words a line."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow

READER_MIN = 480  # px: about nine words of Arabic at the default size
DOCK_MIN = 280  # px: below this a research dock is of no use; the reader gives way first
_SIDES = (Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea)
_SEPARATOR = 6  # px, each dock's splitter handle (a little more than the styles' 4-5)


def dock_width(window: QMainWindow, dock: QDockWidget, wanted: int) -> int:
    """The width to give ``dock`` when it opens: ``wanted``, less whatever would take the reader
    below :data:`READER_MIN` beside the other docks open on the sides; at least :data:`DOCK_MIN`."""
    stacked = set(window.tabifiedDockWidgets(dock))  # its tab group: they share its width
    others = sum(d.width() + _SEPARATOR for d in window.findChildren(QDockWidget)
                 if d is not dock and d not in stacked and d.isVisible() and not d.isFloating()
                 and window.dockWidgetArea(d) in _SIDES)
    room = window.width() - others - _SEPARATOR - READER_MIN
    return max(DOCK_MIN, min(wanted, room))


def open_wide(dock: QDockWidget, wanted: int) -> None:
    """Widen ``dock`` (just shown) towards ``wanted``; a dock the person made wider stays so."""
    window = dock.parentWidget()
    if not isinstance(window, QMainWindow) or dock.isFloating():
        return
    width = dock_width(window, dock, wanted)
    if dock.width() < width:
        window.resizeDocks([dock], [width], Qt.Orientation.Horizontal)
