"""A long article (a 300-page report) shows its first screen before the rest of it is laid out."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from qari.core.article import Article
from qari.resources import sample_article_path
from qari.ui.reader.find_bar import CURRENT_LAYER


def test_a_1_mb_article_paints_before_its_whole_layout_is_done(qtbot, window) -> None:
    body = sample_article_path().read_text(encoding="utf-8").split("\n", 1)[1]
    text = "تقرير طويل\n" + "\n".join([body] * (1_000_000 // len(body) + 1))
    assert len(text) > 1_000_000
    reader = window.reader
    events: list[str] = []
    reader.articlePainted.connect(lambda: events.append("painted"))
    reader.layoutComplete.connect(lambda: events.append("laid out"))
    reader.set_article(Article.from_text(text))
    with qtbot.waitSignal(reader.layoutComplete, timeout=120_000):
        reader.viewport().update()
        QApplication.processEvents()
    assert events == ["painted", "laid out"]
    last = reader.document().lastBlock()
    assert last.layout().lineCount() > 0  # and then the layout did reach the end


def test_a_reading_place_far_down_a_long_article_is_shown_at_the_first_paint(qtbot, window) -> None:
    body = sample_article_path().read_text(encoding="utf-8").split("\n", 1)[1]
    text = "تقرير طويل\n" + "\n".join(f"{i} {body}" for i in range(300_000 // len(body) + 1))
    place = text.index("\n60 ") + 1  # a paragraph near the end
    reader = window.reader
    events: list[str] = []
    reader.articlePainted.connect(lambda: events.append("painted"))
    reader.set_article(Article.from_text(text), place)
    top = reader.top_position()  # a character of the first line on screen: the place's line
    assert place <= top < place + 150 and "\n" not in text[place:top]
    with qtbot.waitSignal(reader.layoutComplete, timeout=120_000):
        reader.viewport().update()
        QApplication.processEvents()
    assert events == ["painted"]
    assert reader.top_position() == top  # (the layout going on below did not move the page)


# -- a report of several megabytes: its first part is shown while the rest goes in ----------------
def _report(size: int, marker: str) -> str:
    """A generated report of ``size`` characters whose last paragraphs hold ``marker`` (once)."""
    body = sample_article_path().read_text(encoding="utf-8").split("\n", 1)[1]
    copies = size // len(body) + 1
    parts = [f"{i} {body}" for i in range(copies)]
    parts[-2] = f"{marker} {parts[-2]}"
    return "تقرير طويل جدا\n" + "\n".join(parts)


def test_a_multi_megabyte_report_holds_only_a_window_of_its_text_around_the_page(qtbot, window) -> None:
    text = _report(2_000_000, "بنغلاديش")
    reader = window.reader
    events: list[str] = []
    reader.articlePainted.connect(lambda: events.append("painted"))
    reader.layoutComplete.connect(lambda: events.append("laid out"))
    reader.set_article(Article.from_text(text))
    start, end = reader.shown_range
    assert start == 0 and 0 < end < len(text) // 10  # only a part of it is in the document
    assert reader.document().toPlainText() == text[start:end]
    with qtbot.waitSignal(reader.layoutComplete, timeout=120_000):
        reader.viewport().update()
    assert events == ["painted", "laid out"]
    assert reader.document().lastBlock().layout().lineCount() > 0


def _press(reader, key) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QKeyEvent

    for kind in (QKeyEvent.Type.KeyPress, QKeyEvent.Type.KeyRelease):
        QApplication.sendEvent(reader, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier))


def test_end_and_home_reach_the_ends_of_a_long_report(qtbot, window) -> None:
    from PySide6.QtCore import Qt

    text = _report(2_000_000, "بنغلاديش")
    reader = window.reader
    reader.set_article(Article.from_text(text))
    _press(reader, Qt.Key.Key_End)
    assert reader.shown_range[1] == len(text)
    bottom = reader.block_at(reader.viewport().height() - 2)
    assert bottom.text() and text.endswith(bottom.text())  # the last paragraph is on screen
    assert reader.progress() == 1.0
    _press(reader, Qt.Key.Key_Home)
    assert reader.shown_range[0] == 0 and reader.verticalScrollBar().value() == 0


def test_scrolling_down_a_long_report_moves_its_window_and_keeps_the_page(qtbot, window) -> None:
    text = _report(1_000_000, "بنغلاديش")
    reader = window.reader
    reader.set_article(Article.from_text(text))
    bar = reader.verticalScrollBar()
    first = reader.shown_range
    seen = []
    for _ in range(400):  # a page at a time, as Page Down does, past the window's end
        before = reader.top_position()
        bar.setValue(bar.value() + reader.viewport().height() - 40)
        QApplication.processEvents()  # (the window follows the page in a zero timer)
        after = reader.top_position()
        assert before < after < before + 4000  # never a jump: the next page, whatever the window
        seen.append(reader.shown_range)
        if reader.shown_range[0] > first[1]:
            break
    assert reader.shown_range[0] > first[1]  # the window went on with the page
    assert len(reader.findChildren(type(reader.document()))) <= 3  # (old documents are deleted)
    assert 0 < reader.progress() < 1


def test_find_reaches_a_word_near_the_end_of_a_long_report(qtbot, window) -> None:
    text = _report(2_000_000, "بنغلاديش")
    reader = window.reader
    reader.set_article(Article.from_text(text))
    pane = window.reader_pane
    pane.find.open()
    pane.find_bar.field.setText("بنغلاديش")  # (never keyClicks with Arabic)
    # (a long text is folded for find on a worker thread when the bar opens; the search waits for it)
    qtbot.waitUntil(lambda: pane.find_bar.count_label.text() == "1 / 1", timeout=60_000)
    start = text.index("بنغلاديش")
    a, b = reader.display.span_to_qt(start, start + len("بنغلاديش"))
    cursor = reader.qt_cursor(start, start + len("بنغلاديش"))
    assert cursor.selectedText() == "بنغلاديش" and (cursor.selectionStart(), cursor.selectionEnd()) == (a, b)
    rect = reader.cursorRect(cursor)
    assert 0 <= rect.top() < reader.viewport().height()  # scrolled to it
    assert [s.cursor.selectedText() for s in reader.extraSelections()].count("بنغلاديش") == 2  # hit + current


def test_a_reading_place_near_the_end_of_a_report_is_restored_at_once(qtbot, window) -> None:
    text = _report(2_000_000, "بنغلاديش")
    session = window.session
    aid = session.library.add(Article.from_text(text)).id
    place = text.index("بنغلاديش")
    session.library.set_position(aid, place, 0.9)
    reader = window.reader
    window.open_article(aid)
    top = reader.top_position()
    assert place <= top < place + 150 and "\n" not in text[place:top]
    assert window.current.id == aid
    assert reader.progress() > 0.9


def test_thousands_of_find_hits_paint_near_the_page_and_follow_it(qtbot, window) -> None:
    text = _report(2_000_000, "بنغلاديش")
    reader = window.reader
    reader.set_article(Article.from_text(text))
    pane = window.reader_pane
    pane.find.open()
    pane.find_bar.field.setText("زيمبابوي")  # (the text is folded on a worker thread first)
    qtbot.waitUntil(lambda: pane.find_bar.count_label.text() == "No matches", timeout=60_000)
    with qtbot.waitSignal(pane.find.counted, timeout=60_000):
        pane.find_bar.field.setText("بوتين")
        first = list(pane.find.hits)  # at once: the hits near the page, the first one current
        assert 0 < len(first) < 1000 and pane.find_bar.count_label.text() == "Searching…"
        assert reader.layer(CURRENT_LAYER)[0][:2] == first[0]
    total = len(pane.find.hits)  # then all of them, counted on a worker thread
    assert total > 3000 and pane.find_bar.count_label.text() == f"1 / {total:,}"
    assert pane.find.hits[:len(first)] == first
    painted = reader.extraSelections()
    assert 0 < len(painted) < total // 4  # only those near the screen
    pane.find.previous()  # the last hit, at the end of the report
    assert pane.find_bar.count_label.text() == f"{total:,} / {total:,}"
    a, b, _c = reader.layer(CURRENT_LAYER)[0]
    qa, qb = reader.display.span_to_qt(a, b)
    near = [s for s in reader.extraSelections() if (s.cursor.selectionStart(), s.cursor.selectionEnd()) == (qa, qb)]
    assert len(near) == 2  # painted there too: as a hit and as the current one
    rect = reader.cursorRect(reader.qt_cursor(a, b))
    assert 0 <= rect.top() < reader.viewport().height()


def test_a_resize_far_down_a_justified_article_keeps_the_place_without_laying_out_the_text_above_at_once(
        qtbot, window) -> None:
    sample = sample_article_path().read_text(encoding="utf-8")
    text = sample + ("\n" + sample.split("\n", 1)[1]) * 9  # ~7,000 words
    reader = window.reader
    reader.prefs.justify = True
    reader.set_article(Article.from_text(text))
    with qtbot.waitSignal(reader.layoutComplete, timeout=60_000):
        reader.viewport().update()
    bar = reader.verticalScrollBar()
    bar.setValue(int(bar.maximum() * 0.85))
    place = reader.top_position()
    with qtbot.waitSignal(reader.layoutComplete, timeout=60_000):
        window.resize(1000, 800)
        block = reader.document().findBlock(reader.display.to_qt(place))
        assert block.layout().lineCount() == 0  # the new width's layout has not reached the place yet
        assert reader.top_position() == place  # (the place is still the reader's, as a close saves it)
    top = reader.top_position()
    assert abs(top - place) < 200 and "\n" not in text[min(top, place):max(top, place)]  # the same line
    assert reader.justified_lines > 0


def test_the_first_find_in_a_long_report_does_not_hold_the_window_up(qtbot, window) -> None:
    text = _report(2_000_000, "بنغلاديش")
    window.reader.set_article(Article.from_text(text))
    pane = window.reader_pane
    pane.find.open()  # (the text is folded for matching on a worker thread from now on)
    pane.find_bar.field.setText("بنغلاديش")
    assert pane.find_bar.count_label.text() in ("Searching…", "1 / 1")  # (as fast as the thread is)
    qtbot.waitUntil(lambda: pane.find_bar.count_label.text() == "1 / 1", timeout=60_000)
    pane.find_bar.field.setText("بنغلاديشي")  # the next search is on the folded text at once
    assert pane.find_bar.count_label.text() == "No matches"


def test_a_selection_far_down_a_long_report_gives_its_place_in_the_whole_text(qtbot, window) -> None:
    text = _report(2_000_000, "بنغلاديش")
    reader = window.reader
    reader.set_article(Article.from_text(text))
    start = text.index("بنغلاديش")
    reader.scroll_to_offset(start)  # (the window moves there)
    assert reader.shown_range[0] > 0
    reader.select_span(start, start + len("بنغلاديش"))
    assert reader.textCursor().selectedText() == "بنغلاديش"
    assert reader.selected_span() == (start, start + len("بنغلاديش"))  # canonical, as notes are kept


def test_a_long_reports_scroll_bar_spans_the_whole_text_not_its_window(qtbot, window) -> None:
    text = _report(2_000_000, "بنغلاديش")
    pane, reader = window.reader_pane, window.reader
    reader.set_article(Article.from_text(text))
    qtbot.waitUntil(lambda: pane.whole_bar is not None and pane.whole_bar.isVisible())
    bar = pane.whole_bar
    assert not reader.verticalScrollBar().isVisible()  # the window's own bar stands aside
    assert bar.maximum() > 0.99 * len(text) - bar.pageStep() - 1  # its unit: characters of the whole text
    assert bar.value() == 0
    bar.setValue(len(text) // 2)  # the reader drags it to the middle
    qtbot.waitUntil(lambda: abs(reader.top_position() - len(text) // 2) < 2_000)
    assert reader.shown_range[0] > len(text) // 3  # a window there
    reader.scroll_to_offset(text.index("بنغلاديش"))  # find far down: the bar follows the page
    qtbot.waitUntil(lambda: bar.value() > 0.95 * bar.maximum())
    reader.set_article(Article.from_text("عنوان\nنص قصير."))  # a short article: the view's own bar again
    qtbot.waitUntil(lambda: not bar.isVisible())
