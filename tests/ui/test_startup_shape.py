"""`qari` paints the article first, in the reader at its final place with the docks' room kept, and
completes the window right after: the text may neither move nor re-wrap then (qari.ui.window_frame)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QWidget

from qari.core.article import Article
from qari.core.session import Session
from qari.ui.app import GuiOptions, ensure_app
from qari.ui.main_window import MainWindow
from qari.ui.window_frame import LIBRARY_WIDTH, SEPARATOR, SIDEBAR_WIDTH
from tests.ui.windows import close_window as _close


def _first_paint(qtbot, data_dir: Path, width: int = 1200, lang: str = "en",
                 theme: str | None = None) -> tuple[MainWindow, Session]:
    """The window as `qari` builds it (run_gui: shown before its article is opened), painted but
    not yet completed."""
    from qari.ui.startup import build_window

    def show(window: MainWindow) -> None:  # (what run_gui passes, at the test's size)
        window.resize(width, 800)
        window.show()

    ensure_app()
    built = build_window(GuiOptions(data_dir=data_dir, lang=lang, theme=theme), deferred=True, show=show)
    assert not isinstance(built, int)
    window, session = built
    assert window.isVisible()  # (shown by the callback, before the article was opened)
    qtbot.waitUntil(lambda: window.reader.painted)
    return window, session


def _where(window: MainWindow, widget: QWidget) -> QRect:
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


def _lines(window: MainWindow, blocks: int = 6) -> list[tuple[float, list[tuple[int, int]]]]:
    """Where the first blocks are and how their lines break: the text neither moves nor re-wraps."""
    doc, out = window.reader.document(), []
    block = doc.firstBlock()
    for _ in range(blocks):
        lay = block.layout()
        top = doc.documentLayout().blockBoundingRect(block).top()
        out.append((top, [(lay.lineAt(i).textStart(), lay.lineAt(i).textLength()) for i in range(lay.lineCount())]))
        block = block.next()
    return out


def _shape(window: MainWindow) -> dict[str, object]:
    reader = window.reader
    return {
        "reader": _where(window, reader),
        "viewport": reader.viewport().size(),
        "scrolled": reader.verticalScrollBar().value(),
        "lines": _lines(window),
        "words": _where(window, window.words_label),
        "progress": _where(window, window.progress_label),
        "margin": reader.document().rootFrame().frameFormat().leftMargin(),
        "menus": [a.text() for a in window.menuBar().actions()],
    }


def _room(window: MainWindow) -> tuple[int, int]:
    """The room the first paint keeps for the docks (the reader pane's side margins)."""
    margins = window.reader_pane.contentsMargins()
    return margins.left(), margins.right()


def _complete(window: MainWindow) -> None:
    window.complete()
    QApplication.processEvents()  # the layout requests the new parts posted


@pytest.mark.parametrize("lang", ["en", "ar"])
@pytest.mark.parametrize("width", [1200, 800])
def test_completing_the_window_after_its_first_paint_moves_nothing(
    qtbot, data_dir: Path, width: int, lang: str
) -> None:
    window, session = _first_paint(qtbot, data_dir, width, lang)
    assert not window.framed  # the docks come with the rest of the window
    before, room = _shape(window), _room(window)
    assert room == (0, SIDEBAR_WIDTH + SEPARATOR)  # the sidebar's room, on the right in both languages
    resized: list[int] = []
    window.reader.viewport().installEventFilter(spy := _ResizeSpy(resized))
    _complete(window)
    assert _shape(window) == before
    assert resized == []  # not even for a moment: its text was never laid out at another width
    assert window.dock_room() == room and window.sidebar.isVisible()
    assert _where(window, window.sidebar).left() == width - SIDEBAR_WIDTH  # the dock is in the room kept
    assert window.info_panel.value("title") == window.reader.article.title  # the Article panel shows it
    assert window.library_ui.dock is window.library_dock
    del spy
    _close(window, session)


def test_a_dark_window_is_dark_from_its_first_paint(qtbot, data_dir: Path) -> None:
    window, session = _first_paint(qtbot, data_dir, 1000, theme="dark")
    before = window.palette()
    assert before.window().color().lightness() < 80  # the room kept for the docks, the menus, the status bar
    _complete(window)
    assert window.palette() == before and window.sidebar.palette().window() == before.window()
    _close(window, session)


def test_a_sidebar_the_reader_widened_is_that_wide_at_the_next_first_paint(qtbot, data_dir: Path) -> None:
    window, session = _first_paint(qtbot, data_dir)
    _complete(window)
    window.resizeDocks([window.sidebar], [420], Qt.Orientation.Horizontal)
    QApplication.processEvents()
    wide = window.sidebar.width()
    assert wide > 400
    _close(window, session)  # the dock layout and its room are saved
    again, session2 = _first_paint(qtbot, data_dir)
    assert _room(again) == (0, wide + SEPARATOR)
    before = _shape(again)
    _complete(again)
    assert _shape(again) == before
    assert again.sidebar.width() == wide
    _close(again, session2)


def test_a_hidden_sidebar_keeps_no_room(qtbot, data_dir: Path) -> None:
    window, session = _first_paint(qtbot, data_dir)
    _complete(window)
    window.sidebar_action.trigger()  # F9
    QApplication.processEvents()
    assert not window.sidebar.isVisible()
    _close(window, session)
    again, session2 = _first_paint(qtbot, data_dir)
    assert _room(again) == (0, 0)
    before = _shape(again)
    _complete(again)
    assert _shape(again) == before and not again.sidebar.isVisible()
    _close(again, session2)


def test_a_library_open_at_launch_has_its_room_at_the_first_paint(
    qtbot, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import qari.ui.window_frame as place_module  # (show_at_launch's screen width)

    monkeypatch.setattr(place_module, "ROOM_FOR_THREE_PANES", 0)  # as on a desktop screen
    seeded = Session.open(data_dir)
    seeded.library.add(Article.from_text("مقال ثان\nنص قصير للمقال الثاني."))
    seeded.close()
    window, session = _first_paint(qtbot, data_dir)
    assert _room(window) == (LIBRARY_WIDTH + SEPARATOR, SIDEBAR_WIDTH + SEPARATOR)
    before = _shape(window)
    _complete(window)
    assert _shape(window) == before
    assert window.library_dock.isVisible() and _where(window, window.library_dock).left() == 0
    qtbot.waitUntil(lambda: window.library_ui.panel.model.rowCount() == 2)
    _close(window, session)


class _ResizeSpy(QObject):
    def __init__(self, sizes: list[int]) -> None:
        super().__init__()
        self.sizes = sizes

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.sizes.append(obj.width())
        return False


HEAVY = ("rapidfuzz", "pycrfsuite", "qari.core.extract", "qari.core.export", "qari.desktop", "qari.ui.errors",
         "qari.ui.keys_style", "qari.ui.reader.find_bar", "qari.ui.reader.justify", "qari.ui.library.panel",
         "qari.ui.library.model", "qari.ui.annotations.controller", "qari.ui.people.view", "qari.ui.search.panel",
         "qari.ui.sidebar.info")

_AT_FIRST_PAINT = """
import enum, gc, sys
from pathlib import Path
from qari.ui import startup
from qari.ui.app import GuiOptions, ensure_app
app = ensure_app(["qari"], whole=False)
window, session = startup.build_window(GuiOptions(data_dir=Path(sys.argv[1]), lang=sys.argv[3], theme=sys.argv[4]),
                                       deferred=True, show=lambda w: w.show())  # (as run_gui: shown first)
heavy = sys.argv[2].split(",")

def qt_enums():  # the Python types PySide6 made for the `Qt` namespace's enums
    return sum(1 for c in gc.get_objects() if isinstance(c, enum.EnumMeta) and c.__qualname__.startswith("Qt.")
               and c.__module__.startswith("PySide6"))

def painted():
    print(sorted(m for m in heavy if m in sys.modules))
    print(qt_enums(), window.reader.isRightToLeft(), app.isRightToLeft())
    from PySide6.QtCore import Qt
    print(qt_enums() > 50)  # (the count does see them once made)
    app.quit()

window.reader.firstPaint.connect(painted)
app.exec()
"""


@pytest.mark.parametrize(("lang", "theme"), [("en", "light"), ("ar", "light"), ("en", "dark")])
def test_the_first_paint_waits_for_none_of_the_heavy_parts_nor_the_qt_namespace(
    data_dir: Path, lang: str, theme: str
) -> None:
    """What the window builds after its first paint is not imported before it, and PySide6 makes
    none of its `Qt` enums before it (bench/NOTES.md, qari.ui.early)."""
    import os
    import subprocess
    import sys

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QARI_NO_DIALOGS": "1"}
    out = subprocess.run([sys.executable, "-c", _AT_FIRST_PAINT, str(data_dir), ",".join(HEAVY), lang, theme],
                         capture_output=True, text=True, env=env, timeout=120, check=True)
    assert out.stdout.split("\n")[:3] == ["[]", f"0 True {lang == 'ar'}", "True"]
