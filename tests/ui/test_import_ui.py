"""Importing from the window: File → Import, drops, pastes; progress, cancel and the results."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

import qari.core.importing as importing
from qari.ui.main_window import MainWindow
from tests.test_cli_library import BODY, TITLE, make_mixed_folder, vanish_mid_import

WAIT = 30_000  # ms: generous ceilings for a loaded CI machine; never a sleep


def ready(qtbot, window: MainWindow) -> MainWindow:
    qtbot.waitUntil(lambda: window.library_ui.panel.model.loaded and window.isActiveWindow())
    return window


def write_articles(folder: Path, n: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for i in range(n):
        p = folder / f"article-{i:03d}.txt"
        p.write_text(f"الخبر رقم {i} في نشرة {folder.name}\nهذه فقرة أولى من الخبر رقم {i}.\nوهذه فقرة ثانية.",
                     encoding="utf-8")
        out.append(p)
    return out


def test_a_mixed_folder_reports_every_file_and_the_batch_goes_on(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ready(qtbot, window)
    expected = make_mixed_folder(tmp_path / "in")
    vanish_mid_import(monkeypatch)
    importer = window.library_ui.importer
    with qtbot.waitSignal(importer.batchFinished, timeout=WAIT) as got:
        importer.start([tmp_path / "in"])
    outcomes = {Path(o.path).name: o for o in got.args[0]}
    assert set(outcomes) == set(expected)
    for name, want in expected.items():
        o = outcomes[name]
        assert (o.status if want == "imported" else o.code) == want, name
    dialog = importer.results_dialog
    assert dialog is not None and dialog.isVisible() and not dialog.isModal()
    assert "3 imported, 0 already in the library, 6 failed" in dialog.summary_label.text()
    rows = dialog.rows()
    assert [r[0] for r in rows[:6]] == ["failed"] * 6  # failures first
    reasons = {name: detail for _status, name, detail in rows}
    assert reasons["binary.txt"] == "This looks like a binary file, not text."
    assert reasons["good.txt"] == TITLE
    dialog.failed_only.setChecked(True)
    visible = [dialog.tree.topLevelItem(i) for i in range(dialog.tree.topLevelItemCount())]
    assert sum(not item.isHidden() for item in visible) == 6
    panel = window.library_ui.panel
    assert panel.model.total() == 4 and panel.model.row_of(outcomes["good.txt"].article_id) is not None
    assert window.reader.article.source == "Qari sample"  # a batch does not take the reader away


def test_results_dialog_opens_an_imported_article(qtbot, window: MainWindow, tmp_path: Path) -> None:
    ready(qtbot, window)
    files = write_articles(tmp_path / "in", 3)
    importer = window.library_ui.importer
    with qtbot.waitSignal(importer.batchFinished, timeout=WAIT):
        importer.start(files)
    dialog = importer.results_dialog
    dialog.tree.setCurrentItem(dialog.tree.topLevelItem(1))
    dialog.open_button.click()
    assert window.reader.article.title == dialog.rows()[1][2]


def test_one_file_opens_at_once_and_the_same_text_twice_stays_one_article(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    ready(qtbot, window)
    a = tmp_path / "a.txt"
    a.write_text("\n".join([TITLE, *BODY]), encoding="utf-8")
    copy = tmp_path / "copy.txt"
    copy.write_text("\n\n".join(["وَزِيرُ الخارجية يلتقي نظيره الروسي في موسكو", *BODY]), encoding="utf-8")
    importer = window.library_ui.importer
    with qtbot.waitSignal(importer.batchFinished, timeout=WAIT):
        importer.start([a])
    assert window.reader.article.title == TITLE
    assert importer.results_dialog is None  # nothing to report beyond the open article
    count = window.session.library.count()
    with qtbot.waitSignal(importer.batchFinished, timeout=WAIT) as got:
        importer.start([copy])
    assert got.args[0][0].status == "already in library"
    assert window.session.library.count() == count
    assert "already in the library" in window.statusBar().currentMessage()
    assert window.library_ui.panel.model.total() == count


def test_file_import_menu_action_imports_the_chosen_files(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ready(qtbot, window)
    files = write_articles(tmp_path / "in", 2)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *_a, **_k: ([str(f) for f in files], ""))
    importer = window.library_ui.importer
    with qtbot.waitSignal(importer.batchFinished, timeout=WAIT):
        qtbot.keyClick(window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    assert window.session.library.count() == 3
    assert window.library_ui.import_files_action in window.file_menu.actions()


def _gate_at(monkeypatch: pytest.MonkeyPatch, n: int) -> tuple[threading.Event, threading.Event]:
    """The worker stops before reading its n-th file until ``release`` is set."""
    reached, release = threading.Event(), threading.Event()
    real = importing.import_path
    count = [0]

    def reading(path: Path):  # -> Article
        count[0] += 1
        if count[0] == n:
            reached.set()
            release.wait(timeout=WAIT / 1000)
        return real(path)

    monkeypatch.setattr(importing, "import_path", reading)
    return reached, release


def test_a_big_import_shows_progress_runs_off_the_ui_thread_and_cancels_keeping_what_came_in(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ready(qtbot, window)
    write_articles(tmp_path / "in", 60)
    reached, release = _gate_at(monkeypatch, 30)
    importer = window.library_ui.importer
    importer.start([tmp_path / "in"])
    # The worker is stuck on file 30 and the UI still answers: the import is not on the UI thread.
    qtbot.waitUntil(reached.is_set, timeout=WAIT)
    qtbot.waitUntil(importer.progress_box.isVisible, timeout=WAIT)
    assert importer.progress_bar.maximum() == 60
    assert importer.running()
    with qtbot.waitSignal(importer.batchFinished, timeout=WAIT) as got:
        importer.cancel_button.click()
        release.set()
    outcomes = got.args[0]
    assert len(outcomes) == 30 and {o.status for o in outcomes} == {"imported"}
    assert window.session.library.count() == 31  # what came in before the cancel stays (and the sample)
    assert window.library_ui.panel.model.total() == 31
    assert not importer.progress_box.isVisible()
    assert "cancelled" in importer.results_dialog.summary_label.text().lower()
    assert "30 of 60" in importer.results_dialog.summary_label.text()


def test_closing_the_window_during_an_import_stops_it_cleanly(
    qtbot, make_window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = ready(qtbot, make_window())
    write_articles(tmp_path / "in", 60)
    reached, release = _gate_at(monkeypatch, 10)
    importer = window.library_ui.importer
    importer.start([tmp_path / "in"])
    qtbot.waitUntil(reached.is_set, timeout=WAIT)
    release.set()
    window.close()  # cancels and joins the worker
    assert importer.worker is None or importer.worker.isFinished()
    assert 10 <= window.session.library.count() - 1 < 60


def _drop(target, mime: QMimeData) -> tuple[bool, bool]:
    pos = QPointF(target.rect().center())
    args = (Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    try:
        enter = QDragEnterEvent(pos, *args)  # PySide6 6.12 (its QPoint form is deprecated)
    except TypeError:
        enter = QDragEnterEvent(pos.toPoint(), *args)  # 6.11 has only the QPoint form
    QApplication.sendEvent(target, enter)
    drop = QDropEvent(pos, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(target, drop)
    return enter.isAccepted(), drop.isAccepted()


def test_dropping_files_and_folders_on_the_reader_imports_them(qtbot, window: MainWindow, tmp_path: Path) -> None:
    ready(qtbot, window)
    folder_files = write_articles(tmp_path / "folder", 3)
    single = write_articles(tmp_path / "single", 1)[0]
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(tmp_path / "folder")), QUrl.fromLocalFile(str(single))])
    with qtbot.waitSignal(window.library_ui.importer.batchFinished, timeout=WAIT) as got:
        accepted = _drop(window.reader.viewport(), mime)
    assert accepted == (True, True)
    assert len(got.args[0]) == len(folder_files) + 1
    assert window.session.library.count() == 5


def test_dropping_a_text_selection_makes_an_article(qtbot, window: MainWindow) -> None:
    ready(qtbot, window)
    mime = QMimeData()
    mime.setText("\n".join([TITLE, *BODY]))
    _drop(window.library_ui.panel.view.viewport(), mime)
    assert window.reader.article.title == TITLE


def test_paste_makes_an_article_from_the_clipboard_html_and_twice_keeps_one(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    ready(qtbot, window)
    html = "<html><body><article><h1>" + TITLE + "</h1>" + "".join(f"<p>{p}</p>" for p in BODY) + \
        "</article></body></html>"
    mime = QMimeData()
    mime.setHtml(html)
    mime.setText("\n".join([TITLE, *BODY]))
    QGuiApplication.clipboard().setMimeData(mime)
    qtbot.keyClick(window, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.reader.article.title == TITLE
    assert window.reader.article.text.count("\n") == len(BODY)
    count = window.session.library.count()
    assert window.library_ui.panel.model.row_of(window.reader.article.id) is not None
    window.library_ui.paste_action.trigger()
    assert window.session.library.count() == count
    assert "already in the library" in window.statusBar().currentMessage()


def test_pasting_nothing_says_so(qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    ready(qtbot, window)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: told.append(text))
    QGuiApplication.clipboard().setMimeData(QMimeData())
    count = window.session.library.count()
    window.library_ui.paste_action.trigger()
    assert told == ["The clipboard holds no text."]
    assert window.session.library.count() == count


def test_library_import_button_asks_for_files(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    ready(qtbot, window)
    asked: list[bool] = []

    def ask(*_a: object, **_k: object) -> tuple[list[str], str]:
        asked.append(True)
        return [], ""

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", ask)
    window.library_ui.dock.show()
    qtbot.mouseClick(window.library_ui.panel.import_button, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    assert asked
