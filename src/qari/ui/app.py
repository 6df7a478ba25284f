"""QApplication bootstrap: fonts, translations, layout direction, and the GUI's one dialog for errors
before a window exists. (The data folder and the PySide6 workaround: :mod:`qari.platform`;
starting the window: :mod:`qari.ui.startup`.)"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QFontDatabase, QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from qari.desktop import APP_ID
from qari.platform import APP_NAME, prepare_qt
from qari.resources import font_paths, resource_path


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


def ensure_app(argv: list[str] | None = None) -> QApplication:
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
        app.setWindowIcon(app_icon())
        from qari.ui.keys import install_keys_style

        install_keys_style(app)  # menus show shortcuts intact under the Arabic interface
        app._qari_fonts = True  # type: ignore[attr-defined]  # a flag on the one app: fonts loaded once
    return app


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
    from qari.ui.plain import plain

    QMessageBox.critical(None, title, plain(message))  # it quotes the file name
