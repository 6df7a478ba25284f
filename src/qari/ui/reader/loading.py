"""A long article reaches the reader's document in two steps.

Putting 20 MB of text in a ``QTextDocument`` takes about a second (the insertion itself and the
formats of 150,000 paragraphs), and appending to a document the view already shows is far worse:
Qt lays out everything before the insertion point first (``QTextDocumentLayout::documentChanged``),
so appending in pieces costs the whole layout. :class:`Loader` therefore makes two documents of the
same text: the one shown at once holds the first :data:`FIRST_CHARS` (a paragraph boundary); the
other, not shown and so never laid out, is filled with the whole text in steps of :data:`STEP_MS`
from the event loop. ``finished`` tells the view to show the full one instead, at the same place
(their first parts are the same blocks with the same formats, so the same heights). A caller that
needs a place beyond the first part (a find hit, a note) asks :meth:`ensure`, which completes the
full document at once and emits ``finished`` before returning.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QTextDocument

from qari.ui.reader.compose import Composer

AT_ONCE_CHARS = 200_000  # up to this length (~35,000 words) the whole text goes in before the first paint
FIRST_CHARS = 100_000  # otherwise this much is shown first (many screens), the rest follows
STEP_MS = 8.0
PIECE = 32_000  # characters appended at a time inside a step (~1.5 ms: no layout, see above)


class Loader(QObject):
    finished = Signal()  # the full document is ready: show it (:attr:`document`)

    def __init__(self, shown: Composer, full: Composer | None = None, parent: QObject | None = None) -> None:
        """``shown`` and ``full`` compose the same text; ``full`` only when it is long."""
        super().__init__(parent)
        self._shown = shown
        self._full = full if shown.total > AT_ONCE_CHARS else None
        if full is not None and self._full is None:
            full.doc.deleteLater()  # (not needed: the text goes in whole)
        self._timer = QTimer(self, interval=0)
        self._timer.timeout.connect(self.step)
        shown.append(shown.total if self._full is None else FIRST_CHARS)
        self._emitted = False

    @property
    def done(self) -> bool:
        """Whether the document shown holds the whole text."""
        return self._full is None or self._emitted

    @property
    def document(self) -> QTextDocument:
        """The document to show: the first part until ``finished``, then the whole."""
        return self._shown.doc if self._full is None or not self._emitted else self._full.doc

    @property
    def fraction(self) -> float:
        """How much of the text is in the document shown (0..1]."""
        return 1.0 if self.done else self._shown.loaded / max(1, self._shown.total)

    def start(self) -> None:
        """Fill the full document from the event loop (``finished`` at once if there is none)."""
        if self._full is None:
            self.finished.emit()
        elif not self._emitted:
            self._timer.start()

    def dispose(self) -> None:
        """Stop, and go (``self._loader = loader.dispose()``), with the full document if never shown."""
        self._timer.stop()
        if self._full is not None and not self._emitted:
            self._full.doc.deleteLater()
        self.deleteLater()

    def stop(self) -> None:
        self._timer.stop()

    def step(self, budget_ms: float = STEP_MS) -> None:
        full = self._full
        if full is None or self._emitted:
            self._timer.stop()
            return
        t0 = time.perf_counter()
        while not full.done and (time.perf_counter() - t0) * 1000 < budget_ms:
            full.append(full.loaded + PIECE)
        if full.done:
            self._timer.stop()
            self._emitted = True
            self.finished.emit()

    def ensure(self, qt_position: int) -> None:
        """Have the document shown hold Qt position ``qt_position`` (the view swaps at ``finished``)."""
        if not self.done and qt_position >= self._shown.doc.characterCount() - 1:
            self.finish_now()

    def finish_now(self) -> None:
        if not self.done:
            self.step(budget_ms=1e12)
