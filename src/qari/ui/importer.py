"""Importing in the GUI: files, folders, drops and pastes; off the UI thread, with progress and cancel.

Threading: the worker thread opens its OWN connection to the library file and runs
``qari.core.importing.import_paths`` — the very code path of ``qari import`` and of the
benchmark — so parsing, hashing and the batched INSERTs all happen off the UI thread.
SQLite serialises the writers (BEGIN IMMEDIATE, a 5 s busy timeout, WAL): the worker's
batches are short transactions, so the UI's own small writes (reading position) wait a few
milliseconds at worst, and the UI keeps reading freely while the worker writes (WAL).
The worker sends outcomes back in chunks once their batch is committed; the UI then
reads the new rows' summaries on its own connection. A cancel stops before the next file;
everything parsed before it is committed and stays.
"""

from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QMimeData, QObject, Qt, QThread, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QToolButton, QWidget

from qari.core.session import Session
from qari.ui.plain import plain

if TYPE_CHECKING:  # the importers and the results window: imported at the first import (start-up waits less)
    from qari.core.importing import ImportOutcome
    from qari.ui.library.import_results import ImportResultsDialog

PROGRESS_THRESHOLD = 50  # files: from here on a progress bar with a Cancel button is shown
BATCH = 25  # articles committed per transaction by the GUI worker


def _tr(text: str) -> str:
    return QCoreApplication.translate("Importer", text)


class ImportWorker(QThread):
    """Imports ``paths`` into the library file at ``db_path`` on its own connection."""

    counted = Signal(int)  # number of files found
    progressed = Signal(list)  # a chunk of ImportOutcome, in order
    crashed = Signal(object)  # the exception that stopped the batch (the store failed, or a bug)

    def __init__(self, db_path: Path, paths: list[Path], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._db_path = db_path
        self._paths = paths
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:
        from qari.core.importers import iter_import_paths
        from qari.core.importing import import_paths
        from qari.core.store.db import Database
        from qari.core.store.library import ASK, Library

        try:
            files = list(iter_import_paths(self._paths))
            self.counted.emit(len(files))
            db = Database.open(self._db_path)
        except Exception as exc:  # the store could not be opened: tell, don't crash the thread
            self.crashed.emit(exc)
            return
        chunk: list[ImportOutcome] = []
        sent = time.monotonic()
        try:
            for outcome in import_paths(Library(db), files, batch=BATCH, cancelled=self._cancel.is_set,
                                        on_changed=ASK):  # a changed file: the UI asks "update / keep both"
                chunk.append(outcome)
                if len(chunk) >= BATCH or time.monotonic() - sent > 0.1:
                    self.progressed.emit(chunk)
                    chunk, sent = [], time.monotonic()
        except Exception as exc:  # what was committed before stays; the UI thread tells the person
            self.crashed.emit(exc)
        finally:
            if chunk:
                self.progressed.emit(chunk)
            db.close()


class ImportController(QObject):
    """Owns the import worker, the status-bar progress, the results dialog, drops and pastes."""

    articlesAdded = Signal(list)  # ids of articles that are new in the library
    openRequested = Signal(int)  # an article the person asked to see (single import, paste, results)
    batchFinished = Signal(list)  # every ImportOutcome of a finished (or cancelled) batch
    statusMessage = Signal(str, int)  # text, milliseconds (0: until the next message)
    failed = Signal(object)  # a bug stopped an import (the window reports it)
    articleChanged = Signal(int)  # an article whose text an import replaced (a changed file, "Update")
    nothingFound = Signal(str, str)  # title, message: a folder (or drop) held no file Qari reads
    progressShown = Signal(QWidget)  # progress_box is about to show: the window puts it in its status bar

    def __init__(self, session: Session, drop_target: QWidget) -> None:
        """``drop_target``: the widget files are dropped on (and the parent of the dialogs)."""
        super().__init__(drop_target)
        self.session = session
        self._parent = drop_target
        self.worker: ImportWorker | None = None
        self._queue: list[list[Path]] = []
        self._outcomes: list[ImportOutcome] = []
        self._total = 0
        self._same_for_rest = False
        self.results_dialog: ImportResultsDialog | None = None

        self.progress_box = QWidget()
        self.progress_box.setObjectName("import-progress")
        row = QHBoxLayout(self.progress_box)
        row.setContentsMargins(0, 0, 0, 0)
        self.progress_label = QLabel()
        self.progress_bar = QProgressBar()
        self.progress_bar.setObjectName("import-progress-bar")
        self.progress_bar.setAccessibleName(_tr("Import progress"))
        self.progress_bar.setMaximumWidth(220)
        self.cancel_button = QToolButton()
        self.cancel_button.setObjectName("import-cancel")
        self.cancel_button.setText(_tr("Cancel"))
        self.cancel_button.setAccessibleName(_tr("Cancel the import"))
        self.cancel_button.clicked.connect(self.cancel)
        for w in (self.progress_label, self.progress_bar, self.cancel_button):
            row.addWidget(w)
        self.progress_box.hide()  # shown on the first big import

        drop_target.setAcceptDrops(True)
        drop_target.installEventFilter(self)

    # -- starting ---------------------------------------------------------------------------
    def running(self) -> bool:
        return self.worker is not None

    def start(self, paths: list[Path]) -> None:
        """Import files and folders; queued behind a running import."""
        paths = [Path(p) for p in paths]
        if not paths:
            return
        if self.worker is not None:
            self._queue.append(paths)
            return
        self._outcomes, self._total = [], 0
        worker = ImportWorker(self.session.db.path, paths, self)
        worker.counted.connect(self._counted)
        worker.progressed.connect(self._progressed)
        worker.crashed.connect(self._crashed)
        worker.finished.connect(self._finished)
        self.worker = worker
        self.statusMessage.emit(_tr("Importing…"), 0)
        worker.start()

    def choose_files(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        from qari.ui.folders import remember, start_folder

        files, _ = QFileDialog.getOpenFileNames(
            self._parent, _tr("Import Articles"), start_folder(self.session.library, "import"),
            _tr("Articles (*.txt *.text *.html *.htm *.xhtml *.md *.markdown);;All files (*)"))
        if files:
            remember(self.session.library, "import", files[0])
        self.start([Path(f) for f in files])

    def choose_folder(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        from qari.ui.folders import remember, start_folder

        folder = QFileDialog.getExistingDirectory(self._parent, _tr("Import a Folder of Articles"),
                                                  start_folder(self.session.library, "import"))
        if folder:
            remember(self.session.library, "import", Path(folder).parent)  # next time: beside it
            self.start([Path(folder)])

    def cancel(self) -> None:
        self._queue.clear()
        if self.worker is not None:
            self.worker.cancel()
            self.progress_label.setText(_tr("Cancelling…"))
            self.cancel_button.setEnabled(False)

    def shutdown(self) -> None:
        """Stop and join the worker (the window is closing)."""
        self.cancel()
        if self.worker is not None:
            self.worker.wait()

    # -- the worker's reports --------------------------------------------------------------------
    def _counted(self, total: int) -> None:
        self._total = total
        if total >= PROGRESS_THRESHOLD:
            self.progress_bar.setRange(0, total)
            self.progress_bar.setValue(0)
            self.cancel_button.setEnabled(True)
            self._show_progress()
            if self.progress_box.parent() is None:  # (not before: a hidden status-bar widget still adds height)
                self.progressShown.emit(self.progress_box)
            self.progress_box.show()

    def _show_progress(self) -> None:
        self.progress_label.setText(
            _tr("Importing %1 of %2…").replace("%1", str(len(self._outcomes))).replace("%2", str(self._total)))

    def _progressed(self, chunk: list[ImportOutcome]) -> None:
        from qari.core.importing import IMPORTED

        self._outcomes.extend(chunk)
        new = [o.article_id for o in chunk if o.status == IMPORTED and o.article_id is not None]
        if new:
            self.articlesAdded.emit(new)
        if self.progress_box.isVisible():
            self.progress_bar.setValue(len(self._outcomes))
            self._show_progress()

    def _crashed(self, error: BaseException) -> None:
        from PySide6.QtWidgets import QMessageBox

        from qari.ui.errors import environment_message, is_environment

        if not is_environment(error):
            self.failed.emit(error)  # a bug: logged and reported once
            return
        QMessageBox.warning(self._parent, _tr("Import stopped"),
                            plain(_tr("The library could not be written: %1\nWhat was imported before stays.")
                                  .replace("%1", environment_message(error))))

    def _finished(self) -> None:
        from qari.core.importing import FAILED
        from qari.ui.library.import_text import summary_text

        worker, self.worker = self.worker, None
        cancelled = worker is not None and worker.cancelled
        if worker is not None:
            worker.deleteLater()
        self.progress_box.hide()
        outcomes = self._resolve_changed(list(self._outcomes))
        self.statusMessage.emit(summary_text(outcomes, cancelled), 8000)
        self.batchFinished.emit(outcomes)
        single = len(outcomes) == 1 and outcomes[0].status != FAILED
        if single and outcomes[0].article_id is not None:
            self.openRequested.emit(outcomes[0].article_id)
        elif outcomes or cancelled:
            self.show_results(outcomes, cancelled)
        else:  # an empty folder is told, not ignored
            message = _tr("Nothing to import: no .txt, .html or .md files were found there.")
            self.statusMessage.emit(message, 8000)
            self.nothingFound.emit(_tr("Nothing to Import"), message)
        if self._queue:
            self.start(self._queue.pop(0))

    # -- a file that came back changed -----------------------------------------------------------
    def _resolve_changed(self, outcomes: list[ImportOutcome]) -> list[ImportOutcome]:
        """Ask "update / keep both" for every file imported before whose text changed; the answer
        can be kept for the rest of the batch."""
        from qari.core.errors import EnvironmentFault
        from qari.core.importing import CHANGED, IMPORTED, UPDATED, resolve_changed
        from qari.core.store.library import KEEP_BOTH, UPDATE

        changed = [o for o in outcomes if o.status == CHANGED]
        choice: str | None = None
        out = []
        for outcome in outcomes:
            if outcome.status != CHANGED:
                out.append(outcome)
                continue
            changed.remove(outcome)
            answer = choice or self.ask_changed(outcome, len(changed))
            if answer is None:  # the reader closed the question: nothing written, listed as it was
                out.append(outcome)
                continue
            if self._same_for_rest:
                choice = answer
            try:
                done = resolve_changed(self.session.library, outcome, UPDATE if answer == UPDATE else KEEP_BOTH)
            except EnvironmentFault as fault:
                self._crashed(fault)
                out.append(outcome)
                continue
            if done.status == UPDATED and done.article_id is not None:
                self.articleChanged.emit(done.article_id)
            elif done.status == IMPORTED and done.article_id is not None:
                self.articlesAdded.emit([done.article_id])
            out.append(done)
        return out

    def ask_changed(self, outcome: ImportOutcome, more: int) -> str | None:
        """The question for one changed file: UPDATE, KEEP_BOTH or None (closed)."""
        from PySide6.QtWidgets import QCheckBox, QMessageBox

        from qari.core.store.library import KEEP_BOTH, UPDATE
        from qari.ui.library.model import isolate  # a file name keeps its own direction inside the sentence

        box = QMessageBox(QMessageBox.Icon.Question, _tr("Article changed"), "", QMessageBox.StandardButton.NoButton,
                          self._parent)
        box.setObjectName("import-changed")
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(_tr("The file %1 was imported before, and its text has changed since.\n\n“%2”\n\nUpdate that "
                        "article (its highlights and notes are moved to the new text), or keep both versions?")
                    .replace("%1", isolate(Path(outcome.path).name)).replace("%2", isolate(outcome.title)))
        update = box.addButton(_tr("&Update"), QMessageBox.ButtonRole.AcceptRole)
        update.setObjectName("import-changed-update")
        both = box.addButton(_tr("&Keep Both"), QMessageBox.ButtonRole.ActionRole)
        both.setObjectName("import-changed-keep-both")
        box.setDefaultButton(update)
        same = None
        if more:
            same = QCheckBox(_tr("Do the same for the other changed files (%1)").replace("%1", str(more)))
            box.setCheckBox(same)
        box.exec()
        self._same_for_rest = same is not None and same.isChecked()
        clicked = box.clickedButton()
        return UPDATE if clicked is update else KEEP_BOTH if clicked is both else None

    def show_results(self, outcomes: list[ImportOutcome], cancelled: bool = False) -> ImportResultsDialog:
        if self.results_dialog is None:
            from qari.ui.library.import_results import ImportResultsDialog

            self.results_dialog = ImportResultsDialog(self._parent)
            self.results_dialog.openRequested.connect(self.openRequested)
        self.results_dialog.set_outcomes(outcomes, cancelled, self._total)
        was_open = self.results_dialog.isVisible()
        self.results_dialog.show()
        if was_open and QGuiApplication.platformName() != "offscreen":
            self.results_dialog.raise_()  # bring an earlier batch's window forward
        return self.results_dialog

    # -- paste and drop ------------------------------------------------------------------------------
    def paste(self) -> None:
        self.import_mime(QGuiApplication.clipboard().mimeData())

    def import_mime(self, mime: QMimeData | None) -> int | None:
        """Text or HTML (a paste, or a selection dragged from a browser) becomes an article."""
        from PySide6.QtWidgets import QMessageBox

        from qari.core.importers import ImportFailed, from_clipboard
        from qari.ui.library.import_text import translated_reason

        text = mime.text() if mime is not None and mime.hasText() else ""
        html = mime.html() if mime is not None and mime.hasHtml() else ""
        try:
            article = from_clipboard(text, html)
        except ImportFailed as exc:
            QMessageBox.warning(self._parent, _tr("Nothing to paste"), plain(translated_reason(exc.code, exc.reason)))
            return None
        result = self.session.library.add(article)
        if result.created:
            self.articlesAdded.emit([result.id])
            self.statusMessage.emit(_tr("Pasted article added to the library."), 6000)
        else:
            self.statusMessage.emit(_tr("That article is already in the library."), 6000)
        self.openRequested.emit(result.id)
        return result.id

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove) and isinstance(event, QDragEnterEvent | QDropEvent):
            if _droppable(event.mimeData()):
                event.acceptProposedAction()
                return True
        elif kind == QEvent.Type.Drop and isinstance(event, QDropEvent):
            mime = event.mimeData()
            files = [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()]
            if files:
                self.start(files)
            elif _droppable(mime):
                self.import_mime(mime)
            event.acceptProposedAction()
            return True
        elif kind == QEvent.Type.Close:
            self.shutdown()
        return False


def _droppable(mime: QMimeData) -> bool:
    return any(u.isLocalFile() for u in mime.urls()) or (not mime.hasUrls() and (mime.hasText() or mime.hasHtml()))
