"""Highlight, note, bookmark and star from the reader, each undone and redone through the window's stack."""

from __future__ import annotations

from PySide6.QtCore import Qt

from qari.ui.main_window import MainWindow


def _span(window: MainWindow, word: str, nth: int = 0) -> tuple[int, int]:
    text = window.reader.article.text
    start = -1
    for _ in range(nth + 1):
        start = text.index(word, start + 1)
    return start, start + len(word)


def _layer(window: MainWindow) -> list[tuple[int, int]]:
    """The annotations layer as canonical spans (converted back from Qt's positions)."""
    return [(s, e) for s, e, _color in window.reader.layer("annotations")]


def test_highlight_shortcut_stores_the_selection_and_undo_redo_keep_its_uuid(qtbot, window: MainWindow) -> None:
    store, aid = window.session.annotations, window.reader.article.id
    start, end = _span(window, "فلاديمير بوتين")
    window.reader.select_span(start, end)
    qtbot.keyClick(window.reader, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    [a] = store.for_article(aid)
    assert (a.start, a.end, a.exact, a.color) == (start, end, "فلاديمير بوتين", "yellow")
    assert _layer(window) == [(start, end)]
    assert window.notes_panel.uuids() == [a.uuid]
    assert window.reader.selected_span() is None  # the selection gives way to the highlight

    window.undo_action.trigger()
    assert store.for_article(aid) == [] and _layer(window) == [] and window.notes_panel.uuids() == []
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    [again] = store.for_article(aid)
    assert again.uuid == a.uuid and (again.start, again.end) == (start, end)
    assert _layer(window) == [(start, end)]
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert store.for_article(aid) == []
    qtbot.keyClick(window, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert [x.uuid for x in store.for_article(aid)] == [a.uuid]


def test_colour_actions_and_toolbar_swatches_highlight_in_that_colour(qtbot, window: MainWindow) -> None:
    store, aid = window.session.annotations, window.reader.article.id
    window.reader.select_span(*_span(window, "كيم جونغ أون"))
    window.annotations.color_actions["green"].trigger()
    window.reader.select_span(*_span(window, "روسيا", 1))
    toolbar = window.annotations.toolbar
    qtbot.waitUntil(toolbar.isVisible)
    sel_rect = window.reader.cursorRect(window.reader.textCursor())
    assert abs(toolbar.geometry().center().y() - sel_rect.center().y()) < 120  # near the selection
    toolbar.colors.buttons["blue"].click()
    assert not toolbar.isVisible()
    assert [(a.exact, a.color) for a in store.for_article(aid)] == [("كيم جونغ أون", "green"), ("روسيا", "blue")]
    assert len(window.annotations.color_actions) >= 5
    # The same words again in another colour: the highlight is recoloured, not doubled.
    window.reader.select_span(*_span(window, "كيم جونغ أون"))
    window.annotations.highlight("pink")
    assert (store.for_article(aid)[0].exact, store.for_article(aid)[0].color) == ("كيم جونغ أون", "pink")
    window.undo_stack.undo()
    assert store.for_article(aid)[0].color == "green"


def test_note_on_a_new_highlight_then_edit_undo_and_redo(qtbot, window: MainWindow) -> None:
    store, aid = window.session.annotations, window.reader.article.id
    window.reader.select_span(*_span(window, "قاعدة فضائية"))
    editor = window.annotations.edit_note()
    assert editor is not None and editor.isVisible() and "قاعدة فضائية" in editor.quote_label.text()
    editor.note_edit.setPlainText("مكان اللقاء")
    editor.tags_edit.setText("روسيا، فضاء")
    editor.color_row.buttons["purple"].click()
    editor.accept()
    [a] = store.for_article(aid)
    assert (a.note, a.tags, a.color) == ("مكان اللقاء", ("روسيا", "فضاء"), "purple")

    window.reader.select_span(a.start + 2, a.start + 2)  # a click inside the highlight, no selection
    editor = window.annotations.edit_note()
    assert editor.note_edit.toPlainText() == "مكان اللقاء"
    editor.note_edit.setPlainText("مكان القمة")
    editor.accept()
    assert store.get(a.uuid).note == "مكان القمة"
    window.undo_stack.undo()
    assert store.get(a.uuid).note == "مكان اللقاء"
    window.undo_stack.redo()
    assert store.get(a.uuid).note == "مكان القمة"
    window.undo_stack.undo()
    window.undo_stack.undo()  # the highlight itself
    assert store.get(a.uuid) is None


def test_cancelled_note_editor_creates_nothing(window: MainWindow) -> None:
    window.reader.select_span(*_span(window, "قاعدة فضائية"))
    editor = window.annotations.edit_note()
    editor.note_edit.setPlainText("x")
    editor.reject()
    assert window.session.annotations.for_article(window.reader.article.id) == []
    assert window.undo_stack.count() == 0


def test_ctrl_d_bookmarks_the_selection_start_and_undo_removes_it(qtbot, window: MainWindow) -> None:
    store, aid = window.session.annotations, window.reader.article.id
    start, _ = _span(window, "والتقى")
    window.reader.select_span(start, start + 3)
    qtbot.keyClick(window.reader, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    [b] = store.for_article(aid)
    assert (b.kind, b.start, b.end) == ("bookmark", start, start)
    assert window.notes_panel.uuids() == [b.uuid]
    assert "والتقى" in window.notes_panel.list.item(0).text()
    window.undo_stack.undo()
    assert store.for_article(aid) == []


def test_star_action_stars_the_article_and_undo_unstars(qtbot, window: MainWindow) -> None:
    lib, aid = window.session.library, window.reader.article.id
    assert not lib.summary(aid).starred
    with qtbot.waitSignal(window.article_editing.starredChanged) as blocker:
        qtbot.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert blocker.args == [aid, True]
    assert lib.summary(aid).starred and window.article_editing.star_action.isChecked()
    window.undo_stack.undo()
    assert not lib.summary(aid).starred and not window.article_editing.star_action.isChecked()
    window.undo_stack.redo()
    assert lib.summary(aid).starred


def test_highlight_without_a_selection_says_what_to_do(window: MainWindow) -> None:
    assert window.annotations.highlight() is None
    assert "Select" in window.statusBar().currentMessage()
    assert window.undo_stack.count() == 0


def test_emoji_before_a_highlight_keeps_it_on_the_right_word(qtbot, make_window, data_dir) -> None:
    from qari.core.article import Article
    from qari.core.session import Session

    session = Session.open(data_dir)
    text = "عنوان 🎉🎉 الخبر\nفقرة 😀 أولى فيها كلمة مهمة جدا\nفقرة ثانية 👍🏽 وفيها مهمة أخرى"
    aid = session.library.add(Article.from_text(text)).id
    session.library.mark_opened(aid)
    session.close()
    window = make_window()
    assert window.reader.article.id == aid
    start = window.reader.article.text.index("مهمة أخرى")
    window.reader.select_span(start, start + len("مهمة"))
    assert window.reader.textCursor().selectedText() == "مهمة"
    window.annotations.highlight()
    [a] = window.session.annotations.for_article(aid)
    assert (a.start, a.exact) == (start, "مهمة")
    # What Qt paints is the same word: the UTF-16 positions are shifted past the emoji.
    [sel] = [s for s in window.reader.extraSelections() if s.format.background().color().alpha()]
    assert sel.cursor.selectedText() == "مهمة"
    before = window.reader.article.text[:start]
    assert sel.cursor.selectionStart() == len(before.encode("utf-16-le")) // 2 > start
