"""What a person sees when Qari opens: the article, right-to-left, in a bundled Arabic font."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QFontDatabase, QTextBlockFormat
from PySide6.QtWidgets import QApplication

from qari.ui.main_window import MainWindow


def test_first_run_opens_the_sample_article_with_its_headline_as_window_title(window: MainWindow) -> None:
    assert window.windowTitle().startswith("كيم جونغ يقدم لبوتين")
    doc = window.reader.document()
    assert doc.firstBlock().text() == window.reader.article.title
    assert doc.blockCount() == 26


def test_reader_is_right_to_left_and_never_justified(window: MainWindow) -> None:
    reader = window.reader
    assert reader.layoutDirection() == Qt.LayoutDirection.RightToLeft
    block = reader.document().firstBlock()
    while block.isValid():
        fmt: QTextBlockFormat = block.blockFormat()
        assert fmt.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert not (fmt.alignment() & Qt.AlignmentFlag.AlignJustify)
        block = block.next()


def test_text_starts_at_the_right_edge(window: MainWindow) -> None:
    from PySide6.QtGui import QTextCursor

    reader = window.reader
    block = reader.document().firstBlock()
    while block.isValid():  # a paragraph whose last line is clearly shorter than its first
        layout = block.layout()
        last = layout.lineAt(layout.lineCount() - 1)
        if layout.lineCount() > 1 and last.naturalTextWidth() < 0.7 * layout.lineAt(0).naturalTextWidth():
            break
        block = block.next()
    assert block.isValid()

    def x_of(pos: int) -> int:
        cursor = QTextCursor(reader.document())
        cursor.setPosition(pos)
        return reader.cursorRect(cursor).x()

    # Both the paragraph's first line and its short last line begin at the same right edge.
    start_x = x_of(block.position())
    assert start_x > reader.viewport().width() // 2
    assert abs(x_of(block.position() + last.textStart()) - start_x) <= 3


def test_headline_is_set_as_a_title_and_the_lede_apart(window: MainWindow) -> None:
    doc = window.reader.document()
    title_fmt = doc.firstBlock().charFormat()
    lede_fmt = doc.findBlockByNumber(1).charFormat()
    body_fmt = doc.findBlockByNumber(2).charFormat()
    assert doc.firstBlock().blockFormat().headingLevel() == 1
    assert title_fmt.fontPointSize() > lede_fmt.fontPointSize() > body_fmt.fontPointSize()
    assert lede_fmt.foreground().color() != body_fmt.foreground().color()


def test_bundled_arabic_font_is_loaded_and_used(window: MainWindow) -> None:
    assert "Amiri" in QFontDatabase.families()
    fmt = window.reader.document().findBlockByNumber(2).charFormat()
    assert fmt.fontFamilies()[0] == "Amiri"


def test_zoom_shortcuts_grow_shrink_and_reset_the_text(qtbot, window: MainWindow) -> None:
    reader = window.reader
    size = reader.prefs.font_size
    qtbot.keyClick(window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert reader.prefs.font_size == size + 1
    qtbot.keyClick(window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert reader.prefs.font_size == size - 1
    qtbot.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert reader.prefs.font_size == size


def test_status_bar_shows_words_and_reading_time(window: MainWindow) -> None:
    text = window.words_label.text()
    article = window.reader.article
    assert str(article.words) in text and "min read" in text


def test_sidebar_sits_on_the_right_and_toggles_with_f9(qtbot, window: MainWindow) -> None:
    dock = window.sidebar
    assert dock.isVisible()
    assert dock.mapTo(window, QPoint(0, 0)).x() > window.width() // 2
    qtbot.keyClick(window, Qt.Key.Key_F9)
    assert not dock.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_F9)
    assert dock.isVisible()


def test_the_reading_place_is_kept_and_restored(qtbot, make_window) -> None:
    first = make_window()
    reader = first.reader
    reader.verticalScrollBar().setValue(reader.verticalScrollBar().maximum() // 2)
    offset = reader.top_position()
    assert offset > 100
    first.close()
    QApplication.processEvents()
    second = make_window()
    qtbot.waitUntil(lambda: abs(second.reader.top_position() - offset) < 80)
