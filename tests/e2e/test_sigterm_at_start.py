"""A polite kill (logout, `kill`) that comes as the window first paints, before it is complete,
still closes Qari cleanly: exit 0, the just-opened article recorded, no traceback. The handler was
set only at completion, and such a kill ended the process with the default action (exit 143)."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path


def _opened(db: Path) -> bool:
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
        try:
            return conn.execute("SELECT count(*) FROM reading WHERE opened IS NOT NULL").fetchone()[0] > 0
        finally:
            conn.close()
    except sqlite3.Error:  # not there yet
        return False


def test_sigterm_right_after_the_first_paint_closes_cleanly(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QARI_NO_DIALOGS="1")
    qari = Path(sys.executable).with_name("qari")
    for _ in range(3):
        data = tmp_path / f"d{_}"
        proc = subprocess.Popen([str(qari), "--data-dir", str(data)], stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True, env=env)
        try:
            deadline = time.monotonic() + 60
            pause = threading.Event()
            # the article is recorded as opened at the first paint: then the kill, at once
            while not _opened(data / "library.db") and proc.poll() is None and time.monotonic() < deadline:
                pause.wait(0.002)
            proc.send_signal(signal.SIGTERM)
            _out, err = proc.communicate(timeout=60)
        finally:
            if proc.poll() is None:
                proc.kill()
        assert proc.returncode == 0, err
        assert "Traceback" not in err
        assert _opened(data / "library.db")
