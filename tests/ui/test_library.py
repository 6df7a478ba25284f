"""The library panel: every article, sorted, filtered as you type; open, edit, delete and undo."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtWidgets import QMessageBox

from qari.core.article import Article
from qari.core.session import Session
from qari.core.store.library import ArticleSummary
from qari.ui.library.model import ADDED, LENGTH, PROGRESS, SOURCE, TITLE, LibraryModel
from qari.ui.main_window import MainWindow

ARTICLES = [
    ("مدرسة الأطفال تفتح أبوابها من جديد", "الجريدة"),
    ("إطلاق مُستشفى جديد في المدينة", "وكالة الأنباء"),
    ("Markets rally as inflation eases", "Reuters"),
    ("الرئيس يلتقي وفداً من رجال الأعمال", "الجريدة"),
]


def seed(data_dir: Path, items: list[tuple[str, str]] = ARTICLES, paragraphs: int = 3) -> list[int]:
    """Put articles in the library before the window opens; returns their ids."""
    session = Session.open(data_dir)
    try:
        ids = []
        for n, (title, source) in enumerate(items):
            body = [f"الفقرة {i} من المقال رقم {n}، وفيها كلام كثير عن {title}." * (n + 1) for i in range(paragraphs)]
            ids.append(session.library.add(Article.from_parts(title, body, source=source)).id)
        return ids
    finally:
        session.close()


def summaries(n: int) -> list[ArticleSummary]:
    return [ArticleSummary(i, f"عنوان رقم {i}", f"مصدر {i % 7}", f"2026-01-{1 + i % 28:02d}T10:00:00+00:00",
                           100 + (i * 37) % 900, (i % 10) / 10, None, False) for i in range(1, n + 1)]


def loaded(qtbot, window: MainWindow):
    panel = window.library_ui.panel
    window.library_ui.dock.show()  # the offscreen screen is too narrow for it to open by itself
    qtbot.waitUntil(lambda: panel.model.loaded and window.isActiveWindow())  # shortcuts need an active window
    return panel


def shown(index) -> str:
    """A cell's text without the Unicode isolate marks around it."""
    return str(index.data()).strip("\u2068\u2069")


def titles(model: LibraryModel) -> list[str]:
    return [shown(model.index(r, TITLE)) for r in range(model.rowCount())]


# -- the model -----------------------------------------------------------------------------
def test_model_passes_the_qt_model_tester_while_loading_sorting_filtering_and_changing(qtmodeltester) -> None:
    model = LibraryModel()
    qtmodeltester.check(model)
    model.load(summaries(40))
    qtmodeltester.check(model)
    model.sort(TITLE, Qt.SortOrder.AscendingOrder)
    model.set_filter("رقم 1")
    model.add(summaries(45)[40:])
    model.remove([3, 41])
    model.sort(LENGTH, Qt.SortOrder.DescendingOrder)
    model.set_filter("")
    model.set_current(7)
    model.set_progress(7, 0.95)
    qtmodeltester.check(model)
    assert model.rowCount() == 43


def test_filter_ignores_diacritics_hamza_teh_marbuta_and_alef_maksura() -> None:
    model = LibraryModel()
    model.load([ArticleSummary(i, t, s, "2026-01-01T00:00:00+00:00", 10, 0.0, None, False)
                for i, (t, s) in enumerate(ARTICLES, start=1)])
    for typed, expected in [
        ("مدرسه", ["مدرسة الأطفال تفتح أبوابها من جديد"]),  # ة typed as ه
        ("اطفال", ["مدرسة الأطفال تفتح أبوابها من جديد"]),  # no hamza
        ("مستشفي", ["إطلاق مُستشفى جديد في المدينة"]),  # no damma, ى typed as ي
        ("اطلاق", ["إطلاق مُستشفى جديد في المدينة"]),  # إ typed as ا
        ("وفدا", ["الرئيس يلتقي وفداً من رجال الأعمال"]),  # no tanwin
        ("MARKETS", ["Markets rally as inflation eases"]),
        ("الجريدة رئيس", ["الرئيس يلتقي وفداً من رجال الأعمال"]),  # every word, headline or source
        ("لا يوجد", []),
    ]:
        model.set_filter(typed)
        assert sorted(titles(model)) == sorted(expected), typed
    model.set_filter("")
    assert model.rowCount() == len(ARTICLES)


def test_typing_on_narrows_and_deleting_widens_again() -> None:
    model = LibraryModel()
    rows = summaries(300)
    model.load(rows)
    for text in ("ع", "عن", "عنوان رقم 1", "عنوان رقم 12", "عنوان رقم 1", "12 مصدر 5", ""):
        model.set_filter(text)
        expected = {s.id for s in rows if all(w in s.title + "\n" + s.source for w in text.split())}
        assert set(model.ids()) == expected, text
    assert model.rowCount() == 300


@pytest.mark.parametrize("column", [TITLE, SOURCE, ADDED, LENGTH, PROGRESS])
def test_every_column_sorts_both_ways(column: int) -> None:
    model = LibraryModel()
    model.load(summaries(60))
    for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
        model.sort(column, order)
        ids = model.ids()
        values = [model._sort_value(i, column) for i in ids]
        assert values == sorted(values, reverse=order == Qt.SortOrder.DescendingOrder)


def test_a_new_article_lands_in_its_sorted_place_and_respects_the_filter() -> None:
    model = LibraryModel()
    model.load(summaries(20))
    model.sort(LENGTH, Qt.SortOrder.AscendingOrder)
    new = ArticleSummary(100, "عنوان جديد", "", "2026-02-01T00:00:00+00:00", 450, 0.0, None, False)
    model.add([new])
    lengths = [model._items[i].words for i in model.ids()]
    assert lengths == sorted(lengths) and 100 in model.ids()
    model.set_filter("مختلف")
    model.add([ArticleSummary(101, "عنوان مختلف", "", "2026-02-02T00:00:00+00:00", 5, 0.0, None, False),
               ArticleSummary(102, "لا يطابق", "", "2026-02-02T00:00:00+00:00", 5, 0.0, None, False)])
    assert model.ids() == [101]
    model.set_filter("")
    assert model.total() == model.rowCount() == 23


# -- the panel in the window -----------------------------------------------------------------
def test_library_dock_shows_when_there_is_a_choice_and_sits_opposite_the_sidebar(
    qtbot, make_window, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import qari.ui.window_frame as place_module  # (show_at_launch's screen width)

    monkeypatch.setattr(place_module, "ROOM_FOR_THREE_PANES", 0)  # as on a desktop screen
    seed(data_dir)
    window = make_window()
    dock = window.library_ui.dock
    assert dock.isVisible()
    assert dock.mapTo(window, QPoint(0, 0)).x() < window.width() // 2 < window.sidebar.mapTo(window, QPoint(0, 0)).x()
    panel = loaded(qtbot, window)
    assert panel.model.rowCount() == len(ARTICLES) + 1  # and the sample
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert not dock.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert dock.isVisible()
    assert panel.filter_edit.hasFocus()


def test_on_a_small_screen_the_article_keeps_the_room(make_window, data_dir: Path) -> None:
    seed(data_dir)
    window = make_window()
    assert window.screen().availableGeometry().width() < 1100  # the offscreen screen: 800 px
    assert not window.library_ui.dock.isVisible()


def test_in_an_arabic_window_the_library_is_still_opposite_the_sidebar(qtbot, make_window, data_dir: Path) -> None:
    seed(data_dir)
    window = make_window(lang="ar")
    loaded(qtbot, window)
    lib_x = window.library_ui.dock.mapTo(window, QPoint(0, 0)).x()
    side_x = window.sidebar.mapTo(window, QPoint(0, 0)).x()
    assert (lib_x < window.width() // 2) != (side_x < window.width() // 2)


def test_with_only_the_sample_the_library_stays_out_of_the_way(window: MainWindow) -> None:
    assert not window.library_ui.dock.isVisible()
    assert window.library_ui.toggle_action.shortcut().toString() == "Ctrl+L"


def test_arabic_headlines_read_from_the_right_of_their_cell_latin_ones_from_the_left(
    qtbot, make_window, data_dir: Path
) -> None:
    seed(data_dir)
    panel = loaded(qtbot, make_window())
    model = panel.model
    align = {}
    for row in range(model.rowCount()):
        index = model.index(row, TITLE)
        text = index.data()
        assert text[0] == "\u2068" and text[-1] == "\u2069"  # isolated: its punctuation stays in place
        align[shown(index)] = Qt.AlignmentFlag(index.data(Qt.ItemDataRole.TextAlignmentRole))
    right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute
    assert align["مدرسة الأطفال تفتح أبوابها من جديد"] & right == right
    assert not align["Markets rally as inflation eases"] & Qt.AlignmentFlag.AlignRight


def test_typing_in_the_filter_box_filters_the_list(qtbot, make_window, data_dir: Path) -> None:
    seed(data_dir)
    panel = loaded(qtbot, make_window())
    panel.filter_edit.setText("مدرسه")  # Arabic: setText, not keyClicks
    assert titles(panel.model) == ["مدرسة الأطفال تفتح أبوابها من جديد"]
    assert "1 of 5" in panel.count_label.text()
    panel.filter_edit.clear()
    assert panel.model.rowCount() == 5


def test_clicking_a_column_header_sorts_by_it(qtbot, make_window, data_dir: Path) -> None:
    seed(data_dir)
    panel = loaded(qtbot, make_window())
    header = panel.view.horizontalHeader()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(header.sectionViewportPosition(LENGTH) + 5, header.height() // 2))
    words = [panel.model.summary(i).words for i in panel.model.ids()]
    assert words == sorted(words) or words == sorted(words, reverse=True)
    assert header.sortIndicatorSection() == LENGTH


def _row_of_title(panel, title: str) -> int:
    return titles(panel.model).index(title)


def test_enter_or_double_click_opens_the_article(qtbot, make_window, data_dir: Path) -> None:
    ids = seed(data_dir)
    window = make_window()
    panel = loaded(qtbot, window)
    panel.select(ids[2])
    panel.view.setFocus()
    qtbot.keyClick(panel.view, Qt.Key.Key_Return)
    assert window.reader.article.id == ids[2]
    assert window.windowTitle().startswith("Markets rally")
    index = panel.model.index(panel.model.row_of(ids[0]), TITLE)
    rect = panel.view.visualRect(index)
    qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.reader.article.id == ids[2]  # one click only selects
    qtbot.mouseDClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.reader.article.id == ids[0]
    assert panel.model.index(panel.model.row_of(ids[0]), TITLE).data(Qt.ItemDataRole.FontRole).bold()


def test_delete_asks_first_and_ctrl_z_brings_the_article_back(
    qtbot, make_window, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = seed(data_dir)
    window = make_window()
    panel = loaded(qtbot, window)
    library = window.session.library
    asked: list[str] = []
    answer = [QMessageBox.StandardButton.Cancel]

    def question(_parent, _title, text, *_a):
        asked.append(text)
        return answer[0]

    monkeypatch.setattr(QMessageBox, "question", question)
    panel.select(ids[1])
    panel.view.setFocus()
    qtbot.keyClick(panel.view, Qt.Key.Key_Delete)
    assert asked and "مُستشفى" in asked[0]
    assert library.get(ids[1]) is not None  # cancelled
    answer[0] = QMessageBox.StandardButton.Yes
    qtbot.keyClick(panel.view, Qt.Key.Key_Delete)
    assert library.get(ids[1]) is None
    assert panel.model.row_of(ids[1]) is None and panel.model.rowCount() == 4
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert library.get(ids[1]) is not None
    assert panel.model.row_of(ids[1]) is not None and panel.model.rowCount() == 5
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert library.get(ids[1]) is None


def test_deleting_several_at_once_is_one_undo_step(qtbot, make_window, data_dir: Path, monkeypatch) -> None:
    ids = seed(data_dir)
    window = make_window()
    panel = loaded(qtbot, window)
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    panel.view.selectAll()
    panel.delete_selected()
    assert panel.model.rowCount() == 0 and window.session.library.count() == 0
    assert panel.empty_label.isVisible()
    window.undo_stack.undo()
    assert panel.model.rowCount() == 5
    assert set(ids) <= {s.id for s in window.session.library.summaries()}


def test_edit_headline_and_source_shows_everywhere_and_undoes(qtbot, make_window, data_dir: Path) -> None:
    ids = seed(data_dir)
    window = make_window()
    panel = loaded(qtbot, window)
    window.open_article(ids[0])
    dialog = panel.details_dialog(ids[0])
    assert dialog.title_edit.text() == ARTICLES[0][0]
    assert dialog.title_edit.layoutDirection() == Qt.LayoutDirection.RightToLeft
    dialog.title_edit.setText("مدرسة الحي تعود إلى العمل")
    dialog.source_edit.setText("صحيفة المساء")
    dialog.accept()
    summary = window.session.library.summary(ids[0])
    assert (summary.title, summary.source) == ("مدرسة الحي تعود إلى العمل", "صحيفة المساء")
    row = panel.model.row_of(ids[0])
    assert shown(panel.model.index(row, TITLE)) == "مدرسة الحي تعود إلى العمل"
    assert shown(panel.model.index(row, SOURCE)) == "صحيفة المساء"
    assert window.reader.article.title == "مدرسة الحي تعود إلى العمل"
    assert window.windowTitle().startswith("مدرسة الحي")
    window.undo_stack.undo()
    assert window.session.library.summary(ids[0]).title == ARTICLES[0][0]
    assert window.reader.article.title == ARTICLES[0][0]
    assert shown(panel.model.index(panel.model.row_of(ids[0]), SOURCE)) == "الجريدة"


def test_reading_further_updates_the_progress_column(qtbot, make_window, data_dir: Path) -> None:
    ids = seed(data_dir, [("مقال طويل جدا", "مصدر")], paragraphs=60)
    window = make_window()
    panel = loaded(qtbot, window)
    window.open_article(ids[0])
    row = panel.model.row_of(ids[0])
    assert panel.model.index(row, PROGRESS).data() == "0%"
    bar = window.reader.verticalScrollBar()
    bar.setValue(bar.maximum())
    qtbot.waitUntil(lambda: panel.model.index(panel.model.row_of(ids[0]), PROGRESS).data() == "100%")


def test_the_last_article_read_opens_at_launch_where_it_was_left(qtbot, make_window, data_dir: Path) -> None:
    ids = seed(data_dir, [("مقال طويل جدا", "مصدر"), ("مقال آخر", "مصدر")], paragraphs=60)
    first = make_window()
    panel = loaded(qtbot, first)
    panel.select(ids[0])
    panel.view.setFocus()
    qtbot.keyClick(panel.view, Qt.Key.Key_Return)
    assert first.reader.article.id == ids[0]
    bar = first.reader.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    offset = first.reader.top_position()
    assert offset > 100
    first.close()
    second = make_window()
    assert second.reader.article.id == ids[0]
    qtbot.waitUntil(lambda: abs(second.reader.top_position() - offset) < 80)


# -- a library in trouble ------------------------------------------------------------------------
def _warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: told.append(text))
    return told


def test_a_damaged_library_is_moved_aside_and_the_person_is_told(
    qtbot, make_window, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (data_dir / "library.db").write_bytes(b"this is not a database" * 100)
    told = _warnings(monkeypatch)
    window = make_window()
    qtbot.waitUntil(lambda: bool(told))
    assert "damaged" in told[0] and "corrupt" in told[0]
    assert list(data_dir.glob("library.corrupt-*.db"))
    assert window.reader.article is not None  # a fresh library with the sample


def test_an_upgraded_library_says_where_the_old_copy_is(
    qtbot, make_window, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from qari.core.store.schema import MIGRATIONS

    conn = sqlite3.connect(data_dir / "library.db")
    conn.executescript(MIGRATIONS[0] + "\nPRAGMA user_version=1;")
    conn.execute("INSERT INTO articles (hash, title, text, added) VALUES ('h', 'قديم', 'قديم\nنص', '2020-01-01')")
    conn.commit()
    conn.close()
    told = _warnings(monkeypatch)
    make_window()
    qtbot.waitUntil(lambda: bool(told))
    backups = list(data_dir.glob("library_v1_*.db"))
    assert backups and str(backups[0]) in told[0]


def test_a_library_from_a_newer_qari_is_refused_and_left_untouched(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from qari.ui.app import GuiOptions, ensure_app
    from qari.ui.startup import EXIT_STORE, build_window

    conn = sqlite3.connect(data_dir / "library.db")
    conn.execute("CREATE TABLE future (x)")
    conn.execute("PRAGMA application_id=1363235401")  # Qari's (qari.core.store.db.APPLICATION_ID)
    conn.execute("PRAGMA user_version=99")
    conn.commit()
    conn.close()
    before = (data_dir / "library.db").read_bytes()
    shutil.copy(data_dir / "library.db", data_dir / "copy.db")
    ensure_app()
    assert build_window(GuiOptions(data_dir=data_dir, lang="en")) == EXIT_STORE
    assert (data_dir / "library.db").read_bytes() == before
    assert "newer version of Qari" in capsys.readouterr().err


def test_header_and_rows_answer_the_roles_a_view_asks(qtbot, make_window, data_dir: Path) -> None:
    seed(data_dir)
    panel = loaded(qtbot, make_window())
    model = panel.model
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(5)] == \
        ["Headline", "Source", "Added", "Words", "Read"]
    assert model.data(QModelIndex()) is None
    row = model.row_of(panel.model.ids()[0])
    assert model.index(row, PROGRESS).data() == "New" or model.index(row, PROGRESS).data().endswith("%")
