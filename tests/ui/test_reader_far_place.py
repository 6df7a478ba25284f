"""An article of 60,000-200,000 characters shown far from its start (a reading place restored, a jump
before the layout got there) is not laid out from its top to the place at once: its document holds
the text from a little before the place (reader/window.py), and Home brings the whole text back."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

from qari.core.article import Article
from qari.core.find import find_all
from qari.resources import sample_article_path
from qari.ui.reader.layers import laid_blocks
from qari.ui.reader.window import FAR_CHARS, LONG_CHARS


def _article(size: int) -> str:
    body = sample_article_path().read_text(encoding="utf-8").split("\n", 1)[1]
    return "تقرير متوسط\n" + "\n".join(f"{i} {body}" for i in range(size // len(body) + 1))


def _laid_chars(reader) -> int:
    """Characters of the document Qt has laid out from its top."""
    doc = reader.document()
    n = laid_blocks(doc)
    return doc.characterCount() if n >= doc.blockCount() else doc.findBlockByNumber(n).position()


def _press(reader, key) -> None:
    from PySide6.QtGui import QKeyEvent

    for kind in (QKeyEvent.Type.KeyPress, QKeyEvent.Type.KeyRelease):
        QApplication.sendEvent(reader, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier))


def test_an_article_reopened_at_95_percent_shows_its_place_before_laying_out_the_text_above(
        qtbot, window) -> None:
    text = _article(190_000)
    assert len(text) <= LONG_CHARS  # (not a long report: those always hold a window)
    session, reader = window.session, window.reader
    aid = session.library.add(Article.from_text(text)).id
    place = text.index("\n", int(len(text) * 0.95)) + 1
    session.library.set_position(aid, place, 0.95)
    events: list[str] = []
    at_paint: list[tuple[int, int]] = []  # (the canonical start of the document, characters laid out)

    def painted() -> None:
        events.append("painted")
        at_paint.append((reader.shown_range[0], _laid_chars(reader)))

    reader.articlePainted.connect(painted)
    reader.layoutComplete.connect(lambda: events.append("laid out"))
    window.open_article(aid)
    top = reader.top_position()
    assert place <= top < place + 150 and "\n" not in text[place:top]  # the place's first line
    with qtbot.waitSignal(reader.layoutComplete, timeout=60_000):
        reader.viewport().update()
    assert events == ["painted", "laid out"]
    start, laid = at_paint[0]
    assert 0 < start < place and place - start <= FAR_CHARS  # the document begins a little before it
    assert laid <= reader.display.to_qt(place) + 20_000  # painted with little more than the page laid out
    assert reader.top_position() == top and reader.progress() > 0.9
    assert window.reader_pane.whole_bar is not None and window.reader_pane.whole_bar.isVisible()
    _press(reader, Qt.Key.Key_Home)  # the start of the whole text: the whole text again
    assert reader.shown_range == (0, len(text)) and reader.verticalScrollBar().value() == 0


def test_a_jump_far_below_what_is_laid_out_does_not_lay_out_the_text_before_it(qtbot, window) -> None:
    text = _article(150_000)
    marker = text.index("\n", int(len(text) * 0.9)) + 1
    reader = window.reader
    reader.set_article(Article.from_text(text))
    with qtbot.waitSignal(reader.articlePainted):
        reader.viewport().update()
    assert reader.shown_range == (0, len(text))
    before = _laid_chars(reader)
    assert before < marker - FAR_CHARS  # (the layout job has not got there yet)
    reader.set_layer("note", [(marker, marker + 5, QColor("yellow"))])  # a note there, then the jump to it
    reader.scroll_to_offset(marker)
    start, end = reader.shown_range
    assert 0 < start < marker and end == len(text)  # a document from a little before the place
    assert _laid_chars(reader) <= reader.display.to_qt(marker) + 20_000
    rect = reader.cursorRect(reader.qt_cursor(marker, marker + 5))
    assert 0 <= rect.top() < reader.viewport().height()  # on screen
    sels = reader.extraSelections()  # the note is painted there
    assert [(s.cursor.selectionStart(), s.cursor.selectionEnd()) for s in sels] == [
        reader.display.span_to_qt(marker, marker + 5)]
    reader.select_span(marker, marker + 5)
    assert reader.selected_span() == (marker, marker + 5)  # canonical offsets, as notes keep them


def test_a_far_place_in_a_justified_article_is_justified_with_kashida(qtbot, window) -> None:
    from qari.ui.reader.justify import TATWEEL

    text = _article(120_000)
    reader = window.reader
    reader.prefs.justify = True
    place = text.index("\n", int(len(text) * 0.9)) + 1
    reader.set_article(Article.from_text(text), place)
    with qtbot.waitSignal(reader.layoutComplete, timeout=60_000):
        reader.viewport().update()
    assert reader.shown_range[0] > 0
    assert reader.justified_lines > 0 and TATWEEL in reader.document().toPlainText()
    assert TATWEEL not in text
    top = reader.top_position()
    assert abs(top - place) < 150  # the place still on screen, its offsets canonical
    a, b = reader.display.span_to_qt(place, place + 20)
    cursor = reader.qt_cursor(place, place + 20)
    assert (cursor.selectionStart(), cursor.selectionEnd()) == (a, b)
    assert cursor.selectedText().replace(TATWEEL, "") == text[place:place + 20]


def test_a_justified_reports_page_stays_justified_while_its_window_moves(qtbot, window) -> None:
    body = sample_article_path().read_text(encoding="utf-8").split("\n", 1)[1]
    text = "تقرير طويل\n" + "\n".join(f"{i} {body}" for i in range(400_000 // len(body) + 1))
    reader = window.reader
    reader.prefs.justify = True
    reader.set_article(Article.from_text(text))
    with qtbot.waitSignal(reader.layoutComplete, timeout=60_000):
        reader.viewport().update()
    bar, first = reader.verticalScrollBar(), reader.shown_range
    for _ in range(1000):  # a page at a time until the window moves with the page
        bar.setValue(bar.value() + reader.viewport().height() - 40)
        QApplication.processEvents()  # (the window follows the page in a zero timer)
        if reader.shown_range != first:
            break
    assert reader.shown_range != first
    events: list[str] = []
    job = reader._job
    job.screenDone.connect(lambda: events.append("justified"))
    shown_during = reader.viewport().grab().toImage()  # what the reader sees right after the move
    assert job.spaced == 0  # (the new window's lines are not justified yet)
    with qtbot.waitSignal(job.screenDone, timeout=60_000):
        pass
    assert events == ["justified"] and job.spaced > 0
    reader.viewport().repaint()
    shown_after = reader.viewport().grab().toImage()
    during, after = _ink_edges(shown_during), _ink_edges(shown_after)
    # the page held meanwhile is the justified page (each line's two ends where they are now, give or
    # take a pixel of rounding of the page's place), not a ragged one
    assert all(any(_near(during[y], after[z]) for z in (y - 1, y, y + 1) if 0 <= z < len(after))
               for y in range(len(during)))


def _ink_edges(image) -> list[tuple[int, int] | None]:
    """The first and last dark pixel of each row of ``image``."""
    from PySide6.QtGui import QColor

    out: list[tuple[int, int] | None] = []
    for y in range(image.height()):
        xs = [x for x in range(image.width()) if QColor(image.pixel(x, y)).lightness() < 100]
        out.append((xs[0], xs[-1]) if xs else None)
    return out


def _near(a: tuple[int, int] | None, b: tuple[int, int] | None) -> bool:
    return a == b or (a is not None and b is not None and abs(a[0] - b[0]) <= 2 and abs(a[1] - b[1]) <= 2)


def test_stepping_past_the_first_hits_of_a_long_find_lists_them_all_at_once(qtbot, window) -> None:
    body = sample_article_path().read_text(encoding="utf-8").split("\n", 1)[1]
    text = "تقرير طويل\n" + "\n".join(f"{i} {body}" for i in range(1_000_000 // len(body) + 1))
    window.reader.set_article(Article.from_text(text))
    pane = window.reader_pane
    pane.find.open()
    pane.find_bar.field.setText("زيمبابوي")  # (the text is folded on a worker thread first)
    qtbot.waitUntil(lambda: pane.find_bar.count_label.text() == "No matches", timeout=60_000)
    pane.find_bar.field.setText("بوتين")
    assert pane.find_bar.count_label.text() == "Searching…"  # the hits near the page only, so far
    pane.find.previous()  # from the first hit back to the last, at the end of the report
    total = len(pane.find.hits)
    assert total == len(find_all(text, "بوتين")) and pane.find_bar.count_label.text() == f"{total:,} / {total:,}"
    a, b = pane.find.hits[-1]
    rect = window.reader.cursorRect(window.reader.qt_cursor(a, b))
    assert 0 <= rect.top() < window.reader.viewport().height()  # shown

