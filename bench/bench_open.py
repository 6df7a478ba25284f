"""What opening a library costs: `Database.open` on an empty library and on one of 10,000 articles.
``open.library_10000_ms``: the file as Qari closed it (its clean-close stamp matches: header,
application id and schema are read, the page scan is skipped); ``open.library_10000_unclean_ms``:
the stamp removed (as after a crash or a foreign write), so `PRAGMA quick_check` scans every page.

    python bench/bench_open.py      (part of `make bench`)
"""

from __future__ import annotations

import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

from qari.core.article import Article
from qari.core.session import Session
from qari.core.store import clean
from qari.core.store.db import Database

RUNS = 7


def _median_ms(fn) -> float:
    fn()  # warm the page cache
    return statistics.median(fn() for _ in range(RUNS)) * 1000


def _open(path: Path) -> float:
    t = time.perf_counter()
    db = Database.open(path)
    dt = time.perf_counter() - t
    db.close()
    return dt


def _open_unclean(path: Path) -> float:
    clean.stamp_path(path).unlink(missing_ok=True)
    t = time.perf_counter()
    db = Database.open(path)
    dt = time.perf_counter() - t
    db.verified = False  # no stamp: the next run scans again
    db.close()
    return dt


def _quick_check(path: Path) -> float:
    conn = sqlite3.connect(path)
    t = time.perf_counter()
    conn.execute("PRAGMA quick_check(1)").fetchone()
    dt = time.perf_counter() - t
    conn.close()
    return dt


def main() -> None:
    with tempfile.TemporaryDirectory() as root:
        empty, full = Path(root, "empty"), Path(root, "full")
        Session.open(empty, seed_sample=False).close()
        s = Session.open(full, seed_sample=False)
        words = ["قال", "المتحدث", "باسم", "الوزارة", "إن", "المحادثات", "ستتواصل", "الأسبوع", "المقبل", "في",
                 "العاصمة"]
        for start in range(0, 10_000, 500):  # about 400 words an article, as bench_library's
            s.library.add_many(Article.from_text(f"خبر رقم {i}\n" + "\n".join(
                " ".join(words[(i + k + j) % len(words)] for j in range(40)) for k in range(10)))
                for i in range(start, start + 500))
        s.close()
        size = (full / "library.db").stat().st_size / 1e6
        print(f"open.empty_ms {_median_ms(lambda: _open(empty / 'library.db')):.1f}")
        print(f"open.library_10000_ms {_median_ms(lambda: _open(full / 'library.db')):.1f}")
        print(f"open.library_10000_unclean_ms {_median_ms(lambda: _open_unclean(full / 'library.db')):.1f}")
        print(f"open.quick_check_10000_ms {_median_ms(lambda: _quick_check(full / 'library.db')):.1f}")
        print(f"  (library of 10,000 articles: {size:.0f} MB)")


if __name__ == "__main__":
    main()
