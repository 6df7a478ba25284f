"""Helpers of the reading view: its highlight layers (find hits, mentions, annotations, flashes)
as Qt extra selections, the page keys, the block and position under a point.

Spans are canonical offsets; they become document positions through the view's DisplayText.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QKeyEvent, QTextBlock, QTextCharFormat, QTextCursor, QTextDocument, QTextFormat
from PySide6.QtWidgets import QScrollBar, QTextEdit

from qari.core.display import DisplayText

Span = tuple[int, int, QColor]


def selections(doc: QTextDocument, display: DisplayText, spans: list[Span], underline: bool, *,
               last: int | None = None) -> list[QTextEdit.ExtraSelection]:
    """One extra selection a span: a background, or an underline (notes, bookmarks). ``last``: the
    document holds the text only up to there so far (a long one loading): spans beyond wait."""
    out = []
    for start, end, color in spans:
        a, b = display.span_to_qt(start, end)
        if last is not None:
            if a >= last:
                continue  # painted once its text is in (ReaderView._loaded)
            b = min(b, last)
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


def page_key(bar: QScrollBar, height: int, e: QKeyEvent) -> bool:
    """Scroll like a page for the reading keys (arrows a line, Page/Space a screen, Home/End);
    False for any other key."""
    key, mods = e.key(), e.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    page = max(bar.singleStep(), height - 2 * bar.singleStep())
    plain = mods == Qt.KeyboardModifier.NoModifier
    shift = mods == Qt.KeyboardModifier.ShiftModifier
    ctrl = mods == Qt.KeyboardModifier.ControlModifier
    steps = {
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


def block_near(doc: QTextDocument, hint: int, y: float) -> QTextBlock:
    """The block at document height ``y``, walking from block number ``hint``."""
    lay = doc.documentLayout()
    block = doc.findBlockByNumber(min(hint, doc.blockCount() - 1))
    while block.previous().isValid() and lay.blockBoundingRect(block).top() > y:
        block = block.previous()
    while block.next().isValid() and lay.blockBoundingRect(block).bottom() <= y:
        block = block.next()
    return block
