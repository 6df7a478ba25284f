"""The document the reader shows: an article's display text with its headline, lede and body
formats (the body goes in one insertion per run of paragraphs of one direction, with the formats
shared; a long text is appended a run at a time, :class:`Composer`)."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QFont, QTextBlockFormat, QTextCharFormat, QTextCursor, QTextDocument

from qari.core.article import is_subhead
from qari.ui.early import set_block_direction, solid_brush
from qari.ui.reader import themes
from qari.ui.reader.direction import is_rtl_text
from qari.ui.settings import ReaderPrefs


def document(parent: QObject, text: str, prefs: ReaderPrefs, theme: themes.Theme, margin: int) -> QTextDocument:
    """A new document (a child of ``parent``) showing ``text``, paragraphs split at "\\n"."""
    composer = Composer(parent, text, prefs, theme, margin)
    composer.append(len(text))
    return composer.doc


class Composer:
    """Puts ``text`` in a new document (:attr:`doc`) a run of paragraphs at a time: a long report's
    first screen is shown while the rest is still being appended (see ``ReaderView``). The
    document is the same however it was appended: one block a paragraph, its formats shared."""

    RUN = 64_000  # characters: at most this much text in one insertion

    def __init__(self, parent: QObject, text: str, prefs: ReaderPrefs, theme: themes.Theme, margin: int, *,
                 index: int = 0, count: int | None = None) -> None:
        """``index``: the number of ``text``'s first paragraph in its article, ``count`` the article's
        paragraphs (a window of a long one, reader/window.py: headline and lede keep their formats)."""
        doc = QTextDocument(parent)
        doc.setUndoRedoEnabled(False)
        doc.setDocumentMargin(margin)
        base = QFont(prefs.font_family)
        base.setPointSizeF(prefs.font_size)
        base.setStyleStrategy(QFont.StyleStrategy.PreferAntialias)
        # Unhinted: the glyphs' own advances (typographically exact, the same at every size, as the
        # justification measures them) instead of each glyph loaded and hinted to learn its width
        base.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
        doc.setDefaultFont(base)
        self.doc = doc
        self._text = text
        self._prefs = prefs
        self._theme = theme
        self._count = count if count is not None else text.count("\n") + 1 if text else 0
        self._first = self._index = index  # the next paragraph to append
        self._pos: int | None = 0 if text else None  # where it starts in ``text`` (None: all appended)
        self._cursor = QTextCursor(doc)
        self._body: dict[bool, tuple[QTextBlockFormat, QTextCharFormat]] = {}  # one pair a direction (rtl)

    @property
    def done(self) -> bool:
        return self._pos is None

    @property
    def total(self) -> int:
        return len(self._text)

    @property
    def loaded(self) -> int:
        """Characters of ``text`` in the document so far (a paragraph boundary)."""
        return len(self._text) if self._pos is None else self._pos

    def _para(self, pos: int | None) -> tuple[str | None, int | None]:
        """The paragraph starting at ``pos`` and where the next one starts."""
        if pos is None:
            return None, None
        end = self._text.find("\n", pos)
        return (self._text[pos:], None) if end < 0 else (self._text[pos:end], end + 1)

    def append(self, until: int) -> bool:
        """Append paragraphs until the text up to ``until`` is in; True once everything is."""
        text, cursor, prefs, theme, count = self._text, self._cursor, self._prefs, self._theme, self._count
        if self._pos is None or self._pos >= until:
            return self._pos is None
        cursor.beginEditBlock()
        while self._pos is not None and self._pos < until:
            i, pos = self._index, self._pos
            para, nxt = self._para(pos)
            assert para is not None
            following, after = self._para(nxt)
            j, run_end = i + 1, nxt
            if i < 2:
                block_fmt, char_fmt = formats(i, count, para, prefs, theme)
            elif is_subhead(para, following):
                block_fmt, char_fmt = formats(i, count, para, prefs, theme, subhead=True)
            else:  # the body: one insertion for each run of paragraphs in the same direction
                direction = is_rtl_text(para)
                if direction not in self._body:
                    self._body[direction] = formats(i, count, para, prefs, theme)
                block_fmt, char_fmt = self._body[direction]
                while (following is not None and run_end is not None and run_end < until and run_end - pos < self.RUN
                       and is_rtl_text(following) == direction
                       and not is_subhead(following, self._para(after)[0])):
                    j, run_end = j + 1, after
                    following, after = self._para(after)
            if i == self._first:
                cursor.setBlockFormat(block_fmt)
                cursor.setBlockCharFormat(char_fmt)
            else:
                cursor.insertBlock(block_fmt, char_fmt)
            # "\n" inside the run: new blocks with the same formats
            cursor.insertText(text[pos:run_end - 1] if run_end is not None else text[pos:], char_fmt)
            self._index, self._pos = j, run_end
        cursor.endEditBlock()
        return self._pos is None


def formats(
    index: int, count: int, para: str, prefs: ReaderPrefs, theme: themes.Theme, *, subhead: bool = False
) -> tuple[QTextBlockFormat, QTextCharFormat]:
    """The block and character formats of paragraph ``index`` (headline, lede, subhead or body)."""
    block = QTextBlockFormat()
    # AlignLeading: the start edge of the paragraph (right for Arabic). AlignRight would be
    # mirrored in a right-to-left block, and AlignJustify breaks Arabic letters apart.
    set_block_direction(block, is_rtl_text(para))  # (without the `Qt` namespace: qari.ui.early)
    block.setLineHeight(float(prefs.line_height), QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
    block.setBottomMargin(prefs.font_size * 0.7)
    char = QTextCharFormat()
    char.setFontFamilies([prefs.font_family, "Amiri", "Noto Naskh Arabic"])
    char.setFontPointSize(prefs.font_size)
    char.setFontHintingPreference(QFont.HintingPreference.PreferNoHinting)  # (as the document's font: above)
    char.setForeground(solid_brush(theme.color("text")))
    if index == 0:  # headline
        char.setFontPointSize(prefs.font_size * 1.55)
        char.setFontWeight(QFont.Weight.Bold)
        char.setForeground(solid_brush(theme.color("headline")))
        block.setLineHeight(100.0, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        block.setBottomMargin(prefs.font_size * 0.9)
        block.setHeadingLevel(1)
    elif subhead:  # a subheading inside the body (core.article.is_subhead)
        char.setFontPointSize(prefs.font_size * 1.18)
        char.setFontWeight(QFont.Weight.Bold)
        char.setForeground(solid_brush(theme.color("headline")))
        block.setTopMargin(prefs.font_size * 0.6)
        block.setBottomMargin(prefs.font_size * 0.4)
        block.setHeadingLevel(2)
    elif index == 1 and count > 2:  # lede
        char.setFontPointSize(prefs.font_size * 1.12)
        char.setForeground(solid_brush(theme.color("lede")))
        block.setBottomMargin(prefs.font_size * 1.4)
    return block, char


def side_margin(prefs: ReaderPrefs, dpi: float, viewport_width: int, least: int) -> int:
    """The root frame's side margin that centres a column of ``prefs.text_width`` em, at least ``least``."""
    em = prefs.font_size * dpi / 72.0
    column = int(prefs.text_width * em)
    return max(least, (viewport_width - column) // 2)


def set_side_margins(doc: QTextDocument, side: int) -> None:
    root = doc.rootFrame()
    fmt = root.frameFormat()
    fmt.setLeftMargin(side)
    fmt.setRightMargin(side)
    root.setFrameFormat(fmt)
