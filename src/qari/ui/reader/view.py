"""The reading view: an article laid out right-to-left in a bundled Arabic font.

All positions coming in and going out are canonical code-point offsets; the
conversion to Qt's UTF-16 document positions happens here, through DisplayText (a long text:
WindowText, the document holding a window of it, reader/window.py). Positions and page moves:
reader/paging.py.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSizeF, QTimer, Signal
from PySide6.QtGui import QPaintEvent, QResizeEvent, QShowEvent, QTextDocument
from PySide6.QtWidgets import QTextBrowser, QTextEdit, QWidget

from qari.core.article import Article
from qari.core.display import DisplayText
from qari.ui.early import set_enum, set_right_to_left
from qari.ui.reader import compose, layers, paging, themes
from qari.ui.reader.bar_hold import BarHold
from qari.ui.reader.layout_job import LayoutJob
from qari.ui.reader.window import LONG_CHARS, Shown, WindowText, part_for, range_of
from qari.ui.settings import ReaderPrefs

if TYPE_CHECKING:  # (made for a resize far down, never before the first paint: their Python types cost)
    from PySide6.QtGui import QPixmap

MIN_SIZE, MAX_SIZE = 10.0, 48.0  # points: the range of zoom (ReaderControls.zoom)
# Pixels between the text and each side of the view, however narrow the window: the root
# frame's side margins replace the document margin, so the column's centring keeps at least this.
MARGIN = 28
# After a resize, a place further than this into the new document is gone to once the layout job, in
# steps, has laid out the text before it (the page as it was stays on screen meanwhile); a nearer
# place at once.
AT_ONCE_CHARS = 8_000


class ReaderView(layers.LayerMethods, paging.PageMethods):
    """Shows one article. Emits ``positionChanged(offset, progress)`` as the reader scrolls."""

    positionChanged = Signal(int, float)
    firstPaint = Signal()
    laidOut = Signal()  # the text was (re)laid out: after an article, a preference or a justified resize
    layoutComplete = Signal()  # the document is wholly laid out (long articles: well after the first paint)
    articlePainted = Signal()  # the article just set was painted (each article, once)

    def __init__(self, prefs: ReaderPrefs, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reader")
        self.setAccessibleName(self.tr("Article text"))
        self.setOpenLinks(False)
        # (Qt's enums by name before the first paint: qari.ui.early)
        set_right_to_left(self)
        self.setFrameShape(QTextBrowser.Shape.NoFrame)
        # The column is set by margins and wraps at the viewport: never a sideways scroll.
        set_enum(self, "horizontalScrollBarPolicy", "ScrollBarAlwaysOff")
        self.setLineWrapMode(QTextEdit.LineWrapMode.WidgetWidth)
        # Mouse selection only: the keys scroll the page like a book (see keyPressEvent), no caret.
        set_enum(self, "textInteractionFlags", "TextSelectableByMouse")
        set_enum(self, "focusPolicy", "StrongFocus")
        # WORKAROUND for PySide6 6.12: a first viewport() call makes every QWidget subclass's Python type
        # (9 ms before the first paint, measured); found by name, the viewport is wrapped as it is.
        self.findChild(QWidget, "qt_scrollarea_viewport")
        self._prefs = prefs
        self._shown_doc: QTextDocument | None = None  # the document set last (setDocument deletes only its own)
        self._theme = themes.resolve(prefs.theme)
        self._article: Article | None = None
        self._display: Shown = DisplayText.build("")
        self._paragraphs: tuple[str, int] = ("", 0)  # a long text and its paragraphs, counted once
        self._paint = layers.Painter(self)  # the highlight layers, as extra selections
        self._layers = self._paint.layers
        self._job: LayoutJob | None = None  # finishes the layout after the first screen
        self._frozen: QPixmap | None = None  # the page shown while a resize's layout reaches the place
        self._frozen_edge = 0
        self._held_move = False  # the frozen page is the one before a window's move (see _hold_page)
        self._justify_on_show = False
        self._justify_timer = QTimer(self, singleShot=True, interval=120)
        self._justify_timer.timeout.connect(self._relayout_after_resize)
        self._painted = False
        self._switching = False  # (see switch_bars)
        self._job_after_paint = False  # the layout job waits for the first paint (see event)
        self.bar = BarHold(self)  # the scroll bar in place for a first layout (startup: bar_hold.py)
        self._article_painted = False
        self._side_margin = -1
        self._restore_to: int | None = None
        self._pending: tuple[int, int, int] | None = None  # a restore waiting for the layout: offset, block, bar
        self._article_closed = False
        self._emit_timer = QTimer(self, singleShot=True, interval=150)
        self._emit_timer.timeout.connect(self._emit_position)
        self._edge_timer = QTimer(self, singleShot=True, interval=0)  # a long text's window follows the page
        self._edge_timer.timeout.connect(self._follow_page)
        self.verticalScrollBar().valueChanged.connect(self._scrolled)
        # Never a sideways scroll: a line Qt set a few pixels wider than the column (fitted later, see
        # layout_job.py) must not shift the page meanwhile (a right-to-left view's offset is max - value).
        hbar = self.horizontalScrollBar()
        hbar.rangeChanged.connect(lambda _lo, hi: hbar.setValue(hi if self.isRightToLeft() else 0))

    def _scrolled(self, _value: int) -> None:
        if self._held_move:  # the reader moved on from the page held after a window's move
            self._page_justified()
        self._emit_timer.start()
        self._paint.scrolled()
        self._edge_timer.start()

    # -- content ----------------------------------------------------------------
    @property
    def painted(self) -> bool:
        """Whether the article has been painted once (see ``firstPaint``)."""
        return self._painted

    @property
    def article(self) -> Article | None:
        return self._article

    @property
    def display(self) -> Shown:
        return self._display

    @property
    def shown_range(self) -> tuple[int, int]:
        """The canonical range of the text the document holds (a long one: a window of it)."""
        return range_of(self._display)

    @property
    def prefs(self) -> ReaderPrefs:
        return self._prefs

    def set_article(self, article: Article, position: int = 0) -> None:
        self._settle()
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
        if self._prefs.justify:
            self._rebuild(self._restore_to if self._restore_to is not None else self.top_position(), immediate=False)
        else:  # ragged: the same document, its lines fitted again at the new width
            self._start_job(immediate=False)

    @property
    def justified_lines(self) -> int:
        """Lines made flush by the justification of the text shown (so far)."""
        return self._job.spaced if self._job is not None and self._prefs.justify else 0

    def finish_layout(self) -> None:
        """Lay out (and justify) the rest of the document now, not in steps (screenshots, benchmarks)."""
        if not self._justify_on_show and self._job is not None:
            self._job.finish_now()

    def _rebuild(self, position: int, *, immediate: bool = True, restore: bool = True,
                 same_kind: bool = False, before: int | None = None) -> None:
        """A new document at ``position`` (a long text, or a place far in: the window around it), laid
        out in the job's steps; with ``restore``, scrolled to the place (else the caller does); with
        ``same_kind``, a whole text stays whole (a resize: see resizeEvent); ``before``: the
        characters a new window holds before the place (reader/window.py)."""
        self.setPalette(themes.reader_palette(self._theme, self.palette()))
        self.viewport().setPalette(self.palette())
        self._layout_text(position, whole=same_kind and not isinstance(self._display, WindowText), before=before)
        self.bar.release_if_fits()
        # Justify at the width the page is shown at; before the first show, wait for it.
        self._justify_on_show = self._prefs.justify and self._article is not None and not self.isVisible()
        self._refresh_selections()
        if restore:
            self._restore_to = position
            self._apply_restore()
        if not self._justify_on_show:
            self._start_job(immediate=immediate)
        if not (self._prefs.justify and self._article is not None):
            self.laidOut.emit()

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
        job.laidTo.connect(self._paint.laid)
        job.done.connect(self._job_done)
        job.screenDone.connect(self._page_justified)
        self._job = job
        job.start(immediate=immediate and justified)  # ragged text is painted as Qt lays it out
        if not justified and self.isVisible() and not self._painted:  # (shown, the article not yet painted)
            self._wait_for_paint(job)

    def _wait_for_paint(self, job: LayoutJob) -> None:
        """The job (the whole layout, fitting lines) and Qt's own lazy layout wait for the first paint."""
        job.pause()
        self._job_after_paint = True

    def _set_display(self, display: Shown) -> None:
        self._display = display

    def _job_done(self) -> None:
        self.bar.release()  # the text is laid out: the bar stays if it overflows (nothing moves)
        if self._prefs.justify and self._article is not None:
            self.laidOut.emit()
        self.layoutComplete.emit()

    def _layout_text(self, place: int, *, whole: bool = False, before: int | None = None) -> None:
        article = self._article
        text = article.text if article else ""
        hide = self._prefs.hide_tashkeel
        index, count = 0, None
        # a long text, or a place far in: a window of it (reader/window.py)
        part = None if whole and len(text) <= LONG_CHARS else part_for(text, place, before)
        if part is not None:
            if self._paragraphs[0] is not text:
                self._paragraphs = (text, text.count("\n") + 1)
            start, end = part
            self._display = WindowText(text, start, end, hide_tashkeel=hide)
            index, count = text.count("\n", 0, start), self._paragraphs[1]
        else:
            self._display = DisplayText.build(text, hide_tashkeel=hide)
        if isinstance(self._display, WindowText):
            self.bar.release()  # (a long text's own bar policy: reader/whole_bar.py)
        composer = compose.Composer(self, self._display.text if text else "", self._prefs, self._theme, MARGIN,
                                    index=index, count=count)
        composer.append(composer.total)
        self._show_document(composer.doc)

    def _show_document(self, doc: QTextDocument) -> None:
        self._stop_job()  # (it works on the document shown)
        # (not self.document().parent(): a first parent() of the view's own document, whose parent Python has
        # no type for, makes every QObject subclass's Python type: 35 ms before the first paint, measured)
        old, self._shown_doc = self._shown_doc, doc
        self._side_margin = compose.side_margin(self._prefs, self.logicalDpiY(), self.viewport().width(), MARGIN)
        compose.set_side_margins(doc, self._side_margin)  # before it is shown: one layout, not two
        # (the highlights go with the old document: Qt repaints a removed one where its positions are in
        # the document shown, and in a new one that laid it out up to them at once: 94 ms after a jump)
        self.setExtraSelections([])
        # No layout until the view gives the document its width: a document's first layout (when
        # setDocument makes it) is at its own page size, no width at all (each paragraph one line:
        # its first 1,000 characters shaped for nothing, 27 of the sample's 114 shapings, measured)
        doc.setPageSize(QSizeF(0, 0))
        self.setDocument(doc)
        if old is not None:
            old.deleteLater()  # (in a later pass of the event loop)
        if self._painted:  # (else at the first paint: its font metrics' types are not needed before it)
            self._set_scroll_step()

    def _set_scroll_step(self) -> None:
        """The wheel's and the arrow keys' step: a line of the body text."""
        from PySide6.QtGui import QFontMetricsF

        line = QFontMetricsF(self.document().defaultFont()).height() * self._prefs.line_height / 100.0
        self.verticalScrollBar().setSingleStep(max(1, round(line)))

    # -- measure: a comfortable line length ---------------------------------------
    def _update_margins(self) -> None:
        side = compose.side_margin(self._prefs, self.logicalDpiY(), self.viewport().width(), MARGIN)
        if side != self._side_margin:
            self._side_margin = side
            compose.set_side_margins(self.document(), side)

    def resizeEvent(self, event: QResizeEvent) -> None:
        if self._switching:
            return  # (see switch_bars; Qt's own handling too: it would lay the document out again)
        self._page_justified()  # (a page held after a window's move is not this width's)
        at_top = self.verticalScrollBar().value() == 0  # the top stays the top (e.g. when the find bar opens)
        keep = self.top_position() if self._article and self._painted and not at_top else None
        wider = self._article is not None and event.size().width() != event.oldSize().width()
        rebuilt = wider and self._painted and not self._justify_on_show and self._job is not None
        if rebuilt:  # a new document, laid out in the job's steps: see layout_job.py
            if keep is not None and self._frozen is None and self._display.to_qt(keep) > AT_ONCE_CHARS:
                self._frozen = self._page_as_laid_out()
            self._rebuild(keep or 0, immediate=False, restore=False, same_kind=True)
        elif wider:
            self._justify_timer.start()  # re-fit the lines once the resizing settles
        super().resizeEvent(event)
        self._update_margins()
        if keep is None:
            return
        qt = self._display.to_qt(keep)
        if rebuilt and qt > AT_ONCE_CHARS:  # gone to once laid out to there (_restore_when_laid), never
            block = self.document().findBlock(qt).blockNumber()  # laying out the text above it at once
            self._pending = (keep, block, self.verticalScrollBar().value())
        else:
            self._settle()
            self.scroll_to_offset(keep)

    def _hold_page(self) -> QPixmap | None:
        """Justified, the page as shown (highlights too) before a long text's window moves: the new
        window's document is ragged until its lines on screen are justified (after its layout, in
        the job's steps), and they come out the same (a line is never re-wrapped), so this stays on
        screen until then (or until the reader scrolls)."""
        if not (self._prefs.justify and self._painted) or self._frozen is not None:
            return None
        return self.viewport().grab()

    def _held(self, still: QPixmap | None) -> None:
        if still is not None and self._job is not None and not self._job.finished:
            self._frozen, self._held_move = still, True
            self._frozen_edge = self.viewport().width() - self._side_margin

    def _page_justified(self) -> None:
        if self._held_move:
            self._held_move = False
            self._settle()

    def _page_as_laid_out(self) -> QPixmap:
        """The page as the document shown has it laid out (at its width, which a resize is changing)."""
        from PySide6.QtCore import QRectF
        from PySide6.QtGui import QPainter, QPixmap

        doc, top, height = self.document(), self.verticalScrollBar().value(), self.viewport().height()
        width, ratio = max(1, int(doc.textWidth())), self.devicePixelRatioF()
        pixmap = QPixmap(int(width * ratio), int(height * ratio))
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(self.palette().base().color())
        painter = QPainter(pixmap)
        painter.translate(0, -top)
        doc.drawContents(painter, QRectF(0, top, width, height))
        painter.end()
        self._frozen_edge = width - self._side_margin  # its column's right edge
        return pixmap

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._frozen is not None:  # after a resize far down: the page as it was, until laid out to it
            from PySide6.QtGui import QPainter

            vp = self.viewport()  # (the lines' starts where the new column's are: its right edge)
            QPainter(vp).drawPixmap(vp.width() - self._side_margin - self._frozen_edge, 0, self._frozen)
            return
        super().paintEvent(event)
        if not self._painted and self._article is not None:
            self._painted = True
            if self._job_after_paint and self._job is not None:
                self._job.resume()
            self.firstPaint.emit()
            self._set_scroll_step()
        if not self._article_painted and self._article is not None:
            self._article_painted = True
            self.articlePainted.emit()

    def showEvent(self, e: QShowEvent) -> None:
        # (showEvent, not event(): every event through a Python event() is converted to its Python
        # type; the first ones made the types of many QEvent subclasses, 2.5 ms before the first paint)
        if self._justify_on_show:
            self._justify_on_show = False
            self._start_job()  # justified at the width it is shown at, the visible part first
        elif self._job is not None and not self._painted:  # ragged: Qt lays out the first screen,
            self._wait_for_paint(self._job)
        QTimer.singleShot(0, self._apply_restore)
        super().showEvent(e)

    def _apply_restore(self) -> None:
        if self._restore_to is None or not self.isVisible():
            return
        offset, self._restore_to = self._restore_to, None
        self._settle()
        if offset > 0:  # (0: a new document already starts at the top; a late restore must not
            self.scroll_to_offset(offset)  # undo a scroll the reader made meanwhile). A long text's
            # window begins shortly before the place (reader/window.py): little is laid out first.

    def _restore_when_laid(self, laid: int) -> None:
        if self._pending is None or laid <= self._pending[1] + 1:
            return
        offset, _block, bar = self._pending
        moved = self.verticalScrollBar().value() != bar  # the reader scrolled meanwhile
        self._settle()
        if not moved:
            self.scroll_to_offset(offset)

    def stop_tracking(self) -> None:
        """No more position reports (the window is closing and saves the place itself)."""
        self._emit_timer.stop()
        self._article_closed = True
        if self._job is not None:
            self._job.stop()

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
    # (highlight layers — find hits, mentions, annotations, flashes: layers.LayerMethods; positions,
    # qt_cursor and page moves: paging.PageMethods)
