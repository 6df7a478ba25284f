"""Annotations are never overwritten by an import; hostile files get a clear per-item message."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from qari.cli import main
from qari.core.article import Article
from qari.core.export import AnnotationImportError, documents, import_jsonld, to_jsonld
from qari.core.session import Session

TEXT = "قمة في الشرق الأقصى\nالتقى الزعيمان في قاعدة فضائية وتحدثا عن التعاون العسكري بين البلدين."


@pytest.fixture
def data(tmp_path: Path) -> Path:
    s = Session.open(tmp_path / "data", seed_sample=False)
    aid = s.library.add(Article.from_text(TEXT)).id
    s.annotations.add_highlight(aid, TEXT.index("قاعدة"), TEXT.index("قاعدة") + len("قاعدة فضائية"), note="مكان")
    s.annotations.add_highlight(aid, TEXT.index("التعاون"), TEXT.index("التعاون") + 7, color="green")
    s.close()
    return tmp_path / "data"


def _export(data: Path) -> dict:
    s = Session.open(data)
    try:
        return json.loads(to_jsonld(documents(s.library, s.annotations)))
    finally:
        s.close()


def _count(data: Path) -> int:
    s = Session.open(data)
    try:
        return s.annotations.count()
    finally:
        s.close()


def _cli_import(tmp_path: Path, data: Path, doc: object, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    f = tmp_path / "in.json"
    f.write_text(doc if isinstance(doc, str) else json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    code = main(["import-annotations", str(f), "--data-dir", str(data)])
    out = capsys.readouterr()
    return code, out.out, out.err


def _printed(out: str) -> int:
    m = re.match(r"imported (\d+) annotation", out)
    assert m, out
    return int(m.group(1))


def test_the_same_annotations_again_are_skipped_and_reported(data: Path, tmp_path: Path,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    doc = _export(data)
    before = _count(data)
    code, out, _err = _cli_import(tmp_path, data, doc, capsys)
    assert code == 0 and "2 already in the library" in out
    assert _printed(out) == 0 == _count(data) - before


def test_an_id_taken_by_a_different_annotation_is_kept_as_a_new_one(data: Path, tmp_path: Path,
                                                                    capsys: pytest.CaptureFixture[str]) -> None:
    doc = _export(data)
    item = doc["first"]["items"][0]
    item["body"] = [{"type": "TextualBody", "purpose": "commenting", "value": "ملاحظة أخرى من جهاز آخر"}]
    before = _count(data)
    code, out, _err = _cli_import(tmp_path, data, doc, capsys)
    assert code == 0 and "kept as new" in out and "1 already in the library" in out
    assert _printed(out) == 1 == _count(data) - before
    s = Session.open(data)
    notes = sorted(a.note for a in s.annotations.all())
    s.close()
    assert notes == ["", "مكان", "ملاحظة أخرى من جهاز آخر"]  # the original note was not overwritten


def test_repeats_inside_one_file_are_reported_and_stored_once(data: Path) -> None:
    doc = _export(data)
    s = Session.open(data)
    for a in s.annotations.all():
        s.annotations.delete(a.uuid)
    items = doc["first"]["items"]
    report = import_jsonld(s.library, s.annotations, json.dumps([*items, items[0]]))
    assert report.repeated == 1 and len(report.stored) == 2 == s.annotations.count()
    assert "1 appeared twice in the file" in report.summary()
    s.close()


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda i: i["target"]["selector"][0].update(start=10**30, end=10**30 + 5), "beyond any article"),
        (lambda i: i["target"]["selector"][1].update(exact=["not", "text"]), '"exact" is not text'),
        (lambda i: i["target"]["selector"][1].update(prefix={"a": 1}), '"prefix" is not text'),
        (lambda i: i.update(id=12345), '"id" is not text'),
        (lambda i: i.update(created=20260101), '"created" is not text'),
        (lambda i: i["target"]["selector"][0].update(start=True, end=True), "needs integers"),
        (lambda i: i["target"]["source"].update({"dc:title": 7}), '"dc:title" is not text'),
    ],
    ids=["huge-offsets", "exact-list", "prefix-object", "id-number", "created-number", "bool-offsets", "title-number"],
)
def test_hostile_items_get_a_clear_message_and_nothing_is_imported(
    data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], change, message: str
) -> None:
    doc = _export(data)
    s = Session.open(data)
    for a in s.annotations.all():
        s.annotations.delete(a.uuid)
    s.close()
    change(doc["first"]["items"][1])
    code, _out, err = _cli_import(tmp_path, data, doc, capsys)
    assert code == 2 and "Annotation 2 " in err and message in err and "Nothing was imported" in err
    assert "Traceback" not in err and _count(data) == 0


def test_deep_nesting_is_refused_with_a_message(data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
                                                ) -> None:
    code, _out, err = _cli_import(tmp_path, data, "[" * 100_000 + "]" * 100_000, capsys)
    assert code == 2 and "does not hold W3C web annotations" in err and "Traceback" not in err


def test_a_huge_number_is_refused_with_a_message() -> None:
    with pytest.raises(AnnotationImportError, match="not a JSON file"):
        import_jsonld(None, None, '[{"type": "Annotation", "x": ' + "9" * 10_000 + "}]")  # type: ignore[arg-type]
