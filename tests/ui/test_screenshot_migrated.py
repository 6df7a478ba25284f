"""`qari screenshot` never shows a modal message: a library that needs upgrading is upgraded (in
the screenshot's private copy) and what opening it had to say goes to stderr."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from qari.core.store.schema import MIGRATIONS
from tests.core.faults import qari


def test_a_screenshot_of_a_library_that_needs_upgrading_does_not_wait_on_a_message(tmp_path: Path) -> None:
    data = tmp_path / "qari"
    data.mkdir()
    conn = sqlite3.connect(data / "library.db")
    for script in MIGRATIONS[:2]:
        conn.executescript(str(script))
    conn.execute("INSERT INTO articles (hash, title, text, added) VALUES ('h', 'عنوان', 'نص قديم', '2026-01-01')")
    conn.execute("PRAGMA user_version=2")
    conn.commit()
    conn.close()
    before = (data / "library.db").read_bytes()
    out = tmp_path / "shot.png"
    proc = qari("screenshot", str(out), data=data, timeout=90)  # it hung on the modal "upgraded" message
    assert proc.returncode == 0, proc.stderr
    assert out.stat().st_size > 1000
    assert "upgraded" in proc.stderr and "Traceback" not in proc.stderr
    assert (data / "library.db").read_bytes() == before  # the person's own library is not touched
