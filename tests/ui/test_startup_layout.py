"""`qari ARTICLE` shows its window first and opens the article in it (qari.ui.startup.run_gui): the
first paint has only the first part of the text laid out, once, at the width it is painted at, with
the scroll bar already in place (reader/bar_hold.py); the rest is laid out after the paint and
nothing on the page moves meanwhile."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication

from qari.core.article import Article
from qari.core.session import Session
from qari.resources import sample_article_path
from qari.ui.app import GuiOptions, ensure_app
from qari.ui.main_window import MainWindow
from qari.ui.reader.layers import laid_blocks
from tests.ui.windows import close_window as _close

BODY = sample_article_path().read_text(encoding="utf-8").split("\n", 1)[1].replace("\n", " ")


def _article_file(tmp_path: Path, paragraphs: int, length: int = 400) -> Path:
    """A generated Arabic article of ``paragraphs`` paragraphs of about ``length`` characters."""
    parts = [f"{i} {BODY[(i * 97) % 3000:(i * 97) % 3000 + length]}" for i in range(paragraphs)]
    path = tmp_path / f"article-{paragraphs}.txt"
    path.write_text("مقال للاختبار\n" + "\n".join(parts), encoding="utf-8")
    return path


def _open_shown_first(data_dir: Path, file: Path | None, width: int = 1200, height: int = 800,
                      lang: str = "ar", resized: _Events | None = None) -> tuple[MainWindow, Session]:
    """The window as run_gui builds it: shown (at the test's size) before its article is opened;
    built, not yet painted, not yet completed. ``resized`` records the reader viewport's resizes
    from the show on (it has its width then: what the article is laid out at)."""
    from qari.ui.startup import build_window

    def show(window: MainWindow) -> None:
        window.resize(width, height)
        window.show()
        if resized is not None:
            window.reader.viewport().installEventFilter(resized)

    ensure_app()
    built = build_window(GuiOptions(file=file, data_dir=data_dir, lang=lang), deferred=True, show=show)
    assert not isinstance(built, int)
    window, session = built
    assert window.reader.article is not None and not window.reader.painted
    return window, session


def _laid_chars(doc) -> int:
    """Characters of the document Qt has laid out from its top."""
    n = laid_blocks(doc)
    return doc.characterCount() if n >= doc.blockCount() else doc.findBlockByNumber(n).position()


class _Events(QObject):
    """Records the events of the given types an object receives (returns False: never filters)."""

    def __init__(self, kinds: tuple[QEvent.Type, ...]) -> None:
        super().__init__()
        self.kinds = kinds
        self.seen: list[QEvent.Type] = []
        self.widths: list[int] = []

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() in self.kinds:
            self.seen.append(event.type())
            if event.type() == QEvent.Type.Resize:
                self.widths.append(obj.width())
        return False


class _LatePaint(QObject):
    """Holds the reader's paint back (a start-up slower than the test's)."""

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        return event.type() == QEvent.Type.Paint


@pytest.mark.parametrize(("width", "lang"), [(1200, "ar"), (800, "en")])
def test_a_long_article_is_painted_with_only_its_first_part_laid_out_however_long_the_paint_waits(
    qtbot, data_dir: Path, tmp_path: Path, width: int, lang: str
) -> None:
    window, session = _open_shown_first(data_dir, _article_file(tmp_path, 60), width, lang=lang)
    reader = window.reader
    doc = reader.document()
    total = doc.characterCount()
    opened = _laid_chars(doc)  # what opening it laid out: Qt's first lazy step, at the painted width
    assert 0 < opened < total // 5
    assert reader.block_at(reader.viewport().height()).layout().lineCount() > 0  # the first screen, at least
    # A start-up slower than Qt's 10 ms lazy-layout timer (the real one is: the lead measured it firing
    # before the paint): the paint is held until that timer has come round several times.
    timers = _Events((QEvent.Type.Timer,))
    doc.documentLayout().installEventFilter(timers)  # (installed last: it sees them before the hold)
    late = _LatePaint()
    reader.viewport().installEventFilter(late)
    qtbot.waitUntil(lambda: len(timers.seen) >= 3)  # Qt's lazy layout, due three times meanwhile
    assert not reader.painted
    assert _laid_chars(doc) == opened  # neither Qt (it would lay out 2,000 more, then 4,000) nor the job
    events: list[tuple[str, int]] = []
    reader.firstPaint.connect(lambda: events.append(("painted", _laid_chars(doc))))
    reader.layoutComplete.connect(lambda: events.append(("laid out", _laid_chars(doc))))
    reader.viewport().removeEventFilter(late)
    reader.viewport().update()
    qtbot.waitUntil(lambda: reader.painted)
    assert events[0] == ("painted", opened)  # the paint laid out nothing more: it was all on screen
    with qtbot.waitSignal(reader.layoutComplete, timeout=30_000):
        pass
    assert events[-1] == ("laid out", total)  # then, after the paint, the rest
    assert laid_blocks(doc) == doc.blockCount()
    doc.documentLayout().removeEventFilter(timers)
    _close(window, session)


def test_the_sample_article_is_painted_before_it_is_wholly_laid_out_and_the_rest_follows(
    qtbot, data_dir: Path
) -> None:
    window, session = _open_shown_first(data_dir, None)  # the sample, as at a first start
    reader = window.reader
    doc = reader.document()
    at_paint: list[int] = []
    reader.firstPaint.connect(lambda: at_paint.append(_laid_chars(doc)))
    qtbot.waitUntil(lambda: reader.painted)
    assert at_paint and at_paint[0] < doc.characterCount()  # its first screens only
    window.complete()
    qtbot.waitUntil(lambda: laid_blocks(doc) == doc.blockCount())
    _close(window, session)


# -- the scroll bar: in place from the first paint when the text overflows, none when it fits --------
def _policy(window: MainWindow) -> Qt.ScrollBarPolicy:
    return window.reader.verticalScrollBarPolicy()


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_a_short_article_has_no_scroll_bar_at_its_first_paint(
    qtbot, data_dir: Path, tmp_path: Path, lang: str
) -> None:
    window, session = _open_shown_first(data_dir, _article_file(tmp_path, 2, 200), lang=lang)
    reader = window.reader
    at_paint: list[tuple[bool, int, Qt.ScrollBarPolicy]] = []
    reader.firstPaint.connect(lambda: at_paint.append((reader.verticalScrollBar().isVisible(),
                                                        reader.viewport().width(), _policy(window))))
    laid_out: list[bool] = []
    reader.layoutComplete.connect(lambda: laid_out.append(True))
    qtbot.waitUntil(lambda: reader.painted)
    assert at_paint == [(False, reader.width(), Qt.ScrollBarPolicy.ScrollBarAsNeeded)]  # no bar, no room for one
    resized = _Events((QEvent.Type.Resize,))
    reader.viewport().installEventFilter(resized)
    window.complete()
    QApplication.processEvents()
    qtbot.waitUntil(lambda: bool(laid_out))
    assert resized.widths == [] and not reader.verticalScrollBar().isVisible()
    reader.viewport().removeEventFilter(resized)
    _close(window, session)


@pytest.mark.parametrize(("width", "lang"), [(1200, "ar"), (800, "ar"), (800, "en")])
def test_a_long_article_has_its_scroll_bar_from_the_first_paint_and_the_text_never_moves_for_it(
    qtbot, data_dir: Path, tmp_path: Path, width: int, lang: str
) -> None:
    resized = _Events((QEvent.Type.Resize,))
    window, session = _open_shown_first(data_dir, _article_file(tmp_path, 60), width, lang=lang, resized=resized)
    reader = window.reader
    events: list[str] = []
    at_paint: list[tuple[bool, int, int]] = []

    def painted() -> None:
        events.append("painted")
        at_paint.append((reader.verticalScrollBar().isVisible(), reader.viewport().width(),
                         reader.document().firstBlock().next().layout().lineCount()))

    reader.firstPaint.connect(painted)
    reader.layoutComplete.connect(lambda: events.append("laid out"))
    qtbot.waitUntil(lambda: reader.painted)
    (bar_shown, painted_width, lines), = at_paint
    assert bar_shown and painted_width < reader.width()  # the bar is there, beside the text
    assert resized.widths == []  # from the show on: the text was laid out at one width, the painted one
    window.complete()
    QApplication.processEvents()
    assert resized.widths == []
    with qtbot.waitSignal(reader.layoutComplete, timeout=30_000):
        pass
    assert events == ["painted", "laid out"]
    assert resized.widths == [] and reader.viewport().width() == painted_width  # not even for a moment
    assert reader.document().firstBlock().next().layout().lineCount() == lines  # nor re-wrapped
    assert reader.verticalScrollBar().isVisible()  # it overflows: the bar stays
    assert _policy(window) == Qt.ScrollBarPolicy.ScrollBarAsNeeded  # given back once laid out
    reader.viewport().removeEventFilter(resized)
    short = session.library.add(Article.from_text("مقال قصير\nنص قصير يتسع له الصفحة.")).id
    assert window.open_article(short)  # a text that fits: no bar, as usual
    qtbot.waitUntil(lambda: not reader.verticalScrollBar().isVisible())
    assert reader.viewport().width() == reader.width()
    _close(window, session)
