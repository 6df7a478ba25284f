"""Each paragraph runs in its own direction; mixed sentences keep the bidi order a reader expects."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from qari.ui.main_window import MainWindow

ENGLISH = "“We will always be with Russia,” Kim told the Russian president."
MIXED = "قال الخبراء إن قاعدة Vostochny افتتحت عام 2016 بكلفة كبيرة."


def open_text(make_window, data_dir: Path, text: str) -> MainWindow:
    """A window showing ``text`` as the last-opened article."""
    from qari.core.article import Article
    from qari.core.session import Session

    session = Session.open(data_dir)
    aid = session.library.add(Article.from_text(text)).id
    session.library.mark_opened(aid)
    session.close()
    window = make_window()
    assert window.reader.article.id == aid
    window.activateWindow()  # the window takes keyboard shortcuts as a person's would
    QApplication.processEvents()
    return window


def _x(window: MainWindow, offset: int) -> float:
    """Horizontal centre, in the viewport, of the glyph drawn for canonical character ``offset``."""
    reader = window.reader
    doc = reader.document()
    qt = reader.display.to_qt(offset)
    block = doc.findBlock(qt)
    origin = doc.documentLayout().blockBoundingRect(block).topLeft()
    [run, *_] = block.layout().glyphRuns(qt - block.position(), 1)
    return origin.x() + run.boundingRect().center().x() - reader.horizontalScrollBar().value()


def test_an_english_paragraph_is_laid_out_left_to_right(make_window, data_dir) -> None:
    window = open_text(make_window, data_dir, f"عنوان عربي\nفقرة عربية أولى هنا.\n{ENGLISH}\nفقرة عربية أخيرة.")
    doc = window.reader.document()
    english, arabic = doc.findBlockByNumber(2), doc.findBlockByNumber(1)
    assert english.blockFormat().layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert arabic.blockFormat().layoutDirection() == Qt.LayoutDirection.RightToLeft
    text = window.reader.article.text
    start = text.index(ENGLISH)
    # English starts at the left edge and reads rightwards; Arabic starts at the right edge.
    width = window.reader.viewport().width()
    assert _x(window, start + 1) < width * 0.25 and _x(window, start + 1) < _x(window, start + ENGLISH.index("Kim"))
    assert _x(window, text.index("فقرة عربية أولى")) > width * 0.75


def test_a_latin_word_and_digits_inside_an_arabic_sentence_keep_their_order(make_window, data_dir) -> None:
    window = open_text(make_window, data_dir, f"عنوان\n{MIXED}")
    text = window.reader.article.text
    para = text.index(MIXED)
    latin = text.index("Vostochny")
    year = text.index("2016")
    before, after = text.index("قاعدة", para), text.index("افتتحت")
    # The sentence runs right to left: the word before the Latin name sits to its right, the next to its left.
    assert _x(window, before) > _x(window, latin) > _x(window, after)
    # Inside the Latin word and the number, characters run left to right.
    assert _x(window, latin) < _x(window, latin + 4) < _x(window, latin + 8)
    assert _x(window, year) < _x(window, year + 1) < _x(window, year + 3)
    assert _x(window, text.index("عام")) > _x(window, year) > _x(window, text.index("بكلفة"))
    block = window.reader.document().findBlockByNumber(1)
    assert block.blockFormat().layoutDirection() == Qt.LayoutDirection.RightToLeft


def test_a_paragraph_opening_with_a_latin_name_but_written_in_arabic_stays_rtl(make_window, data_dir) -> None:
    from qari.ui.reader.direction import is_rtl_text

    # Unicode P2-P3: the first strong character decides. A quote opening "NATO ..." reads LTR;
    # the view follows the rule, and an Arabic paragraph with digits first is still RTL.
    assert is_rtl_text("2023 كان عاما صعبا")
    assert not is_rtl_text("NATO said on Monday")
    window = open_text(make_window, data_dir, "عنوان\n2023 كان عاما صعبا على الاقتصاد.")
    block = window.reader.document().findBlockByNumber(1)
    assert block.blockFormat().layoutDirection() == Qt.LayoutDirection.RightToLeft
