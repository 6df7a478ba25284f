"""The People view in a dock, its action (Ctrl+Shift+P) and the background analysis behind it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QMainWindow

from qari.core.session import Session
from qari.ui.actions import new_action
from qari.ui.people.jobs import PeopleJobs
from qari.ui.people.view import PeopleView

if TYPE_CHECKING:
    from qari.ui.extraction import ExtractionController


def _tr(text: str) -> str:
    return QCoreApplication.translate("PeopleView", text)


@dataclass
class PeopleUi:
    dock: QDockWidget
    view: PeopleView
    jobs: PeopleJobs
    action: QAction  # show the dock, focused on the list

    def show(self, *, refresh: bool = True) -> None:
        self.view.ensure_loaded()
        if refresh and self.view.people.dirty():  # articles were read or changed since: rebuilt off the UI thread
            self.jobs.start()
        self.dock.show()
        self.dock.raise_()
        window = self.dock.parentWidget()
        if isinstance(window, QMainWindow) and self.dock.width() < 560:  # room for its columns
            window.resizeDocks([self.dock], [560], Qt.Orientation.Horizontal)
        self.view.table.setFocus()

    def start_after(self, controller: ExtractionController) -> None:
        """Read the library once the open article's own analysis is done: the two share one tagger,
        and the sidebar's comes first."""
        if not controller.is_busy():
            self.jobs.start()
            return

        def go(*_args: object) -> None:
            controller.ready.disconnect(go)
            controller.failed.disconnect(go)
            self.jobs.start()

        controller.ready.connect(go)
        controller.failed.connect(go)

    def analysed(self) -> None:
        """The background analysis finished: show the fresh entries if the view is open."""
        if self.view.loaded:
            self.view.reload()


def build_people(session: Session) -> PeopleUi:
    view = PeopleView(session.people)
    dock = QDockWidget(_tr("People"))
    dock.setObjectName("people-dock")
    dock.setWidget(view)
    dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                     | QDockWidget.DockWidgetFeature.DockWidgetClosable)
    jobs = PeopleJobs(session.db.path, dock)
    action = new_action(dock, _tr("&People and Quotations"), ["Ctrl+Shift+P"], lambda: ui.show(), "people")
    ui = PeopleUi(dock, view, jobs, action)
    dock.visibilityChanged.connect(lambda shown: view.ensure_loaded() if shown else None)
    dock.hide()
    return ui
