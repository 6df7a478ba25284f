"""A newcomer's first hour in the real window: what they met, each fixed (issue 11)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from qari.ui.app import GuiOptions, ensure_app
from qari.ui.main_window import MainWindow
from tests.ui.windows import close_window as _close


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


def test_a_screenshot_leaves_the_settings_and_the_reading_place_alone(qtbot, data_dir: Path, tmp_path: Path) -> None:
    from qari.core.session import Session
    from qari.ui.screenshot import take_screenshot
    from qari.ui.settings import Settings

    session = Session.open(data_dir)
    aid = session.library.summaries()[0].id
    session.library.set_position(aid, 0, 0.1)
    before = session.library.position(aid)
    session.close()
    settings_before = (data_dir / "settings.ini").read_bytes() if (data_dir / "settings.ini").exists() else b""
    out = tmp_path / "shot.png"
    assert take_screenshot(out, GuiOptions(data_dir=data_dir, lang="ar", theme="dark"), (900, 600)) == 0
    assert out.stat().st_size > 10_000
    settings = Settings.load(Settings.store_for(data_dir))
    assert settings.lang != "ar" and settings.reader.theme != "dark"
    after = (data_dir / "settings.ini").read_bytes() if (data_dir / "settings.ini").exists() else b""
    assert after == settings_before
    session = Session.open(data_dir)
    assert session.library.position(aid) == before  # not marked 100% read
    session.close()


def test_file_dialogs_open_in_the_last_folder_used(qtbot, window: MainWindow, tmp_path: Path, monkeypatch) -> None:
    from PySide6.QtWidgets import QFileDialog

    folder = tmp_path / "articles"
    folder.mkdir()
    article = folder / "a.txt"
    article.write_text("عنوان المقال\nنص المقال هنا.", encoding="utf-8")
    asked: list[str] = []

    def fake_open(_parent, _title, start, _filter):
        asked.append(start)
        return [str(article)], ""

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(fake_open))
    importer = window.library_ui.importer
    with qtbot.waitSignal(importer.batchFinished, timeout=5000):
        importer.choose_files()
    importer.choose_files()  # (the same file again: already there)
    assert asked[0] == str(Path.home()) and asked[1] == str(folder)
    # and after a restart too (kept with the library)
    assert window.session.library.get_state("folder/import") == str(folder)


def test_an_empty_folder_is_told_not_ignored(qtbot, window: MainWindow, tmp_path: Path, monkeypatch) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    told: list[tuple[str, str]] = []
    monkeypatch.setattr(window, "show_error", lambda title, message: told.append((title, message)))
    importer = window.library_ui.importer
    importer.nothingFound.disconnect()
    importer.nothingFound.connect(window.show_error)
    with qtbot.waitSignal(importer.batchFinished, timeout=5000):
        importer.start([empty])
    assert told and "no .txt, .html or .md files" in told[0][1]


def test_a_starred_article_is_marked_in_the_library_and_can_be_filtered(qtbot, window: MainWindow) -> None:
    from qari.core.article import Article
    from qari.ui.library.model import TITLE

    panel = window.library_ui.panel
    other = window.session.library.add(Article.from_text("مقال آخر\nنص آخر هنا")).id
    panel.ensure_loaded()
    panel.add_articles([other])
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2)
    starred_id = window.current.id
    window.article_editing.star_action.trigger()  # Ctrl+Shift+D
    model = panel.model
    qtbot.waitUntil(lambda: model.data(model.index(model.row_of(starred_id), TITLE), Qt.ItemDataRole.DecorationRole)
                    is not None)
    assert model.data(model.index(model.row_of(other), TITLE), Qt.ItemDataRole.DecorationRole) is None
    panel.starred_button.setChecked(True)
    assert model.rowCount() == 1 and model.id_at(0) == starred_id
    window.article_editing.star_action.trigger()  # unstarred: it leaves the starred list
    qtbot.waitUntil(lambda: model.rowCount() == 0)
    panel.starred_button.setChecked(False)
    assert model.rowCount() == 2


def test_a_highlight_of_part_of_a_word_takes_the_whole_word(qtbot, window: MainWindow) -> None:
    text = window.reader.article.text
    start = text.index("بوتين")
    window.reader.select_span(start + 2, start + 12)  # from inside «بوتين» to inside a later word
    window.annotations.highlight("yellow")
    (mark,) = window.session.annotations.for_article(window.current.id, "highlight")
    assert mark.start <= start and "بوتين" in mark.exact.split()[0]  # the whole word (here «لبوتين»)
    assert mark.start == 0 or not text[mark.start - 1].isalpha()
    assert text[mark.end - 1].isalpha() and (mark.end == len(text) or not text[mark.end].isalpha())


def test_markdown_subheads_are_set_as_subheads_and_lists_keep_their_marks(qtbot, make_window, tmp_path: Path) -> None:
    body = "وقال المتحدث إن المحادثات ستستمر حتى يتوصل الطرفان إلى اتفاق شامل ينهي الأزمة الحالية."
    md = tmp_path / "a.md"
    md.write_text(f"# العنوان\n\n{body}\n\n{body}\n\n## ردود الفعل\n\n{body}\n\n- البند الأول\n- البند الثاني\n",
                  encoding="utf-8")
    window = make_window(file=md)
    doc = window.reader.document()
    blocks = [doc.findBlockByNumber(i) for i in range(doc.blockCount())]
    sub = next(b for b in blocks if b.text() == "ردود الفعل")
    assert sub.blockFormat().headingLevel() == 2
    assert sub.charFormat().fontWeight() == 700 or sub.begin().fragment().charFormat().fontWeight() == 700
    body_block = next(b for b in blocks if b.text() == body)
    assert body_block.blockFormat().headingLevel() == 0
    assert [b.text() for b in blocks][-2:] == ["• البند الأول", "• البند الثاني"]


def test_a_subhead_is_short_unpunctuated_and_followed_by_text() -> None:
    from qari.core.article import is_subhead

    long_para = "وقال المتحدث إن المحادثات ستستمر حتى يتوصل الطرفان إلى اتفاق شامل."
    assert is_subhead("ردود الفعل الدولية", long_para)
    assert not is_subhead("وقال المتحدث.", long_para)  # a sentence
    assert not is_subhead("• البند الأول", long_para)  # a list item
    assert not is_subhead("ردود الفعل", None)  # nothing after it
    assert not is_subhead("ردود الفعل", "نص قصير")  # a short line before another short one
