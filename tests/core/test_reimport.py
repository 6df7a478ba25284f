"""An article that changed comes back as the same article: same file (path) or same page (URL)."""

from __future__ import annotations

from pathlib import Path

import pytest

from qari.cli import main
from qari.core.importing import CHANGED, EXISTING, IMPORTED, UPDATED, import_paths, resolve_changed
from qari.core.session import Session
from qari.core.store.library import ASK, KEEP_BOTH, UPDATE

TITLE = "المفاوضات تتواصل في القاهرة"
PARAS = [
    "قال الوسطاء إن جولة جديدة من المفاوضات ستبدأ الأسبوع المقبل في العاصمة المصرية.",
    "وأضافوا أن الطرفين أبديا مرونة في ملف تبادل الأسرى، بحسب مصادر مطلعة.",
    "ولم يصدر تعليق رسمي من أي من الوفدين حتى مساء الخميس.",
]
PHRASE = "مرونة في ملف تبادل الأسرى"


def _write(path: Path, paras: list[str], title: str = TITLE) -> None:
    path.write_text("\n\n".join([title, *paras]) + "\n", encoding="utf-8")


@pytest.fixture
def library(tmp_path: Path):
    s = Session.open(tmp_path / "data", seed_sample=False)
    yield s
    s.close()


def _import(s: Session, path: Path, on_changed: str = UPDATE):
    (outcome,) = list(import_paths(s.library, [path], on_changed=on_changed))
    return outcome


def test_a_changed_file_updates_its_article_and_reanchors_its_highlights(library: Session, tmp_path: Path) -> None:
    f = tmp_path / "news.txt"
    _write(f, PARAS)
    first = _import(library, f)
    assert first.status == IMPORTED
    text = library.library.get(first.article_id).text  # type: ignore[union-attr]
    start = text.index(PHRASE)
    mark = library.annotations.add_highlight(first.article_id, start, start + len(PHRASE), note="مهم")  # type: ignore[arg-type]
    _write(f, ["مقدمة جديدة أضافها المحرر بعد النشر.", *PARAS[:2], "ولم يصدر أي تعليق رسمي حتى الآن."])
    again = _import(library, f)
    assert again.status == UPDATED and again.article_id == first.article_id
    assert again.anchored == 1 and again.detached == 0
    assert "updated" in again.warning and "1 annotations kept" in again.warning
    assert library.library.count() == 1
    new_text = library.library.get(first.article_id).text  # type: ignore[union-attr]
    assert "مقدمة جديدة" in new_text
    moved = library.annotations.get(mark.uuid)
    assert moved is not None and new_text[moved.start:moved.end] == PHRASE and moved.note == "مهم"
    assert moved.start > mark.start


def test_the_command_line_says_the_article_was_updated(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "news.txt"
    _write(f, PARAS)
    data = str(tmp_path / "data")
    assert main(["import", "--data-dir", data, str(f)]) == 0
    capsys.readouterr()
    _write(f, [*PARAS, "فقرة أضيفت لاحقا."])
    assert main(["import", "--data-dir", data, str(f)]) == 0
    out = capsys.readouterr()
    assert out.out.startswith("updated\t") and "changed since it was imported" in out.err
    assert main(["list", "--data-dir", data]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 2  # the sample and this one, not a copy


def test_keep_both_makes_a_second_article(library: Session, tmp_path: Path) -> None:
    f = tmp_path / "news.txt"
    _write(f, PARAS)
    first = _import(library, f)
    _write(f, PARAS[:2])
    second = _import(library, f, KEEP_BOTH)
    assert second.status == IMPORTED and second.article_id != first.article_id
    assert library.library.count() == 2


def test_ask_writes_nothing_until_the_reader_chooses(library: Session, tmp_path: Path) -> None:
    f = tmp_path / "news.txt"
    _write(f, PARAS)
    first = _import(library, f)
    _write(f, PARAS[:2])
    asked = _import(library, f, ASK)
    assert asked.status == CHANGED and asked.article_id == first.article_id
    assert library.library.get(first.article_id).text.count("\n") == 3  # type: ignore[union-attr]
    done = resolve_changed(library.library, asked, UPDATE)
    assert done.status == UPDATED and library.library.get(first.article_id).text.count("\n") == 2  # type: ignore[union-attr]


def test_the_same_page_saved_twice_with_a_changed_text_is_one_article(library: Session, tmp_path: Path) -> None:
    def page(paras: list[str]) -> str:
        return ("<html><head><meta charset='utf-8'><title>" + TITLE + "</title>"
                "<link rel='canonical' href='https://news.example/2026/talks'>"
                "<meta property='og:url' content='https://news.example/2026/talks'></head><body><article><h1>"
                + TITLE + "</h1>" + "".join(f"<p>{p}</p>" for p in paras) + "</article></body></html>")

    a, b = tmp_path / "talks.html", tmp_path / "talks (1).html"
    a.write_text(page(PARAS), encoding="utf-8")
    b.write_text(page([*PARAS, "تحديث: انتهت الجولة الأولى دون اتفاق نهائي بين الطرفين."]), encoding="utf-8")
    first = _import(library, a)
    second = _import(library, b)
    assert second.status == UPDATED and second.article_id == first.article_id
    assert library.library.count() == 1


def test_editing_the_headline_or_source_keeps_the_articles_identity(library: Session, tmp_path: Path) -> None:
    f = tmp_path / "news.txt"
    _write(f, PARAS)
    first = _import(library, f)
    aid = first.article_id
    assert aid is not None
    identity = library.db.conn.execute("SELECT hash FROM articles WHERE id = ?", (aid,)).fetchone()[0]
    library.library.update_meta(aid, title="عنوان عدّله القارئ", source="الأهرام")
    assert library.db.conn.execute("SELECT hash FROM articles WHERE id = ?", (aid,)).fetchone()[0] == identity
    again = _import(library, f)  # the unchanged file: the same article, the reader's edits kept
    assert again.status == EXISTING and again.article_id == aid
    assert library.library.get(aid).title == "عنوان عدّله القارئ"  # type: ignore[union-attr]
    assert library.library.find_by_hash(identity) == aid


def test_finding_the_same_file_or_text_never_scans_the_library(library: Session, tmp_path: Path) -> None:
    """Every lookup an import makes uses an index (a scan per file made 10,000 imports quadratic)."""
    f = tmp_path / "news.txt"
    _write(f, PARAS)
    _import(library, f)
    conn = library.db.conn
    seen: list[str] = []
    conn.set_trace_callback(seen.append)
    _write(f, PARAS[:1])
    _import(library, f, ASK)
    conn.set_trace_callback(None)
    lookups = [q for q in seen if q.lstrip().upper().startswith("SELECT") and "FROM articles" in q]
    assert lookups
    for q in lookups:
        plan = " ".join(str(r[3]) for r in conn.execute("EXPLAIN QUERY PLAN " + q))
        assert "SCAN articles" not in plan, (q, plan)


def test_an_edited_article_keeps_its_name_in_exported_annotations(library: Session, tmp_path: Path) -> None:
    import json

    from qari.core.export import documents, import_jsonld, to_jsonld

    f = tmp_path / "news.txt"
    _write(f, PARAS)
    aid = _import(library, f).article_id
    assert aid is not None
    text = library.library.get(aid).text  # type: ignore[union-attr]
    library.annotations.add_highlight(aid, text.index(PHRASE), text.index(PHRASE) + len(PHRASE))
    before = json.loads(to_jsonld(documents(library.library, library.annotations)))
    library.library.update_meta(aid, title="عنوان عدّله القارئ")
    after = json.loads(to_jsonld(documents(library.library, library.annotations)))
    urn = [i["target"]["source"]["id"] for i in before["first"]["items"]]
    assert urn == [i["target"]["source"]["id"] for i in after["first"]["items"]]
    report = import_jsonld(library.library, library.annotations, json.dumps(before))  # the old file still finds it
    assert report.already and not report.stored
