"""Builds the library's part of the main window: the dock, the importer and their actions.

MainWindow calls :func:`build_library` once and wires the signals in ``_connect_signals``.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QDockWidget, QMainWindow

from qari.core.session import Session
from qari.ui.actions import make_action
from qari.ui.importer import ImportController
from qari.ui.library.panel import LibraryPanel


@dataclass
class LibraryUi:
    dock: QDockWidget
    panel: LibraryPanel
    importer: ImportController
    import_files_action: QAction
    import_folder_action: QAction
    paste_action: QAction
    toggle_action: QAction

    @property
    def file_actions(self) -> list[QAction]:
        return [self.import_files_action, self.import_folder_action, self.paste_action]


def library_area(window: QMainWindow) -> Qt.DockWidgetArea:
    """The side opposite the sidebar (Qt does not mirror dock areas: in an Arabic window the
    sidebar's right area is on the left, so this follows wherever the sidebar really is)."""
    sidebar = getattr(window, "sidebar", None)
    if isinstance(sidebar, QDockWidget) and window.dockWidgetArea(sidebar) == Qt.DockWidgetArea.LeftDockWidgetArea:
        return Qt.DockWidgetArea.RightDockWidgetArea
    return Qt.DockWidgetArea.LeftDockWidgetArea


ROOM_FOR_THREE_PANES = 1100  # px of screen width: library, article and sidebar side by side


def show_at_launch(window: QMainWindow, session: Session) -> bool:
    """Open the library at launch when there is a choice of articles (a cheap query: it stops at
    the second row) and the screen has room for it beside the article and the sidebar; on a small
    screen the article keeps the room and Ctrl+L brings the library."""
    screen = window.screen()
    wide = screen is None or screen.availableGeometry().width() >= ROOM_FOR_THREE_PANES
    return wide and session.library.count_at_least(2)


def _action(window: QMainWindow, text: str, keys: list, slot: object, name: str) -> QAction:
    return make_action(window, text, keys, slot, name)


def build_library(window: QMainWindow, session: Session, undo_stack: QUndoStack) -> LibraryUi:
    panel = LibraryPanel(session.library, undo_stack)
    dock = QDockWidget(window.tr("Library"), window)
    dock.setObjectName("library-dock")
    dock.setWidget(panel)
    dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                     | QDockWidget.DockWidgetFeature.DockWidgetClosable)
    window.addDockWidget(library_area(window), dock)
    dock.setVisible(show_at_launch(window, session))

    importer = ImportController(session, window)
    import_files = _action(window, window.tr("&Import Files…"), [QKeySequence.StandardKey.Open],
                           importer.choose_files, "import-files")
    import_folder = _action(window, window.tr("Import &Folder…"), ["Ctrl+Shift+O"], importer.choose_folder,
                            "import-folder")
    paste = _action(window, window.tr("&Paste as New Article"), ["Ctrl+Shift+V"], importer.paste, "paste-article")
    toggle = dock.toggleViewAction()
    toggle.setText(window.tr("Show &Library"))
    toggle.setObjectName("toggle-library")
    toggle.setShortcut(QKeySequence("Ctrl+L"))
    window.addAction(toggle)

    def visible(shown: bool) -> None:
        if shown:
            panel.ensure_loaded()

    def toggled(checked: bool) -> None:
        if checked:
            panel.focus_filter()

    dock.visibilityChanged.connect(visible)
    toggle.triggered.connect(toggled)
    # The list is read after the first paint, so a big library does not delay the window.
    first_paint = getattr(window, "reader", None)
    if first_paint is not None and hasattr(first_paint, "firstPaint"):
        first_paint.firstPaint.connect(lambda: QTimer.singleShot(0, panel.ensure_loaded))
    return LibraryUi(dock, panel, importer, import_files, import_folder, paste, toggle)
