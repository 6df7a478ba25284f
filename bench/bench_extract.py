"""Extraction speed: the sample article after warm-up, and throughput on a ~50k-token text.

Prints plain lines: ``extract.sample_ms <median ms>`` and ``extract.tokens_per_s <median>``
(``_cpu``: in processor time), and ``extract.crf_share``: the part of one extraction's processor
time spent inside crfsuite (``tag``, ``marginal(s)`` and ``probability`` of both passes), with the throughput the
CRF alone would allow (``extract.crf_cap_tokens_per_s``).
"""

from __future__ import annotations

import statistics
import time
from pathlib import Path

from qari.core.article import Article
from qari.core.extract import extract
from qari.core.extract.tokens import tokenize

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "resources" / "samples" / "kim-putin-vostochny.txt"
FIXTURES = ROOT / "tests" / "fixtures" / "articles"


def _median_s(article: Article, runs: int, clock=time.perf_counter) -> float:
    times = []
    for _ in range(runs):
        t0 = clock()
        extract(article)
        times.append(clock() - t0)
    return statistics.median(times)


def main() -> None:
    sample = Article.from_text(SAMPLE.read_text(encoding="utf-8"))
    extract(sample)  # warm-up: model load, caches
    print(f"extract.sample_ms {_median_s(sample, 15) * 1000:.1f}")
    bodies = [SAMPLE.read_text(encoding="utf-8")] + [
        p.read_text(encoding="utf-8") for p in sorted(FIXTURES.glob("*.txt"))]
    paras: list[str] = []
    n = 0
    while n < 50_000:
        for body in bodies:
            lines = body.splitlines()
            paras.extend(lines[1:])
            n += len(tokenize(body))
    long = Article.from_text("\n".join(["نص طويل", *paras]))
    tokens = len(tokenize(long.text))
    print(f"extract.tokens_per_s {tokens / _median_s(long, 3):.0f}")
    # the same in processor time: what the machine's other load does not inflate as much
    print(f"extract.tokens_per_s_cpu {tokens / _median_s(long, 3, time.process_time):.0f}")
    total, crf = _crf_time(long)
    print(f"extract.crf_share {crf / total:.2f}\nextract.crf_cap_tokens_per_s {tokens / crf:.0f}")


class _Timed:
    """A pycrfsuite tagger whose ``tag``, ``marginal`` and ``probability`` calls add their processor
    time to ``spent``."""

    def __init__(self, crf, spent: list[float]) -> None:
        self.crf, self.spent = crf, spent
        if hasattr(crf, "marginals"):  # the C tagger's (qari.core.extract.crfc): a sentence's marginals at once
            self.marginals = self._marginals

    def tag(self, xseq):
        t0 = time.process_time()
        try:
            return self.crf.tag(xseq)
        finally:
            self.spent[0] += time.process_time() - t0

    def marginal(self, y, i):
        t0 = time.process_time()
        try:
            return self.crf.marginal(y, i)
        finally:
            self.spent[0] += time.process_time() - t0

    def _marginals(self):
        t0 = time.process_time()
        try:
            return self.crf.marginals()
        finally:
            self.spent[0] += time.process_time() - t0

    def probability(self, y):
        t0 = time.process_time()
        try:
            return self.crf.probability(y)
        finally:
            self.spent[0] += time.process_time() - t0


def _crf_time(article: Article) -> tuple[float, float]:
    from qari.core.extract.ner import Tagger

    tagger = Tagger.default()
    first, doc = tagger._crf, tagger._doc_crf
    spent = [0.0]
    tagger._crf, tagger._doc_crf = _Timed(first, spent), _Timed(doc, spent)  # type: ignore[assignment]
    try:
        t0 = time.process_time()
        extract(article)
        return time.process_time() - t0, spent[0]
    finally:
        tagger._crf, tagger._doc_crf = first, doc


if __name__ == "__main__":
    main()
