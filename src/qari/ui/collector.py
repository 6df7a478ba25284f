"""Cyclic garbage is collected on the interface thread only.

Python's collector runs in whichever thread happens to allocate when a generation fills up. When
that is a worker (the extraction's or the library reading's) and the garbage holds a Qt object
whose Python side owns it (a closed dialog in a cycle with its slots), the Qt object is destroyed
off the interface thread, possibly while Qt walks its widgets: a crash (the suite caught one,
"Fatal Python error: Segmentation fault ... Garbage-collecting", with the extraction thread
running). So the automatic collector is off, and a timer on the interface thread does what it
would do, by the same thresholds (the recipe PyQt applications such as Anki use).
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 500


class MainThreadCollector(QObject):
    def __init__(self, parent: QObject, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        gc.disable()
        self._threshold = gc.get_threshold()
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.check)
        self._timer.start()

    def check(self) -> int:
        """Collect the generations that are full (:func:`collect_full`)."""
        return collect_full(self._threshold)


def collect_full(limits: tuple[int, int, int]) -> int:
    """Collect the generations whose counts pass ``limits`` (``gc.get_threshold()``), youngest
    first, as the automatic collector would; returns the oldest generation collected (-1: none)."""
    counts = gc.get_count()
    collected = -1
    for generation in range(3):
        if counts[generation] <= limits[generation]:
            break
        gc.collect(generation)
        collected = generation
    return collected
