"""The real app in a real X window: `qari` under `xvfb-run -a`, found by its title, closed cleanly."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.e2e

SCRIPT = r"""
set -u
"$QARI" --data-dir "$DATA" --lang en 2>"$DATA/stderr.txt" &
pid=$!
wid=$(timeout 60 xdotool search --sync --onlyvisible --name 'Qari' | head -n 1)
name=$(xdotool getwindowname "$wid")
geometry=$(xdotool getwindowgeometry "$wid" | tr '\n' ' ')
printf 'NAME=%s\nGEOMETRY=%s\n' "$name" "$geometry"
kill -TERM "$pid"
wait "$pid"
echo "EXIT=$?"
"""


def _need(tool: str) -> None:
    if shutil.which(tool) is None:
        if os.environ.get("CI"):
            pytest.fail(f"{tool} is missing: .ci/run must install it")
        pytest.skip(f"{tool} not installed (apt-get install xvfb xdotool)")


def test_qari_opens_a_real_window_with_the_article_and_closes_cleanly(tmp_path: Path) -> None:
    _need("xvfb-run")
    _need("xdotool")
    qari = Path(sys.executable).with_name("qari")
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY")}
    env.update(QARI=str(qari), DATA=str(tmp_path), QARI_NO_DIALOGS="1")
    proc = subprocess.run(
        ["xvfb-run", "-a", "-s", "-screen 0 1280x800x24", "bash", "-c", SCRIPT],
        capture_output=True, text=True, env=env, timeout=120,
    )
    out = proc.stdout
    assert "NAME=كيم جونغ يقدم لبوتين" in out, (out, proc.stderr, (tmp_path / "stderr.txt").read_text())
    assert "— Qari" in out
    assert "EXIT=0" in out, out
    # The clean close saved the reading place: the article is recorded as opened.
    conn = sqlite3.connect(tmp_path / "library.db")
    assert conn.execute("SELECT count(*) FROM reading WHERE opened IS NOT NULL").fetchone()[0] == 1
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
