"""The reader's page: where it is (canonical offsets in and out), going to a place, the page keys,
and a long text's window following the page (reader/window.py). A mixin of ReaderView.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPoint, QSize
from PySide6.QtGui import QKeyEvent, QPixmap, QResizeEvent, QTextBlock, QTextCursor
from PySide6.QtWidgets import QTextBrowser

from qari.core.article import Article
from qari.ui.reader import layers
from qari.ui.reader.window import DOWN_BEFORE_CHARS, EDGE_CHARS, FAR_CHARS, Shown, WindowText


class PageMethods(QTextBrowser):
    """Positions and moves of the page (ReaderView's base); ``ReaderView`` makes the state they read."""

    _article: Article | None
    _display: Shown
    _pending: tuple[int, int, int] | None  # a place waiting for the layout: offset, block, bar value
    _frozen: QPixmap | None
    _painted: bool
    _switching: bool

    def _rebuild(self, position: int, *, immediate: bool = True, restore: bool = True,
                 same_kind: bool = False, before: int | None = None) -> None:
        raise NotImplementedError  # (ReaderView: a new document around ``position``)

    def _hold_page(self) -> QPixmap | None:
        raise NotImplementedError  # (ReaderView: justified, the page as shown while a new window's is made)

    def _held(self, still: QPixmap | None) -> None:
        raise NotImplementedError

    # -- keyboard: scroll like a page ---------------------------------------------------
    def keyPressEvent(self, e: QKeyEvent) -> None:
        if isinstance(self._display, WindowText) and layers.home_end(e) is not None:
            self._to_edge(end=bool(layers.home_end(e)))  # of the whole text, not of the window
            e.accept()
        elif layers.page_key(self.verticalScrollBar(), self.viewport().height(), e):
            e.accept()
        else:
            super().keyPressEvent(e)

    def switch_bars(self, switch: Callable[[], None]) -> None:
        """Run ``switch``, which puts the whole-text bar in place of the view's own or back
        (reader/whole_bar.py): the resizes it makes on the way are passed over (a new document
        each), and only a width it leaves changed is laid out anew."""
        width = self.viewport().width()
        self._switching = True
        try:
            switch()
        finally:
            self._switching = False
        vp = self.viewport()
        if vp.width() != width:
            self.resizeEvent(QResizeEvent(vp.size(), QSize(width, vp.height())))

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
        d = self._display
        if isinstance(d, WindowText):  # a window of a long text: the share of the whole above the page
            at_end = d.end == len(d.canonical) and bar.value() >= bar.maximum()
            return 1.0 if at_end else self.top_position() / len(d.canonical)
        return bar.value() / bar.maximum() if bar.maximum() > 0 else 1.0

    def scroll_to_offset(self, offset: int, *, center: bool = False) -> None:
        self._scroll_to(offset, self.viewport().height() // 3 if center else None)

    def _scroll_to(self, offset: int, y: int | None) -> None:
        """Put canonical ``offset``'s line at viewport height ``y`` (None: its block's top or 4 px)."""
        d = self._display
        if (not d.holds(offset) if isinstance(d, WindowText) else self._far_below_layout(offset)):
            self._settle()  # beyond the window, or far below what Qt has laid out: a window there
            self._rebuild(offset, immediate=False, restore=False)
        cursor = QTextCursor(self.document())
        cursor.setPosition(min(self._display.to_qt(offset), self.document().characterCount() - 1))
        rect = self.cursorRect(cursor)
        bar = self.verticalScrollBar()
        target = bar.value() + rect.top() - (4 if y is None else y)
        if y is None and cursor.block().position() == cursor.position():
            target = int(self.document().documentLayout().blockBoundingRect(cursor.block()).top())
        if target > bar.maximum():  # laid out to there just now: Qt widens the range only later
            bar.setMaximum(target)  # (documentSize() would lay out the whole text first: a second)
        bar.setValue(max(0, target))

    def _far_below_layout(self, offset: int) -> bool:
        """Whether going to canonical ``offset`` would lay out more than ``FAR_CHARS`` at once (Qt
        lays a document out from its top: a jump to 95 % of 190,000 characters took 187 ms)."""
        if self._article is None or offset <= FAR_CHARS:
            return False
        doc, pos = self.document(), self._display.to_qt(offset)
        laid = layers.laid_blocks(doc)
        return laid < doc.blockCount() and pos - doc.findBlockByNumber(laid).position() > FAR_CHARS

    def _settle(self) -> None:
        """No place waits for the layout any more (and the page shown is the document again)."""
        self._pending = None
        if self._frozen is not None:
            self._frozen = None
            self.viewport().update()

    def _follow_page(self) -> None:
        """Move a long text's window when the page nears its edge, the page staying where it is."""
        d = self._display
        if not isinstance(d, WindowText) or self._pending is not None or not self._painted:
            return
        top, bottom = self.block_at(0), self.block_at(self.viewport().height())
        first, last = d.from_qt(top.position()), d.from_qt(bottom.position() + bottom.length())
        if d.near_edge(first, last):
            keep = self.top_position()
            y = self.cursorRect(self.qt_cursor(keep, keep)).top()
            down = last > d.end - EDGE_CHARS  # reading on: less of the text above in the new window
            still = self._hold_page()
            self._rebuild(keep, immediate=False, restore=False, before=DOWN_BEFORE_CHARS if down else None)
            self._scroll_to(keep, y)
            self._held(still)

    def _to_edge(self, *, end: bool) -> None:
        """Home / End in a long text: the start or the end of the whole text."""
        if not end:
            self.scroll_to_offset(0)  # (the window at the start)
            self.verticalScrollBar().setValue(0)
            return
        d = self._display
        self.scroll_to_offset(len(d.canonical))  # (the window at the end, laid out to there)
        bar = self.verticalScrollBar()  # (the window is laid out to its end now: its size is known)
        target = max(0, int(self.document().documentLayout().documentSize().height()) - self.viewport().height())
        bar.setMaximum(target)  # (the scroll above may have widened it to put the last line at the top)
        bar.setValue(target)

    def qt_cursor(self, start: int, end: int) -> QTextCursor:
        """A document cursor selecting the canonical span ``[start, end)`` as shown (a long text: its
        part in the window)."""
        a, b = self._display.span_to_qt(start, end)
        cursor = QTextCursor(self.document())
        cursor.setPosition(a)
        cursor.setPosition(b, QTextCursor.MoveMode.KeepAnchor)
        return cursor
