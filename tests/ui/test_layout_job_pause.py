"""The layout job's pause before the first paint (qari.ui.reader.layout_job.LayoutJob.pause): it takes
no step, and Qt's own lazy layout waits too (its 10 ms timer would lay out the next thousands of
characters, off screen, before the paint); resumed, the job lays the whole text out."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimerEvent
from PySide6.QtGui import QTextBlock, QTextDocument
from PySide6.QtWidgets import QTextEdit

from qari.core.display import DisplayText
from qari.resources import sample_article_path
from qari.ui.reader.layers import block_near, laid_blocks
from qari.ui.reader.layout_job import LayoutJob


class _View(QTextEdit):
    """What the job needs of the reader: its document, viewport and the block at a height."""

    def block_at(self, y: int) -> QTextBlock:
        return block_near(self.document(), self.verticalScrollBar().value() + y)


class _Timers(QObject):
    """Counts the timer events an object receives (never filters them)."""

    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Timer:
            self.count += 1
        return False


def _text(paragraphs: int = 60) -> str:
    body = sample_article_path().read_text(encoding="utf-8").split("\n", 1)[1].replace("\n", " ")
    return "مقال للاختبار\n" + "\n".join(f"{i} {body[(i * 97) % 3000:(i * 97) % 3000 + 400]}"
                                         for i in range(paragraphs))


def _view(qtbot, text: str) -> tuple[_View, QTextDocument, DisplayText]:
    view = _View()
    qtbot.addWidget(view)
    view.resize(600, 400)
    display = DisplayText.build(text)
    doc = QTextDocument(view)
    doc.setPlainText(display.text)
    view.setDocument(doc)  # laid out at the view's width: Qt's first lazy step, its timer running
    assert 0 < laid_blocks(doc) < doc.blockCount()
    return view, doc, display


def test_a_paused_job_takes_no_step_and_holds_qts_own_lazy_layout(qtbot) -> None:
    view, doc, display = _view(qtbot, _text())
    layout = doc.documentLayout()
    reached = _Timers()  # installed before the job's hold: sees what gets through it
    layout.installEventFilter(reached)
    job = LayoutJob(view, lambda: display, lambda _d: None, justified=False)
    steps: list[int] = []
    job.laidTo.connect(steps.append)
    job.start()
    job.pause()  # (as the reader does when it is shown before its first paint)
    due = _Timers()  # installed after: sees every timer event first
    layout.installEventFilter(due)
    laid = laid_blocks(doc)
    qtbot.waitUntil(lambda: due.count >= 3)  # Qt's lazy-layout timer came round three times
    assert reached.count == 0  # each swallowed by the hold
    assert laid_blocks(doc) == laid and steps == [] and job.laid == 0 and not job.finished
    QCoreApplication.sendEvent(layout, QTimerEvent(1))  # any timer event, sent directly too
    QCoreApplication.processEvents()
    assert reached.count == 0 and laid_blocks(doc) == laid
    with qtbot.waitSignal(job.done, timeout=30_000):
        job.resume()
    assert job.finished and laid_blocks(doc) == doc.blockCount()
    last = layout.blockBoundingRect(doc.lastBlock()).bottom()
    qtbot.waitUntil(lambda: view.verticalScrollBar().maximum() + view.viewport().height() >= last)  # scrolls to the end
    QCoreApplication.sendEvent(layout, QTimerEvent(1))
    assert reached.count > 0  # released: Qt's timers reach its layout again
    layout.removeEventFilter(due)
    layout.removeEventFilter(reached)


def test_a_paused_job_stopped_before_the_paint_holds_qts_layout_no_longer(qtbot) -> None:
    """(Another article opened before the first paint: the reader stops the job of the first.)"""
    view, doc, display = _view(qtbot, _text())
    layout = doc.documentLayout()
    reached = _Timers()
    layout.installEventFilter(reached)
    job = LayoutJob(view, lambda: display, lambda _d: None, justified=False)
    job.start()
    job.pause()
    QCoreApplication.sendEvent(layout, QTimerEvent(1))
    assert reached.count == 0
    job.stop()
    qtbot.waitUntil(lambda: laid_blocks(doc) == doc.blockCount(), timeout=30_000)  # Qt's own lazy layout, again
    assert not job.finished  # (the job itself took no step)
    layout.removeEventFilter(reached)
