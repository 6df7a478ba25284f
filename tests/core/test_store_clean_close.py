"""The full page scan on opening is skipped only for a file Qari itself closed cleanly."""

from __future__ import annotations

import os
import shutil
import signal
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from qari.core.article import Article
from qari.core.session import Session
from qari.core.store import clean
from tests.core.faults import make_library


@pytest.fixture
def scans(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many times the full page scan ran."""
    calls: list[int] = []
    real = clean.full_check

    def counted(conn):  # type: ignore[no-untyped-def]
        calls.append(1)
        return real(conn)

    monkeypatch.setattr(clean, "full_check", counted)
    return calls


def _opened(data: Path) -> Session:
    s = Session.open(data)
    s.library.count()
    return s


def test_a_library_closed_cleanly_opens_without_the_full_scan(tmp_path: Path, scans: list[int]) -> None:
    make_library(tmp_path)
    s = _opened(tmp_path)
    s.close()  # checked once now if make_library's stamp was racy; clean from here on
    scans.clear()
    for _ in range(3):
        s = _opened(tmp_path)
        assert not s.db.report.full_check
        s.library.add(Article.from_text(f"عنوان {len(scans)}\nنص جديد"))
        s.close()
    assert scans == []
    assert stat.S_IMODE(clean.stamp_path(tmp_path / "library.db").stat().st_mode) == 0o600


def test_a_bad_page_written_by_another_program_after_a_clean_close_is_caught(
        tmp_path: Path, scans: list[int]) -> None:
    make_library(tmp_path, n=40, words=300)
    _opened(tmp_path).close()
    path = tmp_path / "library.db"
    data = bytearray(path.read_bytes())
    page = 4096
    middle = (len(data) // page // 2) * page
    data[middle:middle + page] = b"\xab" * page  # same size: only the times tell
    with open(path, "r+b") as f:  # written in place, as a disk or another program would
        f.write(bytes(data))
    s = Session.open(tmp_path)
    assert s.db.report.full_check and scans
    assert s.db.report.corrupt_moved_to is not None
    s.close()


def test_a_library_copied_from_elsewhere_is_scanned(tmp_path: Path, scans: list[int]) -> None:
    make_library(tmp_path / "a")
    _opened(tmp_path / "a").close()
    shutil.copytree(tmp_path / "a", tmp_path / "b", copy_function=shutil.copy2)  # stamp and times too
    s = _opened(tmp_path / "b")
    assert s.db.report.full_check
    s.close()


_KILLED = """
import sys
from pathlib import Path
from qari.core.article import Article
from qari.core.session import Session
s = Session.open(Path(sys.argv[1]))
s.library.add(Article.from_text("عنوان\\nنص كتب قبل القتل"))
print("written", flush=True)
sys.stdin.read()  # alive, connection open, until it is killed
"""


def test_a_session_killed_with_sigkill_leads_to_a_full_scan(tmp_path: Path, scans: list[int]) -> None:
    make_library(tmp_path)
    _opened(tmp_path).close()
    child = subprocess.Popen([sys.executable, "-c", _KILLED, str(tmp_path)], stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, env={**os.environ, "PYTHONUNBUFFERED": "1"})
    assert child.stdout is not None
    assert child.stdout.readline().strip() == b"written"
    child.send_signal(signal.SIGKILL)
    child.wait()
    child.stdout.close()
    child.stdin.close()  # type: ignore[union-attr]
    scans.clear()
    s = _opened(tmp_path)
    assert s.db.report.full_check and scans == [1]
    assert s.db.report.corrupt_moved_to is None and s.library.count() == 5
    s.close()
    scans.clear()
    _opened(tmp_path).close()  # checked and closed cleanly: clean again
    assert scans == []


def test_the_stamp_is_the_json_of_the_files_fingerprint(tmp_path: Path) -> None:
    """Written without the json module (read at every start), the same text json.dumps wrote."""
    import json
    import os

    path = tmp_path / "f"
    path.write_bytes(b"x")
    st = os.stat(path)
    assert clean.stamp_text(st) == json.dumps(clean._fingerprint(st))
    assert json.loads(clean.stamp_text(st)) == clean._fingerprint(st)
