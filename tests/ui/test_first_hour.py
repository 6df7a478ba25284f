"""A newcomer's first hour in the real window: what they met, each fixed (issue 11)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from qari.ui.app import GuiOptions, ensure_app
from qari.ui.main_window import MainWindow


def _run_like_qari(qtbot, data_dir: Path, **kw) -> tuple[MainWindow, object]:
    """The window as `qari` builds it: deferred, shown, then completed after the first paint."""
    from qari.ui.startup import build_window

    ensure_app()
    built = build_window(GuiOptions(data_dir=data_dir, lang=kw.pop("lang", "en"), **kw), deferred=True)
    assert not isinstance(built, int)
    window, session = built
    window.show()
    qtbot.waitUntil(lambda: window.reader.painted)
    window.complete()
    return window, session


def _close(window: MainWindow, session) -> None:
    window.close()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    session.close()


def test_the_last_article_reopens_where_it_was_left(qtbot, data_dir: Path) -> None:
    window, session = _run_like_qari(qtbot, data_dir)
    bar = window.reader.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    bar.setValue(int(bar.maximum() * 0.48))
    offset = window.reader.top_position()
    assert offset > 100
    _close(window, session)
    again, session2 = _run_like_qari(qtbot, data_dir)
    qtbot.waitUntil(lambda: abs(again.reader.top_position() - offset) < 80, timeout=3000)
    _close(again, session2)


def test_the_library_lists_its_articles_at_launch(qtbot, data_dir: Path) -> None:
    window, session = _run_like_qari(qtbot, data_dir)
    panel = window.library_ui.panel
    assert "0 articles" not in panel.count_label.text()  # never a wrong count, even before reading
    qtbot.waitUntil(lambda: panel.model.rowCount() == session.library.count() >= 1, timeout=3000)
    assert panel.count_label.text() == "1 article"
    window.library_ui.toggle_action.trigger()  # Ctrl+L once: shown, and full
    assert window.library_ui.dock.isVisible() and panel.model.rowCount() == 1
    _close(window, session)


def test_no_two_actions_share_a_shortcut_and_ctrl_q_quits(qtbot, window: MainWindow) -> None:
    seen: dict[str, str] = {}
    window_wide = (Qt.ShortcutContext.WindowShortcut, Qt.ShortcutContext.ApplicationShortcut)
    for act in window.findChildren(type(window.quit_action)):
        if act.shortcutContext() not in window_wide:  # a panel's own keys (F2, Ctrl+C) work only there
            continue
        for key in act.shortcuts():
            text = key.toString()
            assert text not in seen or seen[text] == act.objectName(), (text, seen.get(text), act.objectName())
            seen[text] = act.objectName()
    assert window.quit_action.shortcuts() == [QKeySequence("Ctrl+Q")]
    with qtbot.waitSignal(QApplication.instance().lastWindowClosed, timeout=2000, raising=False):
        window.quit_action.trigger()
    assert not window.isVisible()


def test_add_note_on_a_new_selection_opens_the_editor(qtbot, window: MainWindow) -> None:
    reader = window.reader
    cursor = reader.textCursor()
    cursor.setPosition(200)
    cursor.setPosition(230, cursor.MoveMode.KeepAnchor)
    reader.setTextCursor(cursor)
    window.annotations.note_action.trigger()  # what Ctrl+Alt+N does
    from qari.ui.annotations.note_editor import NoteEditor

    qtbot.waitUntil(lambda: any(w.isVisible() for w in QApplication.topLevelWidgets() if isinstance(w, NoteEditor)))
    for w in QApplication.topLevelWidgets():
        if isinstance(w, NoteEditor):
            w.reject()
