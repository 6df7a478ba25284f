"""Hiding diacritics (Ctrl+Shift+H) moves nothing that points into the text."""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from qari.core.find import find_all
from qari.ui.main_window import MainWindow
from qari.ui.reader.find_bar import FIND_LAYER
from tests.ui.test_reader_direction import open_text

VOCALISED = (
    "قَالَ الرَّئِيسُ فِي خِطَابِهِ أَمَامَ البَرْلَمَانِ إِنَّ «السَّلَامَ خِيَارٌ لَا رَجْعَةَ فِيهِ»، "
    "وَأَضَافَ أَنَّ الحُكُومَةَ سَتَعْمَلُ مَعَ جَمِيعِ الأَطْرَافِ مِنْ أَجْلِ تَحْقِيقِ الاسْتِقْرَارِ فِي المِنْطَقَةِ."
)


def _bare(s: str) -> str:
    return "".join(ch for ch in s if unicodedata.category(ch) != "Mn")


def _shown(window: MainWindow, start: int, end: int) -> str:
    return window.reader.qt_cursor(start, end).selectedText()


def _toggle(qtbot, window: MainWindow) -> None:
    with qtbot.waitSignal(window.reader.laidOut):
        qtbot.keyClick(window, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)


def test_diacritics_hide_and_show_again(qtbot, make_window, data_dir) -> None:
    window = open_text(make_window, data_dir, f"عُنْوَانٌ\n{VOCALISED}")
    doc = window.reader.document()
    assert "\u064e" in doc.findBlockByNumber(1).text()
    _toggle(qtbot, window)
    assert window.reader.prefs.hide_tashkeel
    assert window.reader_controls.tashkeel_action.isChecked()
    assert window.reader.document().findBlockByNumber(1).text() == _bare(VOCALISED)
    _toggle(qtbot, window)
    assert window.reader.document().findBlockByNumber(1).text() == VOCALISED


def test_find_hits_highlights_quotes_and_selections_stay_on_their_words(qtbot, make_window, data_dir) -> None:
    window = open_text(make_window, data_dir, f"عُنْوَانٌ\n{VOCALISED}")
    reader = window.reader
    text = reader.article.text
    quote = (text.index("«") + 1, text.index("»"))  # e.g. a quotation the extractor found
    entity = (text.index("البَرْلَمَانِ"), text.index("البَرْلَمَانِ") + len("البَرْلَمَانِ"))
    reader.set_layer("quote-test", [(*quote, QColor("khaki"))])
    reader.set_layer("entity-test", [(*entity, QColor("lightblue"))], underline=True)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    window.reader_pane.find_bar.field.setText("السلام")  # typed without diacritics
    hits = [(a, b) for a, b, _c in reader.layer(FIND_LAYER)]
    assert hits == find_all(text, "السلام") and len(hits) == 1
    spans = [*hits, quote, entity]
    shown = [_shown(window, a, b) for a, b in spans]
    assert shown[0] == "السَّلَامَ" and shown[2] == "البَرْلَمَانِ"
    reader.select_span(*entity)

    _toggle(qtbot, window)
    assert [(a, b) for a, b, _c in reader.layer(FIND_LAYER)] == hits  # canonical offsets never move
    assert [_shown(window, a, b) for a, b in spans] == [_bare(s) for s in shown]
    painted = {s.format.background().color().name(): s.cursor.selectedText() for s in reader.extraSelections()}
    assert painted[QColor("khaki").name()] == _bare(text[quote[0]:quote[1]])
    reader.select_span(*entity)
    assert reader.selected_span() == entity


def test_hidden_diacritics_keep_the_reading_place(qtbot, make_window, data_dir) -> None:
    long_text = "عُنْوَانٌ\n" + "\n".join(VOCALISED for _ in range(30))
    window = open_text(make_window, data_dir, long_text)
    reader = window.reader
    reader.verticalScrollBar().setValue(reader.verticalScrollBar().maximum() // 2)
    before = reader.top_position()
    _toggle(qtbot, window)
    # the same paragraph is still at the top (hidden marks shorten lines, so allow a line's drift)
    assert abs(reader.top_position() - before) < len(VOCALISED)
