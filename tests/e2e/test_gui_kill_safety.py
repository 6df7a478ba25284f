"""Never lose a highlight: the real GUI process makes one through the GUI's code path, then is SIGKILLed."""

from __future__ import annotations

import os
import queue
import signal
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest

pytestmark = pytest.mark.e2e

WORDS = "فلاديمير بوتين"


def _lines(stream, out: queue.Queue) -> None:
    for line in stream:
        out.put(line)


def test_a_highlight_survives_sigkill_right_after_it_is_made(tmp_path: Path) -> None:
    helper = Path(__file__).with_name("highlight_app.py")  # the real window, started from a test helper
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QARI_NO_DIALOGS="1")
    errors = (tmp_path / "stderr.txt").open("w", encoding="utf-8")
    proc = subprocess.Popen([sys.executable, str(helper), str(tmp_path), WORDS], env=env,
                            stdout=subprocess.PIPE, stderr=errors, text=True, encoding="utf-8")
    lines: queue.Queue = queue.Queue()
    reader = threading.Thread(target=_lines, args=(proc.stdout, lines), daemon=True)
    reader.start()
    try:
        uuid = ""
        while not uuid:
            line = lines.get(timeout=60)  # raises queue.Empty if the app never gets there
            if line.startswith("highlight "):
                uuid = line.split()[1].strip()
        assert uuid != "-"
        proc.send_signal(signal.SIGKILL)  # no close event, no atexit: only what was committed survives
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        reader.join(timeout=30)
        proc.stdout.close()
        errors.close()
    assert proc.returncode == -signal.SIGKILL
    conn = sqlite3.connect(tmp_path / "library.db")
    try:
        row = conn.execute("SELECT kind, exact, color FROM annotations WHERE uuid = ?", (uuid,)).fetchone()
        assert row == ("highlight", WORDS, "green")
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()
