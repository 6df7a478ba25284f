"""What the command line writes is safe: fields that could forge columns or reorder a terminal are
quoted; `-o FILE` never overwrites without --force, keeps permissions, never leaves a .tmp."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest

from qari.cli import main
from qari.cli_common import tsv
from qari.core.article import Article
from qari.core.errors import EnvironmentFault
from qari.core.safe_write import write_text
from qari.core.session import Session


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("وزير الخارجية", "وزير الخارجية"),
        ("a\tb", '"a\\tb"'),
        ("line\nbreak", '"line\\nbreak"'),
        ("\u202eevil.txt", '"\\u202eevil.txt"'),
        ("x\u2066y\u2069", '"x\\u2066y\\u2069"'),
        ('"quoted', '"\\"quoted"'),
        ("bell\x07", '"bell\\u0007"'),
    ],
)
def test_tab_separated_fields_quote_what_could_forge_a_column_or_reorder_text(raw: str, shown: str) -> None:
    assert tsv(raw) == shown
    if shown != raw:
        assert json.loads(shown) == raw  # the quoting is JSON: a program can read it back


def test_list_quotes_a_headline_with_a_tab_and_a_bidi_override(tmp_path: Path, capsys: pytest.CaptureFixture[str]
                                                                ) -> None:
    s = Session.open(tmp_path, seed_sample=False)
    s.library.add(Article.from_text("عنوان\u202e مقلوب\tوعمود مزيف\nنص المقال", source="src\tfake"))
    s.close()
    assert main(["list", "--data-dir", str(tmp_path)]) == 0
    (line,) = capsys.readouterr().out.splitlines()
    fields = line.split("\t")
    assert len(fields) == 6  # id, added, words, progress, source, title: no forged column
    assert fields[4] == '"src\\tfake"' and "\u202e" not in line and "\\u202e" in fields[5]


def _library_with_a_note(data: Path) -> None:
    s = Session.open(data, seed_sample=False)
    aid = s.library.add(Article.from_text("عنوان\nنص المقال الذي نعلق عليه")).id
    s.annotations.add_highlight(aid, 6, 10, note="ملاحظة")
    s.close()


def test_export_to_an_existing_file_needs_force_and_keeps_its_permissions(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _library_with_a_note(tmp_path / "data")
    out = tmp_path / "notes.md"
    out.write_text("my own notes, not to be lost")
    out.chmod(0o640)
    code = main(["export", "--format", "md", "--data-dir", str(tmp_path / "data"), "-o", str(out)])
    assert code != 0 and "already exists" in capsys.readouterr().err
    assert out.read_text() == "my own notes, not to be lost"
    assert main(["export", "--format", "md", "--data-dir", str(tmp_path / "data"), "-o", str(out), "--force"]) == 0
    assert "ملاحظة" in out.read_text(encoding="utf-8")
    assert stat.S_IMODE(out.stat().st_mode) == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "notes.md"]


def test_a_failed_write_leaves_no_tmp_and_the_old_file_whole(tmp_path: Path, monkeypatch: pytest.MonkeyPatch
                                                             ) -> None:
    target = tmp_path / "out.csv"
    target.write_text("old")

    def broken_fsync(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", broken_fsync)
    with pytest.raises(EnvironmentFault) as err:
        write_text(target, "new" * 1000, force=True)
    assert err.value.kind == "full"
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.csv"]


def test_export_to_a_full_disk_says_so_and_leaves_nothing_behind(tmp_path: Path,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    from tests.core.faults import fill_disk, small_tmpfs

    _library_with_a_note(tmp_path / "data")
    with small_tmpfs(tmp_path / "mnt", size="1m") as mnt:
        filler = fill_disk(mnt)
        code = main(["export", "--format", "json", "--data-dir", str(tmp_path / "data"), "-o", str(mnt / "a.json")])
        names = sorted(p.name for p in mnt.iterdir())
        filler.unlink()
    assert code != 0 and "full" in capsys.readouterr().err
    assert names == ["filler.bin"]


def test_a_new_export_file_gets_the_usual_permissions(tmp_path: Path) -> None:
    umask = os.umask(0o022)
    try:
        write_text(tmp_path / "new.md", "x")
    finally:
        os.umask(umask)
    assert stat.S_IMODE((tmp_path / "new.md").stat().st_mode) == 0o644
