"""The reader's layout: ragged vs justified (kashida + word spaces), and how long input waits.

Prints `name value` lines (medians, milliseconds) at a 1200x800 window for the sample article
and a long one (the sample repeated to ~7,000 words):

- ``reader_layout_<mode>_<article>_ms``: from setting the article to the whole text laid out
  (the layout is finished in steps after the first screen; here it is run to its end at once);
- ``reader_resize_block_<mode>_ms``: while the long article is resized (1200 -> 1000 -> 1200 px)
  and re-laid out, the longest time any single pass of the event loop took, i.e. the longest
  the reader's input could wait (target for justified: <= 50 ms, beside the ragged baseline);
- ``reader_resize_done_<mode>_ms``: from the resize to the whole text re-laid out.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QARI_NO_DIALOGS", "1")


def _resize_block(app, window, width: int) -> tuple[float, float]:
    """(longest event-loop pass, time to layoutComplete) after resizing the window to ``width``."""
    reader = window.reader
    done: list[float] = []
    reader.layoutComplete.connect(lambda: done.append(time.perf_counter()))
    t0 = time.perf_counter()
    window.resize(width, 800)
    longest = time.perf_counter() - t0
    while not done and time.perf_counter() - t0 < 30:
        t = time.perf_counter()
        app.processEvents()
        longest = max(longest, time.perf_counter() - t)
    reader.layoutComplete.disconnect()
    return longest * 1000, ((done[0] if done else time.perf_counter()) - t0) * 1000


def main() -> int:
    from qari.core.article import Article
    from qari.resources import sample_article_path
    from qari.ui.app import GuiOptions, ensure_app
    from qari.ui.startup import build_window

    app = ensure_app()
    sample = sample_article_path().read_text(encoding="utf-8")
    body = sample.split("\n", 1)[1]
    long_text = sample + ("\n" + body) * 9
    with tempfile.TemporaryDirectory(prefix="qari-bench-") as tmp:
        built = build_window(GuiOptions(data_dir=Path(tmp), lang="en"))
        assert not isinstance(built, int)
        window, session = built
        window.resize(1200, 800)
        window.show()
        app.processEvents()
        reader = window.reader
        for label, text in (("sample", sample), ("long", long_text)):
            article = Article.from_text(text)
            for mode in ("ragged", "justified"):
                reader.prefs.justify = mode == "justified"
                times = []
                for _ in range(5):
                    t0 = time.perf_counter()
                    reader.set_article(article)
                    reader.finish_layout()
                    times.append((time.perf_counter() - t0) * 1000)
                print(f"reader_layout_{mode}_{label}_ms {statistics.median(times):.1f}")
                print(f"  ({article.words} words, {reader.justified_lines} lines justified)")
        article = Article.from_text(long_text)
        for mode in ("ragged", "justified"):
            reader.prefs.justify = mode == "justified"
            reader.set_article(article)
            reader.finish_layout()
            app.processEvents()
            blocks, dones = [], []
            for width in (1000, 1200, 1000, 1200, 1000, 1200):
                block, done = _resize_block(app, window, width)
                blocks.append(block)
                dones.append(done)
            print(f"reader_resize_block_{mode}_ms {statistics.median(blocks):.1f}")
            print(f"  (worst of 6 resizes {max(blocks):.1f} ms)")
            print(f"reader_resize_done_{mode}_ms {statistics.median(dones):.1f}")
        reader.prefs.justify = False
        window.close()
        session.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
