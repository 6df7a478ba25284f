"""The reading pane: the article view (with a long article's whole-text scroll bar beside it) and
its find bar underneath."""

from __future__ import annotations

from functools import cached_property
from itertools import pairwise
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from qari.ui.early import set_right_to_left
from qari.ui.reader.view import ReaderView
from qari.ui.reader.window import WindowText
from qari.ui.settings import ReaderPrefs

if TYPE_CHECKING:
    from qari.ui.reader.find_bar import FindBar, FindController
    from qari.ui.reader.whole_bar import WholeTextBar

PROGRESS_BAR_SIZE = (120, 6)  # px: the reading-progress bar in the status bar (qari.ui.reader.controls)


class ReaderPane(QWidget):
    def __init__(self, prefs: ReaderPrefs, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reader-pane")
        self.reader = ReaderView(prefs, self)
        self._box = box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(0)
        # the text and, for a long article, its whole-text bar on the side of the view's own bar
        # (the view is right-to-left whatever the interface: its bar is on the left)
        row = QWidget(self)
        set_right_to_left(row)
        self._row = QHBoxLayout(row)
        self._row.setContentsMargins(0, 0, 0, 0)
        self._row.setSpacing(0)
        self._row.addWidget(self.reader, 1)
        box.addWidget(row, 1)
        self.whole_bar: WholeTextBar | None = None  # made when a long article is first shown
        self.reader.verticalScrollBar().rangeChanged.connect(self._need_whole_bar)
        self.setFocusProxy(self.reader)

    def _need_whole_bar(self, *_args: object) -> None:
        if self.whole_bar is None and isinstance(self.reader.display, WindowText):
            from qari.ui.reader.whole_bar import WholeTextBar

            self.whole_bar = WholeTextBar(self.reader, self)
            self._row.addWidget(self.whole_bar)
            self.whole_bar.follow()

    # The find bar is hidden until asked for: it is made at its first use (the window's
    # completion wires its actions), never before the article's first paint.
    @cached_property
    def find_bar(self) -> FindBar:
        from qari.ui.reader.find_bar import FindBar

        bar = FindBar(self)
        self._box.addWidget(bar)
        chain = [self.reader, bar.field, bar.previous_button, bar.next_button, bar.close_button]
        for first, second in pairwise(chain):  # Tab goes from the text to the bar
            QWidget.setTabOrder(first, second)
        return bar

    @cached_property
    def find(self) -> FindController:  # type: ignore[override]  # hides QWidget.find (by window id), unused here
        from qari.ui.reader.find_bar import FindController

        return FindController(self.reader, self.find_bar)
