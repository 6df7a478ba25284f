"""Import never corrupts text: a few bad bytes stay a few, an unclosed tag never swallows the
article, a script is never article text."""

from __future__ import annotations

from pathlib import Path

import pytest

from qari.cli import main
from qari.core.importers import import_bytes, import_path
from qari.core.importing import import_paths
from qari.core.session import Session

TITLE = "وزير الخارجية يلتقي نظيره الروسي في موسكو"
BODY = [f"الفقرة {i}: قال وزير الخارجية إن المحادثات التي جرت اليوم في العاصمة كانت «بناءة وصريحة»." for i in range(6)]
TEXT = "\n".join([TITLE, *BODY])


def _with_bad_bytes(text: str) -> bytes:
    """UTF-8 with three bytes that are not UTF-8, in three places (a damaged download)."""
    raw = text.encode("utf-8")
    a, b = len(raw) // 3, 2 * len(raw) // 3
    a = raw.index(b" ", a)
    b = raw.index(b" ", b)
    return raw[:a] + b"\xff" + raw[a:b] + b"\x80" + raw[b:] + b"\xfe"


def test_a_few_bad_bytes_in_utf8_are_replaced_not_reread_as_windows_1256() -> None:
    article = import_bytes(_with_bad_bytes(TEXT), "news.txt")
    assert article.meta["encoding"] == "utf-8"
    assert article.meta["bad_bytes"] == "3"
    assert article.text.count("\ufffd") == 3
    assert article.text.replace("\ufffd", "") == TEXT  # every other character as written
    assert article.title == TITLE


def test_the_import_says_how_many_bytes_could_not_be_read(tmp_path: Path, capsys: pytest.CaptureFixture[str]
                                                          ) -> None:
    f = tmp_path / "news.txt"
    f.write_bytes(_with_bad_bytes(TEXT))
    s = Session.open(tmp_path / "data", seed_sample=False)
    (outcome,) = list(import_paths(s.library, [f]))
    s.close()
    assert outcome.bad_bytes == 3 and "3 bytes could not be read" in outcome.warning
    assert main(["import", "--data-dir", str(tmp_path / "data2"), str(f)]) == 0
    assert "3 bytes could not be read" in capsys.readouterr().err


def test_a_page_that_says_utf8_is_read_as_utf8_despite_bad_bytes() -> None:
    page = ("<html><head><meta charset='utf-8'><title>" + TITLE + "</title></head><body><article><h1>" + TITLE
            + "</h1>" + "".join(f"<p>{p}</p>" for p in BODY) + "</article></body></html>")
    article = import_bytes(_with_bad_bytes(page), "page.html")
    assert article.meta["bad_bytes"] == "3"
    assert article.title == TITLE
    assert "قال وزير الخارجية" in article.text and "Ø" not in article.text and "ق" in article.text


def test_a_file_in_windows_1256_is_still_read_as_windows_1256() -> None:
    article = import_bytes(TEXT.encode("cp1256", errors="replace"), "old.txt")
    assert article.meta["encoding"] == "cp1256" and "bad_bytes" not in article.meta
    assert article.title == TITLE


@pytest.mark.parametrize("tag", ["embed src='x.swf'", "object data='x.swf'", "video src='x.mp4'", "audio src='a.mp3'",
                                 "iframe src='ad.html'", "svg", "canvas", "noscript", "textarea", "select"])
def test_an_unclosed_media_tag_never_swallows_the_rest_of_the_article(tag: str) -> None:
    page = (f"<html><head><meta charset='utf-8'><title>{TITLE}</title></head><body><article><h1>{TITLE}</h1>"
            f"<p>{BODY[0]}</p><{tag}>" + "".join(f"<p>{p}</p>" for p in BODY[1:]) + "</article></body></html>")
    article = import_bytes(page.encode(), "page.html")
    assert article.text.split("\n") == [TITLE, *BODY]


def test_a_closed_video_keeps_its_fallback_text_out_of_the_article() -> None:
    page = (f"<html><body><article><h1>{TITLE}</h1><p>{BODY[0]}</p><video src='v.mp4'><p>متصفحك لا يدعم "
            "الفيديو</p></video>" + "".join(f"<p>{p}</p>" for p in BODY[1:]) + "</article></body></html>")
    article = import_bytes(page.encode(), "page.html")
    assert article.text.split("\n") == [TITLE, *BODY]


def test_script_in_markdown_is_not_article_text(tmp_path: Path) -> None:
    md = (f"# {TITLE}\n\n{BODY[0]} <script>alert('inline')</script>\n\n<script>\ndocument.write('مكتوب');\n"
          f"</script>\n\n{BODY[1]}\n\n<style>p {{ color: red }}</style>\n\n<script src='x.js'>\nvar a = 1;\n\n"
          f"{BODY[2]}\n")
    f = tmp_path / "a.md"
    f.write_text(md, encoding="utf-8")
    article = import_path(f)
    assert article.text.split("\n") == [TITLE, *BODY[:3]]
