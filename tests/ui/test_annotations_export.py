"""File → Export Annotations… (Markdown, JSON-LD, CSV) and Import Annotations… (JSON-LD)."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox

from qari.ui.main_window import MainWindow


def _highlight(window: MainWindow, word: str, color: str = "yellow") -> str:
    start = window.reader.article.text.index(word)
    window.reader.select_span(start, start + len(word))
    return window.annotations.highlight(color).uuid


def _save_as(monkeypatch, path: Path, chosen: str = "") -> list[tuple]:
    calls: list[tuple] = []

    def fake(*args, **_kw):
        calls.append(args)
        return str(path), chosen

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake))
    return calls


def test_export_this_article_as_markdown_csv_and_jsonld(monkeypatch, tmp_path: Path, window: MainWindow) -> None:
    u = _highlight(window, "فلاديمير بوتين", "green")
    window.annotations.update(u, {"note": "الرئيس", "tags": ("روسيا",)})
    calls = _save_as(monkeypatch, tmp_path / "notes.md")
    window.transfer.export_action.trigger()
    md = (tmp_path / "notes.md").read_text(encoding="utf-8")
    assert "فلاديمير بوتين" in md and "الرئيس" in md and md.startswith("# ")
    assert calls and "Markdown (*.md)" in calls[0][3]

    _save_as(monkeypatch, tmp_path / "notes.csv")
    window.transfer.export(all_articles=False)
    rows = list(csv.reader((tmp_path / "notes.csv").read_text(encoding="utf-8").splitlines()))
    assert rows[1][0] == "فلاديمير بوتين" and rows[1][4] == "الرئيس"

    # No extension typed: the format comes from the chosen filter, and the extension is added.
    _save_as(monkeypatch, tmp_path / "notes", "W3C Web Annotation JSON-LD (*.jsonld *.json)")
    path = window.transfer.export(all_articles=True)
    assert path == str(tmp_path / "notes.jsonld")
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    assert data["first"]["items"][0]["id"] == f"urn:uuid:{u}"


def test_export_cancelled_or_empty_writes_nothing(monkeypatch, tmp_path: Path, window: MainWindow) -> None:
    calls = _save_as(monkeypatch, tmp_path / "x.md")
    assert window.transfer.export(all_articles=False) is None
    assert calls == [] and "no annotations" in window.statusBar().currentMessage()
    _highlight(window, "فلاديمير بوتين")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: ("", "")))
    assert window.transfer.export(all_articles=False) is None
    assert not (tmp_path / "x.md").exists()


def test_import_jsonld_round_trip_is_one_undo_step(monkeypatch, tmp_path: Path, window: MainWindow) -> None:
    store, aid = window.session.annotations, window.reader.article.id
    u = _highlight(window, "فلاديمير بوتين", "blue")
    _save_as(monkeypatch, tmp_path / "a.jsonld")
    window.transfer.export(all_articles=False)
    window.annotations.delete(u)
    assert store.for_article(aid) == []
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(tmp_path / "a.jsonld"), "")))
    window.transfer.import_action.trigger()
    [a] = store.for_article(aid)
    assert (a.uuid, a.color, a.exact) == (u, "blue", "فلاديمير بوتين")
    assert window.notes_panel.uuids() == [u]
    window.undo_stack.undo()
    assert store.for_article(aid) == [] and window.notes_panel.uuids() == []
    window.undo_stack.redo()
    assert [x.uuid for x in store.for_article(aid)] == [u]


def test_import_of_a_bad_file_tells_the_reader(monkeypatch, tmp_path: Path, window: MainWindow) -> None:
    bad = tmp_path / "bad.jsonld"
    bad.write_text("{not json", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(bad), "")))
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, message, *_a: told.append(message))
    assert window.transfer.import_annotations() is None
    assert told and "bad.jsonld" in told[0]
    assert window.undo_stack.count() == 0
