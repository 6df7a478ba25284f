"""Extraction for the sidebar: cached by version, off the UI thread for long articles, after the
first paint, and never delivered for an article the reader has already left."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from qari.core.article import Article
from qari.core.extract import Extraction, Quote
from qari.core.session import Session
from qari.ui import extraction as extraction_module
from qari.ui.app import GuiOptions, ensure_app
from qari.ui.extraction import ExtractionController

WAIT = 10_000


@pytest.fixture
def session(data_dir: Path) -> Iterator[Session]:
    s = Session.open(data_dir, seed_sample=False)
    yield s
    s.close()


def _article(session: Session, text: str) -> Article:
    result = session.library.add(Article.from_text(text, source="Test"))
    article = session.library.get(result.id)
    assert article is not None
    return article


def _marked(article: Article) -> Extraction:
    """A fake extraction that says which article it came from."""
    return Extraction([Quote(article.title, 0, len(article.title), "Tester", None, "قال", "direct")], [], [])


class Recorder:
    def __init__(self, gate: threading.Event | None = None) -> None:
        self.calls: list[tuple[str, bool]] = []  # (title, on the UI thread?)
        self.gate = gate

    def __call__(self, article: Article) -> Extraction:
        self.calls.append((article.title, threading.current_thread() is threading.main_thread()))
        if self.gate is not None and article.title == "أ":
            assert self.gate.wait(WAIT / 1000)
        return _marked(article)


def _controller(session: Session | None, extractor: object, **kw: object) -> ExtractionController:
    ensure_app()
    c = ExtractionController(session.library if session else None, extractor=extractor,  # type: ignore[arg-type]
                             version=str(kw.pop("version", "test-1")), **kw)  # type: ignore[arg-type]
    return c


def test_nothing_runs_until_the_window_has_painted(qtbot, session: Session) -> None:
    rec = Recorder()
    c = _controller(session, rec)
    c.request(_article(session, "عنوان\nنص"))
    QApplication.processEvents()
    assert rec.calls == [] and c.is_busy()
    with qtbot.waitSignal(c.ready, timeout=WAIT) as got:
        c.release()
    assert got.args[0].quotes[0].text == "عنوان"


def test_result_is_cached_by_extractor_version_and_reused(qtbot, session: Session) -> None:
    article = _article(session, "عنوان\nنص")
    first = Recorder()
    c = _controller(session, first)
    c.release()
    with qtbot.waitSignal(c.ready, timeout=WAIT):
        c.request(article)
    assert len(first.calls) == 1
    assert session.library.cached_extraction(article.id, "test-1") == _marked(article).to_dict()

    def must_not_run(_a: Article) -> Extraction:
        raise AssertionError("the cached result should have been used")

    again = _controller(session, must_not_run, decoder=Extraction.from_dict)
    again.release()
    with qtbot.waitSignal(again.ready, timeout=WAIT) as got:
        again.request(article)
    assert got.args[0].quotes[0].speaker == "Tester"

    newer = Recorder()
    bumped = _controller(session, newer, version="test-2", decoder=Extraction.from_dict)
    bumped.release()
    with qtbot.waitSignal(bumped.ready, timeout=WAIT):
        bumped.request(article)
    assert len(newer.calls) == 1  # a new extractor version recomputes


def test_long_articles_run_off_the_ui_thread_and_short_ones_on_it(qtbot, session: Session) -> None:
    rec = Recorder()
    c = _controller(session, rec, sync_limit=20)
    c.release()
    with qtbot.waitSignal(c.ready, timeout=WAIT):
        c.request(_article(session, "قصير\nنص"))
    with qtbot.waitSignal(c.ready, timeout=WAIT):
        c.request(_article(session, "طويل\n" + "كلمة " * 50))
    assert rec.calls == [("قصير", True), ("طويل", False)]


def test_the_ui_stays_live_while_a_long_article_is_analysed(qtbot, session: Session) -> None:
    gate = threading.Event()
    rec = Recorder(gate)
    c = _controller(session, rec, sync_limit=0)
    c.release()
    c.request(_article(session, "أ\nنص طويل"))
    qtbot.waitUntil(lambda: rec.calls != [], timeout=WAIT)
    QApplication.processEvents()  # the UI thread is free while the worker is busy
    assert c.is_busy() and c.result is None
    with qtbot.waitSignal(c.ready, timeout=WAIT):
        gate.set()
    assert not c.is_busy()


def test_a_long_articles_result_is_cached_by_the_worker_not_the_interface_thread(
        qtbot, session: Session, monkeypatch) -> None:
    """Caching a long article's result (its JSON, its People rows) held the window ~0.5 s for 3 MB."""
    from qari.core.store.library import Library

    writers: list[bool] = []  # on the interface thread?
    real = Library.cache_extraction

    def spy(self: Library, *args: object) -> None:
        writers.append(threading.current_thread() is threading.main_thread())
        real(self, *args)  # type: ignore[arg-type]  # (the arguments as given)

    monkeypatch.setattr(Library, "cache_extraction", spy)
    c = _controller(session, Recorder(), sync_limit=0)
    c.release()
    article = _article(session, "أ\nنص طويل")
    with qtbot.waitSignal(c.ready, timeout=WAIT):
        c.request(article)
    assert writers == [False]
    assert session.library.cached_extraction(article.id, "test-1") == _marked(article).to_dict()


def test_a_result_for_an_article_the_reader_left_is_cached_but_not_shown(qtbot, session: Session) -> None:
    gate = threading.Event()
    rec = Recorder(gate)
    c = _controller(session, rec, sync_limit=0)
    shown: list[str] = []
    c.ready.connect(lambda ex: shown.append(ex.quotes[0].text))
    c.release()
    left, now = _article(session, "أ\nالمقال الأول"), _article(session, "ب\nالمقال الثاني")
    c.request(left)
    qtbot.waitUntil(lambda: rec.calls != [], timeout=WAIT)
    c.request(now)  # the reader switched while the first was being analysed
    with qtbot.waitSignal(c.ready, timeout=WAIT):
        gate.set()
    assert shown == ["ب"]
    assert c.result is not None and c.result.quotes[0].text == "ب"
    assert session.library.cached_extraction(left.id, "test-1") is not None


def test_a_failing_extraction_is_reported_not_raised(qtbot, session: Session) -> None:
    def broken(_a: Article) -> Extraction:
        raise ValueError("bad input")

    c = _controller(session, broken, sync_limit=0)
    c.release()
    with qtbot.waitSignal(c.failed, timeout=WAIT) as got:
        c.request(_article(session, "عنوان\nنص"))
    assert "bad input" in got.args[0]
    assert not c.is_busy()


def test_an_article_from_elsewhere_is_analysed_without_the_store(qtbot) -> None:
    rec = Recorder()
    c = _controller(None, rec)
    c.release()
    with qtbot.waitSignal(c.ready, timeout=WAIT) as got:
        c.request(Article.from_text("خارجي\nنص"))
    assert got.args[0].quotes[0].text == "خارجي"


def test_the_window_paints_before_extraction_and_caches_the_result(qtbot, data_dir: Path, monkeypatch) -> None:
    from qari.core.extract import EXTRACTOR_VERSION, extract
    from qari.ui.startup import build_window

    calls: list[str] = []

    def spy(article: Article, cancelled: object = None) -> Extraction:
        calls.append(article.title)
        return extract(article, cancelled)  # type: ignore[arg-type]

    monkeypatch.setattr(extraction_module, "_default_extractor", spy)
    ensure_app()
    built = build_window(GuiOptions(data_dir=data_dir, lang="en"))
    assert not isinstance(built, int)
    window, session = built
    qtbot.addWidget(window)
    try:
        QApplication.processEvents()
        assert calls == []  # not shown, not painted: nothing analysed yet
        window.show()
        qtbot.waitUntil(lambda: window.analysis.controller.result is not None, timeout=WAIT)
        assert len(calls) == 1
        article = window.current_article()
        assert article is not None and article.id is not None
        assert session.library.cached_extraction(article.id, EXTRACTOR_VERSION) is not None
    finally:
        window.close()
        session.close()


def test_opening_another_article_stops_the_analysis_of_a_long_one(qtbot, session: Session) -> None:
    long_text = "تقرير طويل\n" + "وقال الرئيس الروسي فلاديمير بوتين إن المحادثات كانت مثمرة جدا. " * 3000
    long_article, short = _article(session, long_text), _article(session, "قصير\nقال الوزير إن الاجتماع انتهى.")
    c = ExtractionController(session.library, version="test-cancel")  # the real extractor
    c.release()
    c.request(long_article)
    qtbot.waitUntil(lambda: c._executor is not None, timeout=WAIT)  # the long analysis is under way
    with qtbot.waitSignal(c.ready, timeout=60_000) as got:
        c.request(short)
    assert got.args[0] is c.result and c.article is short
    qtbot.waitUntil(lambda: c.cancelled_count == 1, timeout=WAIT)  # stopped, not run to its end
    assert session.library.cached_extraction(long_article.id, "test-cancel") is None
    c.shutdown()


def test_the_interface_thread_gets_the_interpreter_back_quickly_while_a_worker_runs() -> None:
    """Python's default 5 ms switch interval made every Qt call of the interface thread wait up to
    5 ms while the extraction thread ran (paging a 5 MB report: 0.9 s; bench_long page_block_5mb_ms)."""
    import sys

    ensure_app()
    assert sys.getswitchinterval() <= 0.0002


def test_the_analysis_waits_while_the_reader_moves_the_page(monkeypatch, window) -> None:
    """Both threads share one interpreter: while the reader pages, the worker pauses at its next
    check (and for at most a second at a time), and goes on at once when the reader opens another
    article."""
    clock, naps = [1000.0], []

    def nap(seconds: float) -> None:
        naps.append(seconds)
        clock[0] += seconds

    monkeypatch.setattr(extraction_module, "_now", lambda: clock[0])
    monkeypatch.setattr(extraction_module, "_nap", nap)
    c = window.analysis.controller
    assert c._pause(lambda: False) is False and naps == []  # nobody paging: on at once
    bar = window.reader.verticalScrollBar()
    bar.setValue(bar.value() + 40)  # the reader scrolls (the wiring tells the controller)
    assert c._pause(lambda: False) is False
    assert sum(naps) == pytest.approx(extraction_module.QUIET_S, abs=0.011)
    naps.clear()
    c.hold_back()
    c._quiet_at += 3600  # paging on and on
    c._pause(lambda: False)
    assert sum(naps) == pytest.approx(extraction_module.MAX_PAUSE_S, abs=0.011)  # a second at most
    naps.clear()
    c.hold_back()
    assert c._pause(lambda: True) is True and naps == []  # another article opened: no wait
