"""Exports cannot be turned against their reader: no formula runs in a spreadsheet, no note
fakes Markdown structure."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import pytest

from qari.core.article import Article
from qari.core.export import csv_cell, documents, md_escape, to_csv, to_markdown
from qari.core.session import Session

TEXT = "=HYPERLINK(\"http://evil.example\")\n+عنوان فرعي\nقال الوزير إن المحادثات كانت مثمرة وإن الجولة المقبلة قريبة."
NOTE = ("# Fake heading\n```\n- not a list\n<img src=\"file:///etc/x.png\">\n1. one\n    indented code\n"
        "[link](javascript:x)")


@pytest.fixture
def docs(tmp_path: Path):
    s = Session.open(tmp_path, seed_sample=False)
    aid = s.library.add(Article.from_text(TEXT, source="@SUM(A1:A9)", site="https://x.example/@SUM(A1)",
                                          author="-2+3")).id
    text = s.library.get(aid).text  # type: ignore[union-attr]
    start = text.index("المحادثات")
    s.annotations.add_highlight(aid, start, start + len("المحادثات"), note=NOTE, tags=["=cmd|' /C calc'!A0"])
    s.annotations.add_highlight(aid, text.index("الجولة"), text.index("الجولة") + 6, note="=1+1")
    s.annotations.add_bookmark(aid, text.index("قريبة"), note="## bookmark heading")
    out = documents(s.library, s.annotations)
    s.close()
    return out


@pytest.mark.parametrize("cell", ["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"])
def test_a_cell_that_a_spreadsheet_would_run_gets_a_leading_quote(cell: str) -> None:
    assert csv_cell(cell) == "'" + cell
    assert csv_cell("عادي " + cell) == "عادي " + cell


def test_csv_export_has_no_cell_a_spreadsheet_would_run(docs) -> None:
    rows = list(csv.reader(io.StringIO(to_csv(docs))))
    cells = [c for row in rows[1:] for c in row]
    assert not [c for c in cells if c[:1] in ("=", "+", "-", "@", "\t", "\r")]
    by_note = {row[4]: row for row in rows[1:]}
    assert "'=1+1" in by_note and by_note["'=1+1"][1].startswith("'=HYPERLINK")
    assert by_note["'=1+1"][3] == "https://x.example/@SUM(A1)" and by_note["'=1+1"][2] == "'-2+3"


def test_a_note_cannot_fake_a_heading_or_a_code_fence_in_markdown(docs) -> None:
    md = to_markdown(docs)
    lines = md.split("\n")
    headings = [ln for ln in lines if re.match(r"\s{0,3}#", ln)]
    assert headings == ['# \\=HYPERLINK("http://evil.example")', "## Highlights", "## Bookmarks"]
    assert not any(re.match(r"\s{0,3}(```|~~~)", ln) for ln in lines)  # nothing opens a fence
    assert not any(re.match(r"\s{0,3}([-+*]|\d+[.)])\s", ln) and "Location" not in ln and "Source" not in ln
                   and "Author" not in ln for ln in lines)  # no list made by a note
    assert re.search(r"(?<!\\)<img", md) is None and "\\<img" in md  # HTML shown as text, not a tag
    assert not any(ln.startswith("    ") for ln in lines)  # no indented code block
    assert "\\[link\\](javascript:x)" in md  # no link
    # every character of the note is still there to read
    assert re.sub(r"\\(.)", r"\1", md_escape(NOTE)).replace("\n", "") == NOTE.replace("\n    ", "\n").replace("\n", "")


def test_markdown_escaping_keeps_arabic_text_as_it_is() -> None:
    text = "قال الوزير: «المحادثات مثمرة»، وأضاف أن الجولة المقبلة (في القاهرة) قريبة."
    assert md_escape(text) == text
