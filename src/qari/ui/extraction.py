"""Extraction for the sidebar, without ever making the reader wait.

``ExtractionController`` looks an article's result up in the store (keyed by the extractor
version), else runs ``extract()``: on a worker thread when the article is long or the extractor
has not been loaded yet, on the UI thread (after the window has painted) when it is short. It
emits ``ready(Extraction)`` only for the article the reader shows now; a result that arrives
after the reader moved on is cached and otherwise ignored.

``ReaderMarks`` turns the panels' requests into reader calls (scroll, flash, mention layers).
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QColor

from qari.core.article import Article
from qari.ui.lazy import LazyPage

if TYPE_CHECKING:
    from concurrent.futures import ThreadPoolExecutor

    from PySide6.QtWidgets import QTabWidget, QWidget

    from qari.core.extract import Extraction
    from qari.core.store.library import Library
    from qari.ui.reader.view import ReaderView
    from qari.ui.sidebar.entities import EntitiesPanel
    from qari.ui.sidebar.quotes import QuotesPanel

# Measured on the sample article: loading the extractor ~0.2 s once, then ~1.5 µs a character.
# Up to this many characters a warm extractor runs on the UI thread (~12 ms); longer, or cold, it
# runs on the worker thread.
SYNC_LIMIT = 8000
# The worker pauses at its next check (every 16 sentences) while the reader moves the page, and this
# long after: both threads share one interpreter, and each Qt call of the interface thread waited for
# the worker's turn (paging a 5 MB report beside its analysis: passes of 2x their processor time).
# At most MAX_PAUSE_S at a time, so a reader paging on for minutes still gets the sidebar.
QUIET_S, MAX_PAUSE_S = 0.25, 1.0
_now, _nap = time.monotonic, time.sleep  # (the worker's clock: tests replace them)
FLASH_MS = 1200
FLASH_COLOR = "#f5b400"  # amber: "here it is"
MENTION_COLOR = "#5b9cf0"  # blue: every mention faintly, the current one strongly

Extractor = Callable[[Article], "Extraction"]
Decoder = Callable[[dict[str, Any]], "Extraction"]


def _default_extractor(article: Article, cancelled: Callable[[], bool] | None = None) -> Extraction:
    from qari.core.extract import extract

    return extract(article, cancelled)


def _default_run(article: Article, cancelled: Callable[[], bool]) -> Extraction:
    return _default_extractor(article, cancelled=cancelled)  # looked up when called (tests spy on it)


def _default_version() -> str:
    from qari.core.extract import EXTRACTOR_VERSION

    return EXTRACTOR_VERSION


def _default_decoder(data: dict[str, Any]) -> Extraction:
    from qari.core.extract import Extraction

    return Extraction.from_dict(data)


class _Relay(QObject):
    """Carries a worker's result back to the UI thread (queued: it lives in the UI thread)."""

    done = Signal(int, object, object, bool)  # ticket, article, Extraction, cached by the worker already
    error = Signal(int, str)
    crash = Signal(object)  # the extractor's exception (a bug), for the error report


class ExtractionController(QObject):
    """Cached, off-the-UI-thread extraction for the article being read."""

    ready = Signal(object)  # Extraction of the current article
    failed = Signal(str)  # why the current article could not be analysed
    crashed = Signal(object)  # the exception behind it: a bug in the extractor (the window reports it)

    def __init__(
        self,
        library: Library | None,
        parent: QObject | None = None,
        *,
        extractor: Extractor | None = None,
        version: str | Callable[[], str] | None = None,
        decoder: Decoder | None = None,
        sync_limit: int = SYNC_LIMIT,
    ) -> None:
        super().__init__(parent)
        self._library = library
        # the work, told how to know that it is no longer wanted (an injected extractor is not)
        self._run: Callable[[Article, Callable[[], bool]], Extraction] = (
            _default_run if extractor is None else (lambda a, _stop: extractor(a)))
        self._version = version or _default_version
        self._decoder = decoder or _default_decoder
        self.sync_limit = sync_limit
        self._warm = extractor is not None  # an injected extractor has nothing to load
        self._released = False
        self._closed = False
        self.cancelled_count = 0  # analyses stopped because the reader moved on (tests, benchmarks)
        self._ticket = 0
        self._article: Article | None = None
        self._result: Extraction | None = None
        self._busy = False
        self._executor: ThreadPoolExecutor | None = None
        self._quiet_at = 0.0  # (time.monotonic) the worker waits until then: see hold_back
        self._relay = _Relay(self)
        self._emit_lock = threading.Lock()
        self._relay.done.connect(self._on_done)
        self._relay.error.connect(self._on_error)
        self._relay.crash.connect(self.crashed)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)

    # -- state ----------------------------------------------------------------------
    @property
    def article(self) -> Article | None:
        return self._article

    @property
    def result(self) -> Extraction | None:
        """The current article's extraction, once ready."""
        return self._result

    def is_busy(self) -> bool:
        """True while the current article is being analysed."""
        return self._busy

    def version(self) -> str:
        return self._version() if callable(self._version) else self._version

    # -- requests -------------------------------------------------------------------
    def release(self) -> None:
        """The window has painted: extraction may start (connected to ReaderView.firstPaint)."""
        if not self._released:
            self._released = True
            if self._article is not None:
                self._schedule(self._ticket)

    def request(self, article: Article | None) -> None:
        """Analyse ``article`` (the reader now shows it; None: no article); earlier requests become stale."""
        self._ticket += 1
        self._article = article
        self._result = None
        self._busy = article is not None
        if self._released and article is not None:
            self._schedule(self._ticket)

    def _schedule(self, ticket: int) -> None:
        # A zero timer: the reader paints the newly opened article before any work starts.
        QTimer.singleShot(0, self, lambda: self._start(ticket))

    def _start(self, ticket: int) -> None:
        article = self._article
        if ticket != self._ticket or article is None or self._closed:
            return
        cached = self._cached(article)
        if cached is not None:
            self._deliver(ticket, cached)
            return
        if self._warm and len(article.text) <= self.sync_limit:
            try:
                ex = self._run(article, lambda: False)
            except Exception as exc:  # a bad article must not take the window down
                self._on_error(ticket, f"{type(exc).__name__}: {exc}")
                self.crashed.emit(exc)
                return
            self._on_done(ticket, article, ex)
            return
        if self._executor is None:
            from concurrent.futures import ThreadPoolExecutor  # (at the first extraction off the UI thread)

            self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="qari-extract")
        self._executor.submit(self._work, ticket, article)

    def hold_back(self, *_args: object) -> None:
        """The reader is moving the page: the worker pauses meanwhile (see :data:`QUIET_S`)."""
        self._quiet_at = _now() + QUIET_S

    # -- the worker thread --------------------------------------------------------------
    def _pause(self, stale: Callable[[], bool]) -> bool:
        """Wait while the reader moves the page (at most :data:`MAX_PAUSE_S`); then whether ``stale``."""
        until = _now() + MAX_PAUSE_S
        while _now() < min(self._quiet_at, until) and not stale():
            _nap(0.01)
        return stale()

    def _work(self, ticket: int, article: Article) -> None:
        if ticket != self._ticket:  # the reader moved on before this job started
            return
        from qari.core.extract import Cancelled

        def stale() -> bool:
            return ticket != self._ticket or self._closed

        try:
            # stops within a few sentences once another article is opened or the window closes
            ex = self._run(article, lambda: self._pause(stale))
        except Cancelled:
            self.cancelled_count += 1
            return
        except Exception as exc:  # reported to the UI thread
            self._emit(self._relay.error, ticket, f"{type(exc).__name__}: {exc}")
            self._emit(self._relay.crash, exc)
        else:
            stored = ticket == self._ticket and self._store_here(article, ex)
            self._emit(self._relay.done, ticket, article, ex, stored)

    def _store_here(self, article: Article, ex: Extraction) -> bool:
        """Cache the result from the worker thread, on a connection of its own (the library is in
        WAL mode: the reader's connection goes on meanwhile). A 3 MB article's JSON and People rows
        held the interface thread ~0.5 s. False: the interface thread stores it (as for short ones)."""
        if self._library is None or article.id is None or self._closed:
            return False
        from qari.core.store.db import Database
        from qari.core.store.library import Library

        try:
            db = Database.open(self._library.db.path)
        except Exception:  # (the interface thread's connection tries, and reports a fault)
            return False
        try:
            self._store(article, ex, Library(db))
        except Exception:
            return False
        finally:
            db.close()
        return True

    def _emit(self, signal: Any, *args: object) -> None:
        # Under the lock shutdown() takes: once the window has shut the controller down, no worker
        # emits on the relay, which may be deleted right after (emitting on it then would crash).
        with self._emit_lock:
            if self._closed:
                return
            with contextlib.suppress(RuntimeError):
                signal.emit(*args)

    # -- back on the UI thread ------------------------------------------------------------
    def _on_done(self, ticket: int, article: Article, ex: Extraction, stored: bool = False) -> None:
        if self._closed:  # the window closed (and the library with it) while this ran
            return
        self._warm = True
        if not stored:
            self._store(article, ex, self._library)
        if ticket == self._ticket:
            self._deliver(ticket, ex)

    def _on_error(self, ticket: int, message: str) -> None:
        if ticket == self._ticket and not self._closed:
            self._busy = False
            self.failed.emit(message)

    def _deliver(self, ticket: int, ex: Extraction) -> None:
        self._result = ex
        self._busy = False
        self.ready.emit(ex)

    # -- the cache ------------------------------------------------------------------------
    def _cached(self, article: Article) -> Extraction | None:
        if self._library is None or article.id is None:
            return None
        data = self._library.cached_extraction(article.id, self.version())
        if data is None:
            return None
        try:
            return self._decoder(data)
        except (KeyError, TypeError, ValueError):  # an old shape under the same version: recompute
            return None

    def _store(self, article: Article, ex: Extraction, library: Library | None) -> None:
        if library is None or article.id is None:
            return
        stored = library.get(article.id)
        if stored is None or stored.text != article.text:  # edited meanwhile: the result is stale
            return
        library.cache_extraction(article.id, self.version(), ex.to_dict())

    def shutdown(self) -> None:
        """The window is closing: drop queued work; a running job finishes and is ignored."""
        with self._emit_lock:
            self._closed = True
        self._ticket += 1
        if self._executor is not None:
            self._executor.shutdown(wait=False, cancel_futures=True)
            self._executor = None

    def wait_idle(self, timeout: float = 30.0) -> bool:
        """Block until the worker has no job (benchmarks and scripts; tests wait on signals)."""
        if self._executor is None:
            return True
        done = threading.Event()
        self._executor.submit(done.set)
        return done.wait(timeout)


class ReaderMarks(QObject):
    """What the sidebar's requests do to the reader: scroll, flash a quote, mark an entity."""

    def __init__(self, reader: ReaderView, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._reader = reader
        self._flash_timer = QTimer(self, singleShot=True, interval=FLASH_MS)
        self._flash_timer.timeout.connect(lambda: self._reader.clear_layer("flash"))

    @staticmethod
    def _color(name: str, alpha: int) -> QColor:
        color = QColor(name)
        color.setAlpha(alpha)  # translucent: readable on the light, sepia and dark themes
        return color

    def flash(self, start: int, end: int) -> None:
        """Scroll to a quote and highlight it for a moment."""
        self._reader.scroll_to_offset(start, center=True)
        self._reader.set_layer("flash", [(start, end, self._color(FLASH_COLOR, 120))])
        self._flash_timer.start()

    def show_mentions(self, spans: list[tuple[int, int]]) -> None:
        """Mark every mention of the active entity; an empty list clears the marks."""
        self._reader.clear_layer("entity-current")
        if not spans:
            self._reader.clear_layer("entity")
            return
        color = self._color(MENTION_COLOR, 85)
        self._reader.set_layer("entity", [(a, b, color) for a, b in spans])

    def go_to_mention(self, start: int, end: int) -> None:
        self._reader.scroll_to_offset(start, center=True)
        self._reader.set_layer("entity-current", [(start, end, self._color(MENTION_COLOR, 150))])


@dataclass
class Analysis:
    """The sidebar's extraction panes, built by :func:`build_analysis`, wired by the window. The
    Quotes and Names panels are made when their tab is first shown (or asked for here)."""

    controller: ExtractionController
    marks: ReaderMarks
    quotes_page: LazyPage
    entities_page: LazyPage

    @property
    def quotes(self) -> QuotesPanel:
        return cast("QuotesPanel", self.quotes_page.panel())

    @property
    def entities(self) -> EntitiesPanel:
        return cast("EntitiesPanel", self.entities_page.panel())


def _quotes_panel() -> QWidget:
    from qari.ui.sidebar.quotes import QuotesPanel

    return QuotesPanel()


def _entities_panel() -> QWidget:
    from qari.ui.sidebar.entities import EntitiesPanel

    return EntitiesPanel()


def build_analysis(library: Library, reader: ReaderView, tabs: QTabWidget, parent: QObject) -> Analysis:
    """Build the controller and the Quotes and Entities tabs (added to ``tabs``, after the Article tab)."""
    tr = QCoreApplication.translate
    quotes = LazyPage(_quotes_panel, resets=("show_article",))
    quotes.setObjectName("quotes-page")
    entities = LazyPage(_entities_panel, resets=("show_article",))
    entities.setObjectName("entities-page")
    tabs.addTab(quotes, tr("QuotesPanel", "Quotes"))  # (the panels' own tab_title and tab_tooltip)
    tabs.addTab(entities, tr("EntitiesPanel", "Names"))
    tabs.setTabToolTip(tabs.indexOf(entities), tr("EntitiesPanel", "People, places & organisations"))
    controller = ExtractionController(library, parent)
    marks = ReaderMarks(reader, parent)
    return Analysis(controller, marks, quotes, entities)


def show_analysis_tab(an: Analysis, tabs: QTabWidget, tab: str, timeout_ms: int = 15000) -> bool:
    """For ``qari screenshot --tab quotes|entities``: wait until the panels are filled, then show
    that tab (another name: the first tab). Returns False if the extraction did not finish in time."""
    from PySide6.QtCore import QEventLoop

    if an.controller.is_busy():
        loop = QEventLoop()
        an.controller.ready.connect(loop.quit)
        an.controller.failed.connect(loop.quit)
        QTimer.singleShot(timeout_ms, loop.quit)
        loop.exec()
    page = {"quotes": an.quotes_page, "entities": an.entities_page}.get(tab)
    shown = page if page is not None else tabs.widget(0)
    if shown is not None:
        tabs.setCurrentWidget(shown)
    return not an.controller.is_busy()
