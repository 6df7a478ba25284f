"""A long article's scroll bar spans the whole text, not the window of it the document holds.

Above ``window.LONG_CHARS`` the reader's document holds a window of about 100,000 characters
(reader/window.py), so the view's own scroll bar would span only that window: at 40 % of a 300-page
report it would sit near its top and jump at each move of the window. While a window is shown, the
view's bar is hidden and this one stands in its place. Its unit is a character of the whole text
(a page is the characters on screen); moving it goes to that place (the window is made there);
scrolling the text moves it. A drag asks for the last place it reached once the event loop is free,
so a fast drag builds one window, not one a pixel.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QScrollBar, QWidget

from qari.ui.reader.window import WindowText

if TYPE_CHECKING:
    from qari.ui.reader.view import ReaderView


class WholeTextBar(QScrollBar):
    """Shown while ``view`` holds a window of a long text; hidden (with the view's own bar back) else."""

    def __init__(self, view: ReaderView, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Vertical, parent)
        self.setObjectName("reader-whole-bar")
        self.setAccessibleName(self.tr("Place in the whole article"))
        self._view = view
        self._syncing = False
        self._go_timer = QTimer(self, singleShot=True, interval=0)
        self._go_timer.timeout.connect(self._go)
        self.valueChanged.connect(self._moved)
        own = view.verticalScrollBar()
        own.valueChanged.connect(self.follow)
        own.rangeChanged.connect(self._range_changed)
        self.hide()  # (until ``follow``, once it is in its place beside the view)

    @property
    def windowed(self) -> bool:
        return isinstance(self._view.display, WindowText)

    def follow(self, *_args: object) -> None:
        """Show where the page is in the whole text (and this bar only while a window is shown)."""
        view, windowed = self._view, self.windowed
        if windowed == self.isHidden():
            def switch() -> None:
                view.setVerticalScrollBarPolicy(
                    Qt.ScrollBarPolicy.ScrollBarAlwaysOff if windowed else Qt.ScrollBarPolicy.ScrollBarAsNeeded)
                self.setVisible(windowed)
                row = self.parentWidget()
                lay = row.layout() if row is not None else None
                if lay is not None:
                    lay.activate()  # (the text's new width now, not in a later pass)

            view.switch_bars(switch)  # (the column keeps its width: nothing is laid out again)
        if not windowed or self._go_timer.isActive():  # (a drag's place is still to be gone to)
            return
        d = view.display
        assert isinstance(d, WindowText)
        vp = view.viewport()
        top = view.top_position()
        bottom = d.from_qt(view.position_at(QPoint(vp.width() // 2, max(0, vp.height() - 4))))
        page = max(1, bottom - top)
        own = view.verticalScrollBar()
        last = max(0, len(d.canonical) - page)
        if d.start == 0 and own.value() == 0:
            top = 0  # the top of the whole text (its first line's middle is a few characters in)
        elif d.end == len(d.canonical) and own.value() >= own.maximum():
            top = last  # the end of it
        self._syncing = True
        try:
            self.setRange(0, last)
            self.setPageStep(page)
            self.setSingleStep(max(1, page // 12))
            self.setValue(top)
        finally:
            self._syncing = False

    def _range_changed(self, *_args: object) -> None:
        # (the layout's steps widen the view's own range often; it changes this bar only at the
        # text's end, or when a window comes or goes)
        d = self._view.display
        if self.windowed == self.isHidden() or (isinstance(d, WindowText) and d.end == len(d.canonical)):
            self.follow()

    def _moved(self, _value: int) -> None:
        if not self._syncing:
            self._go_timer.start()

    def _go(self) -> None:
        if self.windowed:
            self._view.scroll_to_offset(self.value())
            self.follow()
