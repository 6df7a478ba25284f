"""Reading themes: light, sepia, dark, or the system's scheme; remembered; `qari screenshot --theme`."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication

from qari.ui.main_window import MainWindow
from qari.ui.reader import themes


def _page(window: MainWindow) -> QColor:
    return window.reader.viewport().palette().color(QPalette.ColorRole.Base)


@pytest.mark.parametrize("name", ["light", "sepia", "dark"])
def test_each_theme_paints_page_and_ink(qtbot, window: MainWindow, name: str) -> None:
    window.reader_controls.theme_actions[name].trigger()
    theme = themes.THEMES[name]
    assert _page(window) == QColor(theme.background)
    body = window.reader.document().findBlockByNumber(2).charFormat()
    assert body.foreground().color() == QColor(theme.text)
    lede = window.reader.document().findBlockByNumber(1).charFormat()
    assert lede.foreground().color() == QColor(theme.lede)
    assert window.reader_controls.theme_actions[name].isChecked()


def test_dark_theme_darkens_the_whole_window_and_light_restores_it(qtbot, window: MainWindow) -> None:
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    assert window.reader.prefs.theme == "dark"
    assert window.palette().color(QPalette.ColorRole.Window).lightness() < 80
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    assert window.palette().color(QPalette.ColorRole.Window).lightness() > 180


def test_themes_keep_calm_contrast() -> None:
    for theme in themes.THEMES.values():
        ink, page = QColor(theme.text), QColor(theme.background)
        assert abs(ink.lightness() - page.lightness()) > 150  # readable
        assert page.name() not in ("#ffffff", "#000000")  # never glaring pure white or black


def test_system_follows_the_platform_colour_scheme() -> None:
    assert themes.resolve("system", system_dark=True).name == "dark"
    assert themes.resolve("system", system_dark=False).name == "light"
    assert themes.resolve("nonsense").name == "light"


def test_the_theme_is_remembered(qtbot, make_window) -> None:
    first = make_window()
    first.reader_controls.theme_actions["sepia"].trigger()
    first.close()
    QApplication.processEvents()
    second = make_window()
    assert second.reader.prefs.theme == "sepia"
    assert _page(second) == QColor(themes.THEMES["sepia"].background)


def test_screenshot_theme_option_applies_the_theme(tmp_path: Path) -> None:
    from qari.ui.app import GuiOptions
    from qari.ui.screenshot import take_screenshot

    out = tmp_path / "dark.png"
    assert take_screenshot(out, GuiOptions(data_dir=tmp_path / "d", lang="en", theme="dark"), (1000, 700)) == 0
    image = QImage(str(out))
    page = QColor(image.pixel(image.width() - 40, image.height() // 2))  # the reading column's side
    assert page.lightness() < 60


def test_following_the_system_repaints_when_the_scheme_changes(qtbot, window: MainWindow, monkeypatch) -> None:
    window.reader_controls.theme_actions["system"].trigger()
    assert window.reader.prefs.theme == "system"
    monkeypatch.setattr(themes, "system_is_dark", lambda: True)
    # (offscreen Qt cannot switch its scheme: call what QStyleHints.colorSchemeChanged is wired to)
    window.reader_controls._system_scheme_changed(Qt.ColorScheme.Dark)
    assert _page(window) == QColor(themes.THEMES["dark"].background)
    monkeypatch.setattr(themes, "system_is_dark", lambda: False)
    window.reader_controls._system_scheme_changed(Qt.ColorScheme.Light)
    assert _page(window) == QColor(themes.THEMES["light"].background)


def test_following_the_system_makes_no_qt_namespace_before_the_first_paint(data_dir: Path) -> None:
    """"Follow the System" judges the scheme by the platform palette until the window is complete
    (the scheme is a `Qt` enum: ~14 ms before the first paint, qari.ui.early)."""
    import os
    import subprocess
    import sys

    from tests.ui.test_startup_shape import _AT_FIRST_PAINT, HEAVY

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QARI_NO_DIALOGS": "1"}
    out = subprocess.run([sys.executable, "-c", _AT_FIRST_PAINT, str(data_dir), ",".join(HEAVY), "en", "system"],
                         capture_output=True, text=True, env=env, timeout=120, check=True)
    assert out.stdout.split("\n")[:3] == ["[]", "0 True False", "True"]


def test_the_completed_window_follows_the_system_scheme_the_palette_misjudged(data_dir: Path, monkeypatch) -> None:
    from qari.ui.app import GuiOptions, ensure_app
    from qari.ui.startup import build_window
    from tests.ui.windows import close_window

    ensure_app()
    built = build_window(GuiOptions(data_dir=data_dir, lang="en", theme="system"), deferred=True)
    assert not isinstance(built, int)
    window, session = built
    assert window.reader.theme.name == "light"  # (the offscreen platform's palette is light)
    monkeypatch.setattr(themes, "system_is_dark", lambda: True)  # the scheme says dark
    window.complete()
    assert window.reader.theme.name == "dark" and _page(window) == QColor(themes.THEMES["dark"].background)
    close_window(window, session)
