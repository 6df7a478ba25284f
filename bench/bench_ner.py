"""NER benchmark: entity-level F1 on ANERcorp's test split and tagging speed.

    python bench/bench_ner.py [--data DIR]

Splits ANERcorp (split.py) into a temporary directory, tags test.txt through the same code path
as `qari tag --conll` (qari.core.extract.ner.tag_conll), scores it with shared/eval/conll_f1.py,
then times the tagger on the test split's text as one long document.
Prints `ner.micro_f1 X`, `ner.<TYPE>_f1 X`, `ner.tokens_per_s N` lines for `make bench`.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from qari.core.extract.ner import Tagger, tag_conll
from qari.core.extract.tokens import split_sentences, tokenize
from qari.tools.build_gazetteers import anercorp_dir

REPO = Path(__file__).resolve().parents[1]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", help="ANERcorp directory (default ../shared/data/anercorp or $QARI_ANERCORP)")
    args = ap.parse_args()
    data = anercorp_dir(args.data)
    conll_f1 = data.parents[1] / "eval" / "conll_f1.py"
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        subprocess.run([sys.executable, str(data / "split.py"), tmp], check=True, stdout=subprocess.DEVNULL)
        gold = tmp / "test.txt"
        pred = tmp / "pred.txt"
        lines = gold.read_text(encoding="utf-8").splitlines()
        Tagger.default()  # load outside the timing
        t0 = time.perf_counter()
        out = list(tag_conll(lines))
        elapsed = time.perf_counter() - t0
        pred.write_text("\n".join(out) + "\n", encoding="utf-8")
        res = subprocess.run(
            [sys.executable, str(conll_f1), str(gold), str(pred)], check=True, capture_output=True, text=True
        )
        ntok = sum(1 for ln in lines if ln.strip())
        print(res.stdout, end="")
        for line in res.stdout.splitlines():
            name, p, r, f = line.split()[:4]
            key = "micro" if name == "micro" else name
            print(f"ner.{key}_p {p}\nner.{key}_r {r}\nner.{key}_f1 {f}")
        print(f"ner.conll_tokens_per_s {ntok / elapsed:.0f}")

        # Speed on long running text: the test split as one document, tokenized from raw text
        # as the app does it, with a fresh tagger (empty per-word-type cache).
        text = "\n".join(
            " ".join(ln.rpartition(" ")[0] for ln in block.splitlines())
            for block in gold.read_text(encoding="utf-8").split("\n\n")
            if block.strip()
        )
        tagger = Tagger.default()
        from qari.core.extract import ner

        ner._extractor.cache_clear()
        t0, c0 = time.perf_counter(), time.process_time()
        toks = tokenize(text)
        sents = [[t.text for t in s] for s in split_sentences(toks, text)]
        tagger.tag_sentences(sents)
        elapsed, cpu = time.perf_counter() - t0, time.process_time() - c0
        print(f"ner.tokens {len(toks)}")
        print(f"ner.tokens_per_s {len(toks) / elapsed:.0f}")
        # the same in processor time: what the machine's other load does not inflate as much
        print(f"ner.tokens_per_s_cpu {len(toks) / cpu:.0f}")


if __name__ == "__main__":
    main()
