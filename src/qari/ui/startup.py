"""From command-line options to a ready main window (shared by the GUI, screenshots and tests),
and the GUI's event loop. This is where the window is composed; no component imports it.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from qari.core.errors import EnvironmentFault
from qari.core.session import Session
from qari.platform import default_data_dir, register_imports
from qari.ui.app import GuiOptions, ensure_app, error_dialog, finish_app, install_translations, resolve_lang
from qari.ui.main_window import MainWindow
from qari.ui.settings import Settings

if TYPE_CHECKING:
    from PySide6.QtWidgets import QProgressDialog

EXIT_BAD_INPUT = 2
EXIT_STORE = 3


def _tell(title: str, message: str) -> None:
    print(f"qari: {message}", file=sys.stderr)
    error_dialog(title, message)


def build_window(opts: GuiOptions, *, deferred: bool = False, dialogs: bool = True,
                 show: Callable[[MainWindow], None] | None = None) -> tuple[MainWindow, Session] | int:
    """The window with its article open. ``deferred``: leave MainWindow.complete() to the caller.
    ``dialogs=False`` (screenshots): what opening the library has to say goes to stderr, never to a
    modal message box (offscreen, nobody could close it). ``show`` (the GUI) shows the window before
    the article is opened: its text is then laid out once, at the width it is painted at (opened in
    a hidden window it is laid out at the hidden view's 86 px, then again at the window's width)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    data_dir = opts.data_dir or default_data_dir()
    qsettings = Settings.store_for(data_dir)
    settings = Settings.load(qsettings)
    if opts.theme:
        settings.reader.theme = opts.theme
    lang = resolve_lang(opts.lang, settings.lang)
    if opts.lang:
        settings.lang = opts.lang
    install_translations(app, lang)
    try:
        session = Session.open(data_dir, progress=_MigrationProgress(app))
    except EnvironmentFault as exc:
        from qari.ui.faults import fault_message

        _tell(app.translate("startup", "Library not opened"), fault_message(exc))
        return EXIT_STORE

    open_id: int | None = None
    if opts.file is not None:
        from qari.core.importing import FAILED, import_paths  # only when a file was given: start-up stays lean
        from qari.ui.library.import_text import translated_reason

        if opts.file.is_dir():
            outcomes = []
            message = app.translate("startup", "This is a folder, not a file. Use File → Import Folder to bring "
                                    "in a folder.")
        else:
            try:
                outcomes = list(import_paths(session.library, [opts.file]))
            except EnvironmentFault as exc:  # the library refused the write (locked, full, read-only)
                from qari.ui.faults import fault_message

                session.close()
                _tell(app.translate("startup", "Library not opened"), fault_message(exc))
                return EXIT_STORE
            failed = outcomes[0] if outcomes and outcomes[0].status == FAILED else None
            message = translated_reason(failed.code, failed.reason) if failed else ""
            if not outcomes:
                message = app.translate("startup", "Not a file Qari can read.")
        if message or not outcomes:
            session.close()
            _tell(app.translate("startup", "Could not open the file"), f"{opts.file}: {message}")
            return EXIT_BAD_INPUT
        open_id = outcomes[0].article_id

    window = MainWindow(session, settings, qsettings, deferred=deferred)
    target = open_id or session.library.last_opened() or _first_article(session)
    if show is not None:
        if target is not None:
            window.reader.bar.hold()  # (its first layout with the scroll bar: reader/bar_hold.py)
        show(window)  # (nothing is painted before the event loop runs: the first paint has the article)
    if target is not None and not window.open_article(target):
        window.reader.bar.release()
    report, notes = session.db.report, []
    if report.corrupt_moved_to is not None:
        notes.append(app.translate("startup", "The library file was damaged; it was moved to %1 and a new "
                                   "library was started.").replace("%1", str(report.corrupt_moved_to)))
    if report.backup is not None:
        notes.append(app.translate("startup", "The library was upgraded; a copy of the old one is at %1.")
                     .replace("%1", str(report.backup)))
    if notes and not dialogs:
        print("qari: " + "\n".join(notes), file=sys.stderr)
    elif notes:
        QTimer.singleShot(0, lambda: window.show_error(app.translate("startup", "Library"), "\n".join(notes)))
    if not deferred:  # (else the caller's completion does it: a zero timer still runs before the first paint)
        QTimer.singleShot(0, session.tidy)  # housekeeping; skipped while the library is busy
    return window, session


class _MigrationProgress:
    """A long migration (indexing an existing library for search) shows a progress dialog."""

    def __init__(self, app: QApplication) -> None:
        self.app = app
        self.dialog: QProgressDialog | None = None

    def __call__(self, label: str, done: int, total: int) -> None:
        from PySide6.QtWidgets import QProgressDialog

        if self.dialog is None:
            text = self.app.translate("startup", "Preparing the library for search…")
            self.dialog = QProgressDialog(text, "", 0, total)
            self.dialog.setCancelButton(None)
            self.dialog.setMinimumDuration(300)
        self.dialog.setValue(done)
        self.app.processEvents()
        if done >= total:
            self.dialog.close()
            self.dialog = None


def _first_article(session: Session) -> int | None:
    seeded = session.library.get_state("seeded")
    if seeded and session.library.get(int(seeded)) is not None:
        return int(seeded)
    items = session.library.summaries()
    return items[0].id if items else None


def run_gui(opts: GuiOptions) -> int:
    """`qari [FILE]`: the window, painted first and completed right after; returns the exit code."""
    app = ensure_app(sys.argv[:1], whole=False)  # (until the first paint, qari.cli reports an exception)

    def show(window: MainWindow) -> None:
        _close_on_sigterm(app)  # from the start: a kill as the window maps still closes it cleanly
        window.show()

    built = build_window(opts, deferred=True, show=show)
    if isinstance(built, int):
        return built
    window, session = built
    bench = os.environ.get("QARI_BENCH_FIRST_PAINT")  # bench/startup.py times the first paint (README)

    def report_errors() -> None:  # from here on an exception in a slot is reported, not printed
        from qari.ui.errors import install_excepthook

        install_excepthook(lambda: window.errors)

    def early_hook(*exc: Any) -> None:  # (qari.ui.errors is imported after the first paint, or at the first error)
        report_errors()
        sys.excepthook(*exc)

    sys.excepthook = early_hook

    def complete() -> None:  # the rest of the window, right after the article is on screen
        import gc

        gc.freeze()  # what start-up made stays (the collector no longer walks it); qari.cli paused it
        from qari.ui.collector import MainThreadCollector

        MainThreadCollector(app)  # from now on on this thread only, never in a worker (qari.ui.collector)
        if sys.excepthook is early_hook:
            report_errors()
        finish_app(app)  # the window icon, the menus' style
        register_imports()  # (qari.cli imported the first paint's modules past PySide6's feature step)
        _wake_for_signals(app)
        window.complete()
        QTimer.singleShot(0, session.tidy)  # housekeeping; skipped while the library is busy
        QTimer.singleShot(2000, window.start_background_analysis)  # the People view's reading, later
        if bench:
            import time

            print(f"complete-cpu {time.process_time()}\nwindow-complete", flush=True)
            app.quit()

    window.reader.firstPaint.connect(lambda: QTimer.singleShot(0, complete))  # (emitted once)
    if bench:
        import time

        window.reader.firstPaint.connect(lambda: print(f"first-paint\ncpu {time.process_time()}", flush=True))
    if os.environ.get("QARI_QUIT_AFTER_PAINT"):
        window.reader.firstPaint.connect(window.close)
    code = app.exec()
    session.close()
    return code


def _close_on_sigterm(app: QApplication) -> None:
    """A polite kill (logout, `kill`) closes the windows, so the reading place is saved.

    Set before the window shows, through the interpreter's own ``_signal`` (the ``signal``
    module's enums cost 0.6 ms before the first paint): a kill that came as the window mapped,
    before it was complete, ended the process with the default action (exit 143, the place of a
    just-opened article not saved; the real-window test saw it)."""
    import importlib

    try:
        signals = importlib.import_module("_signal")  # (CPython loads it at start: already there)
    except ImportError:  # another interpreter
        signals = importlib.import_module("signal")
    signals.signal(signals.SIGTERM, lambda *_: app.closeAllWindows())


def _wake_for_signals(app: QApplication) -> None:
    """Python runs signal handlers only between bytecodes: wake the interpreter now and then (until
    the window is complete, start-up runs Python often enough)."""
    timer = QTimer(app)
    timer.setInterval(250)
    timer.timeout.connect(lambda: None)
    timer.start()
