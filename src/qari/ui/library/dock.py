"""Builds the library's part of the window: the dock with the library panel, the importer and
their actions. The window docks it, places the actions and wires the signals in its one block.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QDockWidget, QMainWindow, QVBoxLayout, QWidget

from qari.core.session import Session
from qari.ui.actions import new_action
from qari.ui.importer import ImportController
from qari.ui.library.panel import LibraryPanel
from qari.ui.library.research import ResearchBar


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)  # the context these strings always had


@dataclass
class LibraryUi:
    dock: QDockWidget
    panel: LibraryPanel
    importer: ImportController
    import_files_action: QAction
    import_folder_action: QAction
    paste_action: QAction
    toggle_action: QAction
    research: ResearchBar

    @property
    def file_actions(self) -> list[QAction]:
        return [self.import_files_action, self.import_folder_action, self.paste_action]


def library_area(window: QMainWindow, sidebar: QDockWidget) -> Qt.DockWidgetArea:
    """The side opposite the sidebar (Qt does not mirror dock areas: in an Arabic window the
    sidebar's right area is on the left, so this follows wherever the sidebar really is)."""
    if window.dockWidgetArea(sidebar) == Qt.DockWidgetArea.LeftDockWidgetArea:
        return Qt.DockWidgetArea.RightDockWidgetArea
    return Qt.DockWidgetArea.LeftDockWidgetArea


ROOM_FOR_THREE_PANES = 1100  # px of screen width: library, article and sidebar side by side


def show_at_launch(window: QWidget, session: Session) -> bool:
    """Open the library at launch when there is a choice of articles (a cheap query: it stops at
    the second row) and the screen has room for it beside the article and the sidebar; on a small
    screen the article keeps the room and Ctrl+L brings the library."""
    screen = window.screen()
    wide = screen is None or screen.availableGeometry().width() >= ROOM_FOR_THREE_PANES
    return wide and session.library.count_at_least(2)


def build_library(session: Session, undo_stack: QUndoStack, drop_target: QWidget) -> LibraryUi:
    """The panel in a dock (not yet docked), the importer (files dropped on ``drop_target``), the actions."""
    panel = LibraryPanel(session.library, undo_stack)
    research = ResearchBar(session.tags, session.saved_searches, undo_stack, panel.selected_ids)
    research.tagFilterChanged.connect(panel.model.set_only)
    research.tagsChanged.connect(panel.reload_tags)
    box = QWidget()
    box.setObjectName("library-box")
    column = QVBoxLayout(box)
    column.setContentsMargins(4, 4, 4, 0)
    column.setSpacing(0)
    column.addWidget(research)
    column.addWidget(panel, 1)
    dock = QDockWidget(_tr("Library"))
    dock.setObjectName("library-dock")
    dock.setWidget(box)
    dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                     | QDockWidget.DockWidgetFeature.DockWidgetClosable)
    importer = ImportController(session, drop_target)
    import_files = new_action(dock, _tr("&Import Files…"), [QKeySequence.StandardKey.Open], importer.choose_files,
                              "import-files")
    import_folder = new_action(dock, _tr("Import &Folder…"), ["Ctrl+Shift+O"], importer.choose_folder,
                               "import-folder")
    paste = new_action(dock, _tr("&Paste as New Article"), ["Ctrl+Shift+V"], importer.paste, "paste-article")
    toggle = dock.toggleViewAction()
    toggle.setText(_tr("Show &Library"))
    toggle.setObjectName("toggle-library")
    toggle.setShortcut(QKeySequence("Ctrl+L"))

    def visible(shown: bool) -> None:
        if shown:
            panel.ensure_loaded()

    def toggled(checked: bool) -> None:
        if checked:
            panel.focus_filter()

    dock.visibilityChanged.connect(visible)
    toggle.triggered.connect(toggled)
    return LibraryUi(dock, panel, importer, import_files, import_folder, paste, toggle, research)
