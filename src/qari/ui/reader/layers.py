"""Helpers of the reading view: its highlight layers (find hits, mentions, annotations, flashes)
as Qt extra selections, the page keys, the block and position under a point.

Spans are canonical offsets; they become document positions through the view's DisplayText.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QKeyEvent, QTextBlock, QTextCharFormat, QTextCursor, QTextDocument, QTextFormat
from PySide6.QtWidgets import QScrollBar, QTextEdit, QWidget

from qari.ui.reader.window import Shown


class _View(Protocol):  # what the painter needs of the reader (qari.ui.reader.view.ReaderView)
    @property
    def display(self) -> Shown: ...
    @property
    def shown_range(self) -> tuple[int, int]: ...
    def document(self) -> QTextDocument: ...
    def viewport(self) -> QWidget: ...
    def block_at(self, y: int) -> QTextBlock: ...
    def setExtraSelections(self, selections: Sequence[QTextEdit.ExtraSelection]) -> None: ...

Span = tuple[int, int, QColor]
# Above this many spans (a frequent word's find hits in a long report: 30,000 in 20 MB took 1.3 s to
# turn into selections) only those within WINDOW characters of the screen are painted; the view
# moves the window as the page scrolls.
ALL_SPANS = 2_000
WINDOW = 30_000
# Spans further than this below what Qt has laid out wait until the layout nears them: Qt finds the
# rectangle of each new extra selection, and that lays the text out up to it at once (a note at 90 % of
# 150,000 characters: 95 ms).
AHEAD = 10_000


def around(visible: tuple[int, int], length: int) -> tuple[int, int]:
    """The canonical range painted around the ``visible`` one."""
    return max(0, visible[0] - WINDOW), min(length, visible[1] + WINDOW)


def well_inside(visible: tuple[int, int], window: tuple[int, int], length: int) -> bool:
    """Whether the screen is still far enough from the painted range's edges (or at the text's)."""
    lo, hi = window
    return (lo == 0 or visible[0] >= lo + WINDOW // 3) and (hi == length or visible[1] <= hi - WINDOW // 3)


class LayerMethods:
    """The reader's layer calls (a mixin of ReaderView, which makes ``_paint``)."""

    _paint: Painter

    def set_layer(self, name: str, spans: list[Span], *, underline: bool = False) -> None:
        """Paint ``spans`` (canonical offsets); layers are kept across re-layouts and repainted."""
        self._paint.layers[name] = (list(spans), underline)
        self._paint.refresh()

    def layer(self, name: str) -> list[Span]:
        return list(self._paint.layers.get(name, ([], False))[0])

    def clear_layer(self, name: str) -> None:
        if self._paint.layers.pop(name, None) is not None:
            self._paint.refresh()

    def _refresh_selections(self) -> None:
        self._paint.refresh()


class Painter:
    """The view's highlight layers (name -> spans, underlined or not) as its extra selections, later
    names painted over earlier ones; with many spans only those near the screen (:data:`WINDOW`)."""

    def __init__(self, view: _View) -> None:
        self._view = view
        self.layers: dict[str, tuple[list[Span], bool]] = {}
        self._window: tuple[int, int] | None = None
        self._limit: int | None = None  # spans from here on wait for the layout (see AHEAD)

    def refresh(self) -> None:
        view, display = self._view, self._view.display
        if not self.layers:  # nothing to paint (an article just opened: before its first paint, no text
            self._window = self._limit = None  # layout types are made for this, 0.3 ms, measured)
            view.setExtraSelections([])
            return
        doc = view.document()
        many = sum(len(spans) for spans, _u in self.layers.values()) > ALL_SPANS
        self._window = around(self._visible(), len(display.canonical)) if many else None
        lo, hi = view.shown_range
        laid = laid_blocks(doc)
        self._limit = None if laid >= doc.blockCount() else display.from_qt(
            doc.findBlockByNumber(laid).position()) + AHEAD
        if self._limit is not None and self._limit >= hi:
            self._limit = None
        part = (lo, hi if self._limit is None else self._limit)
        view.setExtraSelections([s for name in sorted(self.layers) for s in selections(
            doc, display, *self.layers[name], part=part, window=self._window)])

    def laid(self, _blocks: int = 0) -> None:
        """The layout went on: paint the spans it nears (see :data:`AHEAD`)."""
        if self._limit is not None:
            doc = self._view.document()
            laid = laid_blocks(doc)
            if laid >= doc.blockCount() or self._view.display.from_qt(
                    doc.findBlockByNumber(laid).position()) > self._limit - AHEAD // 2:
                self.refresh()

    def _visible(self) -> tuple[int, int]:
        """Canonical offsets of the first and last blocks on screen."""
        view, display = self._view, self._view.display
        top, bottom = view.block_at(0), view.block_at(view.viewport().height())
        return display.from_qt(top.position()), display.from_qt(bottom.position() + bottom.length())

    def scrolled(self) -> None:
        if self._window is not None and not well_inside(self._visible(), self._window,
                                                        len(self._view.display.canonical)):
            self.refresh()  # (thousands of find hits: the painted range moves with the page)
        else:
            self.laid()  # (Qt lays the text out as far as the page it shows)


def selections(doc: QTextDocument, display: Shown, spans: list[Span], underline: bool, *,
               part: tuple[int, int] | None = None,
               window: tuple[int, int] | None = None) -> list[QTextEdit.ExtraSelection]:
    """One extra selection a span: a background, or an underline (notes, bookmarks). ``part``: the
    canonical range the document holds (a long text's window): spans outside it wait until it moves.
    ``window``: only the spans touching this canonical range."""
    out = []
    for start, end, color in spans:
        if window is not None and (end <= window[0] or start >= window[1]):
            continue
        if part is not None and (end <= part[0] or start >= part[1]):
            continue
        a, b = display.span_to_qt(start, end)
        sel = QTextEdit.ExtraSelection()
        cursor = QTextCursor(doc)
        cursor.setPosition(a)
        cursor.setPosition(b, QTextCursor.MoveMode.KeepAnchor)
        sel.cursor = cursor
        fmt = QTextCharFormat()
        if underline:
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
            fmt.setUnderlineColor(color)
            fmt.setProperty(QTextFormat.Property.FullWidthSelection, False)
        else:
            fmt.setBackground(color)
        sel.format = fmt
        out.append(sel)
    return out


def home_end(e: QKeyEvent) -> bool | None:
    """True for End, False for Home (plain or with Ctrl), None for any other key."""
    from PySide6.QtCore import Qt  # (here, not before the first paint: qari.ui.early)

    mods = e.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    if e.key() not in (Qt.Key.Key_Home, Qt.Key.Key_End) or mods not in (
            Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ControlModifier):
        return None
    return e.key() == Qt.Key.Key_End


def page_key(bar: QScrollBar, height: int, e: QKeyEvent) -> bool:
    """Scroll like a page for the reading keys (arrows a line, Page/Space a screen, Home/End);
    False for any other key."""
    from PySide6.QtCore import Qt

    key, mods = e.key(), e.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    page = max(bar.singleStep(), height - 2 * bar.singleStep())
    plain = mods == Qt.KeyboardModifier.NoModifier
    shift = mods == Qt.KeyboardModifier.ShiftModifier
    ctrl = mods == Qt.KeyboardModifier.ControlModifier
    steps: dict[tuple[object, bool], int] = {  # (Qt.Key members equal the ints e.key() gives)
        (Qt.Key.Key_Down, plain): bar.singleStep(), (Qt.Key.Key_Up, plain): -bar.singleStep(),
        (Qt.Key.Key_PageDown, plain): page, (Qt.Key.Key_PageUp, plain): -page,
        (Qt.Key.Key_Space, plain): page, (Qt.Key.Key_Space, shift): -page,
    }
    if steps.get((key, True)):
        bar.setValue(bar.value() + steps[(key, True)])
    elif key in (Qt.Key.Key_Home, Qt.Key.Key_End) and (plain or ctrl):
        bar.setValue(bar.minimum() if key == Qt.Key.Key_Home else bar.maximum())
    else:
        return False
    return True


def position_in_block(block: QTextBlock, x: float, y: float) -> int:
    """Document position at document point (x, y) inside ``block`` (the line at y, the character at x)."""
    lay = block.layout()
    origin = lay.position()  # lines are placed relative to it, in document coordinates
    y, x = y - origin.y(), x - origin.x()
    for i in range(lay.lineCount()):
        line = lay.lineAt(i)
        if line.y() + line.height() > y or i == lay.lineCount() - 1:
            return block.position() + line.xToCursor(x)
    return block.position()


def block_near(doc: QTextDocument, y: float) -> QTextBlock:
    """The block at document height ``y``: Qt's hit test (0.2 ms, and it lays out nothing below
    ``y``; walking the blocks from the last one asked for took a second after a jump far down),
    then a step or two."""
    from PySide6.QtCore import Qt  # (not before the first paint: qari.ui.early)

    lay = doc.documentLayout()
    # (in the middle of the column: at x = 0, outside the text, the fuzzy hit is the document's end)
    hit = lay.hitTest(QPointF(max(doc.textWidth(), 2.0) / 2, y), Qt.HitTestAccuracy.FuzzyHit)
    block = doc.findBlock(hit)
    if hit < 0 or y < lay.blockBoundingRect(doc.firstBlock()).top():  # (above the text Qt answers its end)
        block = doc.firstBlock()
    elif block.layout().lineCount() == 0:  # below what Qt has laid out, it answers the end too: go on from
        block = doc.findBlockByNumber(max(0, laid_blocks(doc) - 1))  # the last block laid out, not back
        # from the end (blockBoundingRect lays out everything up to the block it is asked about)
    while block.previous().isValid() and lay.blockBoundingRect(block).top() > y:
        block = block.previous()
    while block.next().isValid() and lay.blockBoundingRect(block).bottom() <= y:
        block = block.next()
    return block


def laid_blocks(doc: QTextDocument, start: int = 0) -> int:
    """Blocks Qt has laid out from the start (at least ``start``): it lays out in order, as far as
    asked, and a block not laid out yet has no lines (an empty paragraph laid out has one)."""
    lo, hi = start, doc.blockCount()
    while lo < hi:
        mid = (lo + hi) // 2
        if doc.findBlockByNumber(mid).layout().lineCount() > 0:
            lo = mid + 1
        else:
            hi = mid
    return lo
