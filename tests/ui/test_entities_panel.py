"""The Names panel: people, places, organisations and others, most mentioned first; choosing one
marks every mention in the text and Previous / Next (F3 / Shift+F3) step through them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolButton

from qari.core.article import Article
from qari.core.extract import Entity, Extraction, Mention
from qari.ui.main_window import MainWindow
from qari.ui.sidebar.entities import EntitiesPanel

WAIT = 15_000


def _m(start: int, end: int) -> Mention:
    return Mention(start, end, "x")


def _fake() -> Extraction:
    return Extraction(entities=[
        Entity("e1", "بوتين", "PER", ["فلاديمير بوتين"], [_m(40, 45), _m(10, 15), _m(80, 85)]),
        Entity("e2", "كيم", "PER", [], [_m(20, 23)]),
        Entity("e3", "روسيا", "LOC", [], [_m(30, 35), _m(60, 65)]),
        Entity("e4", "الكرملين", "ORG", [], [_m(70, 78)]),
        Entity("e5", "كأس العالم", "MISC", [], [_m(90, 100)]),
        Entity("e6", "بلا ذكر", "PER", [], []),
    ])


@pytest.fixture
def panel(qtbot) -> EntitiesPanel:
    p = EntitiesPanel()
    qtbot.addWidget(p)
    p.resize(320, 500)
    p.show()
    p.show_article(Article.from_text("عنوان\nنص"))
    p.set_extraction(_fake())
    return p


def test_grouped_by_type_and_sorted_by_mentions(panel: EntitiesPanel) -> None:
    assert panel.groups() == [
        ("People", [("بوتين", 3), ("كيم", 1)]),
        ("Places", [("روسيا", 2)]),
        ("Organisations", [("الكرملين", 1)]),
        ("Other", [("كأس العالم", 1)]),
    ]
    assert panel.status() == "" and panel.active_entity() is None
    assert not panel.next_action.isEnabled()


def test_choosing_a_name_marks_all_its_mentions_and_steps_through_them(qtbot, panel: EntitiesPanel) -> None:
    marked: list[list] = []
    panel.mentionsHighlighted.connect(marked.append)
    with qtbot.waitSignal(panel.mentionActivated) as first:
        panel.tree.setCurrentItem(panel.tree.topLevelItem(0).child(0))
    assert marked == [[(10, 15), (40, 45), (80, 85)]]
    assert first.args == [10, 15] and panel.position_text() == "1 / 3"
    with qtbot.waitSignal(panel.mentionActivated) as nxt:
        panel.next_action.trigger()
    assert nxt.args == [40, 45] and panel.position_text() == "2 / 3"
    panel.tree.setFocus()
    with qtbot.waitSignal(panel.mentionActivated) as f3:
        qtbot.keyClick(panel.tree, Qt.Key.Key_F3)
    assert f3.args == [80, 85] and panel.position_text() == "3 / 3"
    qtbot.keyClick(panel.tree, Qt.Key.Key_F3)
    assert panel.position_text() == "1 / 3"  # wraps round
    qtbot.keyClick(panel.tree, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert panel.position_text() == "3 / 3"
    with qtbot.waitSignal(panel.mentionsHighlighted) as cleared:
        qtbot.keyClick(panel.tree, Qt.Key.Key_Escape)
    assert cleared.args == [[]] and panel.active_entity() is None and panel.position_text() == ""


def test_empty_states(qtbot) -> None:
    p = EntitiesPanel()
    qtbot.addWidget(p)
    assert p.status() == "Open an article to see who and what it names."
    p.show_article(Article.from_text("عنوان\nنص"))
    assert p.status() == "Analysing…"
    p.set_extraction(Extraction())
    assert p.status() == "No people, places or organisations found in this article."


# -- in the window ------------------------------------------------------------------------------
def _ready(qtbot, window: MainWindow) -> EntitiesPanel:
    panel = window.analysis.entities
    qtbot.waitUntil(lambda: panel.status() != "Analysing…", timeout=WAIT)
    window.tabs.setCurrentWidget(window.analysis.entities_page)  # its tab, as a click on it
    return panel


def _marked_spans(window: MainWindow) -> set[tuple[int, int]]:
    display = window.reader.display
    return {(display.from_qt(s.cursor.selectionStart()), display.from_qt(s.cursor.selectionEnd()))
            for s in window.reader.extraSelections()}


def test_sample_names_mark_the_text_and_f3_walks_the_mentions(qtbot, window: MainWindow) -> None:
    panel = _ready(qtbot, window)
    groups = dict(panel.groups())
    assert "People" in groups and "Places" in groups
    people = groups["People"]
    assert people == sorted(people, key=lambda p: -p[1])
    head = panel.tree.topLevelItem(0)
    panel.tree.setFocus()
    panel.tree.setCurrentItem(head.child(0))
    entity = window.analysis.controller.result.entity(panel.active_entity())
    spans = {(m.start, m.end) for m in entity.mentions}
    assert spans <= _marked_spans(window)
    total = len(spans)
    assert panel.position_text() == f"1 / {total}"
    article = window.current_article()
    first = min(spans)
    assert article.text[first[0]:first[1]].strip()
    qtbot.keyClick(panel.tree, Qt.Key.Key_F3)
    assert panel.position_text() == f"{2 if total > 1 else 1} / {total}"
    # Opening another article clears the marks and the active name.
    new_id = window.session.library.add(Article.from_text("طقس اليوم\nالجو مشمس ودافئ.")).id
    window.open_article(new_id)
    assert panel.active_entity() is None and not (spans & _marked_spans(window))
    _ready(qtbot, window)
    assert panel.status() == "No people, places or organisations found in this article."


def test_names_tab_mirrors_under_arabic(qtbot, make_window) -> None:
    window = make_window(lang="ar")
    panel = _ready(qtbot, window)
    assert panel.layoutDirection() == Qt.LayoutDirection.RightToLeft
    prev_button = panel.findChild(QToolButton, "entity-previous-button")
    next_button = panel.findChild(QToolButton, "entity-next-button")
    assert prev_button is not None and next_button is not None
    # "Previous" comes first in reading order: at the right in a right-to-left panel.
    assert prev_button.geometry().x() > next_button.geometry().x()


def test_names_have_room_between_rows(panel: EntitiesPanel) -> None:
    """Arabic names carry dots and marks above and below the line: each row leaves room for them
    (half a line more than the bare text), so neighbours do not touch."""
    tree = panel.tree
    item = tree.topLevelItem(0).child(0)
    row = tree.visualItemRect(item).height()
    assert row >= tree.fontMetrics().height() * 1.4
