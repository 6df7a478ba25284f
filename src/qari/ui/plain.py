"""Text from articles, sources, notes and file names is shown as plain text, never as rich text.

Qt guesses rich text (``Qt.AutoText``) in labels, message boxes and tooltips: a headline such as
``<img src="file:///…">`` would be rendered and a local image loaded. Labels get
``Qt.PlainText`` (:func:`plain_label`). Tooltips and Qt's static message boxes have no text
format of their own: :func:`plain` leaves text Qt would show as plain anyway unchanged, and turns
text Qt would take for rich text into rich text that shows exactly its characters.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as GuiQt  # the Qt namespace with mightBeRichText (QtGui adds it)
from PySide6.QtWidgets import QLabel


def plain(text: str) -> str:
    """``text`` for a tooltip or a static QMessageBox: it shows as written, whatever markup it holds."""
    if not text or not GuiQt.mightBeRichText(text):
        return text
    import html  # (not at start-up: the first paint needs no escaping)

    return "<p style='white-space:pre-wrap'>" + html.escape(text, quote=False) + "</p>"


def plain_label(label: QLabel) -> QLabel:
    """The label shows its text as plain text (set before any article text reaches it)."""
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label
