"""QApplication bootstrap: fonts, translations, layout direction, data folder, the window."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QStandardPaths, Qt, QTimer, QTranslator
from PySide6.QtGui import QFontDatabase, QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from qari.desktop import APP_ID
from qari.resources import font_paths, resource_path

APP_NAME = "qari"


def app_icon() -> QIcon:
    """The window's icon: the same PNG sizes `qari --install-desktop` installs."""
    icon = QIcon()
    for path in sorted(resource_path("desktop").glob("qari-*.png")):
        icon.addFile(str(path))
    return icon


@dataclass
class GuiOptions:
    file: Path | None = None
    data_dir: Path | None = None
    lang: str | None = None
    theme: str | None = None


def _shield_none_refcount() -> None:
    """Work around a PySide6 6.12 fault on CPython 3.11 (measured here, see tests/ui/test_refcount_shield.py):
    every call of a void Qt method drops one reference to ``None`` (1000 ``QObject.setObjectName``
    calls lower ``sys.getrefcount(None)`` by 1000), and every ``Signal.emit`` drops one reference to
    the ``True``/``False`` it returns. When such a count reaches zero CPython aborts
    ("none_dealloc" / "bool_dealloc"). These singletons are immortal from CPython 3.12 on; before
    that, give each a cushion of references no session can use up."""
    import PySide6

    if sys.version_info >= (3, 12) or not PySide6.__version__.startswith("6.12.") or getattr(
        sys, "_qari_none_shield", False
    ):
        return
    import ctypes

    for singleton in (None, True, False):
        ctypes.c_ssize_t.from_address(id(singleton)).value += 1 << 40
    sys._qari_none_shield = True  # type: ignore[attr-defined]


def ensure_app(argv: list[str] | None = None) -> QApplication:
    _shield_none_refcount()
    app = QApplication.instance()
    if app is None:
        QApplication.setApplicationName(APP_NAME)
        QApplication.setOrganizationName(APP_NAME)
        QGuiApplication.setDesktopFileName(APP_ID)  # the .desktop file's name: docks group the window under it
        app = QApplication(argv or [APP_NAME])
    assert isinstance(app, QApplication)
    if not getattr(app, "_qari_fonts", False):
        for path in font_paths():
            QFontDatabase.addApplicationFont(str(path))
        app.setWindowIcon(app_icon())
        app._qari_fonts = True  # type: ignore[attr-defined]
    return app


def default_data_dir() -> Path:
    env = os.environ.get("QARI_DATA_DIR")
    if env:
        return Path(env).expanduser()
    ensure_app()
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(location)


def resolve_lang(requested: str | None, saved: str = "") -> str:
    if requested in ("ar", "en"):
        return requested
    if saved in ("ar", "en"):
        return saved
    return "ar" if QLocale.system().language() == QLocale.Language.Arabic else "en"


def install_translations(app: QApplication, lang: str) -> None:
    for old in getattr(app, "_qari_translators", []):
        app.removeTranslator(old)
    installed: list[QTranslator] = []
    catalogues = [("qari_en", str(resource_path("i18n")))]  # English: only the plural forms
    if lang == "ar":
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        catalogues = [("qtbase_ar", qt_dir), ("qari_ar", str(resource_path("i18n")))]
    for base, folder in catalogues:
        tr = QTranslator(app)
        if tr.load(base, folder):
            app.installTranslator(tr)
            installed.append(tr)
    app._qari_translators = installed  # type: ignore[attr-defined]
    app._qari_lang = lang  # type: ignore[attr-defined]
    QLocale.setDefault(interface_locale(lang))
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if lang == "ar" else Qt.LayoutDirection.LeftToRight)


def interface_locale(lang: str) -> QLocale:
    """Dates and numbers in the interface language. Arabic: the system's own Arabic locale when it writes
    Western digits, else Modern Standard Arabic (ar_001) — its digits match the counts in translated text."""
    system = QLocale.system()
    if lang == "ar":
        keep = system.language() == QLocale.Language.Arabic and system.zeroDigit() == "0"
        return system if keep else QLocale("ar_001")
    return system if system.language() == QLocale.Language.English else QLocale("en_US")


def current_lang() -> str:
    """The interface language installed by install_translations ("ar" or "en")."""
    return str(getattr(QApplication.instance(), "_qari_lang", "en"))


def error_dialog(title: str, message: str) -> None:
    """Tell a person in the GUI; skipped when QARI_NO_DIALOGS is set (tests, scripts)."""
    if os.environ.get("QARI_NO_DIALOGS"):
        return
    from PySide6.QtWidgets import QMessageBox

    ensure_app()
    QMessageBox.critical(None, title, message)


def run_gui(opts: GuiOptions) -> int:
    from qari.ui.startup import build_window

    app = ensure_app(sys.argv[:1])
    built = build_window(opts, deferred=True)
    if isinstance(built, int):
        return built
    window, _session = built
    bench = os.environ.get("QARI_BENCH_FIRST_PAINT")

    def complete() -> None:  # the rest of the window, right after the article is on screen
        window.complete()
        if bench:
            print("window-complete", flush=True)
            app.quit()

    window.reader.firstPaint.connect(lambda: QTimer.singleShot(0, complete), Qt.ConnectionType.SingleShotConnection)
    if bench:
        window.reader.firstPaint.connect(lambda: print("first-paint", flush=True))
    if os.environ.get("QARI_QUIT_AFTER_PAINT"):
        window.reader.firstPaint.connect(window.close)
    _close_on_sigterm(app)
    window.show()
    code = app.exec()
    _session.close()
    return code


def _close_on_sigterm(app: QApplication) -> None:
    """A polite kill (logout, `kill`) closes the windows, so the reading place is saved."""
    import signal

    from PySide6.QtCore import QTimer

    signal.signal(signal.SIGTERM, lambda *_: app.closeAllWindows())
    # Python runs signal handlers only between bytecodes: wake the interpreter now and then.
    timer = QTimer(app)
    timer.setInterval(250)
    timer.timeout.connect(lambda: None)
    timer.start()
