import csv
import io
import json
from pathlib import Path

import pytest

from qari.cli import main
from qari.core.article import Article, content_hash
from qari.core.export import (
    CSV_COLUMNS,
    JSONLD_CONTEXT,
    AnnotationImportError,
    documents,
    import_jsonld,
    parse_jsonld,
    to_csv,
    to_jsonld,
    to_markdown,
)
from qari.core.session import Session

TEXT = (
    "🔥 كيم جونغ يقدم لبوتين الدعم الكامل\n"
    "عرض كيم جونغ أون على فلاديمير بوتين دعمه للمعركة التي تخوضها روسيا ضد الغرب.\n"
    "والتقى زعيما كوريا الشمالية وروسيا يوم الأربعاء في قاعدة فضائية في أقصى شرق روسيا.\n"
    "وقال الخبراء إنها فشلت في وضع قمر صناعي للتجسس العسكري."
)
TITLE = TEXT.split("\n")[0]


@pytest.fixture
def session(data_dir: Path):
    s = Session.open(data_dir, seed_sample=False)
    yield s
    s.close()


def _span(phrase: str) -> tuple[int, int]:
    i = TEXT.index(phrase)
    return i, i + len(phrase)


@pytest.fixture
def aid(session: Session) -> int:
    """An article with a highlight (note, tags), a two-paragraph highlight, a bookmark and an orphan."""
    aid = session.library.add(Article.from_text(TEXT, source="https://example.com/kim", author="رويترز")).id
    notes = session.annotations
    notes.add_highlight(aid, *_span("في قاعدة فضائية"), color="green", note="مكان القمة, \"فوستوشني\"",
                        tags=["روسيا", "فضاء"])
    notes.add_highlight(aid, *_span("ضد الغرب.\nوالتقى زعيما"), color="purple")
    notes.add_bookmark(aid, TEXT.index("وقال الخبراء"), note="أكمل من هنا")
    lost = notes.add_highlight(aid, *_span("للتجسس العسكري"), note="سيُحذف")
    session.library.set_text(aid, TEXT.replace(" للتجسس العسكري", ""))
    assert notes.get(lost.uuid).orphaned  # type: ignore[union-attr]
    session.library.set_starred(aid, True)
    return aid


def _docs(session: Session):
    return documents(session.library, session.annotations)


def test_markdown_has_headline_source_quotes_notes_tags_and_bookmarks(session: Session, aid: int) -> None:
    md = to_markdown(_docs(session))
    assert md.startswith(f"# {TITLE}\n")
    assert "- Source: https://example.com/kim" in md and "- Author: رويترز" in md and "★" in md
    assert "> في قاعدة فضائية\n" in md
    assert '**Note:** مكان القمة, "فوستوشني"' in md and "**Tags:** روسيا, فضاء" in md
    assert "> ضد الغرب.\n> والتقى زعيما\n" in md  # a highlight across paragraphs stays one quote
    assert "## Bookmarks" in md and "أكمل من هنا" in md and "«وقال الخبراء" in md
    orphans = md.index("## Highlights whose text was edited away")
    assert md.index("> للتجسس العسكري") > orphans


def test_csv_has_exactly_the_readwise_columns(session: Session, aid: int) -> None:
    rows = list(csv.reader(io.StringIO(to_csv(_docs(session)), newline="")))
    assert tuple(rows[0]) == CSV_COLUMNS == (
        "Highlight", "Title", "Author", "URL", "Note", "Tags", "Location", "Date")
    body = {r[0]: r for r in rows[1:]}
    assert len(body) == 3  # highlights only (the orphan included), no bookmark
    row = body["في قاعدة فضائية"]
    text = session.library.get(aid).text  # type: ignore[union-attr]
    assert row[1:6] == [TITLE, "رويترز", "https://example.com/kim", 'مكان القمة, "فوستوشني"', "روسيا, فضاء"]
    assert int(row[6]) == text.index("في قاعدة فضائية")  # code points: the emoji counts once
    assert len(row[7]) == 19 and row[7][10] == " "
    assert "ضد الغرب.\nوالتقى زعيما" in body


def test_jsonld_follows_the_w3c_model(session: Session, aid: int) -> None:
    doc = json.loads(to_jsonld(_docs(session)))
    assert doc["@context"] == JSONLD_CONTEXT == "http://www.w3.org/ns/anno.jsonld"
    assert doc["type"] == "AnnotationCollection" and doc["total"] == 4
    items = doc["first"]["items"]
    assert {i["type"] for i in items} == {"Annotation"}
    green = next(i for i in items if i.get("qari:color") == "green")
    assert green["id"].startswith("urn:uuid:") and green["motivation"] == "highlighting"
    assert green["body"][0] == {"type": "TextualBody", "purpose": "commenting",
                                "value": 'مكان القمة, "فوستوشني"', "format": "text/plain"}
    assert [b["value"] for b in green["body"] if b["purpose"] == "tagging"] == ["روسيا", "فضاء"]
    source = green["target"]["source"]
    article = session.library.get(aid)
    # the article's name is the hash of the text it was imported with: the edit above did not rename it
    assert source["id"] == f"urn:qari:article:{content_hash(TEXT)}" and source["dc:title"] == TITLE
    pos, quote = green["target"]["selector"]
    assert pos["type"] == "TextPositionSelector" and quote["type"] == "TextQuoteSelector"
    assert article.text[pos["start"]:pos["end"]] == quote["exact"] == "في قاعدة فضائية"  # type: ignore[union-attr]
    assert {i["motivation"] for i in items} == {"highlighting", "bookmarking"}
    assert sum(bool(i.get("qari:orphaned")) for i in items) == 1


def test_json_round_trip_through_a_wiped_library_is_lossless(session: Session, aid: int) -> None:
    before = session.annotations.all()
    exported = to_jsonld(_docs(session))
    for a in before:
        session.annotations.delete(a.uuid)
    assert session.annotations.count() == 0
    report = import_jsonld(session.library, session.annotations, exported)
    assert session.annotations.all() == before
    assert len(report.imported) == 3 and len(report.orphaned) == 1
    import_jsonld(session.library, session.annotations, exported)  # again: no duplicates
    assert session.annotations.all() == before
    assert to_jsonld(_docs(session)) == exported


def test_import_into_another_library_matches_by_title_and_reanchors(session: Session, aid: int,
                                                                     tmp_path: Path) -> None:
    exported = to_jsonld(_docs(session))
    other = Session.open(tmp_path / "other", seed_sample=False)
    try:
        edited = "\n".join([TITLE, "مقدمة جديدة أضيفت هنا.", *TEXT.split("\n")[1:]])
        oid = other.library.add(Article.from_text(edited)).id
        import_jsonld(other.library, other.annotations, exported)
        got = {a.exact: a for a in other.annotations.for_article(oid)}
        assert "في قاعدة فضائية" in got
        a = got["في قاعدة فضائية"]
        assert edited[a.start:a.end] == "في قاعدة فضائية" and a.note.startswith("مكان القمة")
    finally:
        other.close()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("this is not json {", "This is not a JSON file"),
        ('{"hello": "world"}', "does not hold W3C web annotations"),
        ('[{"type": "Annotation", "target": 3}]', "Annotation 1 of this file cannot be read (no \"target\""),
        ('[{"type": "Annotation", "target": {"source": "urn:qari:article:0000", '
         '"selector": {"type": "TextQuoteSelector", "exact": "x"}}}]', "is not in the library"),
    ],
)
def test_bad_files_are_refused_with_a_clear_message_and_nothing_changes(
    session: Session, aid: int, data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
    content: str, message: str,
) -> None:
    before = session.annotations.all()
    bad = tmp_path / "bad.json"
    bad.write_text(content, encoding="utf-8")
    code = main(["import-annotations", str(bad), "--data-dir", str(data_dir)])
    err = capsys.readouterr().err
    assert code == 2 and message in err and "Nothing was imported" in err
    assert session.annotations.all() == before


def test_a_file_with_one_unknown_article_imports_nothing(session: Session, aid: int) -> None:
    items = json.loads(to_jsonld(_docs(session)))["first"]["items"]
    for a in session.annotations.all():
        session.annotations.delete(a.uuid)
    items[-1]["target"]["source"] = {"id": "urn:qari:article:ffff", "dc:title": "مقال غير موجود"}
    with pytest.raises(AnnotationImportError, match="مقال غير موجود"):
        import_jsonld(session.library, session.annotations, json.dumps(items))
    assert session.annotations.count() == 0


def test_parse_accepts_a_single_annotation_from_another_tool() -> None:
    one = {"@context": JSONLD_CONTEXT, "id": "http://example.org/anno1", "type": "Annotation",
           "body": "ملاحظة", "target": {"source": "http://example.org/page",
                                          "selector": {"type": "TextQuoteSelector", "exact": "روسيا"}}}
    [p] = parse_jsonld(json.dumps(one))
    assert (p.note, p.selector.exact, p.kind, p.color) == ("ملاحظة", "روسيا", "highlight", "yellow")


def test_cli_export_writes_each_format_to_a_file(session: Session, aid: int, data_dir: Path,
                                                 tmp_path: Path) -> None:
    session.close()
    for fmt, probe in (("md", f"# {TITLE}"), ("json", JSONLD_CONTEXT), ("csv", ",".join(CSV_COLUMNS))):
        out = tmp_path / f"notes.{fmt}"
        assert main(["export", "--format", fmt, "--article", str(aid), "-o", str(out),
                     "--data-dir", str(data_dir)]) == 0
        assert probe in out.read_text(encoding="utf-8")
    assert main(["export", "--format", "md", "--article", "999", "--data-dir", str(data_dir)]) == 2


def test_cli_round_trip_export_wipe_import(session: Session, aid: int, data_dir: Path, tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    before = session.annotations.all()
    out = tmp_path / "all.json"
    assert main(["export", "--format", "json", "--all", "-o", str(out), "--data-dir", str(data_dir)]) == 0
    for a in before:
        session.annotations.delete(a.uuid)
    assert main(["import-annotations", str(out), "--data-dir", str(data_dir)]) == 0
    assert "imported 4 annotations" in capsys.readouterr().out
    assert session.annotations.all() == before


def test_csv_url_column_holds_a_web_address_or_nothing() -> None:
    from qari.core.article import Article
    from qari.core.export import article_url

    assert article_url(Article("t\nb", source="https://example.com/a")) == "https://example.com/a"
    assert article_url(Article("t\nb", source="kim.txt")) == ""
    assert article_url(Article("t\nb", source="clipboard")) == ""
    assert article_url(Article("t\nb", source="الجزيرة", site="https://aljazeera.net/x")) == "https://aljazeera.net/x"


def test_in_arabic_a_refused_file_is_explained_in_arabic(data_dir: Path, tmp_path: Path,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("this is not json {", encoding="utf-8")
    code = main(["import-annotations", str(bad), "--data-dir", str(data_dir), "--lang", "ar"])
    err = capsys.readouterr().err
    assert code == 2 and "هذا ليس ملف JSON" in err and "لم يُستورد شيء" in err
