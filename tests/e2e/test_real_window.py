"""The real app in a real X window: `qari` under `xvfb-run -a`, found by its title, closed cleanly."""

from __future__ import annotations

import os
import shutil
import signal
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
# a Qari that does not close within 30 s is killed (and the test fails on its exit status), so a
# failed run leaves no process behind under the X server
timeout 30 tail --pid="$pid" -f /dev/null || kill -KILL "$pid"
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
    proc = subprocess.Popen(
        ["xvfb-run", "-a", "-s", "-screen 0 1280x800x24", "bash", "-c", SCRIPT],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, start_new_session=True,
    )
    try:
        out, err = proc.communicate(timeout=150)
    except subprocess.TimeoutExpired:  # the whole group (xvfb-run, Xvfb, bash, qari): nothing left behind
        os.killpg(proc.pid, signal.SIGKILL)
        out, err = proc.communicate()
    assert "NAME=كيم جونغ يقدم لبوتين" in out, (out, err, (tmp_path / "stderr.txt").read_text())
    assert "— Qari" in out
    assert "EXIT=0" in out, out
    # The clean close saved the reading place: the article is recorded as opened.
    conn = sqlite3.connect(tmp_path / "library.db")
    assert conn.execute("SELECT count(*) FROM reading WHERE opened IS NOT NULL").fetchone()[0] == 1
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
