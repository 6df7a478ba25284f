"""GUI tests run offscreen (set in tests/conftest.py) with a fresh library per test."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from qari.ui.app import GuiOptions, ensure_app
from qari.ui.main_window import MainWindow


@pytest.fixture(autouse=True)
def english() -> None:
    """Every GUI test starts in English, whatever language an earlier test's window used
    (panels built on their own take the application's current translators)."""
    from qari.ui.app import install_translations

    install_translations(ensure_app(), "en")


@pytest.fixture
def make_window(qtbot, data_dir: Path) -> Iterator:
    """Build the real main window the way `qari` does; returns a factory taking GuiOptions fields."""
    built: list = []

    def factory(**kw) -> MainWindow:
        from qari.ui.startup import build_window

        ensure_app()
        kw.setdefault("data_dir", data_dir)
        kw.setdefault("lang", "en")
        result = build_window(GuiOptions(**kw))
        assert not isinstance(result, int), f"window not built: exit {result}"
        window, session = result
        qtbot.addWidget(window)
        built.append((window, session))
        window.resize(1200, 800)
        window.show()
        qtbot.waitExposed(window)
        return window

    yield factory
    from PySide6.QtCore import QCoreApplication, QEvent

    for window, _session in built:
        window.close()
        window.deleteLater()  # gone before its library closes: no stray signal can reach a closed store
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    for _window, session in built:
        session.close()
    import gc

    gc.collect()  # the windows' cycles, here on the main thread (see tests/conftest.py)


@pytest.fixture
def window(make_window) -> MainWindow:
    return make_window()
