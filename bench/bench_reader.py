"""Layout time of a long article in the reader: ragged vs justified (kashida + word spaces).

Prints `name value` lines (median of 5, milliseconds) for the sample article and for a
long one (the sample repeated to ~7,000 words), at a 1200x800 window.
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
                    reader.document().documentLayout().blockBoundingRect(reader.document().lastBlock())
                    times.append((time.perf_counter() - t0) * 1000)
                words = article.words
                print(f"reader_layout_{mode}_{label}_ms {statistics.median(times):.1f}")
                print(f"  ({words} words, {reader.justified_lines} lines justified)")
        reader.prefs.justify = False
        window.close()
        session.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
