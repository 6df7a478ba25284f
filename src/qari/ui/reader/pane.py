"""The reading pane: the article view with its find bar underneath."""

from __future__ import annotations

from functools import cached_property
from itertools import pairwise
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QVBoxLayout, QWidget

from qari.ui.reader.view import ReaderView
from qari.ui.settings import ReaderPrefs

if TYPE_CHECKING:
    from qari.ui.reader.find_bar import FindBar, FindController

PROGRESS_BAR_SIZE = (120, 6)  # px: the reading-progress bar in the status bar (qari.ui.reader.controls)


class ReaderPane(QWidget):
    def __init__(self, prefs: ReaderPrefs, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reader-pane")
        self.reader = ReaderView(prefs, self)
        self._box = box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(0)
        box.addWidget(self.reader, 1)
        self.setFocusProxy(self.reader)

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
    def find(self) -> FindController:
        from qari.ui.reader.find_bar import FindController

        return FindController(self.reader, self.find_bar)
