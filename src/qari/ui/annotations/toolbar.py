"""The small toolbar that floats over a selection: colour swatches, note, bookmark."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPoint, QRect, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFrame, QHBoxLayout, QMenu, QToolButton, QWidget

from qari.ui.annotations.palette import ColorRow
from qari.ui.reader.view import ReaderView


class SelectionToolbar(QFrame):
    """A child of the reader's viewport, shown just above (or below) the selected text."""

    colorChosen = Signal(str)
    noteRequested = Signal()
    bookmarkRequested = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("selection-toolbar")
        self.setAccessibleName(self.tr("Highlight toolbar"))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setCursor(Qt.CursorShape.ArrowCursor)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.setSpacing(2)
        self.colors = ColorRow(self)
        self.colors.colorChosen.connect(self.colorChosen)
        layout.addWidget(self.colors)
        self.note_button = self._button("note", self.tr("Note…"), self.tr("Highlight and add a note"))
        self.note_button.clicked.connect(self.noteRequested)
        self.bookmark_button = self._button("bookmark", self.tr("Bookmark"), self.tr("Bookmark this place"))
        self.bookmark_button.clicked.connect(self.bookmarkRequested)
        layout.addWidget(self.note_button)
        layout.addWidget(self.bookmark_button)
        self.hide()

    def _button(self, name: str, text: str, tip: str) -> QToolButton:
        b = QToolButton(self)
        b.setObjectName(f"toolbar-{name}")
        b.setText(text)
        b.setToolTip(tip)
        b.setAccessibleName(text)
        b.setAutoRaise(True)
        return b

    def show_near(self, rect: QRect) -> None:
        """Show centred over ``rect`` (viewport coordinates), above it when there is room."""
        self.adjustSize()
        parent = self.parentWidget()
        area = parent.rect() if parent is not None else rect
        w, h = self.width(), self.height()
        x = rect.center().x() - w // 2
        x = max(area.left() + 4, min(x, area.right() - w - 4))
        y = rect.top() - h - 6
        if y < area.top() + 2:
            y = rect.bottom() + 6
        y = max(area.top() + 2, min(y, area.bottom() - h - 2))
        self.move(x, y)
        self.show()
        self.raise_()


def reader_context_menu(reader: ReaderView, pos: QPoint, highlight_action: QAction, color_actions: list[QAction],
                        more: list[QAction]) -> QMenu:
    """The reader's standard context menu plus highlight, colours and ``more`` (note, bookmark)."""
    menu = reader.createStandardContextMenu(pos)
    menu.setObjectName("reader-context-menu")
    menu.addSeparator()
    has_selection = reader.selected_span() is not None
    highlight = menu.addAction(highlight_action.icon(), highlight_action.text(), highlight_action.trigger)
    highlight.setObjectName("menu-highlight")
    highlight.setEnabled(has_selection)
    colors = menu.addMenu(QCoreApplication.translate("AnnotationController", "Highlight &Colour"))
    colors.addActions(color_actions)
    colors.setEnabled(has_selection)
    menu.addActions(more)
    return menu
