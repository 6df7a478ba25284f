"""What the window makes only at its first use (the Quotes and Names tabs, the Search and People
docks) works from the start: its shortcut brings it, and it shows what it would have shown had it
been made with the window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from qari.core.session import Session
from qari.ui.app import GuiOptions, ensure_app
from qari.ui.main_window import MainWindow
from tests.ui.windows import close_window as _close

WAIT = 15000


def _as_qari_starts(qtbot, data_dir: Path) -> tuple[MainWindow, Session]:
    """The window as `qari` builds it: painted first, completed right after."""
    from qari.ui.startup import build_window

    ensure_app()
    built = build_window(GuiOptions(data_dir=data_dir, lang="en"), deferred=True)
    assert not isinstance(built, int)
    window, session = built
    window.resize(1200, 800)
    window.show()
    qtbot.waitUntil(lambda: window.reader.painted)
    window.complete()
    QApplication.processEvents()
    return window, session


def test_ctrl_shift_f_brings_the_search_dock_that_was_not_made_yet(qtbot, data_dir: Path) -> None:
    window, session = _as_qari_starts(qtbot, data_dir)
    assert not window.search.built and not window.people.built  # hidden: not made with the window
    window.activateWindow()
    window.reader.setFocus()
    qtbot.keyClick(window.reader, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    dock = window.search_ui.dock
    qtbot.waitUntil(dock.isVisible)
    assert window.dockWidgetArea(dock) != Qt.DockWidgetArea.NoDockWidgetArea  # docked beside the library
    focused = QApplication.focusWidget()
    assert isinstance(focused, QLineEdit) and dock.isAncestorOf(focused)  # the cursor is in the query
    qtbot.keyClick(window.reader, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: window.people.built and window.people_ui.dock.isVisible())
    _close(window, session)


def test_the_quotes_tab_made_at_its_first_showing_lists_the_open_articles_quotes(qtbot, data_dir: Path) -> None:
    window, session = _as_qari_starts(qtbot, data_dir)
    page = window.analysis.quotes_page
    qtbot.waitUntil(lambda: window.analysis.controller.result is not None, timeout=WAIT)
    assert not page.built  # the extraction finished while its tab was never shown
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert titles == ["Article", "Quotes", "Names", "Notes"]  # every tab is there from completion
    window.tabs.setCurrentWidget(page)  # as a click on the tab
    assert page.built
    quotes = window.analysis.quotes
    assert quotes.status() == "" and quotes.visible_rows()  # the list, not "Open an article…"
    assert [r.start for r in quotes.visible_rows()] == sorted(r.start for r in quotes.visible_rows())
    _close(window, session)


def test_ctrl_l_brings_the_library_that_was_not_made_while_hidden(qtbot, data_dir: Path) -> None:
    window, session = _as_qari_starts(qtbot, data_dir)  # one article: the library does not open at launch
    assert not window.library_dock.isVisible() and not window.library_ui.view.built
    window.activateWindow()
    window.reader.setFocus()
    qtbot.keyClick(window.reader, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(window.library_dock.isVisible)
    panel = window.library_ui.panel
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    assert panel.model.current() == window.reader.article.id  # the open article's row is marked
    focused = QApplication.focusWidget()
    assert isinstance(focused, QLineEdit) and window.library_dock.isAncestorOf(focused)  # the filter
    _close(window, session)


def test_a_click_in_a_highlight_before_the_notes_tab_was_made_selects_its_row_there(qtbot, window) -> None:
    from tests.ui.test_annotations_panel import _add, _at

    u1 = _add(window, "فلاديمير بوتين")
    _add(window, "كيم جونغ أون", "blue")
    start, _end = _at(window, "فلاديمير بوتين")
    rect = window.reader.cursorRect(window.reader.qt_cursor(start + 3, start + 3))
    qtbot.mouseClick(window.reader.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    _add(window, "روسيا", "green")  # the list changes again after the click
    assert not window.notes_page.built
    window.tabs.setCurrentWidget(window.notes_page)  # as a click on the tab
    panel = window.notes_panel
    assert len(panel.uuids()) == 3 and panel.current_uuid() == u1


def test_ctrl_f_brings_the_find_bar_that_completion_did_not_make(qtbot, data_dir: Path) -> None:
    window, session = _as_qari_starts(qtbot, data_dir)
    assert "find_bar" not in vars(window.reader_pane)  # hidden: made at its first use
    window.activateWindow()
    window.reader.setFocus()
    qtbot.keyClick(window.reader, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    bar = window.reader_pane.find_bar
    qtbot.waitUntil(bar.isVisible)
    assert QApplication.focusWidget() is bar.field
    _close(window, session)
