"""`qari` on bad input: a clear message on stderr, a non-zero exit, the library untouched."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from qari.cli import _command_word


def _qari(*args: str, data: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QARI_NO_DIALOGS="1")
    return subprocess.run([sys.executable, "-m", "qari", "--data-dir", str(data), *args],
                          capture_output=True, text=True, env=env, timeout=60)


def _library_rows(data: Path) -> list[tuple]:
    import sqlite3

    db = data / "library.db"
    if not db.exists():
        return []
    conn = sqlite3.connect(db)
    try:
        return conn.execute("SELECT id, hash, title FROM articles ORDER BY id").fetchall()
    finally:
        conn.close()


@pytest.mark.parametrize(
    ("make", "needle"),
    [
        (lambda d: d / "nope.txt", "no such file"),
        (lambda d: d, "folder"),
        (lambda d: (d / "blob.txt").write_bytes(b"\x00\x01\x02\xff" * 500) and d / "blob.txt", "binary"),
        (lambda d: (d / "empty.txt").write_bytes(b"") == 0 and d / "empty.txt", "empty"),
    ],
    ids=["missing", "directory", "binary", "empty"],
)
def test_opening_bad_input_says_why_exits_non_zero_and_keeps_the_library(tmp_path: Path, make, needle) -> None:
    data = tmp_path / "data"
    _qari("list", data=data)  # a library with the sample in it
    before = _library_rows(data)
    inputs = tmp_path / "in"
    inputs.mkdir()
    target = make(inputs)
    proc = _qari(str(target), data=data)
    assert proc.returncode != 0
    assert needle in proc.stderr.lower()
    assert _library_rows(data) == before


def test_import_and_list_from_the_command_line(tmp_path: Path) -> None:
    data = tmp_path / "data"
    good = tmp_path / "مقال.txt"
    good.write_text("عنوان المقال\nهذه فقرة أولى من المقال.\nوهذه فقرة ثانية.", encoding="utf-8")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"")
    proc = _qari("import", str(good), str(bad), "--json", data=data)
    assert proc.returncode == 2  # something failed
    results = {Path(r["path"]).name: r for r in json.loads(proc.stdout)}
    assert results["مقال.txt"]["status"] == "imported"
    assert results["bad.txt"]["status"] == "failed" and results["bad.txt"]["reason"]
    again = json.loads(_qari("import", str(good), "--json", data=data).stdout)
    assert again[0]["status"] == "already in library"
    listed = json.loads(_qari("list", "--json", data=data).stdout)
    titles = [a["title"] for a in listed]
    assert "عنوان المقال" in titles
    assert {"id", "title", "source", "added", "words", "progress"} <= set(listed[0])


def test_global_options_may_come_before_the_command() -> None:
    assert _command_word(["--data-dir", "X", "export", "--all"]) == "export"
    assert _command_word(["--lang", "ar", "list"]) == "list"
    assert _command_word(["article.txt"]) == "article.txt"


def test_the_command_line_finds_the_data_folder_without_qt_or_a_display(tmp_path: Path) -> None:
    """No --data-dir, no QARI_DATA_DIR, no DISPLAY, no QT_QPA_PLATFORM: the same folder Qt would use."""
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "QT_QPA_PLATFORM", "QARI_DATA_DIR",
                                                            "WAYLAND_DISPLAY")}
    env.update(HOME=str(tmp_path), XDG_DATA_HOME=str(tmp_path / "xdg"))
    child = ("import sys; from qari.cli import main; code = main(['list']); "
             "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt was imported'; sys.exit(code)")
    proc = subprocess.run([sys.executable, "-c", child], capture_output=True, text=True, env=env, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert (tmp_path / "xdg" / "qari" / "qari" / "library.db").exists()


def test_extract_offsets_point_into_the_file_even_when_its_headline_is_made_up(tmp_path: Path) -> None:
    # No headline line: the first line runs on (ends in a full stop), so the reader shows a headline made
    # of its first words; the JSON's offsets still count in the file's own text, line 1 = the file's line 1.
    body = ("أعلن وزير الخارجية سامي الحداد أن المحادثات ستستأنف الأسبوع المقبل في عمّان.\n"
            "وقال الحداد للصحفيين: «لن نقبل بأي حل لا يحترم سيادة بلادنا».\n")
    path = tmp_path / "no-headline.txt"
    path.write_text(body, encoding="utf-8")
    res = _qari("extract", str(path), "--json", data=tmp_path / "data")
    assert res.returncode == 0, res.stderr
    out = json.loads(res.stdout)
    assert out["title"].endswith("…")
    text = body.rstrip("\n")
    assert out["quotes"] and out["statements"]
    for item in out["quotes"] + out["statements"]:
        assert item["text"] in text[item["start"] - 2 : item["end"] + 2]
    quote = out["quotes"][0]
    assert text.count("\n", 0, quote["start"]) == 1  # on the file's second line
    for entity in out["entities"]:
        for m in entity["mentions"]:
            assert text[m["start"] : m["end"]] == m["text"]


def test_the_command_line_speaks_the_terminals_language() -> None:
    from qari.cli_text import cli_language

    assert cli_language(environ={"LANG": "ar_EG.UTF-8"}) == "ar"
    assert cli_language(environ={"LANG": "ar_EG.UTF-8", "LC_ALL": "en_GB.UTF-8"}) == "en"  # LC_ALL first
    assert cli_language(environ={"LC_MESSAGES": "ar_SA", "LANG": "C.UTF-8"}) == "ar"
    assert cli_language(environ={}) == "en"
    assert cli_language("en", environ={"LANG": "ar_EG.UTF-8"}) == "en"  # --lang wins


@pytest.mark.parametrize("command", [("extract", "{f}", "--json"), ("{f}",)], ids=["extract", "open"])
def test_in_an_arabic_terminal_a_bad_file_is_explained_in_arabic(tmp_path: Path, command) -> None:
    empty = tmp_path / "فارغ.txt"
    empty.write_bytes(b"")
    missing = tmp_path / "missing.txt"
    target = empty if command[0] == "extract" else missing
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QARI_NO_DIALOGS="1", LANG="ar_EG.UTF-8")
    proc = subprocess.run([sys.executable, "-m", "qari", "--data-dir", str(tmp_path / "data"),
                           *(part.format(f=target) for part in command)],
                          capture_output=True, text=True, env=env, timeout=60)
    assert proc.returncode != 0 and "Traceback" not in proc.stderr
    assert str(target) in proc.stderr
    assert "الملف فارغ" in proc.stderr if target is empty else "لا يوجد" in proc.stderr
