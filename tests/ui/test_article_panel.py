"""The Article panel under a long value: the value wraps to a few lines and ends in "…", the whole of it
is the tooltip, and the sidebar keeps its width."""

from __future__ import annotations

from qari.ui.main_window import MainWindow

LONG = " ".join(["عنوان طويل جدا يتكرر مرات كثيرة"] * 40)


def test_a_long_headline_and_source_elide_and_do_not_widen_the_sidebar(qtbot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.reader.article is not None)
    window.tabs.setCurrentWidget(window.info_panel)
    qtbot.waitUntil(lambda: window.info_panel.isVisible())
    before = window.sidebar.width()
    aid = window.reader.article.id
    window.session.library.update_meta(aid, title=LONG, source="https://example.org/" + "x" * 400)
    window.open_article(aid)
    qtbot.waitUntil(lambda: window.info_panel.value("title") == LONG)
    panel = window.info_panel
    assert window.sidebar.width() <= before + 2
    assert panel.sizeHint().width() < 320
    shown = panel.shown("title")
    assert shown.endswith("…") and len(shown) < len(LONG) // 3
    assert shown.count("\n") <= 2  # at most three lines
    assert panel._fields["title"].toolTip() == LONG
    assert panel.shown("source").endswith("…")
    # a short value is shown whole, with no tooltip
    window.session.library.update_meta(aid, title="عنوان قصير", source="مصدر")
    window.open_article(aid)
    qtbot.waitUntil(lambda: panel.shown("title") == "عنوان قصير")
    assert panel._fields["title"].toolTip() == ""
