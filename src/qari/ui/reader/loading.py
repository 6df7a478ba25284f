"""A long article goes into the reader's document a piece at a time.

Putting 20 MB of text in a ``QTextDocument`` takes about a second (the insertion itself and the
formats of 150,000 paragraphs), and nobody can read it all at once. :class:`Loader` puts the first
:data:`FIRST_CHARS` in before the first paint and appends the rest in steps of :data:`STEP_MS` from
the event loop; ``finished`` says when the whole text is in. Until then the document holds a prefix
of the display text, so Qt positions of what is loaded are already final: a caller that needs a
place further down (a find hit, a note, the reading place) asks :meth:`ensure` first, which appends
up to there at once.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, QTimer, Signal

from qari.ui.reader.compose import Composer

AT_ONCE_CHARS = 200_000  # up to this length (~35,000 words) the whole text goes in before the first paint
FIRST_CHARS = 100_000  # otherwise this much goes in first (many screens), the rest in steps
STEP_MS = 8.0
# characters appended at a time inside a step: Qt lays out what is appended at once (~0.3 µs a
# character here), so a piece costs ~5 ms
PIECE = 16_000


class Loader(QObject):
    finished = Signal()

    def __init__(self, composer: Composer, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._composer = composer
        total = composer.total
        self._total = max(1, total)
        self._timer = QTimer(self, interval=0)
        self._timer.timeout.connect(self.step)
        composer.append(total if total <= AT_ONCE_CHARS else FIRST_CHARS)

    @property
    def done(self) -> bool:
        return self._composer.done

    @property
    def fraction(self) -> float:
        """How much of the display text is in the document (0..1]."""
        return 1.0 if self._composer.done else self._composer.loaded / self._total

    def start(self) -> None:
        """Append the rest from the event loop (``finished`` at once if nothing is left)."""
        if self._composer.done:
            self.finished.emit()
        else:
            self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def dispose(self) -> None:
        """Stop, and go (``self._loader = loader.dispose()``)."""
        self._timer.stop()
        self.deleteLater()

    def step(self, budget_ms: float = STEP_MS) -> None:
        t0 = time.perf_counter()
        composer = self._composer
        while not composer.done and (time.perf_counter() - t0) * 1000 < budget_ms:  # (done at once after ensure)
            composer.append(composer.loaded + PIECE)
        if composer.done:
            self._timer.stop()
            self.finished.emit()

    def ensure(self, qt_position: int) -> None:
        """Have the document hold the text up to Qt position ``qt_position`` now."""
        if not self._composer.done and qt_position >= self._composer.doc.characterCount() - 1:
            # a code point index never exceeds its UTF-16 position: appending to it is enough
            self._composer.append(qt_position + 1)  # (``finished`` comes from the next step)

    def finish_now(self) -> None:
        if not self._composer.done:
            self.step(budget_ms=1e12)
