"""One road for errors in the GUI: :class:`ErrorReporter` and its ``report_error`` slot.

- An error of the environment (:class:`~qari.core.errors.EnvironmentFault`: disk full, library
  locked, read-only, no permission; or the store's :class:`~qari.core.store.db.StoreError`) gets a
  clear message in the interface's language; the action that met it changed nothing.
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
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from qari.core import errors as faults
from qari.core.errors import EnvironmentFault
from qari.logs import log_bug

# By EnvironmentFault.kind; %1 is the file concerned. An unknown kind gets GENERIC.
MESSAGES = {
    faults.LOCKED: QT_TRANSLATE_NOOP(
        "Errors", "The library is in use by another program (another Qari, or an import still running). "
        "Nothing was changed; try again in a moment."),
    faults.READONLY: QT_TRANSLATE_NOOP(
        "Errors", "The library %1 is read-only, so Qari cannot write to it. Nothing was changed. Make it "
        "writable, or start Qari with --data-dir to use another folder."),
    faults.PERMISSION: QT_TRANSLATE_NOOP(
        "Errors", "You don't have permission to use %1. Nothing was changed. Check its owner and permissions, "
        "or start Qari with --data-dir to use another folder."),
    faults.FULL: QT_TRANSLATE_NOOP(
        "Errors", "The disk holding %1 is full. Nothing was changed; free some space and try again."),
    faults.IO: QT_TRANSLATE_NOOP(
        "Errors", "The disk could not read or write %1. Nothing was changed."),
}
GENERIC = QT_TRANSLATE_NOOP("Errors", "Qari could not use %1. Nothing was changed.")


def _tr(text: str) -> str:
    return QCoreApplication.translate("Errors", text)


def environment_message(error: BaseException) -> str:
    """What to tell a person about an environment error, in the interface's language."""
    path = getattr(error, "path", None)
    where = str(path) if path else _tr("the library")
    kind = getattr(error, "kind", None) or getattr(error, "code", None)
    template = MESSAGES.get(str(kind))
    if template is None and isinstance(error, EnvironmentFault):
        from qari.ui.faults import MESSAGES as OPENING  # the faults met opening a library, exports...

        if error.kind in OPENING:
            from qari.ui.faults import fault_message

            return fault_message(error)
    if template is None:
        message = getattr(error, "message", "")
        if message and not isinstance(error, EnvironmentFault):  # a StoreError: its own sentence
            return str(message)
        template = GENERIC
    return _tr(template).replace("%1", where)


def is_environment(error: BaseException) -> bool:
    from qari.core.store.db import StoreError

    return isinstance(error, EnvironmentFault | StoreError)


class ErrorReporter(QObject):
    """Tells the person about an error: the environment's in a message, a bug once with the log's path."""

    _from_thread = Signal(object)  # exceptions of worker threads, brought to the UI thread

    def __init__(self, log_path: Path | None, dialog_parent: QWidget | None = None) -> None:
        super().__init__(dialog_parent)
        self._log_path = log_path
        self._dialog_parent = dialog_parent
        self._seen: set[tuple[str, str]] = set()
        self.bug_dialog: QMessageBox | None = None
        self.bugs_reported = 0
        self._from_thread.connect(self.report_error, Qt.ConnectionType.QueuedConnection)

    def report_error(self, error: BaseException) -> None:
        """The one slot every error reaches."""
        if is_environment(error):
            QMessageBox.warning(self._dialog_parent, _tr("Qari"), environment_message(error))
            return
        log_bug(error)
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


def install_excepthook(reporter: ErrorReporter) -> None:
    """Every exception that escapes a slot or a thread goes to ``reporter`` (for the rest of the run)."""
    sys.excepthook = reporter.excepthook
    threading.excepthook = reporter.thread_excepthook
