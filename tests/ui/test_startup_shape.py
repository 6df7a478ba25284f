"""`qari` paints the article first and completes the window right after: nothing may move then."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QWidget

from qari.core.article import Article
from qari.core.session import Session
from qari.ui.app import GuiOptions, ensure_app
from qari.ui.main_window import MainWindow
from tests.ui.windows import close_window as _close


def _first_paint(qtbot, data_dir: Path, width: int = 1200) -> tuple[MainWindow, Session]:
    """The window as `qari` builds it, shown and painted but not yet completed."""
    from qari.ui.startup import build_window

    ensure_app()
    built = build_window(GuiOptions(data_dir=data_dir, lang="en"), deferred=True)
    assert not isinstance(built, int)
    window, session = built
    window.resize(width, 800)
    window.show()
    qtbot.waitUntil(lambda: window.reader.painted)
    return window, session


def _where(window: MainWindow, widget: QWidget) -> QRect:
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


def _shape(window: MainWindow) -> dict[str, object]:
    reader = window.reader
    return {
        "reader": _where(window, window.reader_pane),
        "sidebar": _where(window, window.sidebar),
        "library": _where(window, window.library_dock) if window.library_dock.isVisible() else None,
        "words": _where(window, window.words_label),
        "progress": _where(window, window.progress_label),
        "margin": reader.document().rootFrame().frameFormat().leftMargin(),
        "headline": window.info_panel.value("title"),
    }


def _complete(window: MainWindow) -> None:
    window.complete()
    QApplication.processEvents()  # the layout requests the new parts posted


@pytest.mark.parametrize("width", [1200, 800])
def test_completing_the_window_after_its_first_paint_moves_nothing(qtbot, data_dir: Path, width: int) -> None:
    window, session = _first_paint(qtbot, data_dir, width)
    before = _shape(window)
    assert before["headline"] == window.reader.article.title  # the Article panel is filled already
    _complete(window)
    assert _shape(window) == before
    assert window.library_ui.dock is window.library_dock
    _close(window, session)


def test_a_sidebar_the_reader_widened_is_that_wide_at_the_first_paint(qtbot, data_dir: Path) -> None:
    window, session = _first_paint(qtbot, data_dir)
    _complete(window)
    window.resizeDocks([window.sidebar], [420], Qt.Orientation.Horizontal)
    QApplication.processEvents()
    wide = window.sidebar.width()
    assert wide > 400
    _close(window, session)  # the dock layout is saved
    again, session2 = _first_paint(qtbot, data_dir)
    assert again.sidebar.width() == wide
    before = _shape(again)
    _complete(again)
    assert _shape(again) == before
    _close(again, session2)


def test_a_library_open_at_launch_is_in_place_at_the_first_paint(
    qtbot, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import qari.ui.library.place as place_module

    monkeypatch.setattr(place_module, "ROOM_FOR_THREE_PANES", 0)  # as on a desktop screen
    seeded = Session.open(data_dir)
    seeded.library.add(Article.from_text("مقال ثان\nنص قصير للمقال الثاني."))
    seeded.close()
    window, session = _first_paint(qtbot, data_dir)
    before = _shape(window)
    assert before["library"] is not None  # the dock is there (its list fills in right after)
    _complete(window)
    assert _shape(window) == before
    qtbot.waitUntil(lambda: window.library_ui.panel.model.rowCount() == 2)
    _close(window, session)



HEAVY = ("rapidfuzz", "pycrfsuite", "qari.core.extract", "qari.core.export", "qari.desktop", "qari.ui.errors",
         "qari.ui.keys_style", "qari.ui.reader.find_bar", "qari.ui.reader.justify", "qari.ui.library.panel",
         "qari.ui.library.model", "qari.ui.annotations.controller", "qari.ui.people.view", "qari.ui.search.panel")

_AT_FIRST_PAINT = """
import sys
from pathlib import Path
from qari.ui import startup
from qari.ui.app import GuiOptions, ensure_app
app = ensure_app(["qari"], whole=False)
window, session = startup.build_window(GuiOptions(data_dir=Path(sys.argv[1]), lang="en"), deferred=True)
heavy = sys.argv[2].split(",")
window.reader.firstPaint.connect(lambda: (print(sorted(m for m in heavy if m in sys.modules)), app.quit()))
window.show()
app.exec()
"""


def test_the_first_paint_waits_for_none_of_the_heavy_parts(data_dir: Path) -> None:
    """What the window builds after its first paint is not imported before it (bench/NOTES.md)."""
    import os
    import subprocess
    import sys

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QARI_NO_DIALOGS": "1"}
    out = subprocess.run([sys.executable, "-c", _AT_FIRST_PAINT, str(data_dir), ",".join(HEAVY)],
                         capture_output=True, text=True, env=env, timeout=120, check=True)
    assert out.stdout.strip() == "[]"
