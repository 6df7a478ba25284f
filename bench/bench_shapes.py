"""Extraction on inputs of every shape: time per character and peak memory at 5 MB.

Each shape (bench/shapes.py: ordinary news, one 5 MB line, 200 KB paragraphs, only punctuation,
only « marks, mixed quote marks, emoji, Latin) is extracted in a fresh process, so its peak
resident memory (the whole process: interpreter, model, text and working set) is its own.
Prints ``shapes.<name>_us_per_char`` (wall clock), ``shapes.<name>_us_per_char_cpu`` (processor
time: what the other load on the machine inflates less), ``shapes.<name>_peak_mib``, and the worst
of each.
``QARI_BENCH_SHAPE_MB`` sets the size (default 5).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

CHILD = """
import json, resource, sys, time
sys.path.insert(0, sys.argv[1])
from shapes import shape
from qari.core.article import Article
from qari.core.extract import extract
extract(Article.from_text("عنوان\\nقال الرئيس إن «الوضع جيد»."))  # load the model outside the timing
article = Article.from_text(shape(sys.argv[2], int(sys.argv[3])))
t0, c0 = time.perf_counter(), time.process_time()
ex = extract(article)
dt, cpu = time.perf_counter() - t0, time.process_time() - c0
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"s": dt, "cpu_s": cpu, "chars": len(article.text), "peak_mib": peak, "quotes": len(ex.quotes)}))
"""


def run_shape(name: str, size: int) -> dict[str, float]:
    out = subprocess.run([sys.executable, "-c", CHILD, str(HERE), name, str(size)],
                         capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    from shapes import SHAPES

    size = int(float(os.environ.get("QARI_BENCH_SHAPE_MB", "5")) * 1_000_000)
    names = sys.argv[1:] or SHAPES
    worst_us, worst_cpu, worst_mib = ("", 0.0), ("", 0.0), ("", 0.0)
    for name in names:
        r = run_shape(name, size)
        us = r["s"] / r["chars"] * 1e6
        us_cpu = r["cpu_s"] / r["chars"] * 1e6
        print(f"shapes.{name}_us_per_char {us:.2f}")
        print(f"shapes.{name}_us_per_char_cpu {us_cpu:.2f}")
        print(f"shapes.{name}_peak_mib {r['peak_mib']:.0f}")
        print(f"  ({r['chars']} chars in {r['s']:.1f} s, {r['cpu_s']:.1f} s of processor time)", flush=True)
        worst_us = max(worst_us, (name, us), key=lambda x: x[1])
        worst_cpu = max(worst_cpu, (name, us_cpu), key=lambda x: x[1])
        worst_mib = max(worst_mib, (name, r["peak_mib"]), key=lambda x: x[1])
    print(f"shapes.worst_us_per_char {worst_us[1]:.2f}\n  ({worst_us[0]}; target <= 5)")
    print(f"shapes.worst_us_per_char_cpu {worst_cpu[1]:.2f}\n  ({worst_cpu[0]}; target <= 5)")
    print(f"shapes.worst_peak_mib {worst_mib[1]:.0f}\n  ({worst_mib[0]}; target <= 300 for {size / 1e6:g} MB)")


if __name__ == "__main__":
    sys.path.insert(0, str(HERE))
    main()
