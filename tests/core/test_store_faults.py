"""Only a damaged library is treated as damaged; every other fault is told and changes nothing."""

from __future__ import annotations

import re
import sqlite3
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from qari.core import errors
from qari.core.article import Article
from qari.core.errors import EnvironmentFault
from qari.core.session import Session
from qari.core.store.db import APPLICATION_ID, SCHEMA_VERSION, Database
from qari.core.store.library import Library
from qari.core.store.schema import MIGRATIONS
from tests.core.faults import (
    fill_disk,
    folder_state,
    make_library,
    qari,
    remount,
    small_tmpfs,
    unprivileged_prefix,
)


@pytest.fixture
def quick_locks(monkeypatch: pytest.MonkeyPatch) -> None:
    """In-process tests wait 0.3 s for a lock instead of 5 (one subprocess test waits the real 5 s)."""
    monkeypatch.setattr(errors, "BUSY_TIMEOUT_S", 0.3)


# -- damaged files are moved aside, and only they ---------------------------------------------
def test_a_bad_page_anywhere_is_found_on_opening_and_the_file_moved_aside(tmp_path: Path) -> None:
    make_library(tmp_path, n=40, words=300)
    path = tmp_path / "library.db"
    data = bytearray(path.read_bytes())
    page = 4096
    assert len(data) > 8 * page
    middle = (len(data) // page // 2) * page
    data[middle:middle + page] = b"\xab" * page  # a b-tree page in the middle, not the header
    path.write_bytes(bytes(data))
    damaged = bytes(data)
    s = Session.open(tmp_path)
    moved = s.db.report.corrupt_moved_to
    assert moved is not None and re.fullmatch(r"library\.corrupt-\d{8}T\d+Z\.db", moved.name)
    assert moved.read_bytes() == damaged
    assert "damaged" in s.db.report.notes[0]
    assert s.library.count() == 1  # a fresh library (with the sample)
    s.close()


def test_a_truncated_header_is_moved_aside(tmp_path: Path) -> None:
    make_library(tmp_path)
    path = tmp_path / "library.db"
    path.write_bytes(path.read_bytes()[:60])
    s = Session.open(tmp_path)
    assert s.db.report.corrupt_moved_to is not None
    assert len(s.db.report.corrupt_moved_to.read_bytes()) == 60
    assert s.db.integrity_ok()
    s.close()


def test_the_cli_says_when_it_moved_a_damaged_library_aside(tmp_path: Path) -> None:
    (tmp_path / "library.db").write_bytes(b"not a database at all " * 300)
    proc = qari("list", data=tmp_path)
    assert proc.returncode == 0
    assert "damaged" in proc.stderr and "library.corrupt-" in proc.stderr


def test_a_library_db_that_is_a_folder_is_never_renamed(tmp_path: Path) -> None:
    (tmp_path / "library.db").mkdir()
    (tmp_path / "library.db" / "keep.txt").write_text("mine")
    before = sorted(p.name for p in tmp_path.iterdir())
    with pytest.raises(EnvironmentFault) as err:
        Session.open(tmp_path)
    assert err.value.kind == errors.IS_FOLDER and "folder" in err.value.message
    assert sorted(p.name for p in tmp_path.iterdir()) == before
    assert (tmp_path / "library.db" / "keep.txt").read_text() == "mine"


def test_a_data_folder_that_is_a_file_is_told_and_kept(tmp_path: Path) -> None:
    data = tmp_path / "qari"
    data.write_text("a file where the folder should be")
    with pytest.raises(EnvironmentFault) as err:
        Session.open(data)
    assert err.value.kind == errors.NOT_A_FOLDER
    assert data.read_text() == "a file where the folder should be"
    proc = qari("list", data=data)
    assert proc.returncode == 3 and "is a file, not a folder" in proc.stderr
    assert "Traceback" not in proc.stderr


# -- not our file ---------------------------------------------------------------------------
def test_a_foreign_sqlite_file_is_refused_and_never_altered(tmp_path: Path) -> None:
    path = tmp_path / "library.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
    conn.execute("INSERT INTO moz_places (url) VALUES ('https://example.org')")
    conn.commit()
    conn.close()
    before = folder_state(tmp_path)
    with pytest.raises(EnvironmentFault) as err:
        Database.open(path)
    assert err.value.kind == errors.NOT_A_LIBRARY
    assert folder_state(tmp_path) == before
    proc = qari("import", str(path), data=tmp_path)
    assert proc.returncode == 3 and "another program" in proc.stderr and "Traceback" not in proc.stderr
    assert folder_state(tmp_path) == before


def test_another_programs_application_id_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "library.db"
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA application_id = 1598903374")  # any other program's
    for table in ("articles", "state"):  # even with tables that look like ours
        conn.execute(f"CREATE TABLE {table} (x)")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(EnvironmentFault) as err:
        Database.open(path)
    assert err.value.kind == errors.NOT_A_LIBRARY and path.read_bytes() == before


def test_a_newer_qaris_library_is_refused_on_the_command_line_without_a_traceback(tmp_path: Path) -> None:
    path = tmp_path / "library.db"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.execute("CREATE TABLE articles (x)")
    conn.commit()
    conn.close()
    before = folder_state(tmp_path)
    proc = qari("list", data=tmp_path)
    assert proc.returncode == 3 and "newer version of Qari" in proc.stderr
    assert "Traceback" not in proc.stderr and folder_state(tmp_path) == before


def test_new_libraries_carry_qaris_application_id_and_old_ones_get_it_when_migrated(tmp_path: Path) -> None:
    s = Session.open(tmp_path / "new")
    assert s.db.conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    s.close()
    assert f"application_id = {APPLICATION_ID}" in str(MIGRATIONS[5])
    old = tmp_path / "old" / "library.db"
    old.parent.mkdir()
    conn = sqlite3.connect(old)
    for script in MIGRATIONS[:2]:
        conn.executescript(str(script))
    conn.execute("INSERT INTO articles (hash, title, text, added) VALUES ('h', 't', 'نص', '2026-01-01')")
    conn.execute("PRAGMA user_version=2")
    conn.commit()
    conn.close()
    db = Database.open(old)  # 2 -> 6 in one transaction, search index filled on the way
    assert db.report.migrated_from == 2 and db.report.backup is not None
    assert db.conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert db.conn.execute("SELECT text_hash FROM articles").fetchone()[0] == "h"
    assert stat.S_IMODE(db.report.backup.stat().st_mode) == 0o600
    db.close()


# -- locked, busy ------------------------------------------------------------------------------
def _hold_exclusively(path: Path) -> sqlite3.Connection:
    """Another program that holds the file locked (a second Qari in exclusive mode, a tool)."""
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("PRAGMA locking_mode=EXCLUSIVE")
    other.execute("BEGIN EXCLUSIVE")
    other.execute("INSERT INTO state (key, value) VALUES ('held', '1')")
    return other


def test_a_locked_library_is_told_and_never_moved_aside(tmp_path: Path, quick_locks: None) -> None:
    make_library(tmp_path)
    other = _hold_exclusively(tmp_path / "library.db")
    names = sorted(p.name for p in tmp_path.iterdir())
    with pytest.raises(EnvironmentFault) as err:
        Session.open(tmp_path)
    assert err.value.kind == errors.LOCKED and "in use by another program" in err.value.message
    assert sorted(p.name for p in tmp_path.iterdir()) == names  # nothing renamed, nothing new
    other.execute("ROLLBACK")
    other.close()
    s = Session.open(tmp_path)
    assert s.library.count() == 4 and s.db.report.corrupt_moved_to is None
    s.close()


def test_a_write_while_another_process_writes_waits_then_is_told(tmp_path: Path, quick_locks: None) -> None:
    make_library(tmp_path)
    s = Session.open(tmp_path)
    other = sqlite3.connect(tmp_path / "library.db", isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    assert s.library.count() == 4  # reading goes on while another process writes (WAL)
    with pytest.raises(EnvironmentFault) as err:
        s.library.add(Article.from_text("عنوان\nنص جديد"))
    assert err.value.kind == errors.LOCKED
    assert s.tidy() is False  # housekeeping is skipped, not waited for
    other.execute("ROLLBACK")
    other.close()
    assert s.library.add(Article.from_text("عنوان\nنص جديد")).created
    s.close()


_HOLDER = """
import sqlite3, sys
c = sqlite3.connect(sys.argv[1], isolation_level=None)
c.execute("PRAGMA locking_mode=EXCLUSIVE")
c.execute("BEGIN EXCLUSIVE")
c.execute("INSERT INTO state (key, value) VALUES ('held', '1')")
print("locked", flush=True)
sys.stdin.read()  # holds the lock until the test closes this pipe (or kills it)
c.execute("ROLLBACK")
"""


def test_locked_for_more_than_five_seconds_the_cli_says_so_exits_3_and_renames_nothing(tmp_path: Path) -> None:
    data = tmp_path / "data"
    make_library(data)
    article = tmp_path / "new.txt"
    article.write_text("عنوان جديد\nنص المقال الجديد", encoding="utf-8")
    holder = subprocess.Popen([sys.executable, "-c", _HOLDER, str(data / "library.db")],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        before = folder_state(data)
        t0 = time.monotonic()
        proc = qari("import", str(article), data=data)
        waited = time.monotonic() - t0
    finally:
        holder.kill()
        holder.wait()
        holder.stdout.close()  # type: ignore[union-attr]
        holder.stdin.close()  # type: ignore[union-attr]
    assert proc.returncode == 3, proc.stderr
    assert "in use by another program" in proc.stderr and "Traceback" not in proc.stderr
    assert waited >= 5.0
    assert folder_state(data) == before
    s = Session.open(data)
    assert s.library.count() == 4
    s.close()


def test_list_works_while_an_import_is_writing(tmp_path: Path) -> None:
    data = tmp_path / "data"
    make_library(data)
    writer = sqlite3.connect(data / "library.db", isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("INSERT INTO state (key, value) VALUES ('importing', '1')")
    try:
        t0 = time.monotonic()
        proc = qari("list", data=data)
        took = time.monotonic() - t0
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    assert proc.returncode == 0, proc.stderr
    assert len(proc.stdout.splitlines()) == 4
    assert took < 4.5  # it did not wait for the lock


def test_opening_an_existing_library_writes_nothing(tmp_path: Path) -> None:
    make_library(tmp_path)
    s = Session.open(tmp_path)
    aid = s.library.summaries()[0].id
    s.library.delete([aid])
    s.close()
    before = (tmp_path / "library.db").read_bytes()
    s = Session.open(tmp_path)
    s.library.summaries()
    s.close()
    assert (tmp_path / "library.db").read_bytes() == before
    raw = sqlite3.connect(tmp_path / "library.db")
    assert raw.execute("SELECT count(*) FROM articles WHERE deleted IS NOT NULL").fetchone()[0] == 1
    raw.close()


# -- concurrency --------------------------------------------------------------------------------
def test_a_data_folder_made_by_another_qari_at_that_moment_is_used(tmp_path: Path, monkeypatch) -> None:
    """Two Qaris starting at once: the other one makes the folder just after this one looked."""
    from qari.core.store import db

    data = tmp_path / "data"
    real_is_dir = Path.is_dir

    def made_meanwhile(self: Path) -> bool:
        if self == data and not data.exists():
            data.mkdir()  # the other Qari, between this one's look and its mkdir
            return False
        return real_is_dir(self)

    monkeypatch.setattr(Path, "is_dir", made_meanwhile)
    db.ensure_private_folder(data)  # no "the data folder is a file"
    assert real_is_dir(data)


def test_four_importers_at_once_on_a_new_folder_lose_nothing(tmp_path: Path) -> None:
    data = tmp_path / "data"
    per = 25
    folders = []
    for k in range(4):
        folder = tmp_path / f"in{k}"
        folder.mkdir()
        for i in range(per):
            (folder / f"{i}.txt").write_text(f"مقال {k}-{i}\nنص المقال رقم {i} من المستورد {k}.",
                                             encoding="utf-8")
        folders.append(folder)
    env_cmd = [sys.executable, "-m", "qari", "--data-dir", str(data), "import"]
    procs = [subprocess.Popen([*env_cmd, str(f)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for f in folders]
    outs = [p.communicate(timeout=180) for p in procs]
    for p, (out, err) in zip(procs, outs, strict=True):
        assert p.returncode == 0, err
        assert out.count("imported\t") == per
    s = Session.open(data)
    titles = {a.title for a in s.library.summaries()}
    s.close()
    assert {f"مقال {k}-{i}" for k in range(4) for i in range(per)} <= titles
    assert len(titles) == 4 * per + 1  # and the sample, once


# -- read-only, permission denied --------------------------------------------------------------
def test_a_read_only_library_file_is_told_and_left_as_it_was(tmp_path: Path) -> None:
    prefix = unprivileged_prefix()
    data = tmp_path / "data"
    make_library(data)
    (data / "library.db").chmod(0o444)
    before = folder_state(data)
    proc = qari("list", data=data, prefix=prefix)
    assert proc.returncode == 3, proc.stderr
    assert "read-only" in proc.stderr and "Traceback" not in proc.stderr
    assert folder_state(data) == before


def test_a_library_you_may_not_read_is_told_and_left_as_it_was(tmp_path: Path) -> None:
    prefix = unprivileged_prefix()
    data = tmp_path / "data"
    make_library(data)
    (data / "library.db").chmod(0o000)
    before = sorted(p.name for p in data.iterdir())
    proc = qari("list", data=data, prefix=prefix)
    (data / "library.db").chmod(0o600)
    assert proc.returncode == 3, proc.stderr
    assert "permission" in proc.stderr and "Traceback" not in proc.stderr
    assert sorted(p.name for p in data.iterdir()) == before
    assert Database.open(data / "library.db").integrity_ok()


def test_a_library_on_a_read_only_disk_is_told(tmp_path: Path) -> None:
    with small_tmpfs(tmp_path / "mnt") as mnt:
        data = mnt / "data"
        make_library(data)
        remount(mnt, "ro")
        before = folder_state(data)
        with pytest.raises(EnvironmentFault) as err:
            Session.open(data)
        assert err.value.kind == errors.READONLY
        proc = qari("import", str(tmp_path), data=data)
        assert proc.returncode == 3 and "read-only" in proc.stderr and "Traceback" not in proc.stderr
        assert folder_state(data) == before
        remount(mnt, "rw")


# -- disk full ------------------------------------------------------------------------------------
def test_a_full_library_keeps_what_it_had(tmp_path: Path) -> None:
    """The disk-full path everywhere: SQLite's page limit (max_page_count) stands in for the disk."""
    lib = Library(Database.open(tmp_path / "library.db"))
    first = lib.add(Article.from_text("عنوان\nنص أول")).id
    pages = lib.db.conn.execute("PRAGMA page_count").fetchone()[0]
    lib.db.conn.execute(f"PRAGMA max_page_count = {pages}")
    big = Article.from_text("عنوان كبير\n" + " ".join(["كلمة"] * 50_000))
    with pytest.raises(EnvironmentFault) as err:
        lib.add(big)
    assert err.value.kind == errors.FULL and "full" in err.value.message
    assert [s.id for s in lib.summaries()] == [first] and lib.db.integrity_ok()


def test_a_full_disk_is_told_and_the_library_kept(tmp_path: Path) -> None:
    with small_tmpfs(tmp_path / "mnt", size="3m") as mnt:
        data = mnt / "data"
        make_library(data)
        big = tmp_path / "big.txt"
        big.write_text("عنوان كبير\n" + "\n".join(" ".join(["كلمة"] * 200) for _ in range(400)), encoding="utf-8")
        filler = fill_disk(mnt)
        proc = qari("import", str(big), data=data)
        filler.unlink()
        assert proc.returncode == 3, proc.stderr
        assert "is full" in proc.stderr and "Traceback" not in proc.stderr
        s = Session.open(data)
        assert s.library.count() == 4 and s.db.integrity_ok()
        s.close()


# -- privacy -----------------------------------------------------------------------------------------
def test_the_data_folder_is_private_and_so_are_its_files(tmp_path: Path) -> None:
    data = tmp_path / "a" / "qari"
    make_library(data)
    assert stat.S_IMODE(data.stat().st_mode) == 0o700
    s = Session.open(data)
    s.library.add(Article.from_text("عنوان\nنص"))  # the WAL files exist while a session writes
    for p in data.iterdir():
        if p.name.startswith("library"):
            assert stat.S_IMODE(p.stat().st_mode) == 0o600, p.name
    s.close()


def test_with_lang_ar_the_command_line_tells_the_fault_in_arabic(tmp_path: Path) -> None:
    data = tmp_path / "qari"
    data.write_text("a file where the folder should be")
    proc = qari("list", "--lang", "ar", data=data)
    assert proc.returncode == 3 and "ملف وليس مجلدًا" in proc.stderr and "Traceback" not in proc.stderr
