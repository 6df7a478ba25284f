"""What the reader paints for an article's annotations: three layers of canonical spans."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtGui import QColor

from qari.core.store.annotations import BOOKMARK, Annotation
from qari.ui.annotations.palette import BOOKMARK_COLOR, highlight_color

Span = tuple[int, int, QColor]


def build_layers(records: Iterable[Annotation], text: str, *, dark: bool) -> tuple[list[Span], list[Span], list[Span]]:
    """(highlight backgrounds, underlines of highlights that carry a note, bookmark underlines).

    Highlights are backgrounds (extra selections), never changes to the text, so Arabic
    letters stay joined across a highlight's edge. A bookmark underlines the word it stands before.
    """
    spans: list[Span] = []
    notes: list[Span] = []
    marks: list[Span] = []
    for a in records:
        if a.kind == BOOKMARK:
            end = a.start
            while end < len(text) and not text[end].isspace():
                end += 1
            marks.append((a.start, max(end, min(a.start + 1, len(text))), QColor(BOOKMARK_COLOR)))
            continue
        spans.append((a.start, a.end, highlight_color(a.color, dark=dark)))
        if a.note:
            notes.append((a.start, a.end, highlight_color(a.color, dark=not dark)))
    return spans, notes, marks
