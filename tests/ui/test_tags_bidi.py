"""Tags read "#روسيا #عسكري" in a right-to-left line: each "#" stands at its own tag's start (to its
right), not carried to the next tag ("#روسيا# عسكري")."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QTextLayout, QTextOption

from qari.ui.plain import shown_tags


def _hash_sides(text: str, direction: Qt.LayoutDirection) -> list[bool]:
    """For each "#": True when it is drawn just right of its (Arabic) tag's letters."""
    layout = QTextLayout(text, QFont())
    option = QTextOption()
    option.setTextDirection(direction)
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(1000)
    layout.endLayout()
    def span(a: int, b: int) -> tuple[float, float]:
        xs = [line.cursorToX(k)[0] for k in range(a, b + 1)]
        return min(xs), max(xs)

    sides = []
    for i, ch in enumerate(text):
        if ch == "#":
            end = i + 1
            while end < len(text) and "\u0600" <= text[end] <= "\u06ff":
                end += 1
            word = span(i + 1, end)
            mark = span(i, i + 1)
            sides.append(mark[0] >= word[1] - 1)
    return sides


def test_each_hash_stays_with_its_arabic_tag(qapp) -> None:
    bare = " ".join("#" + t for t in ["روسيا", "عسكري"])
    ltr, rtl = Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft
    assert _hash_sides(bare, ltr) != [True, True]  # the fault, measured (the English interface's table)
    for direction in (ltr, rtl):
        assert _hash_sides(shown_tags(["روسيا", "عسكري"]), direction) == [True, True]
