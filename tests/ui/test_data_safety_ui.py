"""The window never renders what an article says, asks before replacing a changed file's article,
and tells the faults of the library in a dialog."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLabel,
    QMessageBox,
    QWidget,
)

from qari.core import errors
from qari.core.article import Article
from qari.core.importing import IMPORTED, ImportOutcome
from qari.ui.main_window import MainWindow

WAIT = 30_000
PROBE = '<img src="file:///etc/qari-probe.png">'
HOSTILE_TITLE = f"{PROBE} عنوان <b>عريض</b>"
HOSTILE_SOURCE = '<a href="file:///etc/passwd">مصدر</a>'
HOSTILE_NOTE = f"ملاحظة {PROBE}"


def _renders(text: str) -> bool:
    """Whether Qt would take ``text`` for rich text and load the probe image."""
    return bool(text) and "<img" in text and GuiQt.mightBeRichText(text)


def _model_tooltips(model, parent: QModelIndex) -> list[str]:
    """Every tooltip a model gives, its children's too."""
    try:
        columns = model.columnCount(parent)
    except TypeError:  # a list model keeps columnCount private: one column, no children
        columns = 0 if parent.isValid() else 1
    tips = []
    for r in range(model.rowCount(parent)):
        for c in range(columns):
            index = model.index(r, c, parent)
            tip = model.data(index, Qt.ItemDataRole.ToolTipRole)
            if isinstance(tip, str):
                tips.append(tip)
            if c == 0 and columns > 1 and model.rowCount(index):
                tips += _model_tooltips(model, index)
    return tips


def _shown_texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) of every label, tooltip and item-view tooltip under ``root`` that Qt would render."""
    found = []
    widgets = [root, *root.findChildren(QWidget)]
    for w in widgets:
        if isinstance(w, QLabel) and "<img" in w.text() and w.textFormat() != Qt.TextFormat.PlainText:
            found.append((f"label {w.objectName() or type(w.parent()).__name__}", w.text()))
        if _renders(w.toolTip()):
            found.append((f"tooltip of {w.objectName() or type(w).__name__}", w.toolTip()))
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            where = f"item tooltip in {w.objectName() or type(w).__name__}"
            found += [(where, tip) for tip in _model_tooltips(w.model(), QModelIndex()) if _renders(tip)]
    return found


def test_no_label_tooltip_or_list_renders_what_an_article_or_note_says(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    s = window.session
    aid = s.library.add(Article.from_text(HOSTILE_TITLE + "\nنص المقال الذي يقرؤه القارئ بهدوء.",
                                          source=HOSTILE_SOURCE, author=PROBE)).id
    text = s.library.get(aid).text  # type: ignore[union-attr]
    start = text.index("المقال")
    s.annotations.add_highlight(aid, start, start + 6, note=HOSTILE_NOTE)
    window.library_ui.panel.add_articles([aid])
    assert window.open_article(aid)
    window.annotations.refresh(aid)
    qtbot.waitUntil(lambda: window.library_ui.panel.model.loaded)
    all_notes = window.annotations.show_all_notes()
    importer = window.library_ui.importer
    results = importer.show_results([ImportOutcome(str(tmp_path / f"{PROBE}.txt"), IMPORTED, aid, HOSTILE_TITLE)])
    assert window.info_panel.findChildren(QLabel)  # the Article panel shows the headline and the source
    shown = [t for w in (window, all_notes, results) for t in _shown_texts(w)]
    assert shown == []
    # what the window says in a message box quotes file names and headlines: shown as written
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: told.append(text))
    window.show_error("Qari", f"Could not read {PROBE}.txt")
    window.report_error(errors.EnvironmentFault(errors.FULL, f"/tmp/{PROBE}"))
    assert told and not any(_renders(t) for t in told)
    assert all("&lt;img" in t for t in told)  # the characters are all there, escaped
    all_notes.close()
    results.close()


def _write(path: Path, paras: list[str]) -> None:
    path.write_text("\n\n".join(["المفاوضات تتواصل في القاهرة", *paras]) + "\n", encoding="utf-8")


PARAS = ["قال الوسطاء إن جولة جديدة ستبدأ الأسبوع المقبل.", "وأضافوا أن الطرفين أبديا مرونة في ملف الأسرى."]


@pytest.mark.parametrize("choice", ["import-changed-update", "import-changed-keep-both"])
def test_a_changed_file_asks_update_or_keep_both(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, choice: str
) -> None:
    qtbot.waitUntil(lambda: window.library_ui.panel.model.loaded)
    f = tmp_path / "news.txt"
    _write(f, PARAS)
    importer = window.library_ui.importer
    with qtbot.waitSignal(importer.batchFinished, timeout=WAIT) as got:
        importer.start([f])
    aid = got.args[0][0].article_id
    s = window.session
    text = s.library.get(aid).text  # type: ignore[union-attr]
    mark = s.annotations.add_highlight(aid, text.index("مرونة"), text.index("مرونة") + 5)
    count = s.library.count()
    asked: list[str] = []

    def answer(box: QMessageBox) -> int:
        asked.append(box.text())
        assert box.textFormat() == Qt.TextFormat.PlainText
        box.findChild(QWidget, choice).click()  # type: ignore[union-attr]
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    _write(f, ["مقدمة جديدة أضافها المحرر.", *PARAS])
    with qtbot.waitSignal(importer.batchFinished, timeout=WAIT) as got:
        importer.start([f])
    (outcome,) = got.args[0]
    assert asked and "news.txt" in asked[0] and "keep both" in asked[0]
    if choice == "import-changed-update":
        assert outcome.status == "updated" and outcome.article_id == aid and s.library.count() == count
        moved = s.annotations.get(mark.uuid)
        new_text = s.library.get(aid).text  # type: ignore[union-attr]
        assert moved is not None and new_text[moved.start:moved.end] == "مرونة" and "مقدمة جديدة" in new_text
        qtbot.waitUntil(lambda: "مقدمة جديدة" in window.reader.article.text)  # the reader shows the new text
    else:
        assert outcome.status == "imported" and outcome.article_id != aid and s.library.count() == count + 1
        assert "مقدمة جديدة" not in s.library.get(aid).text  # type: ignore[union-attr]


def test_a_locked_library_at_start_is_told_in_a_dialog_and_left_alone(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from qari.core.session import Session
    from qari.ui.app import GuiOptions, ensure_app
    from qari.ui.startup import EXIT_STORE, build_window

    Session.open(data_dir).close()
    monkeypatch.setattr(errors, "BUSY_TIMEOUT_S", 0.2)
    other = sqlite3.connect(data_dir / "library.db", isolation_level=None)
    other.execute("PRAGMA locking_mode=EXCLUSIVE")
    other.execute("BEGIN EXCLUSIVE")
    other.execute("INSERT INTO state (key, value) VALUES ('held', '1')")
    dialogs: list[tuple[str, str]] = []
    monkeypatch.setattr("qari.ui.startup.error_dialog", lambda title, text: dialogs.append((title, text)))
    names = sorted(p.name for p in data_dir.iterdir() if p.name.startswith("library"))
    ensure_app()
    try:
        assert build_window(GuiOptions(data_dir=data_dir, lang="en")) == EXIT_STORE
        assert sorted(p.name for p in data_dir.iterdir() if p.name.startswith("library")) == names  # none renamed
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert dialogs and "in use by another program" in dialogs[0][1]
    assert "in use by another program" in capsys.readouterr().err
    assert QApplication.instance() is not None


def test_settings_are_private_even_after_qt_rewrites_them(tmp_path: Path) -> None:
    import stat

    from qari.ui.settings import Settings

    data = tmp_path / "new" / "qari"
    qs = Settings.store_for(data)
    for lang in ("ar", "en"):  # written twice: Qt replaces the file each time
        settings = Settings.load(qs)
        settings.lang = lang
        settings.save(qs)
        qs.sync()
    assert stat.S_IMODE((data / "settings.ini").stat().st_mode) == 0o600
    assert stat.S_IMODE(data.stat().st_mode) == 0o700
    assert "lang=en" in (data / "settings.ini").read_text()


def _folder_is_a_file(data: Path) -> Path:
    data.rmdir()
    data.write_text("not a folder")
    return data


def _db_is_a_folder(data: Path) -> Path:
    (data / "library.db").mkdir()
    return data / "library.db"


def _foreign(data: Path) -> Path:
    conn = sqlite3.connect(data / "library.db")
    conn.execute("CREATE TABLE moz_places (url TEXT)")
    conn.commit()
    conn.close()
    return data / "library.db"


@pytest.mark.parametrize(
    ("make", "needle", "arabic"),
    [
        (_folder_is_a_file, "is a file, not a folder", "ملف وليس مجلدًا"),
        (_db_is_a_folder, "is a folder, not a file", "مجلد وليست ملفًا"),
        (_foreign, "database of another program", "لبرنامج آخر"),
    ],
    ids=["data-folder-is-a-file", "library-is-a-folder", "foreign-sqlite"],
)
@pytest.mark.parametrize("lang", ["en", "ar"])
def test_every_fault_at_start_gets_its_own_dialog_in_the_interface_language(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, make, needle: str, arabic: str, lang: str
) -> None:
    from qari.ui.app import GuiOptions, ensure_app
    from qari.ui.startup import EXIT_STORE, build_window

    data_dir.mkdir(parents=True, exist_ok=True)
    target = make(data_dir)
    before = target.read_bytes() if target.is_file() else None
    dialogs: list[str] = []
    monkeypatch.setattr("qari.ui.startup.error_dialog", lambda _title, text: dialogs.append(text))
    ensure_app()
    assert build_window(GuiOptions(data_dir=data_dir, lang=lang)) == EXIT_STORE
    assert dialogs and (arabic if lang == "ar" else needle) in dialogs[0]
    assert (target.read_bytes() if target.is_file() else None) == before and target.exists()


def test_opening_a_file_into_a_full_library_says_so(
    data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from qari.core.store.library import Library
    from qari.ui.app import GuiOptions, ensure_app
    from qari.ui.startup import EXIT_STORE, build_window

    f = tmp_path / "new.txt"
    f.write_text("عنوان جديد\nنص المقال الجديد", encoding="utf-8")

    def full(*_a, **_k):
        raise errors.EnvironmentFault(errors.FULL, data_dir / "library.db")

    monkeypatch.setattr(Library, "add_many", full)
    dialogs: list[str] = []
    monkeypatch.setattr("qari.ui.startup.error_dialog", lambda _title, text: dialogs.append(text))
    ensure_app()
    assert build_window(GuiOptions(data_dir=data_dir, file=f, lang="en")) == EXIT_STORE
    assert dialogs and "is full" in dialogs[0]
