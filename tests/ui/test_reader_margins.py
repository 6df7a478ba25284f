"""The text stays inside its column at every width, in both modes, with a margin on each side
(no letters cut at the far edge, never touching the sidebar)."""

from __future__ import annotations

import pytest

from qari.resources import sample_article_path
from qari.ui.main_window import MainWindow
from qari.ui.reader.view import MARGIN
from tests.ui.test_reader_direction import open_text

ENGLISH = ("The summit took place at the Vostochny cosmodrome in the far east of Russia, where the two "
           "leaders toured the launch facilities before their talks, which lasted about two hours and "
           "ended with a “comprehensive strategic partnership” that the Kremlin called historic.")


def _overflow(window: MainWindow) -> list[tuple[int, int, float]]:
    """(block, line, pixels) of every line wider than the viewport minus the column's margins."""
    reader = window.reader
    reader.finish_layout()
    doc = reader.document()
    frame = doc.rootFrame().frameFormat()
    assert frame.leftMargin() >= MARGIN and frame.rightMargin() >= MARGIN  # never touching the sidebar
    room = reader.viewport().width() - frame.leftMargin() - frame.rightMargin()
    out = []
    block = doc.firstBlock()
    while block.isValid():
        lay = block.layout()
        for i in range(lay.lineCount()):
            line = lay.lineAt(i)
            right = line.x() + max(line.width(), line.naturalTextWidth())
            if line.naturalTextWidth() > room + 0.01 or line.x() < -0.01 or right > room + 0.01:
                out.append((block.blockNumber(), i, line.naturalTextWidth() - room))
        block = block.next()
    return out


@pytest.mark.parametrize("justify", [False, True])
def test_no_line_is_wider_than_its_column_at_any_width(qtbot, make_window, data_dir, justify: bool) -> None:
    sample = sample_article_path().read_text(encoding="utf-8")
    window = open_text(make_window, data_dir, f"{sample}\n{ENGLISH}")
    if justify:
        with qtbot.waitSignal(window.reader.laidOut):
            window.reader_controls.justify_action.trigger()
    for width in (700, 900, 1100, 1400):
        window.resize(width, 800)
        window.reader.relayout_now()
        assert _overflow(window) == [], f"lines cut at {width} px"
