"""Reader controls: the preferences dialog, remembered prefs, progress, keyboard and the F1 list."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from qari.ui.help import ShortcutsDialog, shortcut_rows, shortcuts_markdown
from qari.ui.main_window import MainWindow


def test_preferences_apply_at_once_and_are_remembered(qtbot, make_window) -> None:
    window = make_window()
    window.activateWindow()  # (offscreen, the first window of a run is not active by itself)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    dialog = window.reader_controls._dialog
    assert dialog is not None and dialog.isVisible()
    dialog.font_box.setCurrentIndex(dialog.font_box.findData("Noto Naskh Arabic"))
    dialog.size_box.setValue(24)
    dialog.line_height.setValue(130)
    dialog.text_width.setValue(30)
    dialog.theme.setCurrentIndex(dialog.theme.findData("sepia"))
    dialog.justify.setChecked(True)
    body = window.reader.document().findBlockByNumber(2).charFormat()
    assert body.fontFamilies()[0] == "Noto Naskh Arabic" and body.fontPointSize() == 24
    assert window.reader.document().findBlockByNumber(2).blockFormat().lineHeight() == 130
    assert window.reader_controls.justify_action.isChecked()
    boxes = (dialog.font_box, dialog.size_box, dialog.line_height, dialog.text_width, dialog.theme, dialog.justify)
    for widget in boxes:
        assert widget.accessibleName()
    window.close()
    QApplication.processEvents()
    again = make_window()
    assert again.reader.justified_lines > 20  # justified from the first paint on
    prefs = again.reader.prefs
    assert (prefs.font_family, prefs.font_size, prefs.line_height, prefs.text_width, prefs.theme, prefs.justify) == (
        "Noto Naskh Arabic", 24.0, 130, 30, "sepia", True)


def test_menu_shortcuts_show_in_an_open_preferences_dialog(qtbot, window: MainWindow) -> None:
    dialog = window.reader_controls.show_prefs()
    qtbot.keyClick(window, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert dialog.hide_tashkeel.isChecked()


def test_the_measure_is_comfortable(window: MainWindow) -> None:
    doc = window.reader.document()
    block = doc.findBlockByNumber(3)
    layout = block.layout()
    first = layout.lineAt(0)
    chars = first.textLength()
    assert 55 <= chars <= 80, chars  # ~60-75 characters a line
    em = block.charFormat().fontPointSize() * window.reader.logicalDpiY() / 72
    assert 1.7 * em <= first.height() <= 2.3 * em  # generous, not double-spaced


def test_reading_progress_bar_follows_the_scroll(qtbot, window: MainWindow) -> None:
    reader = window.reader
    bar = window.reader_controls.progress_bar
    assert bar.value() == 0 and bar.accessibleName()
    reader.verticalScrollBar().setValue(reader.verticalScrollBar().maximum())
    qtbot.waitUntil(lambda: bar.value() == 100)
    assert window.progress_label.text() == "100% read"


def test_keys_scroll_by_line_page_and_to_the_ends(qtbot, window: MainWindow) -> None:
    reader = window.reader
    bar = reader.verticalScrollBar()
    reader.setFocus()
    qtbot.keyClick(reader, Qt.Key.Key_Down)
    line = bar.value()
    assert 20 < line < 120
    qtbot.keyClick(reader, Qt.Key.Key_Space)
    assert bar.value() > line + reader.viewport().height() // 2
    qtbot.keyClick(reader, Qt.Key.Key_Space, Qt.KeyboardModifier.ShiftModifier)
    assert bar.value() == line
    qtbot.keyClick(reader, Qt.Key.Key_PageDown)
    qtbot.keyClick(reader, Qt.Key.Key_Up)
    assert bar.value() > line
    qtbot.keyClick(reader, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert bar.value() == bar.maximum()
    qtbot.keyClick(reader, Qt.Key.Key_PageUp)
    assert bar.value() < bar.maximum()
    qtbot.keyClick(reader, Qt.Key.Key_Home)
    assert bar.value() == 0
    qtbot.keyClick(reader, Qt.Key.Key_End)
    assert bar.value() == bar.maximum()


def test_every_action_has_a_shortcut_and_a_name(window: MainWindow) -> None:
    from PySide6.QtWidgets import QMenu

    menu_actions = [a for m in window.menuBar().findChildren(QMenu) for a in m.actions()
                    if not a.isSeparator() and a.menu() is None]
    missing = [a.text() for a in [*window.actions(), *menu_actions] if not a.shortcuts()]
    assert missing == []
    assert all(a.objectName() for a in window.actions())
    keys = [k.toString() for a in window.actions() for k in a.shortcuts()]
    assert len(keys) == len(set(keys)), "no shortcut is bound twice"


def test_f1_lists_every_action_from_the_window_itself(qtbot, window: MainWindow) -> None:
    qtbot.keyClick(window, Qt.Key.Key_F1)
    dialog = window.findChild(ShortcutsDialog)
    assert dialog is not None and dialog.isVisible()
    rows = shortcut_rows(window)
    assert dialog.table.rowCount() == len(rows)
    names = {dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())}
    assert {"Find in Article", "Hide Diacritics", "Justify Lines", "Theme › Sepia", "Keyboard Shortcuts"} <= names
    shown = {dialog.table.item(r, 0).text(): dialog.table.item(r, 1).text() for r in range(len(rows))}
    assert shown["Hide Diacritics"] == QKeySequence("Ctrl+Shift+H").toString(QKeySequence.SequenceFormat.NativeText)
    assert "| Find in Article | Ctrl+F" in shortcuts_markdown(window)
