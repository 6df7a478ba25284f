"""The Notes tab: this article's marks in text order, click to jump, edit in place, delete with undo."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from qari.ui.main_window import MainWindow


def _at(window: MainWindow, word: str) -> tuple[int, int]:
    start = window.reader.article.text.index(word)
    return start, start + len(word)


def _add(window: MainWindow, word: str, color: str = "yellow", note: str = "") -> str:
    store, aid = window.session.annotations, window.reader.article.id
    start, end = _at(window, word)
    window.reader.select_span(start, end)
    record = window.annotations.highlight(color)
    if note:
        window.annotations.update(record.uuid, {"note": note})
    return record.uuid if record else store.for_article(aid)[-1].uuid


def test_notes_tab_is_in_the_sidebar(window: MainWindow) -> None:
    tabs = window.tabs
    at = next(i for i in range(tabs.count()) if tabs.tabText(i) == "Notes")
    tabs.setCurrentIndex(at)  # as a click on the tab: its panel is there
    assert tabs.widget(at).isAncestorOf(window.notes_panel) and window.notes_panel.isVisible()


def test_panel_lists_in_text_order_and_a_click_scrolls_the_reader_there(qtbot, window: MainWindow) -> None:
    text = window.reader.article.text
    late = text.split("\n")[-1]  # the last paragraph
    assert text.count(late) == 1
    u_late = _add(window, late, "blue")
    u_early = _add(window, "فلاديمير بوتين", "green", note="الرئيس الروسي")
    window.reader.select_span(text.index("والتقى"), text.index("والتقى") + 2)
    u_mark = window.annotations.bookmark().uuid
    panel = window.notes_panel
    assert panel.uuids() == [u_early, u_mark, u_late]
    assert "الرئيس الروسي" in panel.list.item(0).text()

    window.tabs.setCurrentWidget(window.notes_page)  # its tab, as a click on it
    window.reader.verticalScrollBar().setValue(0)
    item = panel.list.item(2)
    rect = panel.list.visualItemRect(item)
    qtbot.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    bar = window.reader.verticalScrollBar()
    assert bar.value() > 0
    start, _ = _at(window, late)
    cursor = window.reader.qt_cursor(start, start)
    assert window.reader.viewport().rect().contains(window.reader.cursorRect(cursor).center())


def test_edit_note_tags_and_colour_in_place_each_undoable(window: MainWindow) -> None:
    store = window.session.annotations
    uuid = _add(window, "فلاديمير بوتين")
    panel = window.notes_panel
    assert panel.select_uuid(uuid)
    panel.note_edit.setPlainText("ملاحظة")
    panel.tags_edit.setText("سياسة, روسيا")
    panel.save_button.click()
    a = store.get(uuid)
    assert (a.note, a.tags) == ("ملاحظة", ("سياسة", "روسيا"))
    panel.color_row.buttons["pink"].click()
    assert store.get(uuid).color == "pink"
    assert panel.current_uuid() == uuid  # the row stays selected through the refresh
    assert window.reader.layer("annotations")[0][2] != window.reader.layer("annotations~notes")[0][2]
    window.undo_stack.undo()
    assert store.get(uuid).color == "yellow"
    window.undo_stack.undo()
    assert (store.get(uuid).note, store.get(uuid).tags) == ("", ())


def test_delete_from_the_panel_and_undo_brings_it_back(qtbot, window: MainWindow) -> None:
    store, aid = window.session.annotations, window.reader.article.id
    uuid = _add(window, "فلاديمير بوتين", note="x")
    panel = window.notes_panel
    panel.select_uuid(uuid)
    panel.delete_button.click()
    assert store.for_article(aid) == [] and panel.uuids() == []
    window.undo_stack.undo()
    assert [a.uuid for a in store.for_article(aid)] == [uuid] and store.get(uuid).note == "x"
    assert panel.uuids() == [uuid]
    panel.select_uuid(uuid)
    window.tabs.setCurrentWidget(window.notes_page)  # its tab, as a click on it
    window.activateWindow()
    panel.list.setFocus()
    qtbot.waitUntil(panel.list.hasFocus)
    qtbot.keyClick(panel.list, Qt.Key.Key_Delete)
    assert store.get(uuid) is None


def test_context_menu_offers_highlight_for_the_selection(window: MainWindow) -> None:
    window.reader.select_span(*_at(window, "فلاديمير بوتين"))
    menu = window.annotations.context_menu(QPoint(50, 50))
    names = {a.objectName(): a for a in menu.actions()}
    assert {"menu-highlight", "edit-note", "bookmark"} <= set(names)
    names["menu-highlight"].trigger()
    assert [a.exact for a in window.session.annotations.for_article(window.reader.article.id)] == ["فلاديمير بوتين"]
    menu.deleteLater()


def test_all_notes_filters_by_text_tag_and_colour_and_opens_the_article(qtbot, window: MainWindow) -> None:
    u1 = _add(window, "فلاديمير بوتين", "green")
    window.annotations.update(u1, {"tags": ("روسيا",), "note": "رئيسٌ"})
    u2 = _add(window, "كيم جونغ أون", "blue")
    dialog = window.annotations.show_all_notes()
    assert dialog.isVisible() and dialog.tree.topLevelItemCount() == 2
    dialog.text_filter.setText("رئيس")  # no diacritics: still finds the note with a tanween
    assert [h.annotation.uuid for h in dialog.hits()] == [u1] and dialog.tree.topLevelItemCount() == 1
    dialog.text_filter.setText("")
    dialog.tag_filter.setCurrentIndex(dialog.tag_filter.findData("روسيا"))
    assert [h.annotation.uuid for h in dialog.hits()] == [u1]
    dialog.tag_filter.setCurrentIndex(0)
    dialog.color_filter.setCurrentIndex(dialog.color_filter.findData("blue"))
    assert [h.annotation.uuid for h in dialog.hits()] == [u2]
    # A new annotation shows up while the view is open.
    dialog.color_filter.setCurrentIndex(0)
    _add(window, "قاعدة فضائية", "pink")
    assert dialog.tree.topLevelItemCount() == 3

    window.reader.verticalScrollBar().setValue(window.reader.verticalScrollBar().maximum())
    item = next(dialog.tree.topLevelItem(i) for i in range(3) if dialog.tree.topLevelItem(i).data(0, 256)[2] == u2)
    with qtbot.waitSignal(dialog.openRequested) as blocker:
        dialog.tree.itemActivated.emit(item, 0)
    start, _ = _at(window, "كيم جونغ أون")
    assert blocker.args == [window.reader.article.id, start]
    cursor = window.reader.qt_cursor(start, start)
    assert window.reader.viewport().rect().contains(window.reader.cursorRect(cursor).center())


def test_all_notes_shortcut(qtbot, window: MainWindow) -> None:
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.annotations.all_notes is not None and window.annotations.all_notes.isVisible()


def test_a_click_in_a_highlight_selects_its_row(qtbot, window: MainWindow) -> None:
    u1 = _add(window, "فلاديمير بوتين")
    u2 = _add(window, "كيم جونغ أون", "blue")
    assert window.notes_panel.current_uuid() != u1
    start, _end = _at(window, "فلاديمير بوتين")
    rect = window.reader.cursorRect(window.reader.qt_cursor(start + 3, start + 3))
    qtbot.mouseClick(window.reader.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.notes_panel.current_uuid() == u1
    start, _ = _at(window, "كيم جونغ أون")
    window.reader.select_span(start + 1, start + 1)
    assert window.notes_panel.current_uuid() == u2
