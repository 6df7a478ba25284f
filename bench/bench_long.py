"""Long documents in the reader: first screen of a 1 MB and a 20 MB article, memory with 5 MB open.

Each size runs in a fresh process: the article (news paragraphs repeated, bench/shapes.py) is
put in a library, then the window is started on it the way `qari` starts (QARI_BENCH_FIRST_PAINT).
Prints ``long.first_paint_<size>_s`` (process start to the article painted) beside
``long.first_paint_sample_s`` (the same for the 4 KB sample, same run), and for 5 MB
``long.peak_mib_5mb`` (the process's peak resident memory once the whole text is laid out).
For 20 MB, in the open window: ``long.load_20mb_s`` (first paint to the whole text in the
document), ``long.block_20mb_ms`` (the longest event-loop pass meanwhile and during the layout
that follows, up to 15 s), ``long.find_20mb_s`` (the first search, a word that is not there) and
``long.find_again_20mb_s`` (a frequent word, then painted).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent

SEED = """
import sys
sys.path.insert(0, sys.argv[1])
from pathlib import Path
from shapes import shape
from qari.core.article import Article
from qari.core.session import Session
s = Session.open(Path(sys.argv[2]))
aid = s.library.add(Article.from_text(shape("news", int(sys.argv[3])))).id
s.library.mark_opened(aid)
s.close()
"""

MEMORY = """
import os, resource, sys, tempfile
os.environ["QT_QPA_PLATFORM"] = "offscreen"; os.environ["QARI_NO_DIALOGS"] = "1"
from pathlib import Path
from qari.ui.app import GuiOptions, ensure_app
from qari.ui.startup import build_window
app = ensure_app()
window, session = build_window(GuiOptions(data_dir=Path(sys.argv[1]), lang="en"))
window.resize(1200, 800)
window.show()
window.reader.layoutComplete.connect(app.quit)
app.exec()
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
"""


WINDOW_20MB = """
import os, sys, time
os.environ["QT_QPA_PLATFORM"] = "offscreen"; os.environ["QARI_NO_DIALOGS"] = "1"
from pathlib import Path
from PySide6.QtCore import QTimer
from qari.ui.app import GuiOptions, ensure_app
from qari.ui.startup import build_window
app = ensure_app()
window, session = build_window(GuiOptions(data_dir=Path(sys.argv[1]), lang="en"))
window.resize(1200, 800)
reader = window.reader
marks = {}
gaps = [0.0]
last = [0.0]
def tick():
    now = time.perf_counter()
    if last[0]:
        gaps.append(now - last[0])
    last[0] = now
timer = QTimer(interval=1)
timer.timeout.connect(tick)
reader.articlePainted.connect(lambda: (marks.setdefault("painted", time.perf_counter()), timer.start()))
reader.textLoaded.connect(lambda: marks.setdefault("loaded", time.perf_counter()))
QTimer.singleShot(15_000, app.quit)
reader.layoutComplete.connect(app.quit)
window.show()
app.exec()
timer.stop()
window.show()  # (quitting the loop hid it: the find bar searches only while shown)
app.processEvents()
pane = window.reader_pane
pane.find.open()
t = time.perf_counter(); pane.find_bar.field.setText("زيمبابوي"); find = time.perf_counter() - t
t = time.perf_counter(); pane.find_bar.field.setText("بوتين"); app.processEvents(); again = time.perf_counter() - t
print(marks["loaded"] - marks["painted"], max(gaps) * 1000, find, again, len(pane.find.hits))
"""


def _env() -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QARI_NO_DIALOGS="1", QARI_BENCH_FIRST_PAINT="1")
    return env


def first_paint(data: Path) -> float:
    t0 = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "qari", "--data-dir", str(data)], stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True, env=_env())
    assert proc.stdout is not None
    took = None
    for line in proc.stdout:
        if line.strip() == "first-paint" and took is None:
            took = time.perf_counter() - t0
        if line.strip() == "window-complete":
            break
    proc.wait(timeout=120)
    if took is None:
        raise RuntimeError("never painted")
    return took


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="qari-bench-long-") as tmp:
        dirs = {}
        for label, size in (("sample", 0), ("1mb", 1_000_000), ("20mb", 20_000_000), ("5mb", 5_000_000)):
            d = Path(tmp) / label
            d.mkdir()
            if size:
                subprocess.run([sys.executable, "-c", SEED, str(HERE), str(d), str(size)], check=True)
            dirs[label] = d
        first_paint(dirs["sample"])  # seeds the sample, warms the file cache
        runs: dict[str, list[float]] = {"sample": [], "1mb": [], "20mb": []}
        for _ in range(3):
            for label in runs:
                runs[label].append(first_paint(dirs[label]))
        for label, times in runs.items():
            print(f"long.first_paint_{label}_s {statistics.median(times):.3f}")
        out = subprocess.run([sys.executable, "-c", MEMORY, str(dirs["5mb"])], capture_output=True, text=True,
                             check=True, env=_env())
        print(f"long.peak_mib_5mb {float(out.stdout.strip().splitlines()[-1]):.0f}")
        print("  (5 MB article open and wholly laid out; target <= 400)")
        out = subprocess.run([sys.executable, "-c", WINDOW_20MB, str(dirs["20mb"])], capture_output=True,
                             text=True, check=True, env=_env())
        load, block, find, again, hits = out.stdout.strip().splitlines()[-1].split()
        print(f"long.load_20mb_s {float(load):.3f}")
        print(f"long.block_20mb_ms {float(block):.1f}")
        print(f"long.find_20mb_s {float(find):.3f}")
        print(f"long.find_again_20mb_s {float(again):.3f}  ({hits} hits)")


if __name__ == "__main__":
    main()
