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
