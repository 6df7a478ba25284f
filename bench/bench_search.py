"""Library search at scale: ../shared/eval/dev plus 10,000 generated articles.

- ``search.import_per_s``: import (with indexing) of the 10,000 generated .txt files through
  ``qari.core.importing.import_paths`` (the path of ``qari import`` and the GUI).
- ``search.median_ms``: ``Library.search`` (parse, FTS5, ranking, rows, hits and snippets of
  the first 20 results) over a mix of queries: single words (with and without ال), two words,
  phrases, exact mode; median of all runs.
- ``search.raw_fts5_median_ms``: the same MATCH expressions asked of the same index directly —
  a ranked page of 20 rowids (bm25) plus the total count, nothing else; the ratio is ours/raw.
- ``search.cli_10040_s`` vs ``search.cli_40_s``: ``qari search WORD --json`` as a whole process
  (median of 5) on the 10,000-article library vs one of 40 articles.
- ``people.*``: the dev set's articles are read by the real extractor; the 10,000 generated ones
  (random words, where the extractor finds little) get extraction results drawn from the
  gazetteers' names (4-10 names an article, some quoted), so the People tables have the size a
  real 10,000-article library gives. ``people.rebuild_s``: linking every name across the library;
  ``people.view_open_ms``: the People view built, filled from the people table and shown (median of 5).
"""

from __future__ import annotations

import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT / "src"))

from bench_library import word_list, write_articles  # noqa: E402

DEV = ROOT.parent / "shared" / "eval" / "dev"


def build(data: Path, n: int, words: list[str], tmp: Path) -> float:
    """A library of the dev set plus ``n`` generated articles; returns import articles/s of the latter."""
    from qari.core.importing import IMPORTED, import_paths
    from qari.core.session import Session

    gen = tmp / f"gen{n}"
    write_articles(gen, n, words, seed=7)
    session = Session.open(data)
    try:
        if DEV.is_dir():
            list(import_paths(session.library, [DEV]))
        t0 = time.perf_counter()
        created = sum(o.status == IMPORTED for o in import_paths(session.library, [gen]))
        seconds = time.perf_counter() - t0
    finally:
        session.close()
    if created != n:
        raise SystemExit(f"bench_search: {created} of {n} generated articles imported")
    shutil.rmtree(gen)
    return n / seconds


def indexing_cost(words: list[str], tmp: Path, n: int = 1000) -> dict[str, float]:
    """The same 1,000 files imported with and without the search index (same run, same load)."""
    from bench_library import import_folder

    import qari.core.search.index as index

    folder = tmp / "cost"
    write_articles(folder, n, words, seed=8)
    with_s, _ = import_folder(tmp / "cost-with", folder)
    real = index.index_article
    index.index_article = lambda *a: None  # type: ignore[assignment]  # the baseline: no index rows
    try:
        without_s, _ = import_folder(tmp / "cost-without", folder)
    finally:
        index.index_article = real
    shutil.rmtree(folder)
    return {"search.import_1000_per_s": n / with_s, "search.import_1000_no_index_per_s": n / without_s,
            "search.index_ms_per_article": (with_s - without_s) / n * 1000}


def queries(words: list[str]) -> list[tuple[str, bool]]:
    rng = random.Random(11)
    plain = [w for w in words if len(w) > 3]
    out: list[tuple[str, bool]] = []
    out += [(w, False) for w in rng.sample(plain, 12)]
    out += [("ال" + w if not w.startswith("ال") else w[2:], False) for w in rng.sample(plain, 4)]
    out += [(f"{a} {b}", False) for a, b in zip(rng.sample(plain, 6), rng.sample(plain, 6), strict=True)]
    out += [('"الأمم المتحدة"', False), ("الحكومة", False), ("ترامب", False), ("غزة الاحتلال", False)]
    out += [(w, True) for w in rng.sample(plain, 4)]
    return out


def time_search(data: Path, qs: list[tuple[str, bool]], rounds: int = 3) -> dict[str, float]:
    from qari.core.search.terms import fts_query, parse_query
    from qari.core.session import Session

    session = Session.open(data)
    conn = session.db.conn
    ours: list[float] = []
    raw: list[float] = []
    totals = []
    try:
        for q, exact in qs:  # warm-up: caches, pages
            session.library.search(q, exact=exact)
        for _ in range(rounds):
            for q, exact in qs:
                t0 = time.perf_counter()
                res = session.library.search(q, exact=exact, limit=20)
                ours.append((time.perf_counter() - t0) * 1000)
                totals.append(res.total)
                match = fts_query(parse_query(q, exact=exact), exact=exact)
                t0 = time.perf_counter()
                conn.execute("SELECT rowid, bm25(search_fts, 4, 2, 1, 4, 2, 1, 4, 2, 1) AS s FROM search_fts "
                             "WHERE search_fts MATCH ? ORDER BY s LIMIT 20", (match,)).fetchall()
                conn.execute("SELECT count(*) FROM search_fts WHERE search_fts MATCH ?", (match,)).fetchone()
                raw.append((time.perf_counter() - t0) * 1000)
    finally:
        session.close()
    ours.sort()
    m, r = statistics.median(ours), statistics.median(raw)
    return {
        "search.median_ms": m,
        "search.p95_ms": ours[int(0.95 * (len(ours) - 1))],
        "search.raw_fts5_median_ms": r,
        "search.ratio_to_raw": m / r,
        "search.median_total_hits": statistics.median(totals),
    }


def fill_people(data: Path, n_names: int = 3000) -> dict[str, float]:
    from qari.core.extract import EXTRACTOR_VERSION
    from qari.core.session import Session
    from qari.core.store.people import extract_missing

    gaz = ROOT / "resources" / "gazetteers"
    per = [ln for ln in (gaz / "PERS.txt").read_text(encoding="utf-8").split("\n") if " " in ln][:n_names]
    org = [ln for ln in (gaz / "ORG.txt").read_text(encoding="utf-8").split("\n") if ln][:800]
    loc = [ln for ln in (gaz / "LOC_COUNTRY.txt").read_text(encoding="utf-8").split("\n") if ln]
    rng = random.Random(5)
    session = Session.open(data)
    out: dict[str, float] = {}
    try:
        lib = session.library
        dev_ids = {r[0] for r in session.db.conn.execute("SELECT id FROM articles WHERE source LIKE '%.txt'"
                                                         " AND source GLOB '[0-9][0-9].txt'")}
        todo = [r[0] for r in session.db.conn.execute("SELECT id FROM articles WHERE deleted IS NULL")]
        t0 = time.perf_counter()
        for aid in todo:
            if aid in dev_ids:
                continue
            names = [(rng.choice(per), "PER") for _ in range(rng.randint(2, 5))]
            names += [(rng.choice(org), "ORG"), (rng.choice(loc), "LOC"), (rng.choice(loc), "LOC")]
            ents = [{"id": f"e{i}", "name": nm, "type": t, "aliases": [nm, nm.split()[-1]] if t == "PER" else [nm],
                     "mentions": [{"start": 0, "end": 1, "text": nm}] * rng.randint(1, 4)}
                    for i, (nm, t) in enumerate(names, 1)]
            quotes = [{"text": "قول", "start": 10 * k, "end": 10 * k + 3, "speaker": ents[0]["name"],
                       "speaker_entity": "e1", "cue": None, "kind": "direct"} for k in range(rng.randint(0, 2))]
            lib.cache_extraction(aid, EXTRACTOR_VERSION, {"quotes": quotes, "statements": [], "entities": ents})
        out["people.record_per_s"] = len(todo) / (time.perf_counter() - t0)
        extract_missing(lib)  # the dev set (and the sample), by the real extractor
        t0 = time.perf_counter()
        session.people.rebuild()
        out["people.rebuild_s"] = time.perf_counter() - t0
        out["people.entries"] = len(session.people.summary())
    finally:
        session.close()
    return out


def time_people_view(data: Path, runs: int = 5) -> float:
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from qari.core.session import Session
    from qari.ui.app import ensure_app
    from qari.ui.people.view import PeopleView

    app = ensure_app()
    session = Session.open(data)
    times = []
    try:
        for _ in range(runs + 1):
            t0 = time.perf_counter()
            view = PeopleView(session.people)
            view.resize(560, 800)
            view.ensure_loaded()
            view.show()
            app.processEvents()
            times.append((time.perf_counter() - t0) * 1000)
            view.close()
            view.deleteLater()
            app.processEvents()
    finally:
        session.close()
    return statistics.median(times[1:])


def time_cli(data: Path, word: str, runs: int = 5) -> float:
    cmd = [sys.executable, "-m", "qari", "search", word, "--json", "--data-dir", str(data)]
    subprocess.run(cmd, capture_output=True, check=True)
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run(cmd, capture_output=True, check=True)
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def main() -> dict[str, float]:
    words = word_list()
    out: dict[str, float] = {}
    with tempfile.TemporaryDirectory(prefix="qari-bench-search-") as tmp:
        root = Path(tmp)
        out["search.import_per_s"] = build(root / "big", 10000, words, root)
        print(f"search.import_per_s {out['search.import_per_s']:.0f}", flush=True)
        for k, v in indexing_cost(words, root).items():
            out[k] = v
            print(f"{k} {v:.2f}", flush=True)
        build(root / "small", 20, words, root)
        for k, v in time_search(root / "big", queries(words)).items():
            out[k] = v
            print(f"{k} {v:.2f}", flush=True)
        small, big = time_cli(root / "small", "الحكومة"), time_cli(root / "big", "الحكومة")
        out |= {"search.cli_40_s": small, "search.cli_10040_s": big, "search.cli_ratio": big / small}
        for k in ("search.cli_40_s", "search.cli_10040_s", "search.cli_ratio"):
            print(f"{k} {out[k]:.3f}", flush=True)
        for k, v in fill_people(root / "big").items():
            out[k] = v
            print(f"{k} {v:.3f}" if k.endswith("_s") else f"{k} {v:.0f}", flush=True)
        out["people.view_open_ms"] = time_people_view(root / "big")
        print(f"people.view_open_ms {out['people.view_open_ms']:.1f}", flush=True)
    return out


if __name__ == "__main__":
    main()
