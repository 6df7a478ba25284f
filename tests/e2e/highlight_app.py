"""Test helper: the real `qari` window, which highlights WORDS the GUI's way once it is complete.

    python tests/e2e/highlight_app.py DATA_DIR WORDS

Prints ``highlight <uuid>`` (``highlight -`` when the words are not in the article), then keeps
running like `qari` until it is killed. Used by test_gui_kill_safety.py; kept out of the shipped
code so no user session can trigger it.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt, QTimer

from qari.platform import prepare_qt


def main(data_dir: str, words: str) -> int:
    prepare_qt()
    from qari.ui.app import GuiOptions, ensure_app
    from qari.ui.startup import build_window

    app = ensure_app(sys.argv[:1])
    built = build_window(GuiOptions(data_dir=Path(data_dir), lang="en"), deferred=True)
    if isinstance(built, int):
        return built
    window, session = built

    def complete_and_highlight() -> None:
        window.complete()
        text = window.reader.article.text if window.reader.article else ""
        record = None
        if words in text:
            start = text.index(words)
            window.reader.select_span(start, start + len(words))
            record = window.annotations.highlight("green")
        print(f"highlight {record.uuid if record else '-'}", flush=True)

    window.reader.firstPaint.connect(lambda: QTimer.singleShot(0, complete_and_highlight),
                                     Qt.ConnectionType.SingleShotConnection)
    window.show()
    code = app.exec()
    session.close()
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
