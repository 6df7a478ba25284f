"""The library as a research tool in the window: search with marked hits, tags, saved searches,
and the People view — what a person sees and does, offscreen."""

from __future__ import annotations

from pathlib import Path

import pytest

from qari.core.article import Article
from qari.core.extract import EXTRACTOR_VERSION
from qari.ui.main_window import MainWindow

GOV = "قرار الحكومة\nقالت الحكومةُ إن الوزير سيزور لبنان، وللحكومة رأي آخر في الأمر."
OTHER = "خبر عن الطقس\nحديث عن المطر في العاصمة والحكومة لا تعلق."


def _add(window: MainWindow, text: str, source: str = "وكالة") -> int:
    return window.session.library.add(Article.from_text(text, source=source)).id


def test_ctrl_shift_f_searches_and_a_result_opens_with_every_hit_marked(window: MainWindow, qtbot) -> None:
    gov = _add(window, GOV)
    _add(window, OTHER)
    window.actions_named()["search-library"].trigger()
    panel = window.search_ui.panel
    assert window.search_ui.dock.isVisible()
    panel.search("حكومة")
    assert panel.count_label.text() == "3 articles"  # the two and the sample
    assert panel.list.count() == 3
    first = panel.results[0]
    assert first.article_id == gov and first.title == "قرار الحكومة"
    label = panel.list.itemWidget(panel.list.item(0)).text()
    assert "قرار الحكومة" in label and "وكالة" in label and "background-color" in label  # a marked hit
    panel.list.itemActivated.emit(panel.list.item(0))
    assert window.current.id == gov
    find = window.reader_pane.find
    text = window.reader.article.text
    assert [text[a:b] for a, b in find.hits] == ["الحكومة", "الحكومةُ", "وللحكومة"]
    assert find.current == 0 and window.reader_pane.find_bar.isVisible()
    window.actions_named()["find-next"].trigger()  # F3
    assert find.current == 1
    assert window.reader_pane.find_bar.count_label.text() == "2 / 3"


def test_the_library_panels_search_field_and_filters(window: MainWindow) -> None:
    gov = _add(window, GOV, source="الجزيرة")
    _add(window, OTHER, source="العربية")
    research = window.library_ui.research
    research.search_edit.setText("الحكومة")
    research.search_edit.returnPressed.emit()
    panel = window.search_ui.panel
    assert window.search_ui.dock.isVisible() and panel.query_edit.text() == "الحكومة"
    assert len(panel.results) == 3
    panel.refresh_filters()
    panel.source_combo.setCurrentIndex(panel.source_combo.findData("الجزيرة"))
    panel.source_combo.activated.emit(panel.source_combo.currentIndex())
    assert [r.article_id for r in panel.results] == [gov]
    panel.exact_box.setChecked(True)  # exact: والحكومة is not الحكومة
    panel.search("والحكومة")
    assert panel.results == []


def test_tags_for_several_articles_filter_the_library_and_undo(window: MainWindow) -> None:
    a, b = _add(window, GOV), _add(window, OTHER)
    lib = window.library_ui.panel
    lib.ensure_loaded()
    research = window.library_ui.research
    research.set_tags([a, b], ["سياسة"])
    assert window.session.tags.all() == [("سياسة", 2)]
    assert research.tag_combo.findData("سياسة") > 0
    research.filter_by_tag("سياسة")
    assert sorted(lib.model.ids()) == sorted([a, b])
    window.undo_stack.undo()
    assert window.session.tags.all() == []
    research.filter_by_tag(None)
    assert lib.model.rowCount() == lib.model.total()


def test_a_saved_search_runs_again_from_the_library_panel(window: MainWindow) -> None:
    _add(window, GOV)
    panel = window.search_ui.panel
    panel.search("لبنان")
    panel.save_as("لبنان", "لبنان")
    research = window.library_ui.research
    research.refresh_saved()
    names = [a.text() for a in research.saved_menu.actions()]
    assert "لبنان" in names
    panel.query_edit.clear()
    panel.run()
    next(a for a in research.saved_menu.actions() if a.text() == "لبنان").trigger()
    assert panel.query_edit.text() == "لبنان" and len(panel.results) == 1


def _people_library(window: MainWindow) -> tuple[int, int]:
    lib = window.session.library
    data = {"quotes": [{"text": "السلام قريب", "start": 25, "end": 36, "speaker": "دونالد ترامب",
                        "speaker_entity": "e1", "cue": None, "kind": "direct"}],
            "statements": [],
            "entities": [{"id": "e1", "name": "دونالد ترامب", "type": "PER", "aliases": ["ترامب"],
                          "mentions": [{"start": 4, "end": 16, "text": "دونالد ترامب"}]}]}
    a = lib.add(Article.from_text("قمة\nقال دونالد ترامب إن «السلام قريب» اليوم.", source="وكالة")).id
    lib.cache_extraction(a, EXTRACTOR_VERSION, data)
    b = lib.add(Article.from_text("رد\nترمب يتكلم.")).id
    lib.cache_extraction(b, EXTRACTOR_VERSION, {"quotes": [], "statements": [], "entities": [
        {"id": "e1", "name": "ترمب", "type": "PER", "aliases": ["ترمب"],
         "mentions": [{"start": 3, "end": 7, "text": "ترمب"}]}]})
    window.session.people.ensure_current()
    return a, b


def test_people_view_lists_entries_and_opens_a_quotation(window: MainWindow, qtbot) -> None:
    a, _b = _people_library(window)
    window.actions_named()["people"].trigger()
    view = window.people_ui.view
    assert window.people_ui.dock.isVisible() and view.model.rowCount() >= 1
    trump = window.session.people.find("ترامب")[0]
    assert view.select(trump)
    row = view.model.row_of(trump)
    assert [view.model.index(row, c).data() for c in range(6)] == ["دونالد ترامب", "People", 2, 2, 1, 0]
    assert "دونالد ترامب" in view.title.text()
    heads = [view.detail.topLevelItem(i) for i in range(view.detail.topLevelItemCount())]

    def shown(item) -> str:  # the text as read (bidi isolates aside)
        return item.text(0).replace("\u2068", "").replace("\u2069", "")

    assert shown(heads[0]).startswith("قمة — وكالة") and heads[0].childCount() == 1
    assert any(shown(h).startswith("رد") for h in heads)  # an article that names him without a quote
    quote = heads[0].child(0)
    with qtbot.waitSignal(view.passageRequested) as sig:
        view.detail.itemActivated.emit(quote, 0)
    assert sig.args == [a, 25, 36]
    assert window.current.id == a


def test_people_view_merge_split_and_export(window: MainWindow, tmp_path: Path) -> None:
    _people_library(window)
    view = window.people_ui.view
    view.ensure_loaded()
    trump = window.session.people.find("ترامب")[0]
    person = window.session.people.get(trump)
    assert len(person.forms) == 2
    view.split(trump, person.forms[0] if "ترمب" in person.forms[0] else person.forms[1])
    assert len({*window.session.people.find("ترمب"), *window.session.people.find("دونالد ترامب")}) == 2
    ids = [window.session.people.find("دونالد ترامب")[0], window.session.people.find("ترمب")[0]]
    view.merge(ids, ids[0])
    assert len(window.session.people.find("ترمب")) == 1, [window.session.people.get(i) for i in
                                                          window.session.people.find("ترمب")]
    assert view.current_id() == window.session.people.find("ترمب")[0]
    out = tmp_path / "trump.md"
    assert view.export_to(window.session.people.find("ترامب")[0], str(out))
    assert "«السلام قريب»" in out.read_text(encoding="utf-8")


def test_background_analysis_fills_the_people_view(window: MainWindow, qtbot) -> None:
    jobs = window.people_ui.jobs
    jobs.pause_s = 0
    window.people_ui.view.ensure_loaded()
    with qtbot.waitSignal(jobs.finished, timeout=60000):
        window.start_background_analysis()
    view = window.people_ui.view
    assert view.model.rowCount() > 5  # the sample article's people, places and organisations
    assert window.session.people.find("بوتين")


def test_background_reading_waits_for_the_open_articles_analysis(window: MainWindow, qtbot) -> None:
    controller, jobs = window.analysis.controller, window.people_ui.jobs
    jobs.pause_s = 0
    controller.request(window.reader.article)  # the sidebar analyses the open article (again)
    assert controller.is_busy()
    window.start_background_analysis()
    assert not jobs.running  # not beside it: the two would share the one tagger
    with qtbot.waitSignal(jobs.finished, timeout=60000):
        pass  # it starts once the sidebar's analysis is ready
    assert not controller.is_busy()



@pytest.mark.parametrize(("width", "action", "wanted"), [(1700, "people", 560), (1100, "people", 560),
                                                          (1000, "search-library", 440)])
def test_research_docks_open_wide_but_leave_the_article_readable(window: MainWindow, qtbot, width: int,
                                                                  action: str, wanted: int) -> None:
    """On a wide window the People view (Search) opens at the width of its columns; on a narrow
    one narrower, so that the article beside it keeps a readable measure: with the sidebar open on
    a 1,100 px window it was left 190 px, two words a line."""
    from qari.ui.dock_room import DOCK_MIN, READER_MIN

    window.sidebar.show()
    window.resize(width, 800)
    qtbot.waitUntil(lambda: window.width() == width)
    window.actions_named()[action].trigger()
    dock = window.people_ui.dock if action == "people" else window.search_ui.dock
    room = width - window.sidebar.width() - READER_MIN
    qtbot.waitUntil(dock.isVisible)
    # (a panel narrower than it can be drawn is not asked for: its own minimum wins)
    target = max(DOCK_MIN, min(wanted, room), dock.minimumSizeHint().width())
    qtbot.waitUntil(lambda: abs(dock.width() - target) <= 12)
    if room >= wanted:
        assert dock.width() >= wanted - 12
    else:
        assert window.reader_pane.width() >= width - window.sidebar.width() - target - 24
