"""The Quotes panel: each quotation with its speaker and kind, filters, click to see it in the text,
copy with a citation, truthful empty states, right-to-left throughout."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QGuiApplication

from qari.core.article import Article
from qari.core.extract import Extraction, Quote
from qari.ui.main_window import MainWindow
from qari.ui.sidebar.quote_view import _fit_layout
from qari.ui.sidebar.quotes import DIRECT, REPORTED, QuotesPanel

WAIT = 15_000
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "articles"
TEXT = "رئيس يتحدث\nقال الرئيس: «سنبني المدارس». وأكد الوزير أن الميزانية كافية. وقال الرئيس: «لن نتراجع»."


def _fake() -> tuple[Article, Extraction]:
    article = Article.from_text(TEXT, source="Qari Daily")
    q1 = TEXT.index("سنبني المدارس")
    q2 = TEXT.index("لن نتراجع")
    s1 = TEXT.index("الميزانية كافية")
    return article, Extraction(
        quotes=[Quote("سنبني المدارس", q1, q1 + 13, "الرئيس", "e1", "قال", DIRECT),
                Quote("لن نتراجع", q2, q2 + 9, "الرئيس", "e1", "قال", DIRECT)],
        statements=[Quote("الميزانية كافية", s1, s1 + 15, "الوزير", None, "أكد", REPORTED)],
    )


@pytest.fixture
def panel(qtbot) -> QuotesPanel:
    p = QuotesPanel()
    qtbot.addWidget(p)
    p.resize(360, 600)
    p.show()
    return p


def test_lists_quotes_and_statements_in_text_order_with_speaker_and_kind(panel: QuotesPanel) -> None:
    article, ex = _fake()
    panel.show_article(article)
    assert panel.status() == "Analysing…"
    panel.set_extraction(ex)
    rows = panel.visible_rows()
    assert [(r.text, r.speaker, r.kind) for r in rows] == [
        ("سنبني المدارس", "الرئيس", DIRECT),
        ("الميزانية كافية", "الوزير", REPORTED),
        ("لن نتراجع", "الرئيس", DIRECT),
    ]
    assert panel.status() == ""
    assert "2 quotation" in panel.summary.text() and "1 reported" in panel.summary.text()


def test_speaker_and_kind_filters(panel: QuotesPanel) -> None:
    article, ex = _fake()
    panel.show_article(article)
    panel.set_extraction(ex)
    labels = [panel.speaker_filter.itemText(i) for i in range(panel.speaker_filter.count())]
    assert labels[0] == "All speakers" and "الرئيس" in labels[1] and "(2)" in labels[1]  # most quoted first
    panel.set_speaker_filter("e1")
    assert [r.text for r in panel.visible_rows()] == ["سنبني المدارس", "لن نتراجع"]
    panel.set_kind_filter(REPORTED)
    assert panel.visible_rows() == [] and panel.status() == "No quotations match this filter."
    panel.set_speaker_filter(None)
    assert [r.text for r in panel.visible_rows()] == ["الميزانية كافية"]


def test_click_asks_the_reader_to_show_that_quote(qtbot, panel: QuotesPanel) -> None:
    article, ex = _fake()
    panel.show_article(article)
    panel.set_extraction(ex)
    view = panel.view
    rect = view.visualRect(panel.model.index(1, 0))
    with qtbot.waitSignal(panel.quoteActivated) as got:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    start, end = got.args
    assert article.text[start:end] == "الميزانية كافية"


def test_ctrl_c_and_the_context_menu_copy_the_quote_with_its_citation(qtbot, panel: QuotesPanel) -> None:
    article, ex = _fake()
    panel.show_article(article)
    panel.set_extraction(ex)
    panel.select_row(0)
    panel.view.setFocus()
    with qtbot.waitSignal(panel.quoteCopied):
        qtbot.keyClick(panel.view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    expected = '«سنبني المدارس» — الرئيس, "رئيس يتحدث", Qari Daily'
    assert QGuiApplication.clipboard().text() == expected
    menu = {a.objectName(): a for a in panel.view.actions()}
    assert panel.view.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu
    QGuiApplication.clipboard().clear()
    panel.select_row(1)
    menu["quote-copy"].trigger()
    assert QGuiApplication.clipboard().text() == '«الميزانية كافية» — الوزير, "رئيس يتحدث", Qari Daily'


def test_empty_states_tell_the_truth(panel: QuotesPanel) -> None:
    assert panel.status() == "Open an article to see its quotations."
    panel.show_article(Article.from_text("عنوان\nنص بلا اقتباس"))
    assert panel.status() == "Analysing…"
    panel.set_extraction(Extraction())
    assert panel.status() == "No quotations found in this article."
    assert not panel.speaker_filter.isEnabled()
    panel.show_failure("ValueError: broken")
    assert panel.status().startswith("Could not analyse this article.")


def test_arabic_quotes_start_at_the_right_and_long_ones_are_elided_at_their_end() -> None:
    font = QFont("Noto Naskh Arabic", 10)
    short = _fit_layout("سنبني المدارس", font, 300, True, 3)
    line = short.lineAt(0)
    assert short.lineCount() == 1 and abs(line.naturalTextRect().right() - 300) < 2  # flush right
    long_text = "كلمة " * 200
    layout = _fit_layout(long_text, font, 300, True, 3)
    assert layout.lineCount() == 3
    # Elided at its logical end (the left edge of a right-to-left line), the cut letter kept joined.
    assert layout.text().endswith(("…", "..."))
    english = _fit_layout("We will build schools", font, 300, False, 3)
    assert english.lineAt(0).naturalTextRect().left() < 2


# -- in the window ------------------------------------------------------------------------------
def _wait_ready(qtbot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.analysis.quotes.status() != "Analysing…", timeout=WAIT)


def test_sample_article_quotes_fill_after_start_and_clicking_flashes_the_quote(qtbot, window: MainWindow) -> None:
    _wait_ready(qtbot, window)
    quotes = window.analysis.quotes
    window.tabs.setCurrentWidget(window.analysis.quotes_page)  # its tab, as a click on it
    rows = quotes.visible_rows()
    kinds = {r.kind for r in rows}
    assert {DIRECT, REPORTED} <= kinds
    assert any(r.speaker for r in rows)
    article = window.current_article()
    assert article is not None
    last = rows[-1]
    assert article.text[last.start:last.end].strip()
    reader = window.reader
    reader.verticalScrollBar().setValue(0)
    quotes.select_row(len(rows) - 1)
    quotes.goto_action.trigger()
    a, b = reader.display.span_to_qt(last.start, last.end)
    flashed = [s for s in reader.extraSelections() if (s.cursor.selectionStart(), s.cursor.selectionEnd()) == (a, b)]
    assert flashed
    assert reader.verticalScrollBar().value() > 0  # scrolled down to the last quote
    qtbot.waitUntil(lambda: not any((s.cursor.selectionStart(), s.cursor.selectionEnd()) == (a, b)
                                    for s in reader.extraSelections()), timeout=5000)


def test_panels_follow_the_reader_to_another_article(qtbot, window: MainWindow) -> None:
    _wait_ready(qtbot, window)
    before = [r.text for r in window.analysis.quotes.visible_rows()]
    library = window.session.library
    text = (FIXTURES / "climate-summit.txt").read_text(encoding="utf-8")
    new_id = library.add(Article.from_text(text, source="Fixture")).id
    window.open_article(new_id)
    assert window.analysis.quotes.status() == "Analysing…"
    _wait_ready(qtbot, window)
    after = window.analysis.quotes.visible_rows()
    assert after and [r.text for r in after] != before
    article = window.current_article()
    assert article is not None and all(r.text in article.text for r in after)


def test_an_article_without_quotations_says_so(qtbot, window: MainWindow) -> None:
    _wait_ready(qtbot, window)
    new_id = window.session.library.add(Article.from_text("طقس اليوم\nالجو مشمس ودافئ في معظم المناطق.")).id
    window.open_article(new_id)
    _wait_ready(qtbot, window)
    assert window.analysis.quotes.status() == "No quotations found in this article."


def test_under_arabic_the_panel_mirrors(qtbot, make_window) -> None:
    window = make_window(lang="ar")
    quotes = window.analysis.quotes
    assert quotes.layoutDirection() == Qt.LayoutDirection.RightToLeft
    window.tabs.setCurrentWidget(window.analysis.quotes_page)  # its tab, as a click on it
    qtbot.waitUntil(lambda: quotes.speaker_filter.isVisible(), timeout=WAIT)
    # The speaker filter comes first: at the right in a right-to-left window.
    assert quotes.speaker_filter.geometry().x() > quotes.kind_filter.geometry().x()
