"""The reader's first layout with its scroll bar already in place.

An article opened in a window just shown is laid out at the viewport's width; with the scroll bar
"as needed", Qt lays the text out once without the bar, sees it overflow, shows the bar and lays
it all out again at the narrower width (each layout shapes the text anew: 47 M of the sample's
856 M instructions to its first paint, measured with callgrind). :class:`BarHold` keeps the bar
shown for that first layout, and gives it back to "as needed" once the text is known to fit
(no bar was needed: Qt hides it and lays the short text out once more) or is wholly laid out
(the bar stays where it is: nothing moves).
"""

from __future__ import annotations

from PySide6.QtWidgets import QTextEdit

from qari.ui.early import set_enum


class BarHold:
    def __init__(self, view: QTextEdit) -> None:
        self._view = view
        self.held = False

    def hold(self) -> None:
        """The next layout with the vertical scroll bar shown."""
        self.held = True
        set_enum(self._view, "verticalScrollBarPolicy", "ScrollBarAlwaysOn")

    def release(self) -> None:
        """The bar "as needed" again (its policy as Qt's default)."""
        if self.held:
            self.held = False
            set_enum(self._view, "verticalScrollBarPolicy", "ScrollBarAsNeeded")

    def release_if_fits(self) -> None:
        """After the first layout: a text that fits the page has no bar. Asks Qt only for the
        blocks down to the page's bottom (what the paint lays out anyway)."""
        if not self.held:
            return
        view = self._view
        doc, height = view.document(), view.viewport().height()
        layout, block = doc.documentLayout(), doc.firstBlock()
        while block.isValid():
            if layout.blockBoundingRect(block).bottom() > height:
                return  # it overflows: the bar stays until the text is laid out
            block = block.next()
        self.release()
