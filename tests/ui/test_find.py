"""Find in the article (Ctrl+F): folded matching, every hit painted, the current one distinct."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from qari.ui.main_window import MainWindow
from qari.ui.reader.find_bar import CURRENT_LAYER, FIND_LAYER


def _find(qtbot, window: MainWindow, query: str):
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    bar = window.reader_pane.find_bar
    assert bar.isVisible() and bar.field.hasFocus()
    bar.field.setText(query)  # never keyClicks with Arabic
    return bar


def _painted(window: MainWindow, layer: str) -> list[str]:
    return [window.reader.qt_cursor(a, b).selectedText() for a, b, _c in window.reader.layer(layer)]


def test_ctrl_f_finds_putin_ten_times_including_the_prefixed_form(qtbot, window: MainWindow) -> None:
    bar = _find(qtbot, window, "بوتين")
    assert len(window.reader.layer(FIND_LAYER)) == 10
    assert bar.count_label.text() == "1 / 10"
    assert "لبوتين" in window.reader.article.text
    assert all(word == "بوتين" for word in _painted(window, FIND_LAYER))


def test_korea_six_times_and_enter_shift_enter_walk_the_hits(qtbot, window: MainWindow) -> None:
    bar = _find(qtbot, window, "كوريا")
    hits = window.reader.layer(FIND_LAYER)
    assert len(hits) == 6 and bar.count_label.text() == "1 / 6"
    current = window.reader.layer(CURRENT_LAYER)
    assert [(a, b) for a, b, _c in current] == [hits[0][:2]]
    assert current[0][2] != hits[0][2]  # the current hit has its own colour
    qtbot.keyClick(bar.field, Qt.Key.Key_Return)
    qtbot.keyClick(bar.field, Qt.Key.Key_Return)
    assert bar.count_label.text() == "3 / 6"
    assert window.reader.layer(CURRENT_LAYER)[0][:2] == hits[2][:2]
    qtbot.keyClick(bar.field, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert bar.count_label.text() == "2 / 6"
    for _ in range(5):
        qtbot.keyClick(window, Qt.Key.Key_F3)
    assert bar.count_label.text() == "1 / 6"  # wraps around


def test_the_current_hit_is_scrolled_into_view(qtbot, window: MainWindow) -> None:
    bar = _find(qtbot, window, "كوريا")
    reader = window.reader
    qtbot.keyClick(bar.field, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)  # the last one
    assert bar.count_label.text() == "6 / 6"
    a, b, _c = reader.layer(CURRENT_LAYER)[0]
    rect = reader.cursorRect(reader.qt_cursor(a, b))
    assert 0 <= rect.top() < reader.viewport().height()
    assert reader.verticalScrollBar().value() > 0


def test_matching_ignores_diacritics_hamza_teh_marbuta_and_digit_scripts(qtbot, window: MainWindow) -> None:
    bar = _find(qtbot, window, "بُوتِين")  # vocalised query
    assert bar.count_label.text().endswith("/ 10")
    bar.field.setText("الأمم المتحده")  # ه for ة
    assert len(window.reader.layer(FIND_LAYER)) == 1
    bar.field.setText("اربع سنوات")  # bare alef for أ
    assert len(window.reader.layer(FIND_LAYER)) == 1


def test_no_match_says_so_and_escape_closes_and_clears(qtbot, window: MainWindow) -> None:
    bar = _find(qtbot, window, "زيمبابوي")
    assert bar.count_label.text() == "No matches"
    assert not bar.next_button.isEnabled()
    bar.field.setText("روسيا")
    assert window.reader.layer(FIND_LAYER)
    qtbot.keyClick(bar.field, Qt.Key.Key_Escape)
    assert not bar.isVisible()
    assert window.reader.layer(FIND_LAYER) == [] and window.reader.layer(CURRENT_LAYER) == []
    QApplication.processEvents()
    assert window.reader.hasFocus()


def test_find_bar_controls_have_accessible_names_and_a_sensible_tab_order(qtbot, window: MainWindow) -> None:
    bar = _find(qtbot, window, "روسيا")
    for widget in (bar.field, bar.previous_button, bar.next_button, bar.close_button, bar.count_label):
        assert widget.accessibleName()
    assert bar.field.nextInFocusChain() is bar.previous_button or bar.field.nextInFocusChain().parent() is bar.field
