"""Never lose an annotation: SIGKILL the writer right after it announces a commit, 20 times."""

import signal
import subprocess
import sys
from pathlib import Path

from qari.core.session import Session

ROUNDS = 20


def _announced_then_killed(data_dir: Path) -> list[str]:
    """Start the driver, read its first committed uuid, SIGKILL it; every uuid it printed."""
    # unbuffered (bufsize=0): readline takes exactly one line, so communicate() gets all the rest (a
    # buffered reader kept the lines it had read ahead, and a uuid cut in two made a false failure)
    proc = subprocess.Popen(
        [sys.executable, "-m", "qari.tools.annotate_driver", str(data_dir)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, bufsize=0,
    )
    first = proc.stdout.readline()  # type: ignore[union-attr]
    proc.send_signal(signal.SIGKILL)
    rest, err = proc.communicate()
    assert proc.returncode == -signal.SIGKILL, err
    uuids = [line for line in (first + rest).decode().split("\n") if line]
    assert uuids, f"the driver printed nothing: {err}"
    return uuids


def test_every_announced_highlight_survives_sigkill(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    announced: list[str] = []
    for _ in range(ROUNDS):
        announced += _announced_then_killed(data_dir)
        session = Session.open(data_dir)
        try:
            assert session.db.integrity_ok()
            assert session.db.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            missing = [u for u in announced if session.annotations.get(u) is None]
            assert missing == []
            assert session.library.count() == 1  # the sample, seeded once
        finally:
            session.close()
    assert len(set(announced)) == len(announced) >= ROUNDS
