"""The command line's one road for errors: the environment's get a message, a bug one line and a log."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def _child(code: str, data: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QARI_NO_DIALOGS="1")
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60,
                          cwd=str(data))


def test_a_bug_in_a_command_is_one_line_and_a_logged_traceback(tmp_path: Path) -> None:
    code = ("import sys, qari.cli as cli\n"
            "def broken(args):\n    raise ZeroDivisionError('boom')\n"
            "cli.cmd_list = broken\n"
            f"sys.exit(cli.main(['list', '--data-dir', {str(tmp_path)!r}]))\n")
    proc = _child(code, tmp_path)
    assert proc.returncode == 70
    assert "Traceback" not in proc.stderr and len(proc.stderr.strip().splitlines()) == 1
    assert "bug in Qari" in proc.stderr and str(tmp_path / "qari.log") in proc.stderr
    log = (tmp_path / "qari.log").read_text(encoding="utf-8")
    assert "Traceback" in log and "ZeroDivisionError: boom" in log and "broken" in log


def test_an_environment_error_is_its_message_and_exit_3(tmp_path: Path) -> None:
    code = ("import sys, qari.cli as cli\n"
            "from qari.core.errors import EnvironmentFault, FULL\n"
            "def full(args):\n    raise EnvironmentFault(FULL, 'x.db', 'The disk holding x.db is full.')\n"
            "cli.cmd_list = full\n"
            f"sys.exit(cli.main(['list', '--data-dir', {str(tmp_path)!r}]))\n")
    proc = _child(code, tmp_path)
    assert proc.returncode == 3
    assert proc.stderr.strip() == "qari: The disk holding x.db is full."
    assert not (tmp_path / "qari.log").exists()
