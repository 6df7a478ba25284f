"""QApplication bootstrap: fonts, translations, layout direction, and the GUI's one dialog for errors
before a window exists. (The data folder and the PySide6 workaround: :mod:`qari.platform`;
starting the window: :mod:`qari.ui.startup`.)"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QApplication

from qari.core.records import Record
from qari.platform import APP_ID, APP_NAME, prepare_qt
from qari.resources import font_paths, resource_path
from qari.ui.early import set_right_to_left


class GuiOptions(Record):
    """(``@dataclass`` written out, see qari.core.records.)"""

    file: Path | None
    data_dir: Path | None
    lang: str | None
    theme: str | None

    FIELDS = ("file", "data_dir", "lang", "theme")

    def __init__(self, file: Path | None = None, data_dir: Path | None = None, lang: str | None = None,
                 theme: str | None = None) -> None:
        self.file = file
        self.data_dir = data_dir
        self.lang = lang
        self.theme = theme


def ensure_app(argv: list[str] | None = None, *, whole: bool = True) -> QApplication:
    """The one QApplication, with Qari's fonts. ``whole=False`` (``qari`` before its first paint):
    only what that paint needs; :func:`finish_app` adds the rest (window icon, menu style) after it."""
    prepare_qt()
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
        app._qari_fonts = True  # type: ignore[attr-defined]  # a flag on the one app: fonts loaded once
    if whole:
        finish_app(app)
    return app


def finish_app(app: QApplication) -> None:
    """What the first paint does not show: the window icon and the menus' shortcut style (once)."""
    if getattr(app, "_qari_finished", False):
        return
    app._qari_finished = True  # type: ignore[attr-defined]  # a flag on the one app
    from PySide6.QtGui import QIcon

    icon = QIcon()  # the same PNG sizes `qari --install-desktop` installs
    for path in sorted(resource_path("desktop").glob("qari-*.png")):
        icon.addFile(str(path))
    app.setWindowIcon(icon)
    if app.isRightToLeft():  # (else install_translations, on a switch)
        from qari.ui.keys_style import install_keys_style

        install_keys_style(app)  # menus show shortcuts intact under the Arabic interface


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
        from PySide6.QtCore import QLibraryInfo

        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        catalogues = [("qtbase_ar", qt_dir), ("qtbase_extra_ar", str(resource_path("i18n"))),  # what qtbase lacks
                      ("qari_ar", str(resource_path("i18n")))]
    for base, folder in catalogues:
        tr = QTranslator(app)
        if tr.load(base, folder):
            app.installTranslator(tr)
            installed.append(tr)
    app._qari_translators = installed  # type: ignore[attr-defined]  # replaced on the next call
    app._qari_lang = lang  # type: ignore[attr-defined]  # read by current_lang()
    QLocale.setDefault(interface_locale(lang))
    set_right_to_left(app, lang == "ar")  # (by name: no `Qt` namespace before the first paint, qari.ui.early)
    if lang == "ar" and getattr(app, "_qari_finished", False):  # (before the first paint: finish_app does it)
        from qari.ui.keys_style import install_keys_style

        install_keys_style(app)  # only a right-to-left interface needs it: it draws every control through Python


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
    from qari.ui.plain import plain

    QMessageBox.critical(None, title, plain(message))  # it quotes the file name
