"""One road for errors in the GUI: :class:`ErrorReporter` and its ``report_error`` slot.

- An error of the environment (:class:`~qari.core.errors.EnvironmentFault`: disk full, library
  locked, read-only, no permission) gets a clear message in the interface's language
  (:func:`qari.ui.faults.fault_message`); the action that met it changed nothing.
- Anything else is a bug: it is written to the log (``qari.log`` in the data folder, with its
  traceback) and shown once — one dialog per kind of bug and place — saying where the log is. No
  traceback is ever shown.

The window's components report through ``failed(exception)`` signals wired to
``MainWindow.report_error``; :func:`install_excepthook` sends every exception that escapes a slot
(and any worker thread's) to the same slot.
"""

from __future__ import annotations

import os
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from qari.core.errors import EnvironmentFault
from qari.ui.plain import plain


def _tr(text: str) -> str:
    return QCoreApplication.translate("Errors", text)


def environment_message(error: BaseException) -> str:
    """What to tell a person about an environment error, in the interface's language."""
    from qari.ui.faults import fault_message  # the messages, by kind (issue 10's table)

    if isinstance(error, EnvironmentFault):
        return fault_message(error)
    return str(getattr(error, "message", "") or error)


def is_environment(error: BaseException) -> bool:
    return isinstance(error, EnvironmentFault)  # (qari.core.store.db.StoreError is the same class)


class ErrorReporter(QObject):
    """Tells the person about an error: the environment's in a message, a bug once with the log's path."""

    _from_thread = Signal(object)  # exceptions of worker threads, brought to the UI thread

    def __init__(self, data_dir: Path | None, dialog_parent: QWidget | None = None) -> None:
        """``data_dir``: where the bug log goes (opened at the first bug: start-up does not pay for it)."""
        super().__init__(dialog_parent)
        self._data_dir = data_dir
        self._log_path: Path | None = None
        self._dialog_parent = dialog_parent
        self._seen: set[tuple[str, str]] = set()
        self.bug_dialog: QMessageBox | None = None
        self.bugs_reported = 0
        self._warning_open = False  # an environment warning is on screen (see report_error)
        self._from_thread.connect(self.report_error, Qt.ConnectionType.QueuedConnection)

    def report_error(self, error: BaseException) -> None:
        """The one slot every error reaches."""
        if is_environment(error):
            # One warning at a time: while it is open its event loop runs on, and a library another
            # program keeps locked fails every write (the reading place's every 150 ms) after its
            # 5 s wait, each one opening another warning over the last (measured: nested boxes).
            if self._warning_open:
                return
            self._warning_open = True
            try:
                QMessageBox.warning(self._dialog_parent, _tr("Qari"), plain(environment_message(error)))
            finally:
                self._warning_open = False
            return
        self._log(error)
        self.bugs_reported += 1
        key = _bug_key(error)
        if key in self._seen:  # logged again, shown once
            return
        self._seen.add(key)
        where = str(self._log_path) if self._log_path else _tr("(the log could not be written)")
        text = _tr("Something went wrong inside Qari. This is a bug in Qari, not something you did; what "
                   "you were doing may not have been saved.\n\nThe details were written to %1. Please "
                   "include that file if you report the problem.").replace("%1", where)
        dialog = QMessageBox(QMessageBox.Icon.Critical, _tr("Qari hit a bug"), text,
                             QMessageBox.StandardButton.Close, self._dialog_parent)
        dialog.setObjectName("bug-report")
        dialog.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.bug_dialog = dialog
        if not os.environ.get("QARI_NO_DIALOGS"):
            dialog.open()  # not modal to the event loop: the app keeps running

    def _log(self, error: BaseException) -> None:
        from qari.logs import log_bug, setup_logging

        if self._log_path is None and self._data_dir is not None:
            self._log_path = setup_logging(self._data_dir)
        log_bug(error)

    # -- hooks --------------------------------------------------------------------------
    def excepthook(self, kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, tb)
            return
        if error.__traceback__ is None:
            error = error.with_traceback(tb)
        self.report_error(error)

    def thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            self._from_thread.emit(args.exc_value)


def _bug_key(error: BaseException) -> tuple[str, str]:
    frames = traceback.extract_tb(error.__traceback__) if error.__traceback__ else []
    last = frames[-1] if frames else None
    return type(error).__name__, f"{last.filename}:{last.lineno}" if last else str(error)


def install_excepthook(reporter: Callable[[], ErrorReporter]) -> None:
    """Every exception that escapes a slot or a thread goes to the reporter (for the rest of the run);
    ``reporter`` gives it, so it can be made at the first error (``lambda: window.errors``)."""
    sys.excepthook = lambda kind, error, tb: reporter().excepthook(kind, error, tb)
    threading.excepthook = lambda args: reporter().thread_excepthook(args)
