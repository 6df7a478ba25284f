"""The People view in a dock and the background analysis behind it. The window makes its action
(Ctrl+Shift+P, :mod:`qari.ui.research_actions`) when it completes, the analysis when it starts
(after the window is complete) and the dock at the action's first use (:mod:`qari.ui.lazy`)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QDockWidget

from qari.core.session import Session
from qari.ui.dock_room import open_wide

if TYPE_CHECKING:
    from qari.ui.extraction import ExtractionController
    from qari.ui.people.jobs import PeopleJobs
    from qari.ui.people.view import PeopleView


def _tr(text: str) -> str:
    return QCoreApplication.translate("PeopleView", text)


@dataclass
class PeopleUi:
    dock: QDockWidget
    view: PeopleView
    jobs: PeopleJobs

    def show(self, *, refresh: bool = True) -> None:
        self.view.ensure_loaded()
        if refresh and self.view.people.dirty():  # articles were read or changed since: rebuilt off the UI thread
            self.jobs.start()
        self.dock.show()
        self.dock.raise_()
        open_wide(self.dock, 560)  # room for its columns, if the article keeps a readable width
        self.view.table.setFocus()

    def analysed(self) -> None:
        """The background analysis finished: show the fresh entries if the view is open."""
        if self.view.loaded:
            self.view.reload()


def start_after(jobs: PeopleJobs, controller: ExtractionController) -> None:
    """Read the library once the open article's own analysis is done: the two share one tagger,
    and the sidebar's comes first."""
    if not controller.is_busy():
        jobs.start()
        return

    def go(*_args: object) -> None:
        controller.ready.disconnect(go)
        controller.failed.disconnect(go)
        jobs.start()

    controller.ready.connect(go)
    controller.failed.connect(go)


def people_jobs(session: Session, parent: QObject) -> PeopleJobs:
    from qari.ui.people.jobs import PeopleJobs

    return PeopleJobs(session.db.path, parent)


def build_people(session: Session, jobs: PeopleJobs) -> PeopleUi:
    from qari.ui.people.view import PeopleView

    view = PeopleView(session.people)
    dock = QDockWidget(_tr("People"))
    dock.setObjectName("people-dock")
    dock.setWidget(view)
    dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                     | QDockWidget.DockWidgetFeature.DockWidgetClosable)
    ui = PeopleUi(dock, view, jobs)
    dock.visibilityChanged.connect(lambda shown: view.ensure_loaded() if shown else None)
    dock.hide()
    return ui
