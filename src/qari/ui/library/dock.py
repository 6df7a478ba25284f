"""Builds the library's part of the window: the dock with the library panel, the importer and
their actions. The window docks it, places the actions and wires the signals in its one block.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QDockWidget, QVBoxLayout, QWidget

from qari.core.session import Session
from qari.ui.actions import new_action
from qari.ui.importer import ImportController
from qari.ui.library.panel import LibraryPanel
from qari.ui.library.place import ROOM_FOR_THREE_PANES, library_area, library_dock, show_at_launch
from qari.ui.library.research import ResearchBar

__all__ = ["ROOM_FOR_THREE_PANES", "LibraryUi", "build_library", "library_area", "library_dock", "show_at_launch"]


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


def build_library(session: Session, undo_stack: QUndoStack, drop_target: QWidget,
                  dock: QDockWidget | None = None) -> LibraryUi:
    """The panel in ``dock`` (the window's, placed before the first paint; else a new one, not yet
    docked), the importer (files dropped on ``drop_target``), the actions."""
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
    if dock is None:
        dock = library_dock()
    dock.setWidget(box)
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
