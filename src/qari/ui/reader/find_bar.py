"""Find in the article: a bar under the text, every hit highlighted, the current one distinct.

Matching ignores diacritics, tatweel, hamza forms, ة/ه, ى/ي and digit scripts
(:func:`qari.core.find.find_all`); hits are canonical spans, painted through the
reader's ``find`` and ``find-current`` layers, so they stay on their words in
justified mode and with diacritics hidden.
"""

from __future__ import annotations

from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import suppress

from PySide6.QtCore import QEvent, QLocale, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from qari.core.arabic import fold, fold_text
from qari.core.find import find_all, find_near, next_hit
from qari.ui.reader.view import ReaderView

FIND_LAYER, CURRENT_LAYER = "find", "find-current"
# Above this many characters the article's folded form (what find matches on, cached) is made on a
# worker thread when the bar opens: 0.6-0.8 s for 20 MB that the first search waited for.
FOLD_AHEAD_CHARS = 200_000
_folder: ThreadPoolExecutor | None = None


def _pool() -> ThreadPoolExecutor:
    """The worker thread that folds long texts and lists their hits."""
    global _folder
    if _folder is None:
        _folder = ThreadPoolExecutor(max_workers=1, thread_name_prefix="qari-fold")
    return _folder


class FindBar(QWidget):
    """The bar itself: a field, a "3 / 12" count, previous/next and close buttons."""

    queryChanged = Signal(str)
    nextRequested = Signal()
    previousRequested = Signal()
    closeRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("find-bar")
        self.setAccessibleName(self.tr("Find in article"))
        self.field = QLineEdit(self)
        self.field.setObjectName("find-field")
        self.field.setPlaceholderText(self.tr("Find in article"))
        self.field.setAccessibleName(self.tr("Text to find"))
        self.field.setClearButtonEnabled(True)
        self.field.setMinimumWidth(260)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("find-count")
        self.count_label.setAccessibleName(self.tr("Matches"))
        self.count_label.setMinimumWidth(90)
        self.previous_button = self._button("find-previous", self.tr("Previous match (Shift+Enter)"), "▲")
        self.next_button = self._button("find-next", self.tr("Next match (Enter)"), "▼")
        self.close_button = self._button("find-close", self.tr("Close the find bar (Esc)"), "✕")
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 4, 12, 4)
        row.addWidget(self.field, 1)
        row.addWidget(self.count_label)
        row.addWidget(self.previous_button)
        row.addWidget(self.next_button)
        row.addStretch(2)
        row.addWidget(self.close_button)
        self.setTabOrder(self.field, self.previous_button)
        self.setTabOrder(self.previous_button, self.next_button)
        self.setTabOrder(self.next_button, self.close_button)
        self.field.textChanged.connect(self.queryChanged)
        self.previous_button.clicked.connect(self.previousRequested)
        self.next_button.clicked.connect(self.nextRequested)
        self.close_button.clicked.connect(self.closeRequested)
        self.field.installEventFilter(self)
        self.hide()

    def _button(self, name: str, tip: str, glyph: str) -> QToolButton:
        button = QToolButton(self)
        button.setObjectName(name)
        button.setText(glyph)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.setAutoRaise(True)
        return button

    def open(self) -> None:
        self.show()
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    def show_searching(self) -> None:
        self.count_label.setText(self.tr("Searching…"))

    def show_count(self, current: int | None, total: int) -> None:
        if not self.field.text().strip():
            self.count_label.clear()
        elif total == 0:
            self.count_label.setText(self.tr("No matches"))
        else:
            shown = 0 if current is None else current + 1
            loc = QLocale()
            self.count_label.setText(self.tr("%1 / %2").replace("%1", loc.toString(shown))
                                     .replace("%2", loc.toString(total)))
        self.previous_button.setEnabled(total > 0)
        self.next_button.setEnabled(total > 0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.field and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                    self.previousRequested.emit()
                else:
                    self.nextRequested.emit()
                return True
            if event.key() == Qt.Key.Key_Escape:
                self.closeRequested.emit()
                return True
        return super().eventFilter(watched, event)


class FindController(QObject):
    """Runs the search over the reader's article and keeps the highlights in step. In a long text
    the hits near the page are shown at once and the whole list is made on a worker thread
    ("Searching…" until it is in, then ``counted``)."""

    counted = Signal()  # every hit of the query is in ``hits`` (a long text: after the first ones)
    _folded = Signal()  # (from the worker thread: queued to this object's, the UI thread)
    _listed = Signal(object)  # (the same) a search's whole list: (text, query, future)

    def __init__(self, reader: ReaderView, bar: FindBar) -> None:
        super().__init__(bar)
        self.reader = reader
        self.bar = bar
        self.hits: list[tuple[int, int]] = []
        self.current: int | None = None
        self._text = ""
        self._fold: tuple[str, Future] | None = None  # a long text being folded ahead, on a worker thread
        self._waiting: str | None = None  # a query typed meanwhile
        self._partial: str | None = None  # the query whose hits near the page only are shown
        self._folded.connect(self._fold_ready)
        self._listed.connect(self._list_ready)
        bar.queryChanged.connect(self.search)
        bar.nextRequested.connect(self.next)
        bar.previousRequested.connect(self.previous)
        bar.closeRequested.connect(self.close)
        reader.laidOut.connect(self._after_layout)

    def open(self) -> None:
        self.bar.open()
        self._fold_ahead()
        if self.bar.field.text():
            self.search(self.bar.field.text())

    def _fold_ahead(self) -> None:
        article = self.reader.article
        text = article.text if article else ""
        if len(text) <= FOLD_AHEAD_CHARS or (self._fold is not None and self._fold[0] is text):
            return
        future = _pool().submit(fold, text)  # (cached: the search's own fold() is then free)
        future.add_done_callback(self._emit_folded)
        self._fold = (text, future)

    def _emit_folded(self, _future: Future) -> None:
        with suppress(RuntimeError):  # (the bar went with its window meanwhile)
            self._folded.emit()

    def _fold_ready(self) -> None:
        query, self._waiting = self._waiting, None
        if query is not None and self.bar.isVisible():
            self.search(query)

    def search(self, query: str) -> None:
        article = self.reader.article
        self._text = article.text if article else ""
        if self._fold is not None and self._fold[0] is self._text and not self._fold[1].done():
            self._waiting = query  # searched once the folded text is ready (_fold_ready)
            self.bar.show_searching()
            return
        at_top = self.reader.verticalScrollBar().value() == 0
        place = 0 if at_top else self.reader.top_position()
        self._partial = None
        if article and self.bar.isVisible() and len(self._text) > FOLD_AHEAD_CHARS and fold_text(query):
            self.hits = find_near(self._text, query, place)  # at once; the whole list on a worker thread
            if self.hits:  # (none near the page, nor after it, nor before it: none at all)
                self._partial = query
                future = _pool().submit(find_all, self._text, query)
                text = self._text
                future.add_done_callback(lambda f: self._emit_listed((text, query, f)))
        else:
            self.hits = find_all(self._text, query) if article and self.bar.isVisible() else []
        self.current = next_hit(self.hits, place)
        self._paint(scroll=True)
        if self._partial is None:
            self.counted.emit()

    def _emit_listed(self, done: tuple[str, str, Future]) -> None:
        with suppress(RuntimeError):  # (the bar went with its window meanwhile)
            self._listed.emit(done)

    def _list_ready(self, done: tuple[str, str, Future]) -> None:
        text, query, future = done
        if self._partial != query or text is not self._text:
            return  # (another search since)
        self._whole(future.result())

    def _whole(self, hits: list[tuple[int, int]]) -> None:
        """The whole list of a long text's search is in: the current hit stays the current one."""
        keep = self.hits[self.current] if self.current is not None else None
        self._partial, self.hits = None, hits
        self.current = next_hit(hits, keep[0] if keep else 0)  # (the first hit from there: itself)
        self._paint(scroll=False)
        self.counted.emit()

    def show_hits(self, query: str, hits: list[tuple[int, int]]) -> None:
        """Mark hits found elsewhere (a library search) in the open article, the first in view;
        F3 / Shift+F3 step through them as through the bar's own."""
        field = self.bar.field
        field.blockSignals(True)
        field.setText(query)
        field.blockSignals(False)
        self.bar.show()
        article = self.reader.article
        self._text = article.text if article else ""
        self._partial = None
        self.hits = sorted((int(a), int(b)) for a, b in hits)
        self.current = 0 if self.hits else None
        self._paint(scroll=True)

    def next(self) -> None:
        self._step(backwards=False)

    def previous(self) -> None:
        self._step(backwards=True)

    def _step(self, *, backwards: bool) -> None:
        if not self.bar.isVisible():
            self.open()
            return
        if self._partial is not None and self.current is not None and not (
                0 <= self.current + (-1 if backwards else 1) < len(self.hits)):  # beyond the hits near the page:
            self._whole(find_all(self._text, self._partial))  # the whole list now
        if not self.hits:
            return
        if self.current is None:
            self.current = 0
        else:
            self.current = (self.current + (-1 if backwards else 1)) % len(self.hits)
        self._paint(scroll=True)

    def close(self) -> None:
        self.hits, self.current, self._partial = [], None, None
        self.reader.clear_layer(FIND_LAYER)
        self.reader.clear_layer(CURRENT_LAYER)
        self.bar.hide()
        self.reader.setFocus(Qt.FocusReason.OtherFocusReason)

    def _paint(self, *, scroll: bool) -> None:
        theme = self.reader.theme
        hit, current = theme.color("find_hit"), theme.color("find_current")
        self.reader.set_layer(FIND_LAYER, [(a, b, hit) for a, b in self.hits])
        if self.current is None:
            self.reader.clear_layer(CURRENT_LAYER)
        else:
            a, b = self.hits[self.current]
            self.reader.set_layer(CURRENT_LAYER, [(a, b, current)])
            if scroll:
                self.reader.scroll_to_offset(a, center=True)
        if self._partial is not None:
            self.bar.show_searching()  # (the rest of the hits are being counted)
        else:
            self.bar.show_count(self.current, len(self.hits))

    def _after_layout(self) -> None:
        """A new article gets a fresh search; a new theme or layout, fresh colours."""
        if not self.bar.isVisible():
            return
        article = self.reader.article
        if article is None or article.text != self._text:
            self.search(self.bar.field.text())
        else:
            self._paint(scroll=False)
