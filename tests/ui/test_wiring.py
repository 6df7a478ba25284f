"""The components and their wiring: one owner per state, and the bugs the old wiring had.

Each test here is a bug that was visible to a user before the restructuring (issue 12).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import SIGNAL, QObject, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from qari.core.errors import FULL, EnvironmentFault
from qari.ui.main_window import MainWindow
from tests.ui.test_library import loaded, seed


def _select(window: MainWindow, words: str) -> tuple[int, int]:
    start = window.reader.article.text.index(words)
    window.reader.select_span(start, start + len(words))
    return start, start + len(words)


def test_deleting_the_open_article_takes_it_out_of_the_reader_and_undo_brings_it_back(
        qtbot, make_window, data_dir: Path, monkeypatch) -> None:
    ids = seed(data_dir)
    window = make_window()
    panel = loaded(qtbot, window)
    window.open_article(ids[1])
    title = window.reader.article.title
    panel.select(ids[1])
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    panel.delete_selected()
    assert window.reader.article is None and window.current.id is None
    assert window.reader.document().toPlainText() == ""
    assert title not in window.windowTitle() and window.info_panel.value("title") == ""
    assert window.notes_panel.uuids() == []
    window.undo_stack.undo()
    assert window.reader.article is not None and window.reader.article.id == ids[1]
    assert title in window.windowTitle()


def test_zooming_while_the_preferences_dialog_is_open_is_not_undone_by_the_dialog(qtbot, window: MainWindow) -> None:
    dialog = window.reader_controls.show_prefs()
    size = window.reader.prefs.font_size
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert window.reader.prefs.font_size == size + 2
    assert dialog.size_box.value() == size + 2  # the open dialog shows the zoomed size
    dialog.line_height.setValue(dialog.line_height.value() + 10)  # then a change in the dialog
    assert window.reader.prefs.font_size == size + 2  # keeps the zoom
    assert window.settings.reader.font_size == size + 2  # the one copy that is saved
    assert window.reader.prefs is window.settings.reader is window.reader_controls.prefs  # one object, one writer
    assert not hasattr(window.reader, "zoom_by")  # the view no longer changes the prefs behind the writer's back


def test_undoing_edit_article_text_puts_the_highlights_back_exactly(qtbot, window: MainWindow) -> None:
    store, aid = window.session.annotations, window.reader.article.id
    old = window.reader.article.text
    words = "الذي استقبل كيم بمصافحة ومحادثة مطولة"
    start, end = _select(window, words)
    uuid = window.annotations.highlight("blue").uuid
    # The edit drops the highlight's first words: re-anchoring keeps the rest of it ...
    new = old.replace("الذي استقبل كيم بمصافحة", "بمصافحة", 1)
    assert window.article_editing.set_article_text(aid, new)
    moved = store.get(uuid)
    assert not moved.orphaned and moved.exact != words
    # ... and undo restores the highlight as it was, not a fresh guess from the shortened quote.
    window.undo_stack.undo()
    back = store.get(uuid)
    assert window.reader.article.text == old
    assert (back.start, back.end, back.exact, back.color) == (start, end, words, "blue")
    assert [(s, e) for s, e, _c in window.reader.layer("annotations")] == [(start, end)]
    window.undo_stack.redo()
    assert store.get(uuid) == moved


def _full(*_a, **_k):
    raise EnvironmentFault(FULL, "/data/library.db", "The disk holding /data/library.db is full.")


def test_a_write_that_fails_is_not_pushed_and_the_person_is_told(qtbot, window: MainWindow, monkeypatch) -> None:
    store, aid = window.session.annotations, window.reader.article.id
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: told.append(text))
    monkeypatch.setattr(store, "add_highlight", _full)
    _select(window, "فلاديمير بوتين")
    assert window.annotations.highlight() is None
    assert window.undo_stack.count() == 0 and store.for_article(aid) == []
    assert told and "full" in told[0]
    monkeypatch.setattr(window.session.library, "set_starred", _full)
    window.article_editing.star_action.trigger()
    assert window.undo_stack.count() == 0 and not window.article_editing.star_action.isChecked()
    monkeypatch.setattr(window.session, "set_text", _full)
    assert not window.article_editing.set_article_text(aid, window.reader.article.text + "\nفقرة")
    assert window.undo_stack.count() == 0 and len(told) == 3


def test_an_undo_that_fails_leaves_the_stack_and_the_store_agreeing(qtbot, window: MainWindow, monkeypatch) -> None:
    store, aid = window.session.annotations, window.reader.article.id
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: told.append(text))
    _select(window, "فلاديمير بوتين")
    uuid = window.annotations.highlight().uuid
    assert window.undo_stack.count() == 1
    monkeypatch.setattr(store, "delete", _full)
    window.undo_stack.undo()  # the delete fails: the highlight stays, and so does what the stack says
    assert [a.uuid for a in store.for_article(aid)] == [uuid] and window.notes_panel.uuids() == [uuid]
    assert window.undo_stack.count() == 0 and not window.undo_stack.canRedo()
    assert told


def _receivers(obj: QObject, signature: str) -> int:
    return obj.receivers(SIGNAL(signature))


def test_every_effect_signal_has_a_listener(window: MainWindow) -> None:
    lib = window.library_ui
    for obj, signature in (
        (window.article_editing, "starredChanged(int,bool)"),
        (window.article_editing, "articleTextChanged(int)"),
        (lib.importer, "batchFinished(QVariantList)"),
        (lib.panel, "articlesDeleted(QVariantList)"),
        (lib.panel, "articlesRestored(QVariantList)"),
        (window.current, "articleChanged(PyObject)"),
    ):
        assert _receivers(obj, signature) > 0, signature


def test_editing_the_text_updates_the_headline_in_the_library(qtbot, make_window, data_dir: Path) -> None:
    ids = seed(data_dir)
    window = make_window()
    panel = loaded(qtbot, window)
    window.open_article(ids[0])
    text = window.reader.article.text
    window.article_editing.set_article_text(ids[0], "عنوان جديد تماما\n" + text.split("\n", 1)[1])
    assert panel.model.summary(ids[0]).title == "عنوان جديد تماما"
    assert "عنوان جديد تماما" in window.windowTitle()


def test_the_docks_reopen_where_they_were_put(qtbot, make_window) -> None:
    window = make_window()
    window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, window.sidebar)
    window.close()
    QApplication.processEvents()
    assert window.settings.window_state is not None
    again = make_window()
    assert again.dockWidgetArea(again.sidebar) == Qt.DockWidgetArea.LeftDockWidgetArea
    assert again.sidebar.isVisible()


def test_components_work_with_their_collaborators_alone_no_window(qtbot, data_dir: Path) -> None:
    """Each component is built from what it needs (here without any MainWindow) and talks by signals."""
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QWidget

    from qari.core.session import Session
    from qari.ui.annotations.controller import AnnotationController
    from qari.ui.annotations.editing import ArticleEditing
    from qari.ui.current import CurrentArticle
    from qari.ui.reader.controls import ReaderControls
    from qari.ui.reader.pane import ReaderPane
    from qari.ui.settings import ReaderPrefs

    session = Session.open(data_dir)
    host, prefs, stack = QWidget(), ReaderPrefs(), QUndoStack()
    try:
        pane = ReaderPane(prefs, host)
        current = CurrentArticle(session.library, pane.reader)
        annotations = AnnotationController(pane.reader, session.annotations, stack, host)
        editing = ArticleEditing(session, stack, prefs, host)
        controls = ReaderControls(pane, prefs, host)
        for component in (annotations, editing):
            current.articleChanged.connect(component.show_article)
        host.show()
        with qtbot.waitSignal(current.articleChanged):
            assert current.open(session.library.summaries()[0].id)
        start = pane.reader.article.text.index(" بوتين") + 1  # a whole word (marks snap to whole words)
        pane.reader.select_span(start, start + 5)
        with qtbot.waitSignal(annotations.annotationsChanged):
            assert annotations.highlight("pink") is not None
        assert stack.count() == 1 and [s for s, _e, _c in pane.reader.layer("annotations")] == [start]
        with qtbot.waitSignal(editing.starredChanged):
            editing.toggle_star()
        with qtbot.waitSignal(controls.statusMessage):
            controls.zoom(2)
        assert prefs.font_size == ReaderPrefs().font_size + 2 == pane.reader.prefs.font_size
    finally:
        from PySide6.QtCore import QCoreApplication, QEvent

        host.close()
        host.deleteLater()  # gone before the library closes: no stray position save reaches it
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        session.close()


def test_a_library_that_refuses_writes_changes_nothing_and_leaves_nothing_to_undo(
        qtbot, make_window, data_dir: Path, monkeypatch) -> None:
    """A real store made to fail (SQLite query_only: every write is refused as read-only)."""
    ids = seed(data_dir)
    window = make_window()
    panel = loaded(qtbot, window)
    window.open_article(ids[0])
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: told.append(text))
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    store, library = window.session.annotations, window.session.library
    before = (library.get(ids[0]).text, library.summary(ids[0]).starred, store.all())
    window.session.db.conn.execute("PRAGMA query_only = ON")
    try:
        _select(window, window.reader.article.text.split()[2])
        assert window.annotations.highlight() is None
        window.article_editing.toggle_star()
        assert not window.article_editing.set_article_text(ids[0], window.reader.article.text + "\nسطر")
        panel.select(ids[0])
        panel.delete_selected()
        panel.edit_details(ids[0], "عنوان آخر", "مصدر")
    finally:
        window.session.db.conn.execute("PRAGMA query_only = OFF")
    assert window.undo_stack.count() == 0  # nothing that did not happen can be undone
    assert (library.get(ids[0]).text, library.summary(ids[0]).starred, store.all()) == before
    assert window.reader.article is not None and panel.model.row_of(ids[0]) is not None
    assert len(told) == 5 and all("read-only" in t for t in told), told
