"""The reader's layout, finished a little at a time so the window never waits for it.

Qt lays a document out lazily, only as far as what is painted. :class:`LayoutJob` finishes
it in short steps on the event loop, in two phases:

1. lay out the rest of the text, a few blocks a step (no edits: an edit to a document whose
   lazy layout is under way leaves every later block unlaid, with no lines and no height —
   measured with Qt 6.12; so nothing is changed until the layout has reached the end);
2. go through every block (those on screen first, then the rest in order): fit lines Qt set a
   little wider than the column (``justify.fit_overflow``) and, in justified mode, make each
   block's lines flush (``justify.justify_block``).

A step stops after :data:`STEP_MS`, so input never waits longer than that plus one block.
A short article is laid out at once instead (``start(immediate=True)``), so that it is first
painted finished. ``done`` is emitted when the whole text is laid out.

While the job lays the text out, Qt's own lazy layout is held back (:class:`_HoldQtLayout`):
QTextDocumentLayout lays out the rest of a document on a 10 ms timer in steps that double each
time (1,000 characters, then 2,000 … up to 200,000), so on a long article one of its steps takes
30-50 ms at once, and its next full re-layout (a new width) lays out the whole text in one go.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QEvent, QObject, QSizeF, QTimer, Signal
from PySide6.QtGui import QTextBlock, QTextDocument
from PySide6.QtWidgets import QWidget

from qari.core.display import DisplayText
from qari.ui.reader.layers import laid_blocks
from qari.ui.reader.window import Shown, WindowText


class _View(Protocol):  # what the job needs of the reader (qari.ui.reader.view.ReaderView)
    def document(self) -> QTextDocument: ...
    def viewport(self) -> QWidget: ...
    def block_at(self, y: int) -> QTextBlock: ...

STEP_MS = 5.0
# Phase 1 lays out as many characters as the rest of a step's budget allows at the rate measured so
# far (a chunk of blocks doubling while quick, at most 64, took 14-25 ms over fresh blocks of a
# report paged down: blocks Qt had laid out already are quick, and so is a short paragraph); this is
# the first guess, in ms a character (measured 0.7-1.5 µs a character of Arabic news in Amiri).
FIRST_RATE_MS = 0.002
IMMEDIATE_CHARS = 20_000  # up to this length (~3,500 words) an opened article is finished at once
IMMEDIATE_LAYOUT_CHARS = 60_000  # up to this, it is laid out at once and what is on screen finished
# Above this many characters in the document an article is justified with word spaces only: each
# block's kashidas change the display map, which is rebuilt over the document's text (linear) every
# time. (A long text's document holds a window of about 100,000 characters: reader/window.py.)
KASHIDA_LIMIT = 200_000


class _HoldQtLayout(QObject):
    """An event filter on a document's layout that swallows its timer events meanwhile.

    QTextDocumentLayout has two timers: the lazy-layout one (repeating every 10 ms while its
    layout is unfinished) and one that reports the new size after a step (repeating at 0 ms
    until it runs; meanwhile the job reports it itself). Neither is lost: both fire again once
    the filter is removed, which the job does as soon as it has laid out the last block (or is
    stopped)."""

    def __init__(self, doc: QTextDocument, parent: QObject) -> None:
        super().__init__(parent)
        self._layout = doc.documentLayout()
        self._on = False

    def hold(self) -> None:
        if not self._on:
            self._on = True
            self._layout.installEventFilter(self)

    def release(self) -> None:
        if self._on:
            self._on = False
            self._layout.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        return event.type() == QEvent.Type.Timer


class LayoutJob(QObject):
    done = Signal()
    laidTo = Signal(int)  # the text is laid out up to (not including) this block
    displayChanged = Signal()  # kashidas were added in the last step: highlights need re-mapping
    screenDone = Signal()  # the blocks on screen when phase 2 began are fitted (and justified)

    def __init__(
        self,
        view: _View,
        display: Callable[[], Shown],  # (a long text: a window of it, reader/window.py)
        set_display: Callable[[Shown], None],
        *,
        justified: bool,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._view = view
        self._display = display
        self._set_display = set_display
        self._justified = justified
        doc = view.document()
        self._doc = doc
        self._kashida = justified and len(display().text) <= KASHIDA_LIMIT  # (a long text: its window's)
        self._insertions: dict[int, str] = {}
        self.spaced = 0  # lines made flush so far
        self._seen = bytearray(doc.blockCount())
        self._laid = 0  # blocks laid out by phase 1 so far
        self._visible_queued = False
        self._screen_done = False
        self._order: list[int] = []
        self._next = 0  # the next block in document order
        self._rate = FIRST_RATE_MS  # ms a character of phase 1's layout, as measured (see step)
        self._granule = 0  # characters the last call laid out (Qt lays out a step of its own at least)
        self._timer = QTimer(self, interval=0)
        self._timer.timeout.connect(self.step)
        self._hold = _HoldQtLayout(doc, self)
        self.finished = False

    def start(self, *, immediate: bool = False) -> None:
        """Begin; with ``immediate`` and a short text, do it all now (the first paint shows
        it finished); otherwise in steps on the event loop."""
        size = len(self._display().canonical)
        if immediate and size <= IMMEDIATE_CHARS:
            self.finish_now()
            return
        if immediate and size <= IMMEDIATE_LAYOUT_CHARS:  # laid out now, the screen's blocks finished now
            self._layout_to(self._doc.blockCount() - 1)
            self._visible_queued = True
            self.prioritise_visible()
            changed = False
            for _ in range(len(self._order)):
                b = self._take()
                if b is not None:
                    changed = self._do(b) or changed
            if changed:
                self.displayChanged.emit()
        self._run()

    def _run(self) -> None:
        if self._laid < len(self._seen):
            self._hold.hold()
        self._timer.start()

    @property
    def laid(self) -> int:
        """Blocks laid out from the start so far."""
        return self._laid

    def _layout_to(self, number: int) -> None:
        doc = self._doc
        layout = doc.documentLayout()
        number = max(number, self._qt_laid() - 1)  # (a jump had Qt lay out further already)
        bottom = layout.blockBoundingRect(doc.findBlockByNumber(number)).bottom()
        self._laid = max(self._laid, number + 1)
        if self._laid >= len(self._seen):
            self._hold.release()  # (in the same pass: Qt's own size report is not delayed)
        else:  # what Qt's held size report would do: the scroll bar follows the text laid out
            layout.documentSizeChanged.emit(QSizeF(doc.textWidth(), bottom))
        self.laidTo.emit(self._laid)

    def _qt_laid(self) -> int:
        """Blocks Qt has laid out (a view that went to a place far down had it lay out to there)."""
        return laid_blocks(self._doc, self._laid)

    def prioritise_visible(self) -> None:
        vp = self._view.viewport()
        top = self._view.block_at(0).blockNumber()
        bottom = self._view.block_at(vp.height()).blockNumber()
        self._order = [b for b in range(top, bottom + 1) if not self._seen[b]] + self._order

    def stop(self) -> None:
        self._timer.stop()
        self._hold.release()

    def pause(self) -> None:
        """Wait (for the first paint): no step, and Qt's own lazy layout held too (it would lay out
        the next thousands of characters, off screen, on its 10 ms timer before the paint)."""
        self._timer.stop()
        if self._laid < len(self._seen):
            self._hold.hold()

    def resume(self) -> None:
        """Go on in steps after :meth:`stop`."""
        if not self.finished:
            self._run()

    def finish_now(self) -> None:
        """Lay out everything that is left, now (screenshots, benchmarks)."""
        while not self.finished:
            self.step(budget_ms=1e9)

    def step(self, budget_ms: float = STEP_MS) -> None:
        t0 = time.perf_counter()
        count = len(self._seen)
        doc, calls = self._doc, 0
        while self._laid < count:  # phase 1: the layout, as much text as the budget allows
            left = budget_ms - (time.perf_counter() - t0) * 1000
            if left <= 0 or (calls and self._granule * self._rate > left):
                return  # (Qt lays out at least its own lazy step, thousands of characters: next time)
            calls += 1
            fresh = doc.findBlockByNumber(max(self._laid, self._qt_laid())).position()  # (Qt's own: quick)
            reach = doc.findBlock(fresh + max(1, int(min(0.8 * left / self._rate, doc.characterCount()))))
            # (Qt lays out a block whole: the last one that ends within reach, at least one)
            target = count - 1 if not reach.isValid() else max(self._laid, reach.blockNumber() - 1)
            t = time.perf_counter()
            self._layout_to(target)
            took = (time.perf_counter() - t) * 1000
            done = (doc.findBlockByNumber(self._laid).position() if self._laid < count
                    else doc.characterCount()) - fresh
            if done > 200 and took > 0.2:  # (a sample worth learning from)
                self._rate = 0.5 * self._rate + 0.5 * took / done
                self._granule = done
        if not self._visible_queued:  # phase 2 begins with what is on screen now
            self._visible_queued = True
            self.prioritise_visible()
        changed = False
        while (time.perf_counter() - t0) * 1000 < budget_ms:  # phase 2: fit and justify
            b = self._take()
            if b is None:
                break
            changed = self._do(b) or changed
        if changed:
            self.displayChanged.emit()
        if not self._order and not self._screen_done:
            self._screen_done = True
            self.screenDone.emit()
        if self._next >= count and not self._order:
            self._timer.stop()
            if not self.finished:
                self.finished = True
                self.done.emit()

    def _take(self) -> int | None:
        while self._order:
            b = self._order.pop(0)
            if not self._seen[b]:
                self._seen[b] = 1
                return b
        while self._next < len(self._seen):
            b = self._next
            self._next += 1
            if not self._seen[b]:
                self._seen[b] = 1
                return b
        return None

    def _do(self, number: int) -> bool:
        from qari.ui.reader import justify  # (after the first paint of ragged text)

        display = self._display()
        if not self._justified or number == 0:  # ragged text, or the headline (never justified)
            justify.fit_overflow(self._doc, display, number)
            return False

        def rebuild(plan: dict[int, str]) -> Shown:
            insertions = {**self._insertions, **plan}
            if isinstance(display, WindowText):
                return display.with_insertions(insertions)
            return DisplayText.build(display.canonical, hide_tashkeel=display.hide_tashkeel, insertions=insertions)

        shown, kept, spaced = justify.justify_block(self._doc, display, number, kashida=self._kashida,
                                                    rebuild=rebuild)
        self.spaced += spaced
        if kept:
            self._insertions.update(kept)
            self._set_display(shown)
            return True
        return False
