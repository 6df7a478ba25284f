"""Time from process start to the first paint: Qari with an article vs a bare PySide6 window.

Both are started the same way (a fresh Python process, offscreen platform) and report the
moment their window first paints on stdout; the clock runs in this process.

Qari's modules are byte-compiled first, as pip does when it installs a wheel: with
PYTHONDONTWRITEBYTECODE set (as on these machines) a checkout would otherwise compile all of them
from source at every start, which no installed Qari does (PySide6 and the standard library come
compiled). bench/NOTES.md gives the figure without it.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BARE = """
import sys
import time
from PySide6.QtWidgets import QApplication, QMainWindow
from PySide6.QtCore import QObject, QEvent
app = QApplication(sys.argv)
w = QMainWindow()
class Spy(QObject):
    def eventFilter(self, obj, ev):
        if ev.type() == QEvent.Type.Paint:
            print("first-paint", flush=True)
            print(f"cpu {time.process_time()}", flush=True)
            print("window-complete", flush=True)
            app.quit()
        return False
spy = Spy()
w.installEventFilter(spy)
w.resize(1200, 820)
w.show()
app.exec()
"""


LAST_COMPLETE_CPU = [float("nan")]  # set by _run


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["QARI_NO_DIALOGS"] = "1"
    env["QARI_BENCH_FIRST_PAINT"] = "1"
    return env


def _run(cmd: list[str]) -> tuple[float, float, float]:
    """Seconds to the first paint, to the whole window being built (Qari completes its window
    right after the first paint; the bare window has nothing more to build), and the processor
    time the process had used at its first paint (what the machine's other load inflates least).
    The processor time at completion is in :data:`LAST_COMPLETE_CPU` (the bare window's: its first
    paint's)."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=_env())
    assert proc.stdout is not None
    first = None
    cpu = float("nan")
    LAST_COMPLETE_CPU[0] = float("nan")
    for line in proc.stdout:
        if line.strip() == "first-paint":
            first = time.perf_counter() - t0
        elif line.startswith("cpu "):
            cpu = float(line.split()[1])
        elif line.startswith("complete-cpu "):
            LAST_COMPLETE_CPU[0] = float(line.split()[1])
        if line.strip() == "window-complete":
            break
    done = time.perf_counter() - t0
    proc.wait(timeout=30)
    if first is None:
        raise RuntimeError(f"{cmd} never painted")
    return first, done, cpu


def _times(cmd: list[str]) -> tuple[float, float]:
    return _run(cmd)[:2]


def _time(cmd: list[str]) -> float:
    return _times(cmd)[0]


def qari_cmd(data_dir: Path) -> list[str]:
    return [sys.executable, "-m", "qari", "--data-dir", str(data_dir)]


def bare_cmd() -> list[str]:
    return [sys.executable, "-c", BARE]


def median_first_paint(cmd: list[str], runs: int = 7) -> float:
    _time(cmd)  # warm the file cache
    return statistics.median(_time(cmd) for _ in range(runs))


def compile_qari() -> None:
    """The .pyc files an installed Qari has (pip byte-compiles at install)."""
    import compileall

    import qari

    compileall.compile_dir(Path(qari.__file__).parent, quiet=1)


def main() -> dict[str, float]:
    compile_qari()
    with tempfile.TemporaryDirectory(prefix="qari-bench-") as tmp:
        data = Path(tmp)
        _time(qari_cmd(data))  # first run seeds the sample article
        runs = 15  # (the median of 15: on these machines one run of 9 moved by ±0.03×)
        qari, complete, bare, qari_cpu, bare_cpu, complete_cpu = [], [], [], [], [], []
        for _ in range(runs):  # interleaved, so both see the same machine load
            first, done, cpu = _run(qari_cmd(data))
            qari.append(first)
            complete.append(done)
            qari_cpu.append(cpu)
            complete_cpu.append(LAST_COMPLETE_CPU[0])
            b_first, _b_done, b_cpu = _run(bare_cmd())
            bare.append(b_first)
            bare_cpu.append(b_cpu)
    q, b = statistics.median(qari), statistics.median(bare)
    qc, bc = statistics.median(qari_cpu), statistics.median(bare_cpu)
    out = {
        "startup.qari_first_paint_s": q,
        "startup.bare_window_s": b,
        "startup.ratio": q / b,
        "startup.qari_window_complete_s": statistics.median(complete),
        "startup.complete_ratio": statistics.median(complete) / b,
        "startup.qari_first_paint_cpu_s": qc,
        "startup.bare_window_cpu_s": bc,
        "startup.ratio_cpu": qc / bc,
        # the same completion, in processor time, against the bare window's processor time at its paint
        "startup.qari_window_complete_cpu_s": statistics.median(complete_cpu),
        "startup.complete_ratio_cpu": statistics.median(complete_cpu) / bc,
    }
    for k, v in out.items():
        print(f"{k} {v:.3f}")
    return out


if __name__ == "__main__":
    main()
