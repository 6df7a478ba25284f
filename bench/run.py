"""`make bench`: every benchmark, one figure a line (`name value`), also saved to bench/out/results.txt."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SCRIPTS = ["startup.py", "bench_library.py", "bench_open.py", "bench_search.py", "bench_extract.py", "bench_shapes.py",
           "bench_ner.py", "bench_reader.py", "bench_long.py"]


def main() -> int:
    out_dir = HERE / "out"
    out_dir.mkdir(exist_ok=True)
    lines: list[str] = []
    failed = 0
    for name in SCRIPTS:
        script = HERE / name
        if not script.exists():
            continue
        print(f"== {name}", flush=True)
        proc = subprocess.run([sys.executable, str(script)], capture_output=True, text=True)
        sys.stdout.write(proc.stdout)
        if proc.returncode != 0:
            failed += 1
            sys.stdout.write(proc.stderr[-3000:])
        lines += [ln for ln in proc.stdout.splitlines() if ln and not ln.startswith(("==", " "))]
    (out_dir / "results.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
