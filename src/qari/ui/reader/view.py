"""The reading view: an article laid out right-to-left in a bundled Arabic font.

All positions coming in and going out are canonical code-point offsets; the
conversion to Qt's UTF-16 document positions happens here, through DisplayText.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QFontMetricsF, QKeyEvent, QPaintEvent, QResizeEvent, QTextBlock, QTextCursor, QTextDocument
from PySide6.QtWidgets import QTextBrowser, QTextEdit, QWidget

from qari.core.article import Article
from qari.core.display import DisplayText
from qari.ui.reader import compose, layers, themes
from qari.ui.reader.layout_job import LayoutJob
from qari.ui.reader.loading import Loader
from qari.ui.settings import ReaderPrefs

MIN_SIZE, MAX_SIZE = 10.0, 48.0  # points: the range of zoom (ReaderControls.zoom)
# Pixels between the text and each side of the view, however narrow the window: the root
# frame's side margins replace the document margin, so the column's centring keeps at least this.
MARGIN = 28
LONG_TEXT = 200_000  # characters: above this, a reading place far down is restored once laid out


class ReaderView(layers.LayerMethods, QTextBrowser):
    """Shows one article. Emits ``positionChanged(offset, progress)`` as the reader scrolls."""

    positionChanged = Signal(int, float)
    firstPaint = Signal()
    laidOut = Signal()  # the text was (re)laid out: after an article, a preference or a justified resize
    layoutComplete = Signal()  # the whole text is laid out (long articles: well after the first paint)
    textLoaded = Signal()  # a long text is all in the document (its first part was shown before)
    articlePainted = Signal()  # the article just set was painted (each article, once)

    def __init__(self, prefs: ReaderPrefs, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reader")
        self.setAccessibleName(self.tr("Article text"))
        self.setOpenLinks(False)
        self.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self.setFrameShape(QTextBrowser.Shape.NoFrame)
        # The column is set by margins and wraps at the viewport: never a sideways scroll.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setLineWrapMode(QTextEdit.LineWrapMode.WidgetWidth)
        # Mouse selection only: the keys scroll the page like a book (see keyPressEvent), no caret.
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # WORKAROUND for PySide6 6.12: a first viewport() call makes every QWidget subclass's Python type
        # (9 ms before the first paint, measured); found by name, the viewport is wrapped as it is.
        self.findChild(QWidget, "qt_scrollarea_viewport")
        self._prefs = prefs
        self._shown_doc: QTextDocument | None = None  # the document set last (setDocument deletes only its own)
        self._theme = themes.resolve(prefs.theme)
        self._article: Article | None = None
        self._display = DisplayText.build("")
        self._paint = layers.Painter(self)  # the highlight layers, as extra selections
        self._layers = self._paint.layers
        self._job: LayoutJob | None = None  # finishes the layout after the first screen
        self._loader: Loader | None = None  # appends a long text after the first screen (loading.py)
        self._justify_on_show = False
        self._justify_timer = QTimer(self, singleShot=True, interval=120)
        self._justify_timer.timeout.connect(self._relayout_after_resize)
        self._painted = False
        self._job_after_paint = False  # the layout job waits for the first paint (see event)
        self._article_painted = False
        self._side_margin = -1
        self._restore_to: int | None = None
        self._pending: tuple[int, int, int] | None = None  # a restore waiting for the layout: offset, block, bar
        self._article_closed = False
        self._emit_timer = QTimer(self, singleShot=True, interval=150)
        self._emit_timer.timeout.connect(self._emit_position)
        self.verticalScrollBar().valueChanged.connect(lambda _v: (self._emit_timer.start(), self._paint.scrolled()))
        # Never a sideways scroll: a line Qt set a few pixels wider than the column (fitted later, see
        # layout_job.py) must not shift the page meanwhile (a right-to-left view's offset is max - value).
        hbar = self.horizontalScrollBar()
        hbar.rangeChanged.connect(lambda _lo, hi: hbar.setValue(hi if self.isRightToLeft() else 0))

    # -- content ----------------------------------------------------------------
    @property
    def painted(self) -> bool:
        """Whether the article has been painted once (see ``firstPaint``)."""
        return self._painted

    @property
    def article(self) -> Article | None:
        return self._article

    @property
    def display(self) -> DisplayText:
        return self._display

    @property
    def prefs(self) -> ReaderPrefs:
        return self._prefs

    def set_article(self, article: Article, position: int = 0) -> None:
        self._pending = None
        self._article = article
        self._article_painted = False
        self._layers.clear()
        self._rebuild(position)

    def close_article(self) -> None:
        """Show no article (the open one was deleted)."""
        self._article = None
        self._layers.clear()
        self._rebuild(0)

    @property
    def theme(self) -> themes.Theme:
        return self._theme

    def apply_prefs(self, prefs: ReaderPrefs) -> None:
        """Re-set the article with new preferences, keeping the reader's place."""
        keep = self.top_position() if self._article else 0
        self._prefs = prefs
        self._theme = themes.resolve(prefs.theme)
        self._rebuild(keep)

    def relayout_now(self) -> None:
        """Lay the text out again at the current width (justified mode re-fits every line)."""
        self._justify_timer.stop()
        self._rebuild(self._restore_to if self._restore_to is not None else self.top_position())

    def _relayout_after_resize(self) -> None:
        # in steps, never at once: a resize must not hold the window up (see layout_job.py)
        if self.loading:
            return  # the layout starts once the text is in, at the width of then
        if self._prefs.justify:
            self._rebuild(self._restore_to if self._restore_to is not None else self.top_position(), immediate=False)
        else:  # ragged: the same document, its lines fitted again at the new width
            self._start_job(immediate=False)

    @property
    def justified_lines(self) -> int:
        """Lines made flush by the justification of the text shown (so far)."""
        return self._job.spaced if self._job is not None and self._prefs.justify else 0

    @property
    def loading(self) -> bool:
        """A long text is still being put in the document (the first part is shown)."""
        return self._loader is not None and not self._loader.done

    def finish_layout(self) -> None:
        """Lay out (and justify) the rest of the text now, not in steps (screenshots, benchmarks)."""
        if self._loader is not None:
            self._loader.finish_now()
            self._loaded()
        if not self._justify_on_show and self._job is not None:
            self._job.finish_now()

    def _rebuild(self, position: int, *, immediate: bool = True) -> None:
        self.setPalette(themes.reader_palette(self._theme, self.palette()))
        self.viewport().setPalette(self.palette())
        self._layout_text()
        # Justify at the width the page is shown at; before the first show, wait for it.
        self._justify_on_show = self._prefs.justify and self._article is not None and not self.isVisible()
        self._refresh_selections()
        self._restore_to = position
        self._apply_restore()
        if self._loader is not None:  # a long text: its layout starts once it is all in
            self._stop_job()
            self._loader.finished.connect(self._loaded)
            if self._article_painted:  # (else once its first screen is painted: paintEvent)
                self._loader.start()
        elif not self._justify_on_show:
            self._start_job(immediate=immediate)
        if not (self._prefs.justify and self._article is not None):
            self.laidOut.emit()

    def _loaded(self) -> None:
        """The whole text is ready (loading.py): show it at the same place, paint what lies further
        down, lay it all out, and go on with a reading place that was waiting for its text."""
        if self._loader is None:
            return
        bar = self.verticalScrollBar()
        keep, bottom = bar.value(), self.block_at(self.viewport().height()).position()
        doc = self._loader.document
        self._loader = self._loader.dispose()
        self._show_document(doc)
        doc.documentLayout().blockBoundingRect(doc.findBlock(bottom))  # laid out as far as the screen
        bar.setValue(keep)
        self._refresh_selections()
        self.textLoaded.emit()
        if not self._justify_on_show:
            self._start_job(immediate=False)
        pending, self._pending = self._pending, None
        if pending is not None and self.verticalScrollBar().value() == pending[2]:
            self._restore_to = pending[0]
            self._apply_restore()

    def _stop_job(self) -> None:
        if self._job is not None:
            self._job.stop()
            self._job.deleteLater()
            self._job = None

    def _start_job(self, *, immediate: bool = True) -> None:
        """The rest of the layout in short steps, the visible blocks first (see layout_job.py)."""
        self._stop_job()
        justified = self._prefs.justify and self._article is not None
        job = LayoutJob(self, lambda: self._display, self._set_display, justified=justified, parent=self)
        job.displayChanged.connect(self._refresh_selections)
        job.laidTo.connect(self._restore_when_laid)
        job.done.connect(self._job_done)
        self._job = job
        job.start(immediate=immediate and justified)  # ragged text is painted as Qt lays it out

    def _set_display(self, display: DisplayText) -> None:
        self._display = display

    def _job_done(self) -> None:
        if self._prefs.justify and self._article is not None:
            self.laidOut.emit()
        self.layoutComplete.emit()

    def _layout_text(self) -> None:
        article = self._article
        text = article.text if article else ""
        self._display = DisplayText.build(text, hide_tashkeel=self._prefs.hide_tashkeel)
        if self._loader is not None:
            self._loader = self._loader.dispose()
        shown = self._display.text if text else ""
        first, full = (compose.Composer(self, shown, self._prefs, self._theme, MARGIN) for _ in range(2))
        loader = Loader(first, full, self)  # (the first part goes in now)
        self._loader = loader.dispose() if loader.done else loader
        self._show_document(first.doc)

    def _show_document(self, doc: QTextDocument) -> None:
        self._stop_job()  # (it works on the document shown)
        # (not self.document().parent(): a first parent() of the view's own document, whose parent Python has
        # no type for, makes every QObject subclass's Python type: 35 ms before the first paint, measured)
        old, self._shown_doc = self._shown_doc, doc
        self._side_margin = compose.side_margin(self._prefs, self.logicalDpiY(), self.viewport().width(), MARGIN)
        compose.set_side_margins(doc, self._side_margin)  # before it is shown: one layout, not two
        self.setDocument(doc)
        if old is not None:
            old.deleteLater()  # (in a later pass of the event loop)
        bar = self.verticalScrollBar()
        line = QFontMetricsF(doc.defaultFont()).height() * self._prefs.line_height / 100.0
        bar.setSingleStep(max(1, round(line)))

    # -- measure: a comfortable line length ---------------------------------------
    def _update_margins(self) -> None:
        side = compose.side_margin(self._prefs, self.logicalDpiY(), self.viewport().width(), MARGIN)
        if side != self._side_margin:
            self._side_margin = side
            compose.set_side_margins(self.document(), side)

    def resizeEvent(self, event: QResizeEvent) -> None:
        at_top = self.verticalScrollBar().value() == 0  # the top stays the top (e.g. when the find bar opens)
        keep = self.top_position() if self._article and self._painted and not at_top else None
        wider = self._article is not None and event.size().width() != event.oldSize().width()
        if wider and self._painted and not self._justify_on_show and self._job is not None and not self.loading:
            self._rebuild(0, immediate=False)  # a new document, laid out in the job's steps: see layout_job.py
        elif wider:
            self._justify_timer.start()  # re-fit the lines once the resizing settles
        super().resizeEvent(event)
        self._update_margins()
        if keep is not None:
            self.scroll_to_offset(keep)

    # -- keyboard: scroll like a page ---------------------------------------------------
    def keyPressEvent(self, e: QKeyEvent) -> None:
        if layers.page_key(self.verticalScrollBar(), self.viewport().height(), e):
            e.accept()
        else:
            super().keyPressEvent(e)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted and self._article is not None:
            self._painted = True
            if self._job_after_paint and self._job is not None:
                self._job.resume()
            self.firstPaint.emit()
        if not self._article_painted and self._article is not None:
            self._article_painted = True
            self.articlePainted.emit()
            if self._loader is not None:  # the rest of a long text, now that its start is on screen
                QTimer.singleShot(0, lambda: self._loader is not None and self._loader.start())

    def event(self, e: QEvent) -> bool:
        if e.type() == QEvent.Type.Show:
            if self._justify_on_show:
                self._justify_on_show = False
                if not self.loading:  # (else once the text is in)
                    self._start_job()  # justified at the width it is shown at, the visible part first
            elif self._job is not None and not self._painted:  # ragged: Qt lays out the first screen,
                self._job.stop()  # the job (the whole layout, fitting lines) goes on once it is painted
                self._job_after_paint = True
            QTimer.singleShot(0, self._apply_restore)
        return super().event(e)

    # -- positions ------------------------------------------------------------------
    def top_position(self) -> int:
        """Canonical offset of the first character visible at the top of the view."""
        if self._article is None:
            return 0
        if self._pending is not None and self.verticalScrollBar().value() == self._pending[2]:
            return self._pending[0]  # a place still to be restored is still the reader's place
        vp = self.viewport()
        return self._display.from_qt(self.position_at(QPoint(vp.width() // 2, 4)))

    def block_at(self, y: int) -> QTextBlock:
        """The block at viewport height ``y``; unlike ``cursorForPosition`` it never lays out the
        text below the screen."""
        return layers.block_near(self.document(), self.verticalScrollBar().value() + y)

    def position_at(self, point: QPoint) -> int:
        """Document position at a viewport point (the line at its height, the character at its x)."""
        block = self.block_at(point.y())
        y = self.verticalScrollBar().value() + point.y()
        return layers.position_in_block(block, point.x(), y)  # (never scrolled sideways: see __init__)

    def progress(self) -> float:
        bar = self.verticalScrollBar()
        share = self._loader.fraction if self._loader is not None else 1.0  # of the text in the document
        if bar.maximum() <= 0:
            return share
        return bar.value() / bar.maximum() * share

    def _ensure(self, *offsets: int) -> None:
        """The text up to these canonical offsets is in the document (a long one still loading)."""
        if self._loader is not None and not self._loader.done:
            qt = self._display.to_qt(max(offsets))
            if qt >= self.document().characterCount() - 1:
                self._pending = None  # a jump (find, a note): the reader's own move, not the saved place
                self._loader.ensure(qt)

    def scroll_to_offset(self, offset: int, *, center: bool = False) -> None:
        self._ensure(offset)
        cursor = QTextCursor(self.document())
        cursor.setPosition(min(self._display.to_qt(offset), self.document().characterCount() - 1))
        rect = self.cursorRect(cursor)
        bar = self.verticalScrollBar()
        target = bar.value() + rect.top() - (self.viewport().height() // 3 if center else 4)
        block_top = int(self.document().documentLayout().blockBoundingRect(cursor.block()).top())
        if not center and cursor.block().position() == cursor.position():
            target = block_top
        if target > bar.maximum():  # laid out to there just now: Qt widens the range only later
            bar.setMaximum(target)  # (documentSize() would lay out the whole text first: a second)
        bar.setValue(max(0, target))

    def _apply_restore(self) -> None:
        if self._restore_to is None or not self.isVisible():
            return
        offset, self._restore_to = self._restore_to, None
        self._pending = None
        if offset <= 0:  # (0: a new document already starts at the top; a late restore must not
            return  # undo a scroll the reader made meanwhile)
        if self.loading:  # restored once the text is in and laid out to there (_loaded)
            self._pending = (offset, -1, self.verticalScrollBar().value())
            return
        block = self.document().findBlock(self._display.to_qt(offset)).blockNumber()
        laid = self._job.laid if self._job is not None else 0
        if len(self._display.canonical) > LONG_TEXT and block >= laid:
            # A long article: going there now would lay out everything before it first (seconds
            # for a long report). Its first screen shows now; the place is restored as soon as
            # the layout, going on in steps, reaches it, unless the reader has scrolled meanwhile.
            self._pending = (offset, block, self.verticalScrollBar().value())
            return
        self.scroll_to_offset(offset)

    def _restore_when_laid(self, laid: int) -> None:
        if self._pending is None or laid <= self._pending[1] + 1:
            return
        offset, _block, bar = self._pending
        self._pending = None
        if self.verticalScrollBar().value() == bar:  # the reader has not moved meanwhile
            self.scroll_to_offset(offset)

    def stop_tracking(self) -> None:
        """No more position reports (the window is closing and saves the place itself)."""
        self._emit_timer.stop()
        self._article_closed = True
        if self._job is not None:
            self._job.stop()
        if self._loader is not None:
            self._loader.stop()

    def _emit_position(self) -> None:
        if self._article_closed:
            return
        if self._article is not None:
            self.positionChanged.emit(self.top_position(), self.progress())

    def select_span(self, start: int, end: int) -> None:
        self.setTextCursor(self.qt_cursor(start, end))

    def selected_span(self) -> tuple[int, int] | None:
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        a = self._display.from_qt(cursor.selectionStart())
        b = self._display.from_qt(cursor.selectionEnd())
        return (a, b) if b > a else None

    # -- highlight layers (find hits, mentions, annotations, flashes): layers.LayerMethods ----
    def qt_cursor(self, start: int, end: int) -> QTextCursor:
        """A document cursor selecting the canonical span ``[start, end)`` as shown."""
        self._ensure(end)
        a, b = self._display.span_to_qt(start, end)
        cursor = QTextCursor(self.document())
        cursor.setPosition(a)
        cursor.setPosition(b, QTextCursor.MoveMode.KeepAnchor)
        return cursor
