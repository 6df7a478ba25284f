"""Train Qari's NER model (CRF, python-crfsuite) on ANERcorp's train split.

    python -m qari.tools.train_ner [--out resources/models/ner.crfsuite] [--data DIR]

Runs ANERcorp's split.py into a temporary directory, holds out the last tenth of train.txt as a
development set (tuning figures are printed for it), then trains the shipped model on all of
train.txt. test.txt is never read here: bench/bench_ner.py scores it.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pycrfsuite

from qari.core.extract.bio import spans
from qari.core.extract.features import FeatureExtractor, doc_features
from qari.core.extract.gazetteer import Gazetteer
from qari.core.extract.memory import Memory
from qari.core.extract.ner import DOC_MODEL_NAME, DOC_WINDOW, MEMORY_NAME, Tagger
from qari.tools.build_gazetteers import anercorp_dir

REPO = Path(__file__).resolve().parents[3]
FOLDS = 4
MEMORY_BLOCKS = 10
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


def score(gold: list[list[str]], pred: list[list[str]]) -> dict[str, tuple[float, float, float]]:
    g = set(spans([t for s in gold for t in s]))
    p = set(spans([t for s in pred for t in s]))
    tp, ng, np_ = Counter(s[2] for s in g & p), Counter(s[2] for s in g), Counter(s[2] for s in p)

    def prf(a: int, b: int, c: int) -> tuple[float, float, float]:
        pr, rc = (a / c if c else 0.0), (a / b if b else 0.0)
        return pr, rc, (2 * pr * rc / (pr + rc) if pr + rc else 0.0)

    out = {t: prf(tp[t], ng[t], np_[t]) for t in sorted(ng)}
    out["micro"] = prf(len(g & p), len(g), len(p))
    return out


Feats = list[list[str]]  # a sentence: each token's attributes


def jackknife_features(sents: list[Sentence], gaz: Gazetteer, blocks: int = MEMORY_BLOCKS) -> list[Feats]:
    """First-pass features for training: each block of consecutive sentences (news stories run
    over consecutive sentences) sees an entity memory built from the other blocks only."""
    bounds = [len(sents) * i // blocks for i in range(blocks + 1)]
    out: list[Feats] = []
    for b in range(blocks):
        memory = Memory.from_sentences(sents[: bounds[b]] + sents[bounds[b + 1] :])
        fx = FeatureExtractor(gaz, memory)
        out += [fx.sentence([w for w, _ in s]) for s in sents[bounds[b] : bounds[b + 1]]]
    return out


def train(
    sents: list[Sentence],
    out: Path,
    params: dict[str, object],
    fx: FeatureExtractor | list[Feats],
    extra: list[list[list[str]]] | None = None,
) -> None:
    params = dict(params)
    trainer = pycrfsuite.Trainer(algorithm=str(params.pop("algorithm", "lbfgs")), verbose=False)
    for k, s in enumerate(sents):
        feats = fx[k] if isinstance(fx, list) else fx.sentence([w for w, _ in s])
        if extra is not None:
            feats = [a + b for a, b in zip(feats, extra[k], strict=True)]
        trainer.append(feats, [t for _, t in s])
    trainer.set_params(params)
    trainer.train(str(out))


FoldJob = tuple[list[Sentence], int, int, Path, dict[str, object]]


def _fold(args: FoldJob) -> tuple[list[list[str]], list[list[list[str]]]]:
    """Train on all but ``sents[a:b]``, tag ``sents[a:b]`` (first pass): honest first-pass
    labels and confidences for the second pass."""
    sents, a, b, path, params = args
    feats = jackknife_features(sents, Gazetteer.load())
    train(sents[:a] + sents[b:], path, params, feats[:a] + feats[b:])
    if a == b:
        return [], []
    return Tagger(path).tag_features(feats[a:b])


def train_stacked(
    sents: list[Sentence],
    out1: Path,
    out2: Path,
    params: dict[str, object],
    fx: FeatureExtractor,
    tmp: Path,
    params2: dict[str, object] | None = None,
) -> None:
    """First pass on all of ``sents``; second pass on first-pass labels from a K-fold jackknife."""
    k = FOLDS
    bounds = [len(sents) * i // k for i in range(k + 1)]
    jobs: list[FoldJob] = [(sents, bounds[i], bounds[i + 1], tmp / f"f{i}", params) for i in range(k)]
    jobs.append((sents, 0, 0, out1, params))
    with ProcessPoolExecutor(max_workers=min(os.cpu_count() or 1, 2)) as pool:
        results = list(pool.map(_fold, jobs))
    tags1 = [t for r in results[:k] for t in r[0]]
    conf1 = [c for r in results[:k] for c in r[1]]
    words = [[w for w, _ in s] for s in sents]
    doc = doc_features(fx, words, tags1, DOC_WINDOW)
    extra = [[a + b for a, b in zip(d, c, strict=True)] for d, c in zip(doc, conf1, strict=True)]
    train(sents, out2, params2 or params, jackknife_features(sents, fx.gaz), extra)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path, default=REPO / "resources" / "models" / "ner.crfsuite")
    ap.add_argument("--data", help="ANERcorp directory (default ../shared/data/anercorp or $QARI_ANERCORP)")
    ap.add_argument("--dev-only", action="store_true", help="only train on 9/10 and score the held-out tenth")
    ap.add_argument("--no-dev", action="store_true", help="skip the held-out run")
    ap.add_argument("--first-pass", action="store_true", help="with --dev-only: score the first pass alone")
    ap.add_argument("--iters", type=int, default=PARAMS["max_iterations"])
    ap.add_argument("--c1", type=float, default=PARAMS["c1"])
    ap.add_argument("--c2", type=float, default=PARAMS["c2"])
    args = ap.parse_args(argv)
    params = {**PARAMS, "c1": args.c1, "c2": args.c2, "max_iterations": args.iters}
    data = anercorp_dir(args.data)
    gaz = Gazetteer.load()
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, str(data / "split.py"), tmp], check=True, stdout=subprocess.DEVNULL)
        sents = read_conll(Path(tmp) / "train.txt")
        if not args.no_dev:
            cut = len(sents) * 9 // 10
            t0 = time.perf_counter()
            fx = FeatureExtractor(gaz, Memory.from_sentences(sents[:cut]))
            dev_model, dev_doc = Path(tmp) / "dev.crfsuite", Path(tmp) / "dev-doc.crfsuite"
            if args.first_pass:
                train(sents[:cut], dev_model, params, jackknife_features(sents[:cut], gaz))
            else:
                train_stacked(sents[:cut], dev_model, dev_doc, params, fx, Path(tmp))
            dev = sents[cut:]
            gold = [[t for _, t in s] for s in dev]
            pred1 = Tagger(dev_model, extractor=fx).tag_sentences([[w for w, _ in s] for s in dev])
            print("dev, first pass only: micro P {:.3f} R {:.3f} F1 {:.3f}".format(*score(gold, pred1)["micro"]))
            pred = Tagger(dev_model, dev_doc, extractor=fx).tag_sentences([[w for w, _ in s] for s in dev])
            print(f"dev ({len(dev)} sentences, trained in {time.perf_counter() - t0:.0f}s, {params}):")
            for typ, (p, r, f) in score(gold, pred).items():
                print(f"  {typ:6s} P {p:.3f} R {r:.3f} F1 {f:.3f}")
        if args.dev_only:
            return
        t0 = time.perf_counter()
        args.out.parent.mkdir(parents=True, exist_ok=True)
        memory = Memory.from_sentences(sents)
        fx = FeatureExtractor(gaz, memory)
        doc_out, mem_out = args.out.with_name(DOC_MODEL_NAME), args.out.with_name(MEMORY_NAME)
        train_stacked(sents, args.out, doc_out, params, fx, Path(tmp))
        memory.save(mem_out)
        size = sum(p.stat().st_size for p in (args.out, doc_out, mem_out)) / 1e6
        print(f"model {args.out} ({size:.1f} MB) trained on {len(sents)} sentences in {time.perf_counter() - t0:.0f}s")


if __name__ == "__main__":
    main()
