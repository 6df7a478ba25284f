import sqlite3
from pathlib import Path

import pytest

from qari.core.article import Article
from qari.core.session import Session
from qari.core.store.db import APPLICATION_ID, SCHEMA_VERSION, Database, StoreError
from qari.core.store.library import Library
from qari.core.store.schema import MIGRATIONS


def test_new_library_is_current_and_in_wal_mode(tmp_path: Path) -> None:
    db = Database.open(tmp_path / "library.db")
    assert db.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert db.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.report.created and db.report.backup is None
    db.close()


def test_migration_copies_the_old_file_aside_first(tmp_path: Path) -> None:
    path = tmp_path / "library.db"
    conn = sqlite3.connect(path)
    conn.executescript(MIGRATIONS[0])
    conn.execute("INSERT INTO articles (hash, title, text, added) VALUES ('h', 't', 'نص', '2026-01-01')")
    conn.execute("PRAGMA user_version=1")
    conn.commit()
    conn.close()
    db = Database.open(path)
    assert db.report.migrated_from == 1
    assert db.report.backup is not None and db.report.backup.name.startswith("library_v1_")
    old = sqlite3.connect(db.report.backup)
    assert old.execute("PRAGMA user_version").fetchone()[0] == 1
    assert old.execute("SELECT text FROM articles").fetchone()[0] == "نص"
    old.close()
    assert db.conn.execute("SELECT text FROM articles").fetchone()[0] == "نص"
    db.close()


def test_a_library_from_a_newer_qari_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "library.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE future (x)")
    conn.execute(f"PRAGMA application_id={APPLICATION_ID}")
    conn.execute(f"PRAGMA user_version={SCHEMA_VERSION + 5}")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(StoreError) as err:
        Database.open(path)
    assert err.value.kind == "newer_version"
    assert "newer version of Qari" in err.value.message
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["library.db"]


def test_a_corrupt_library_is_moved_aside_and_the_user_told(tmp_path: Path) -> None:
    path = tmp_path / "library.db"
    garbage = b"this is not a database" * 100
    path.write_bytes(garbage)
    db = Database.open(path)
    moved = db.report.corrupt_moved_to
    assert moved is not None and moved.read_bytes() == garbage
    assert "damaged" in db.report.notes[0]
    assert db.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    db.close()


def test_same_text_twice_keeps_one_article(tmp_path: Path) -> None:
    lib = Library(Database.open(tmp_path / "library.db"))
    first = lib.add(Article.from_text("عنوان\nنص المقال"))
    again = lib.add(Article.from_text("عُنوان\n\nنصّ المقال"))
    assert first.created and not again.created and again.id == first.id
    assert lib.count() == 1
    lib.db.close()


def test_position_is_kept_and_progress_never_goes_back(tmp_path: Path) -> None:
    lib = Library(Database.open(tmp_path / "library.db"))
    aid = lib.add(Article.from_text("عنوان\nنص")).id
    lib.set_position(aid, 120, 0.6)
    lib.set_position(aid, 40, 0.2)
    assert lib.position(aid) == (40, 0.6)
    lib.db.close()


def test_delete_can_be_undone_until_the_next_start(tmp_path: Path) -> None:
    session = Session.open(tmp_path, seed_sample=False)
    lib = session.library
    aid = lib.add(Article.from_text("عنوان\nنص")).id
    lib.delete([aid])
    assert lib.get(aid) is None and lib.count() == 0
    lib.undelete([aid])
    assert lib.get(aid) is not None
    lib.delete([aid])
    session.close()
    session = Session.open(tmp_path, seed_sample=False)  # opening only reads...
    assert session.db.conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 1
    assert session.tidy(seed_sample=False)  # ...the later housekeeping step purges
    assert session.db.conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 0
    session.close()


def test_first_run_imports_the_sample_once(tmp_path: Path) -> None:
    s = Session.open(tmp_path)
    assert s.library.count() == 1
    (only,) = s.library.summaries()
    assert only.title.startswith("كيم جونغ")
    s.library.delete([only.id])
    s.close()
    s = Session.open(tmp_path)
    assert s.library.count() == 0  # a reader who deleted the sample does not get it back
    s.close()


def test_editing_the_headline_changes_the_text(tmp_path: Path) -> None:
    lib = Library(Database.open(tmp_path / "library.db"))
    aid = lib.add(Article.from_text("عنوان قديم\nنص المقال")).id
    lib.update_meta(aid, title="عنوان جديد", source="الجزيرة")
    art = lib.get(aid)
    assert art is not None
    assert art.text == "عنوان جديد\nنص المقال" and art.source == "الجزيرة"
    summary = lib.summary(aid)
    assert summary is not None and summary.title == "عنوان جديد"
    lib.db.close()


def test_a_schema_7_library_keeps_its_reading_places_in_the_new_table(tmp_path: Path) -> None:
    path = tmp_path / "library.db"
    conn = sqlite3.connect(path)
    for step in MIGRATIONS[:7]:  # a library as Qari left it before the reading table
        sql = step if isinstance(step, str) else step.sql
        conn.executescript(sql)
    conn.execute("PRAGMA user_version = 7")
    for i, (position, progress, opened) in enumerate([(120, 0.4, "2026-11-30T10:00:00+00:00"),
                                                      (0, 0.0, None), (0, 0.0, "2026-11-29T10:00:00+00:00")]):
        conn.execute("INSERT INTO articles (hash, text_hash, title, text, added, position, progress, opened)"
                     " VALUES (?, ?, 't', 't\nنص', '2026-11-01', ?, ?, ?)",
                     (f"h{i}", f"h{i}", position, progress, opened))
    conn.commit()
    conn.close()
    lib = Library(Database.open(path))
    assert lib.db.report.migrated_from == 7
    assert lib.position(1) == (120, 0.4) and lib.position(2) == (0, 0.0)
    assert lib.last_opened() == 1
    assert [s.opened for s in sorted(lib.summaries(), key=lambda s: s.id)] == [
        "2026-11-30T10:00:00+00:00", None, "2026-11-29T10:00:00+00:00"]
    lib.mark_opened(3)
    assert lib.last_opened() == 3
    lib.db.close()


def test_saving_the_reading_place_leaves_the_article_row_alone(tmp_path: Path) -> None:
    lib = Library(Database.open(tmp_path / "library.db"))
    aid = lib.add(Article.from_text("عنوان\n" + "نص طويل " * 1000)).id
    changes: list[str] = []
    lib.db.conn.set_trace_callback(changes.append)
    lib.mark_opened(aid)
    lib.set_position(aid, 30, 0.5)
    lib.db.conn.set_trace_callback(None)
    assert not [s for s in changes if "UPDATE articles" in s]
    assert lib.position(aid) == (30, 0.5) and lib.summary(aid).progress == 0.5
    lib.db.close()
