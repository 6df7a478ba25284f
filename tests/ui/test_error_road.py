"""The GUI's one road for errors: report_error, the excepthook and the bug log."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from qari.core.errors import FULL, LOCKED, EnvironmentFault
from qari.ui.app import ensure_app, install_translations
from qari.ui.main_window import MainWindow


def _bug() -> ValueError:
    try:
        int("not a number")
    except ValueError as exc:
        return exc
    raise AssertionError


def test_a_bug_is_logged_with_its_traceback_and_shown_once_with_the_log_path(window: MainWindow,
                                                                             data_dir: Path) -> None:
    error = _bug()
    window.report_error(error)
    window.report_error(error)  # the same bug again: logged, not shown again
    dialog = window.errors.bug_dialog
    assert dialog is not None and window.errors.bugs_reported == 2
    assert str(data_dir / "qari.log") in dialog.text() and "bug" in dialog.text()
    assert "Traceback" not in dialog.text() and "int(" not in dialog.text()
    log = (data_dir / "qari.log").read_text(encoding="utf-8")
    assert log.count("Traceback") == 2 and "ValueError: invalid literal" in log
    shown = dialog
    window.report_error(_bug())  # same kind, same place
    assert window.errors.bug_dialog is shown


def test_an_environment_error_is_told_in_the_interface_language(window: MainWindow, monkeypatch) -> None:
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: told.append(text))
    window.report_error(EnvironmentFault(FULL, "/data/library.db"))
    assert told[-1].startswith("The disk holding /data/library.db is full. Nothing was changed")
    install_translations(ensure_app(), "ar")
    window.report_error(EnvironmentFault(LOCKED, "/data/library.db"))
    assert "مكتبة" in told[-1] and "Nothing" not in told[-1]
    assert window.errors.bug_dialog is None  # not a bug: nothing logged or shown as one


def test_a_fault_while_its_warning_is_open_opens_no_second_warning(window: MainWindow, monkeypatch) -> None:
    """A library another program keeps locked fails each write; the warning's own event loop runs
    on meanwhile, and each failure must not stack another warning over the first."""
    told: list[str] = []

    def warning(_parent, _title, text, *_args) -> None:  # the warning is open: more writes fail meanwhile
        told.append(text)
        window.report_error(EnvironmentFault(LOCKED, "/data/library.db"))
        window.report_error(EnvironmentFault(LOCKED, "/data/library.db"))

    monkeypatch.setattr(QMessageBox, "warning", warning)
    window.report_error(EnvironmentFault(LOCKED, "/data/library.db"))
    assert len(told) == 1
    window.report_error(EnvironmentFault(FULL, "/data/library.db"))  # once closed, the next fault is told
    assert len(told) == 2 and "full" in told[-1]


CHILD = """
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from qari.ui.app import GuiOptions, ensure_app
from qari.ui.errors import install_excepthook
from qari.ui.startup import build_window

app = ensure_app()
window, session = build_window(GuiOptions(data_dir=Path(sys.argv[1]), lang="en"))
install_excepthook(lambda: window.errors)

def broken_slot():
    raise KeyError("no such thing")

def check():
    dialog = window.errors.bug_dialog
    print("DIALOG", dialog is not None and sys.argv[1] in dialog.text(), flush=True)
    window.close()
    app.quit()

QTimer.singleShot(0, broken_slot)
QTimer.singleShot(50, check)
app.exec()
session.close()
"""


def test_an_exception_in_a_slot_reaches_report_error_and_no_traceback_is_printed(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QARI_NO_DIALOGS="1")
    proc = subprocess.run([sys.executable, "-c", CHILD, str(tmp_path)], capture_output=True, text=True,
                          env=env, timeout=60)
    assert "DIALOG True" in proc.stdout, proc.stderr
    assert "Traceback" not in proc.stderr and "KeyError" not in proc.stderr
    log = (tmp_path / "qari.log").read_text(encoding="utf-8")
    assert "broken_slot" in log and "KeyError: 'no such thing'" in log


def test_the_bug_dialog_speaks_the_interface_language(window: MainWindow, data_dir: Path) -> None:
    install_translations(ensure_app(), "ar")
    window.report_error(_bug())
    dialog = window.errors.bug_dialog
    assert dialog is not None and "عيب" in dialog.text() and "This is a bug" not in dialog.text()
    assert str(data_dir / "qari.log") in dialog.text() and "«قارئ»" in dialog.windowTitle()
