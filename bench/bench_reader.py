"""The reader's layout: ragged vs justified (kashida + word spaces), and how long input waits.

Prints `name value` lines (medians, milliseconds) at a 1200x800 window for the sample article
and a long one (the sample repeated to ~7,000 words):

- ``reader_layout_<mode>_<article>_ms``: from setting the article to the whole text laid out
  (the layout is finished in steps after the first screen; here it is run to its end at once);
- ``reader_resize_block_<mode>_ms``: while the long article is resized (1200 -> 1000 -> 1200 px)
  and re-laid out, the longest time any single pass of the event loop took, i.e. the longest
  the reader's input could wait (target for justified: <= 50 ms, beside the ragged baseline),
  the ``window.resize`` call itself included; ``reader_resize_block_<mode>_cpu_ms``: the same in
  processor time of the interface thread (``time.thread_time``), which the other load on the
  machine does not inflate (nor the article's extraction, running in its own thread meanwhile);
- ``reader_resize_done_<mode>_ms``: from the resize to the whole text re-laid out;
- ``reader_resize_block_far_ms`` / ``_cpu_ms``: the same longest pass, justified, with the page
  scrolled 85 % down (the reading place is kept, and the text above it is laid out at once).
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


def _resize_block(app, window, width: int) -> tuple[float, float, float]:
    """(longest event-loop pass, the same in processor time, time to layoutComplete) after
    resizing the window to ``width``."""
    reader = window.reader
    done: list[float] = []
    reader.layoutComplete.connect(lambda: done.append(time.perf_counter()))
    t0, c0 = time.perf_counter(), time.thread_time()
    window.resize(width, 800)
    longest, longest_cpu = time.perf_counter() - t0, time.thread_time() - c0
    while not done and time.perf_counter() - t0 < 30:
        t, c = time.perf_counter(), time.thread_time()
        app.processEvents()
        longest = max(longest, time.perf_counter() - t)
        longest_cpu = max(longest_cpu, time.thread_time() - c)
    reader.layoutComplete.disconnect()
    return longest * 1000, longest_cpu * 1000, ((done[0] if done else time.perf_counter()) - t0) * 1000


def _wait_for_analysis(app, window) -> None:
    """The article open at start-up is analysed in a thread after the first paint (about half a
    second of Python holding the interpreter lock, which the interface thread then waits for):
    let it finish first, so that the passes measured are the reader's own."""
    t0 = time.perf_counter()
    while time.perf_counter() - t0 < 60:
        app.processEvents()
        an = getattr(window, "analysis", None)
        if an is not None and not an.controller.is_busy() and an.controller.result is not None:
            return


def main() -> int:
    from PySide6.QtCore import QEvent

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
        _wait_for_analysis(app, window)
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
            # the documents replaced above, deleted here as the running event loop does after each
            app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
            blocks, cpus, dones = [], [], []
            for width in (1000, 1200, 1000, 1200, 1000, 1200):
                block, cpu, done = _resize_block(app, window, width)
                blocks.append(block)
                cpus.append(cpu)
                dones.append(done)
            print(f"reader_resize_block_{mode}_ms {statistics.median(blocks):.1f}")
            print(f"  (worst of 6 resizes {max(blocks):.1f} ms)")
            print(f"reader_resize_block_{mode}_cpu_ms {statistics.median(cpus):.1f}")
            print(f"  (worst of 6 resizes {max(cpus):.1f} ms)")
            print(f"reader_resize_done_{mode}_ms {statistics.median(dones):.1f}")
        # the same, justified, read from 85 % down: the text above the place is laid out at once
        bar = reader.verticalScrollBar()
        bar.setValue(int(bar.maximum() * 0.85))
        app.processEvents()
        far = [_resize_block(app, window, width) for width in (1000, 1200, 1000)]
        print(f"reader_resize_block_far_ms {statistics.median(f[0] for f in far):.1f}")
        print(f"reader_resize_block_far_cpu_ms {statistics.median(f[1] for f in far):.1f}")
        print(f"  (worst of 3 resizes {max(f[0] for f in far):.1f} ms wall, {max(f[1] for f in far):.1f} processor)")
        reader.prefs.justify = False
        window.close()
        session.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
