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
from PySide6.QtWidgets import QLabel, QTextEdit, QWidget


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


def plain_editor(text: str = "", parent: QWidget | None = None) -> QTextEdit:
    """A plain-text editor whose every paragraph starts on its own script's side: an Arabic note
    or article line at the right, an English one at the left, whatever the interface language.
    (QPlainTextEdit aligns every paragraph by the widget's direction; QTextEdit, with the default
    alignment, follows each paragraph's own direction — measured.) Pasted rich text comes in plain."""
    editor = QTextEdit(parent)
    editor.setAcceptRichText(False)
    option = editor.document().defaultTextOption()
    option.setTextDirection(Qt.LayoutDirection.LayoutDirectionAuto)
    editor.document().setDefaultTextOption(option)
    editor.setPlainText(text)
    return editor


def shown_tags(tags: list[str] | tuple[str, ...]) -> str:
    """Tags as "#روسيا #عسكري": each "#tag" between two marks of its own direction, so the bidi
    algorithm keeps its "#" at the tag's start in either script instead of moving it to the next tag
    ("#روسيا# عسكري"); measured in tests/ui/test_tags_bidi.py (isolates did not hold there)."""
    return " ".join(tag_label(t) for t in tags)


def tag_label(tag: str) -> str:
    arabic = any("\u0600" <= c <= "\u06ff" or "\u0750" <= c <= "\u077f" for c in tag[:1] or "")
    mark = "\u200f" if arabic else "\u200e"  # the "#" takes the direction of the tag's first letter
    return mark + "#" + tag + mark
