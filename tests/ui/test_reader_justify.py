"""Justified mode: lines end flush on both sides, words stay whole, offsets stay on their words."""

from __future__ import annotations

import unicodedata

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QTextBlockFormat

from qari.core.find import find_all
from qari.ui.main_window import MainWindow
from qari.ui.reader.justify import DUAL_JOINING, RIGHT_JOINING, TATWEEL, line_candidates, word_candidates

BODY_FIRST_BLOCK = 1  # the headline stays ragged


def _justify(qtbot, window: MainWindow) -> None:
    with qtbot.waitSignal(window.reader.laidOut):
        qtbot.keyClick(window, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    assert window.reader.prefs.justify


def _lines(window: MainWindow):
    """(block, line) for every line of the body except each paragraph's last."""
    doc = window.reader.document()
    doc.documentLayout().blockBoundingRect(doc.lastBlock())
    block = doc.findBlockByNumber(BODY_FIRST_BLOCK)
    while block.isValid():
        layout = block.layout()
        for i in range(layout.lineCount() - 1):
            yield block, layout.lineAt(i)
        block = block.next()


def _shown(window: MainWindow, start: int, end: int) -> str:
    """What the reader paints for a canonical span, tatweels removed."""
    return window.reader.qt_cursor(start, end).selectedText().replace(TATWEEL, "")


def test_ragged_is_the_default_and_ctrl_j_makes_lines_flush_on_both_sides(qtbot, window: MainWindow) -> None:
    assert not window.reader.prefs.justify
    ragged = [line.naturalTextWidth() / line.width() for _b, line in _lines(window)]
    assert min(ragged) < 0.93  # ragged: some lines end well short of the far edge
    _justify(qtbot, window)
    flush = [(line.width() - line.naturalTextWidth()) for _b, line in _lines(window)]
    assert max(flush) <= 3.0, "every line but a paragraph's last reaches the far edge"
    assert window.reader.justified_lines >= len(flush) - 2  # (a line with no space is flush by kashida alone)


def test_justified_mode_never_uses_qt_letter_spacing_justify(qtbot, window: MainWindow) -> None:
    _justify(qtbot, window)
    block = window.reader.document().firstBlock()
    while block.isValid():
        fmt: QTextBlockFormat = block.blockFormat()
        assert not (fmt.alignment() & Qt.AlignmentFlag.AlignJustify)
        block = block.next()


def test_kashidas_only_join_letters_that_connect(qtbot, window: MainWindow) -> None:
    _justify(qtbot, window)
    shown = window.reader.display.text
    assert shown.count(TATWEEL) >= 10  # the sample's long lines are elongated, not only spaced
    letters = [ch for ch in shown if unicodedata.category(ch) != "Mn"]
    for i, ch in enumerate(letters):
        if ch != TATWEEL:
            continue
        before = next(c for c in reversed(letters[:i]) if c != TATWEEL)
        after = next(c for c in letters[i + 1:] if c != TATWEEL)
        assert before in DUAL_JOINING and after in DUAL_JOINING | RIGHT_JOINING, (before, after)
    # display-only: the canonical text never changes
    assert shown.replace(TATWEEL, "") == window.reader.article.text.replace(TATWEEL, "")
    assert window.reader.display.canonical == window.reader.article.text


def test_find_hits_and_a_highlight_land_on_the_same_words_in_both_modes(qtbot, window: MainWindow) -> None:
    text = window.reader.article.text
    hits = find_all(text, "بوتين") + find_all(text, "كوريا")
    span = (text.index("فلاديمير بوتين"), text.index("فلاديمير بوتين") + len("فلاديمير بوتين"))
    window.reader.set_layer("note-test", [(*span, QColor("gold"))])
    ragged = [_shown(window, a, b) for a, b in [*hits, span]]
    _justify(qtbot, window)
    assert window.reader.display.text.count(TATWEEL) > 0
    assert [_shown(window, a, b) for a, b in [*hits, span]] == ragged
    [sel] = [s for s in window.reader.extraSelections() if s.format.background().color() == QColor("gold")]
    assert sel.cursor.selectedText().replace(TATWEEL, "") == "فلاديمير بوتين"
    # a selection made on the justified page maps back to canonical offsets exactly
    window.reader.select_span(*hits[3])
    assert window.reader.selected_span() == hits[3]


def test_back_to_ragged_removes_every_kashida(qtbot, window: MainWindow) -> None:
    _justify(qtbot, window)
    with qtbot.waitSignal(window.reader.laidOut):
        qtbot.keyClick(window, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    assert TATWEEL not in window.reader.display.text
    assert window.reader.justified_lines == 0
    fmt = window.reader.document().findBlockByNumber(3).begin().fragment().charFormat()
    assert fmt.fontWordSpacing() == 0


def test_resizing_re_fits_the_justified_lines(qtbot, window: MainWindow) -> None:
    _justify(qtbot, window)
    reader = window.reader
    reader.prefs.text_width = 60  # the column follows the window when it is narrower than the measure
    wide = next(_lines(window))[1].width()
    with qtbot.waitSignal(reader.laidOut, timeout=5000):
        window.resize(900, 800)

    def refitted() -> bool:
        lines = [line for _b, line in _lines(window)]
        return all(line.width() < wide - 100 and line.width() - line.naturalTextWidth() <= 3.0 for line in lines)

    qtbot.waitUntil(refitted, timeout=5000)


def test_a_resize_leaves_no_old_document_behind(qtbot, window: MainWindow) -> None:
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QTextDocument
    from PySide6.QtWidgets import QApplication

    _justify(qtbot, window)
    reader = window.reader
    for width in (900, 1100, 900):  # each new width lays the text out on a new document
        with qtbot.waitSignal(reader.laidOut, timeout=5000):
            window.resize(width, 800)
        # (a second resize may follow as the window's layout settles — a scroll bar appears or
        # goes — and starts another layout: wait until the text shown is justified again)
        qtbot.waitUntil(lambda: TATWEEL in reader.display.text and reader.justified_lines > 0, timeout=5000)
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # (as the running event loop does)
    assert reader.findChildren(QTextDocument) == [reader.document()]


def test_latin_paragraph_is_spaced_never_elongated(qtbot, make_window, data_dir) -> None:
    from tests.ui.test_reader_direction import open_text

    english = ("The summit took place at the Vostochny cosmodrome in the far east of Russia, where the "
               "two leaders toured the launch facilities before their talks, which lasted about two hours.")
    window = open_text(make_window, data_dir, f"عنوان الخبر\n{english}\n{english} {english}")
    with qtbot.waitSignal(window.reader.laidOut):
        window.reader_controls.justify_action.trigger()
    assert TATWEEL not in window.reader.display.text
    assert window.reader.justified_lines > 0


@pytest.mark.parametrize(("word", "expected"), [
    ("روسيا", "روسـيا"),      # after seen
    ("المعركة", "المعركـة"),  # before a final teh marbuta
    ("الرئيس", "الرئيـس"),    # before a final letter, never inside the article ال
])
def test_kashida_goes_where_arabic_typography_allows(word: str, expected: str) -> None:
    [best, *_] = sorted(word_candidates(word, 0, len(word)), key=lambda c: -c.score)
    assert word[:best.offset] + TATWEEL + word[best.offset:] == expected


@pytest.mark.parametrize("word", ["في", "من", "لا", "الله", "Putin", "2023", "ودرء", "أوزار"])
def test_no_kashida_in_short_words_latin_lam_alef_or_between_non_joining_letters(word: str) -> None:
    assert word_candidates(word, 0, len(word)) == []


def test_kashida_never_splits_lam_alef_and_keeps_marks_on_their_letter() -> None:
    word = "سَلَامٌ"
    [cand] = [c for c in word_candidates(word, 0, len(word)) if c.score >= 7]
    assert word[cand.offset] == "ل"  # after seen and its fatha, before lam
    assert all(word[c.offset] != "ا" for c in word_candidates(word, 0, len(word)))


def test_later_words_of_a_line_are_preferred() -> None:
    line = "قال الرئيس إن السياسة الروسية"
    best = line_candidates(line, 0, len(line))
    assert best[0].offset > line.index("الروسية")
