"""The reading pane: the article view with its find bar underneath."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from qari.ui.reader.find_bar import FindBar, FindController
from qari.ui.reader.view import ReaderView
from qari.ui.settings import ReaderPrefs


class ReaderPane(QWidget):
    def __init__(self, prefs: ReaderPrefs, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reader-pane")
        self.reader = ReaderView(prefs, self)
        self.find_bar = FindBar(self)
        self.find = FindController(self.reader, self.find_bar)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(0)
        box.addWidget(self.reader, 1)
        box.addWidget(self.find_bar)
        self.setFocusProxy(self.reader)
        QWidget.setTabOrder(self.reader, self.find_bar.field)
