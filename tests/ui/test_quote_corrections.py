"""The reader corrects the Quotes panel in the real window: change a speaker (choose or type a
name), close Qari, reopen it and see the correction; not a quotation (and undo); confirm; select
words in the reader and add them as a quotation; the copy with citation says the corrected name."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QInputDialog

from qari.core.article import Article
from qari.ui.app import GuiOptions, ensure_app
from qari.ui.main_window import MainWindow
from tests.ui.windows import close_window as _close

WAIT = 15_000
TEXT = (
    "اتفاق جديد للمياه\n"
    "قال وزير الزراعة نبيل منصور إن «الموسم المقبل سيكون أفضل من كل المواسم الماضية».\n"
    "وقال المحلل كريم ناصر إن الأسعار ستنخفض قريبا.\n"
    "وكان المزارعون يرددون في السوق عبارة واحدة: لن نزرع القمح هذا العام.\n"
)


class Dialog:
    """The speaker dialog, answering with ``names`` in turn and keeping what it offered."""

    def __init__(self) -> None:
        self.names: list[str] = []
        self.offered: list[list[str]] = []

    def append(self, name: str) -> None:
        self.names.append(name)

    def get_item(self, _parent, _title, _label, items, *_args, **_kw) -> tuple[str, bool]:
        self.offered.append(list(items))
        return self.names.pop(0), True


@pytest.fixture
def answer(monkeypatch: pytest.MonkeyPatch) -> Dialog:
    dialog = Dialog()
    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(dialog.get_item))
    return dialog


def _open(qtbot, data_dir: Path) -> tuple[MainWindow, object, int]:
    from qari.ui.startup import build_window

    ensure_app()
    result = build_window(GuiOptions(data_dir=data_dir, lang="en"))
    assert not isinstance(result, int)
    window, session = result
    window.resize(1200, 800)
    window.show()
    qtbot.waitExposed(window)
    aid = session.library.find_by_hash(Article.from_text(TEXT).hash)
    if aid is None:
        aid = session.library.add(Article.from_text(TEXT, source="Qari Daily")).id
    window.open_article(aid)
    panel = window.analysis.quotes
    qtbot.waitUntil(lambda: panel.status() == "" and bool(panel.visible_rows()), timeout=WAIT)
    return window, session, aid


def _row(window: MainWindow, starts: str) -> int:
    rows = window.analysis.quotes.visible_rows()
    return next(i for i, r in enumerate(rows) if r.text.lstrip("«").startswith(starts))


def test_correct_a_speaker_close_reopen_and_see_it(qtbot, data_dir: Path, answer: Dialog) -> None:
    window, session, _ = _open(qtbot, data_dir)
    panel = window.analysis.quotes
    i = _row(window, "الموسم المقبل")
    assert panel.visible_rows()[i].speaker == "نبيل منصور"
    panel.select_row(i)
    answer.append("كريم ناصر")
    panel.speaker_action.trigger()
    row = panel.visible_rows()[_row(window, "الموسم المقبل")]
    assert (row.speaker, row.status) == ("كريم ناصر", "corrected")
    assert "كريم ناصر" in answer.offered[0]  # the article's people are offered
    _close(window, session)

    window, session, _ = _open(qtbot, data_dir)  # Qari again, same library
    row = window.analysis.quotes.visible_rows()[_row(window, "الموسم المقبل")]
    assert (row.speaker, row.status) == ("كريم ناصر", "corrected")
    _close(window, session)


def test_not_a_quotation_then_undo_and_confirm(qtbot, data_dir: Path, answer: Dialog) -> None:
    window, session, _ = _open(qtbot, data_dir)
    panel = window.analysis.quotes
    panel.select_row(_row(window, "الأسعار ستنخفض"))
    panel.reject_action.trigger()
    assert not any(r.text.startswith("الأسعار ستنخفض") for r in panel.visible_rows())
    window.undo_action.trigger()
    assert any(r.text.startswith("الأسعار ستنخفض") for r in panel.visible_rows())
    window.redo_action.trigger()
    assert not any(r.text.startswith("الأسعار ستنخفض") for r in panel.visible_rows())
    panel.select_row(_row(window, "الموسم المقبل"))
    panel.confirm_action.trigger()
    row = panel.visible_rows()[_row(window, "الموسم المقبل")]
    assert (row.speaker, row.status) == ("نبيل منصور", "confirmed")
    index = panel.model.index(_row(window, "الموسم المقبل"), 0)
    assert "confirmed by you" in index.data(0x0B)  # AccessibleTextRole
    _close(window, session)


def test_select_words_in_the_reader_and_add_them_as_a_quotation(qtbot, data_dir: Path, answer: Dialog) -> None:
    window, session, _ = _open(qtbot, data_dir)
    words = "لن نزرع القمح هذا العام"
    start = TEXT.index(words)
    window.reader.select_span(start, start + len(words) + 1)  # the full stop after it is left out
    answer.append("المزارعون")
    assert window.quote_corrections.add_action.isEnabled()
    window.quote_corrections.add_action.trigger()
    panel = window.analysis.quotes
    i = _row(window, words)
    row = panel.visible_rows()[i]
    assert (row.text, row.speaker, row.kind, row.status) == (words, "المزارعون", "direct", "corrected")
    panel.select_row(i)
    assert panel.copy_selected().startswith(f"«{words}» — المزارعون")
    assert QGuiApplication.clipboard().text().startswith(f"«{words}» — المزارعون")
    window.undo_action.trigger()
    assert not any(r.text == words for r in panel.visible_rows())
    _close(window, session)


def test_add_with_nothing_selected_says_so(qtbot, data_dir: Path, answer: Dialog) -> None:
    window, session, _ = _open(qtbot, data_dir)
    messages: list[str] = []
    window.quote_corrections.statusMessage.connect(messages.append)
    assert window.quote_corrections.add_selection() is False
    assert messages and "Select the words" in messages[0]
    _close(window, session)


def test_the_readers_context_menu_offers_to_add_the_selection(qtbot, data_dir: Path, answer: Dialog) -> None:
    window, session, _ = _open(qtbot, data_dir)
    words = "لن نزرع القمح هذا العام"
    start = TEXT.index(words)
    window.reader.select_span(start, start + len(words))
    from PySide6.QtCore import QPoint

    menu = window.annotations.context_menu(QPoint(10, 10))
    assert window.quote_corrections.add_action in menu.actions()
    menu.deleteLater()
    _close(window, session)
