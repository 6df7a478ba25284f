"""Every article's extraction in the background, then the people rebuilt.

The work runs on its own thread with its own connection to the library file (SQLite in WAL mode
lets the reader's connection go on reading and writing meanwhile); results are cached by
extractor version, so a run only does the articles that are new or changed. Progress and the
end are signals, delivered on the UI thread.
"""

from __future__ import annotations

import threading
import time
from pathlib import Path

from PySide6.QtCore import QObject, Signal


class PeopleJobs(QObject):
    progress = Signal(int, int)  # done, total
    finished = Signal()  # the people tables are current
    failed = Signal(str)

    def __init__(self, db_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db_path = db_path
        self._thread: threading.Thread | None = None
        self._stop = threading.Event()
        self.pause_s = 0.01  # between two articles: the reader's thread gets the interpreter back

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self) -> None:
        if self.running:
            return
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, name="qari-people", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)

    def _run(self) -> None:
        from qari.core.store.db import Database
        from qari.core.store.library import Library
        from qari.core.store.people import People, extract_missing

        try:
            db = Database.open(self.db_path)
        except Exception as exc:  # the environment (locked, gone): say so, never crash the reader
            self.failed.emit(str(exc))
            return
        try:
            def told(done: int, total: int) -> None:
                self.progress.emit(done, total)
                time.sleep(self.pause_s)

            extract_missing(Library(db), progress=told, cancelled=self._stop.is_set)
            if not self._stop.is_set():
                People(db).ensure_current()
                self.finished.emit()
        except Exception as exc:
            self.failed.emit(str(exc))
        finally:
            db.close()
