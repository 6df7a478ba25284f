"""The document the reader shows: an article's display text with its headline, lede and body
formats (built in one pass; the body goes in one insertion per run of paragraphs of one
direction, with the formats shared)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QFont, QTextBlockFormat, QTextCharFormat, QTextCursor, QTextDocument

from qari.core.article import is_subhead
from qari.ui.reader import themes
from qari.ui.reader.direction import paragraph_direction
from qari.ui.settings import ReaderPrefs


def document(parent: QObject, text: str, prefs: ReaderPrefs, theme: themes.Theme, margin: int) -> QTextDocument:
    """A new document (a child of ``parent``) showing ``text``, paragraphs split at "\\n"."""
    doc = QTextDocument(parent)
    doc.setUndoRedoEnabled(False)
    doc.setDocumentMargin(margin)
    base = QFont(prefs.font_family)
    base.setPointSizeF(prefs.font_size)
    base.setStyleStrategy(QFont.StyleStrategy.PreferAntialias)
    doc.setDefaultFont(base)
    cursor = QTextCursor(doc)
    cursor.beginEditBlock()
    paragraphs = text.split("\n") if text else []
    count = len(paragraphs)
    body: dict[Qt.LayoutDirection, tuple[QTextBlockFormat, QTextCharFormat]] = {}  # one pair a direction
    i = 0
    while i < count:
        para, j = paragraphs[i], i + 1
        if i < 2:
            block_fmt, char_fmt = formats(i, count, para, prefs, theme)
        elif is_subhead(para, paragraphs[i + 1] if i + 1 < count else None):
            block_fmt, char_fmt = formats(i, count, para, prefs, theme, subhead=True)
        else:  # the body: one insertion for each run of paragraphs in the same direction
            direction = paragraph_direction(para)
            if direction not in body:
                body[direction] = formats(i, count, para, prefs, theme)
            block_fmt, char_fmt = body[direction]
            while (j < count and paragraph_direction(paragraphs[j]) == direction
                   and not is_subhead(paragraphs[j], paragraphs[j + 1] if j + 1 < count else None)):
                j += 1
        if i == 0:
            cursor.setBlockFormat(block_fmt)
            cursor.setBlockCharFormat(char_fmt)
        else:
            cursor.insertBlock(block_fmt, char_fmt)
        cursor.insertText("\n".join(paragraphs[i:j]) if j > i + 1 else para, char_fmt)  # "\n": new blocks
        i = j
    cursor.endEditBlock()
    return doc


def formats(
    index: int, count: int, para: str, prefs: ReaderPrefs, theme: themes.Theme, *, subhead: bool = False
) -> tuple[QTextBlockFormat, QTextCharFormat]:
    """The block and character formats of paragraph ``index`` (headline, lede, subhead or body)."""
    block = QTextBlockFormat()
    direction = paragraph_direction(para)
    block.setLayoutDirection(direction)
    # AlignLeading: the start edge of the paragraph (right for Arabic). AlignRight would be
    # mirrored in a right-to-left block, and AlignJustify breaks Arabic letters apart.
    block.setAlignment(Qt.AlignmentFlag.AlignLeading)
    block.setLineHeight(float(prefs.line_height), QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
    block.setBottomMargin(prefs.font_size * 0.7)
    char = QTextCharFormat()
    char.setFontFamilies([prefs.font_family, "Amiri", "Noto Naskh Arabic"])
    char.setFontPointSize(prefs.font_size)
    char.setForeground(theme.color("text"))
    if index == 0:  # headline
        char.setFontPointSize(prefs.font_size * 1.55)
        char.setFontWeight(QFont.Weight.Bold)
        char.setForeground(theme.color("headline"))
        block.setLineHeight(100.0, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        block.setBottomMargin(prefs.font_size * 0.9)
        block.setHeadingLevel(1)
    elif subhead:  # a subheading inside the body (core.article.is_subhead)
        char.setFontPointSize(prefs.font_size * 1.18)
        char.setFontWeight(QFont.Weight.Bold)
        char.setForeground(theme.color("headline"))
        block.setTopMargin(prefs.font_size * 0.6)
        block.setBottomMargin(prefs.font_size * 0.4)
        block.setHeadingLevel(2)
    elif index == 1 and count > 2:  # lede
        char.setFontPointSize(prefs.font_size * 1.12)
        char.setForeground(theme.color("lede"))
        block.setBottomMargin(prefs.font_size * 1.4)
    return block, char
