"""A long article (a 300-page report) shows its first screen before the rest of it is laid out."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from qari.core.article import Article
from qari.resources import sample_article_path


def test_a_1_mb_article_paints_before_its_whole_layout_is_done(qtbot, window) -> None:
    body = sample_article_path().read_text(encoding="utf-8").split("\n", 1)[1]
    text = "تقرير طويل\n" + "\n".join([body] * (1_000_000 // len(body) + 1))
    assert len(text) > 1_000_000
    reader = window.reader
    events: list[str] = []
    reader.articlePainted.connect(lambda: events.append("painted"))
    reader.layoutComplete.connect(lambda: events.append("laid out"))
    reader.set_article(Article.from_text(text))
    with qtbot.waitSignal(reader.layoutComplete, timeout=120_000):
        reader.viewport().update()
        QApplication.processEvents()
    assert events == ["painted", "laid out"]
    last = reader.document().lastBlock()
    assert last.layout().lineCount() > 0  # and then the layout did reach the end


def test_a_reading_place_far_down_a_long_article_is_restored_once_laid_out(qtbot, window) -> None:
    body = sample_article_path().read_text(encoding="utf-8").split("\n", 1)[1]
    text = "تقرير طويل\n" + "\n".join(f"{i} {body}" for i in range(300_000 // len(body) + 1))
    place = text.index("\n60 ") + 1  # a paragraph near the end
    reader = window.reader
    events: list[str] = []
    reader.articlePainted.connect(lambda: events.append("painted"))
    reader.set_article(Article.from_text(text), place)
    assert reader.top_position() == place  # the place is kept while it waits (a close saves it)
    with qtbot.waitSignal(reader.layoutComplete, timeout=120_000):
        reader.viewport().update()
        QApplication.processEvents()
    assert events == ["painted"]
    top = reader.top_position()  # a character of the first line on screen: the place's line
    assert place <= top < place + 150 and "\n" not in text[place:top]
