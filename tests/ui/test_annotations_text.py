"""Edit → Edit Article Text: the view refreshes, marks follow their words or are listed as orphans."""

from __future__ import annotations

from qari.ui.main_window import MainWindow


def _highlight(window: MainWindow, word: str) -> str:
    start = window.reader.article.text.index(word)
    window.reader.select_span(start, start + len(word))
    return window.annotations.highlight().uuid


def test_edit_text_moves_marks_with_their_words_and_orphans_the_lost_one(qtbot, window: MainWindow) -> None:
    store, aid = window.session.annotations, window.reader.article.id
    kept = _highlight(window, "قاعدة فوستوشني الفضائية")
    lost = _highlight(window, "بمصافحة ومحادثة مطولة")
    old = window.reader.article.text
    dialog = window.article_editing.edit_text()
    assert dialog is not None and dialog.text() == old
    new = old.replace("ويقال إن بوتين،", "ويقال في التقارير إن الرئيس بوتين،").replace(
        "كيم بمصافحة ومحادثة مطولة خارج", "كيم خارج")
    dialog.editor.setPlainText(new)
    with qtbot.waitSignal(window.article_editing.articleTextChanged):
        dialog.accept()

    assert window.reader.article.text == new
    assert window.reader.document().toPlainText().replace("\u2029", "\n") == new
    [a] = store.for_article(aid)
    assert a.uuid == kept and new[a.start:a.end] == "قاعدة فوستوشني الفضائية"
    assert [(s, e) for s, e, _c in window.reader.layer("annotations")] == [(a.start, a.end)]
    panel = window.notes_panel
    assert panel.uuids() == [kept] and panel.orphan_uuids() == [lost]
    assert panel.orphans.isVisibleTo(panel)
    assert "بمصافحة ومحادثة مطولة" in panel.orphans.item(0).text()
    assert "orphan" in window.statusBar().currentMessage().lower() or "could not" in window.statusBar().currentMessage()

    # Re-attach the orphan to a selection of the new text.
    start = new.index("للحرب في أوكرانيا")
    window.reader.select_span(start, start + len("للحرب في أوكرانيا"))
    panel.orphans.setCurrentRow(0)
    panel.reattach_button.click()
    b = store.get(lost)
    assert not b.orphaned and (b.start, b.exact) == (start, "للحرب في أوكرانيا")
    assert panel.orphan_uuids() == [] and set(panel.uuids()) == {kept, lost}
    window.undo_stack.undo()
    assert store.get(lost).orphaned and panel.orphan_uuids() == [lost]

    # Undoing the edit puts the old text back, and the orphan finds its words again.
    window.undo_stack.undo()
    assert window.reader.article.text == old
    assert not store.get(lost).orphaned and old[store.get(lost).start:store.get(lost).end] == "بمصافحة ومحادثة مطولة"
    assert panel.orphan_uuids() == []


def test_deleting_an_orphan_is_undoable(qtbot, window: MainWindow) -> None:
    store = window.session.annotations
    lost = _highlight(window, "بمصافحة ومحادثة مطولة")
    window.article_editing.set_article_text(window.reader.article.id,
                                        window.reader.article.text.replace("بمصافحة ومحادثة مطولة", "أسلحة"))
    panel = window.notes_panel
    assert panel.orphan_uuids() == [lost]
    panel.orphans.setCurrentRow(0)
    panel.orphan_delete_button.click()
    assert store.get(lost) is None and panel.orphan_uuids() == []
    window.undo_stack.undo()
    assert store.get(lost).orphaned and panel.orphan_uuids() == [lost]


def test_unchanged_text_pushes_no_undo_step(window: MainWindow) -> None:
    dialog = window.article_editing.edit_text()
    dialog.accept()
    assert window.undo_stack.count() == 0
