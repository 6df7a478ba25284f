"""The library at scale: import throughput, start-up with 10,000 articles, filter response.

- Synthetic Arabic articles (words drawn from the bundled sample and test fixtures; every
  text distinct) are written as .txt files and imported through
  ``qari.core.importing.import_paths``, the code path of ``qari import`` and of the GUI worker.
- Start-up: time to first paint of ``python -m qari`` with the 10,000-article library
  vs an empty one (bench/startup.py's helpers; median, runs interleaved). Offscreen's screen
  is 800 px wide, where the library dock stays closed at launch; the ``_wide`` figures use a
  1920x1080 offscreen screen, where it opens (its rows are read right after the first paint).
- Filter: the real LibraryPanel over the 10,000 articles; time from setting the filter
  box's text to the model and view being done (median over typed prefixes).
"""

from __future__ import annotations

import os
import random
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from startup import _time, qari_cmd  # noqa: E402  (bench/ is not a package)

_ARABIC_WORD = re.compile(r"[\u0621-\u064a\u0660-\u0669]+")


def word_list() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in (ROOT / "resources" / "samples").glob("*.txt")]
    texts += [p.read_text(encoding="utf-8") for p in (ROOT / "tests" / "fixtures" / "articles").glob("*.txt")]
    words = sorted({w for t in texts for w in _ARABIC_WORD.findall(t) if len(w) > 1})
    if len(words) < 200:
        raise SystemExit("bench_library: too few words in resources/samples")
    return words


def write_articles(folder: Path, n: int, words: list[str], seed: int) -> None:
    """``n`` distinct articles of 6-12 paragraphs (about 250-600 words), one .txt file each."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        title = " ".join(rng.choices(words, k=rng.randint(5, 10)))
        paras = [" ".join(rng.choices(words, k=rng.randint(25, 60))) + "." for _ in range(rng.randint(6, 12))]
        (folder / f"{i:05d}.txt").write_text("\n\n".join([title, *paras]) + "\n", encoding="utf-8")


def import_folder(data_dir: Path, folder: Path) -> tuple[float, int]:
    """Seconds to import ``folder`` into a library in ``data_dir``; number of articles created."""
    from qari.core.importing import IMPORTED, import_paths
    from qari.core.session import Session

    session = Session.open(data_dir)
    try:
        t0 = time.perf_counter()
        created = sum(o.status == IMPORTED for o in import_paths(session.library, [folder]))
        return time.perf_counter() - t0, created
    finally:
        session.close()


def _wide_time(cmd: list[str], config: Path) -> float:
    """startup._time on a 1920x1080 offscreen screen, where the library dock opens at launch."""
    import startup

    env = startup._env()
    old = startup._env
    startup._env = lambda: {**env, "QT_QPA_PLATFORM": f"offscreen:configfile={config}"}
    try:
        return _time(cmd)
    finally:
        startup._env = old


def startup(empty: Path, full: Path, runs: int = 5, wide: Path | None = None) -> tuple[float, float]:
    clock = _time if wide is None else (lambda cmd: _wide_time(cmd, wide))
    clock(qari_cmd(empty))  # seeds the sample; warms the file cache
    clock(qari_cmd(full))
    a, b = [], []
    for _ in range(runs):
        a.append(clock(qari_cmd(full)))
        b.append(clock(qari_cmd(empty)))
    return statistics.median(a), statistics.median(b)


WIDE_SCREEN = (
    '{"synchronousWindowSystemEvents": false, "windowFrameMargins": false, "screens": [{"name": "wide", '
    '"x": 0, "y": 0, "width": 1920, "height": 1080, "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}'
)


def filter_times(data_dir: Path, words: list[str]) -> dict[str, float]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QApplication

    from qari.core.session import Session
    from qari.ui.app import ensure_app
    from qari.ui.library.panel import LibraryPanel

    app = ensure_app()
    session = Session.open(data_dir)
    panel = LibraryPanel(session.library, QUndoStack())
    panel.resize(460, 800)
    panel.show()
    app.processEvents()
    t0 = time.perf_counter()
    panel.ensure_loaded()
    app.processEvents()
    load_ms = (time.perf_counter() - t0) * 1000
    t0 = time.perf_counter()
    panel.filter_edit.setText(words[0][:2])  # the first keystroke also folds every headline once
    app.processEvents()
    first_ms = (time.perf_counter() - t0) * 1000
    panel.filter_edit.clear()
    app.processEvents()
    rng = random.Random(3)
    samples: list[float] = []
    for query in [*rng.sample(words, 12), "سوريا", "الأمم المتحدة"]:
        for end in range(1, len(query) + 1):  # typed one letter at a time
            t0 = time.perf_counter()
            panel.filter_edit.setText(query[:end])
            QApplication.processEvents()
            samples.append((time.perf_counter() - t0) * 1000)
        t0 = time.perf_counter()
        panel.filter_edit.clear()
        QApplication.processEvents()
        samples.append((time.perf_counter() - t0) * 1000)
    rows = panel.model.total()
    panel.close()
    session.close()
    samples.sort()
    return {
        "library.model_load_ms_10000": load_ms,
        "library.filter_first_ms_10000": first_ms,
        "library.filter_ms_10000": statistics.median(samples),
        "library.filter_p95_ms_10000": samples[int(0.95 * (len(samples) - 1))],
        "library.rows_loaded": rows,
    }


def main() -> dict[str, float]:
    words = word_list()
    out: dict[str, float] = {}
    with tempfile.TemporaryDirectory(prefix="qari-bench-lib-") as tmp:
        root = Path(tmp)
        for n, seed in ((1000, 1), (10000, 2)):
            write_articles(root / f"in{n}", n, words, seed)
            seconds, created = import_folder(root / f"data{n}", root / f"in{n}")
            if created != n:
                raise SystemExit(f"bench_library: {created} of {n} articles imported")
            out[f"library.import_per_s_{n}"] = n / seconds
            print(f"library.import_per_s_{n} {n / seconds:.0f}", flush=True)
        (root / "empty").mkdir()
        full_s, empty_s = startup(root / "empty", root / "data10000")
        out |= {"library.startup_10000_s": full_s, "library.startup_empty_s": empty_s,
                "library.startup_ratio": full_s / empty_s}
        (root / "wide.json").write_text(WIDE_SCREEN, encoding="utf-8")
        (root / "empty-wide").mkdir()
        full_w, empty_w = startup(root / "empty-wide", root / "data10000", wide=root / "wide.json")
        out |= {"library.startup_10000_wide_s": full_w, "library.startup_empty_wide_s": empty_w,
                "library.startup_ratio_wide": full_w / empty_w}
        for k in ("library.startup_10000_s", "library.startup_empty_s", "library.startup_ratio",
                  "library.startup_10000_wide_s", "library.startup_empty_wide_s", "library.startup_ratio_wide"):
            print(f"{k} {out[k]:.3f}", flush=True)
        timings = filter_times(root / "data10000", words)
        out |= timings
        for k, v in timings.items():
            print(f"{k} {v:.1f}" if k != "library.rows_loaded" else f"{k} {v:.0f}", flush=True)
    return out


if __name__ == "__main__":
    main()
