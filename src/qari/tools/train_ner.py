"""Train Qari's NER model (CRF, python-crfsuite) on ANERcorp's train split.

    python -m qari.tools.train_ner [--out resources/models/ner.crfsuite] [--data DIR]

Runs ANERcorp's split.py into a temporary directory, holds out the last tenth of train.txt as a
development set (tuning figures are printed for it), then trains the shipped model on all of
train.txt. test.txt is never read here: bench/bench_ner.py scores it.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

import pycrfsuite

from qari.core.extract.features import FeatureExtractor
from qari.core.extract.gazetteer import Gazetteer
from qari.core.extract.ner import Tagger
from qari.tools.build_gazetteers import anercorp_dir

REPO = Path(__file__).resolve().parents[3]
PARAMS = {"c1": 0.05, "c2": 0.01, "max_iterations": 200, "feature.possible_transitions": True}

Sentence = list[tuple[str, str]]


def read_conll(path: Path) -> list[Sentence]:
    sents: list[Sentence] = []
    cur: Sentence = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if cur:
                sents.append(cur)
                cur = []
            continue
        tok, _, tag = line.rpartition(" ")
        cur.append((tok, tag))
    if cur:
        sents.append(cur)
    return sents


def spans(tags: list[str]) -> set[tuple[int, int, str]]:
    out, start, typ = set(), None, None
    for i, t in enumerate([*tags, "O"]):
        if start is not None and (t == "O" or t.startswith("B-") or t[2:] != typ):
            out.add((start, i, typ))
            start = None
        if t != "O" and start is None:
            start, typ = i, t[2:]
    return out


def score(gold: list[list[str]], pred: list[list[str]]) -> dict[str, tuple[float, float, float]]:
    g = spans([t for s in gold for t in s])
    p = spans([t for s in pred for t in s])
    tp, ng, np_ = Counter(s[2] for s in g & p), Counter(s[2] for s in g), Counter(s[2] for s in p)

    def prf(a: int, b: int, c: int) -> tuple[float, float, float]:
        pr, rc = (a / c if c else 0.0), (a / b if b else 0.0)
        return pr, rc, (2 * pr * rc / (pr + rc) if pr + rc else 0.0)

    out = {t: prf(tp[t], ng[t], np_[t]) for t in sorted(ng)}
    out["micro"] = prf(len(g & p), len(g), len(p))
    return out


def train(sents: list[Sentence], out: Path, params: dict[str, object], fx: FeatureExtractor) -> None:
    trainer = pycrfsuite.Trainer(algorithm="lbfgs", verbose=False)
    for s in sents:
        trainer.append(fx.sentence([w for w, _ in s]), [t for _, t in s])
    trainer.set_params(params)
    trainer.train(str(out))


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path, default=REPO / "resources" / "models" / "ner.crfsuite")
    ap.add_argument("--data", help="ANERcorp directory (default ../shared/data/anercorp or $QARI_ANERCORP)")
    ap.add_argument("--dev-only", action="store_true", help="only train on 9/10 and score the held-out tenth")
    ap.add_argument("--no-dev", action="store_true", help="skip the held-out run")
    ap.add_argument("--c1", type=float, default=PARAMS["c1"])
    ap.add_argument("--c2", type=float, default=PARAMS["c2"])
    args = ap.parse_args(argv)
    params = {**PARAMS, "c1": args.c1, "c2": args.c2}
    data = anercorp_dir(args.data)
    fx = FeatureExtractor(Gazetteer.load())
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, str(data / "split.py"), tmp], check=True, stdout=subprocess.DEVNULL)
        sents = read_conll(Path(tmp) / "train.txt")
        if not args.no_dev:
            cut = len(sents) * 9 // 10
            t0 = time.perf_counter()
            dev_model = Path(tmp) / "dev.crfsuite"
            train(sents[:cut], dev_model, params, fx)
            dev = sents[cut:]
            tagger = Tagger(dev_model)
            pred = tagger.tag_sentences([[w for w, _ in s] for s in dev])
            print(f"dev ({len(dev)} sentences, trained in {time.perf_counter() - t0:.0f}s, {params}):")
            for typ, (p, r, f) in score([[t for _, t in s] for s in dev], pred).items():
                print(f"  {typ:6s} P {p:.3f} R {r:.3f} F1 {f:.3f}")
        if args.dev_only:
            return
        t0 = time.perf_counter()
        args.out.parent.mkdir(parents=True, exist_ok=True)
        train(sents, args.out, params, fx)
        size = args.out.stat().st_size / 1e6
        print(f"model {args.out} ({size:.1f} MB) trained on {len(sents)} sentences in {time.perf_counter() - t0:.0f}s")


if __name__ == "__main__":
    main()
