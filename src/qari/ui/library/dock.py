"""Builds the library's part of the window: the dock with the library panel, the importer and
their actions. The window docks it, places the actions and wires the signals in its one block.

The importer and the actions are made when the window completes (a drop on the window, Ctrl+O
work from then on); the panel and its search/tag row when the dock is first shown, which is at
completion when the library opens at launch (``LibraryUi.view``, a :class:`qari.ui.lazy.LazyPart`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QDockWidget, QVBoxLayout, QWidget

from qari.core.session import Session
from qari.ui.actions import new_action
from qari.ui.importer import ImportController
from qari.ui.lazy import LazyPart
from qari.ui.library.place import library_area, library_dock
from qari.ui.window_frame import ROOM_FOR_THREE_PANES, show_at_launch  # (asked before the first paint)

if TYPE_CHECKING:
    from qari.ui.library.panel import LibraryPanel
    from qari.ui.library.research import ResearchBar

__all__ = ["ROOM_FOR_THREE_PANES", "LibraryUi", "LibraryView", "build_library", "library_area", "library_dock",
           "show_at_launch"]


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)  # the context these strings always had


@dataclass
class LibraryView:
    """What the library dock shows: the list and, above it, the search and tag row."""

    panel: LibraryPanel
    research: ResearchBar


@dataclass
class LibraryUi:
    dock: QDockWidget
    importer: ImportController
    import_files_action: QAction
    import_folder_action: QAction
    paste_action: QAction
    toggle_action: QAction
    view: LazyPart  # LibraryView, made when the dock is first shown (or asked for)

    @property
    def file_actions(self) -> list[QAction]:
        return [self.import_files_action, self.import_folder_action, self.paste_action]

    @property
    def panel(self) -> LibraryPanel:
        return self._view().panel

    @property
    def research(self) -> ResearchBar:
        return self._view().research

    def _view(self) -> LibraryView:
        view = self.view.get()
        assert isinstance(view, LibraryView)
        return view


def build_library_view(session: Session, undo_stack: QUndoStack, dock: QDockWidget) -> LibraryView:
    """The panel and its search/tag row, put in ``dock``."""
    from qari.ui.library.panel import LibraryPanel
    from qari.ui.library.research import ResearchBar

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
    dock.setWidget(box)
    return LibraryView(panel, research)


def build_library(session: Session, undo_stack: QUndoStack, drop_target: QWidget,
                  dock: QDockWidget | None = None) -> LibraryUi:
    """The importer (files dropped on ``drop_target``), the actions, and the panel in ``dock``
    (the window's, placed before the first paint; else a new one, not yet docked) made at its
    first showing: the window wires ``view.made``."""
    if dock is None:
        dock = library_dock()
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
    shown_dock = dock
    view = LazyPart(lambda: build_library_view(session, undo_stack, shown_dock), dock)

    def visible(shown: bool) -> None:
        if shown:
            view.get().panel.ensure_loaded()

    def toggled(checked: bool) -> None:
        if checked:
            view.get().panel.focus_filter()

    dock.visibilityChanged.connect(visible)
    toggle.triggered.connect(toggled)
    return LibraryUi(dock, importer, import_files, import_folder, paste, toggle, view)
