"""Importers: files, bytes and pastes become an Article, or fail with a reason a user can read."""

from __future__ import annotations

import os
import pickle
import random
import socket
import subprocess
import sys
import urllib.request
from pathlib import Path

import pytest

import qari.core.importers as importers
from qari.core.importers import (
    MAX_BYTES,
    REASONS,
    ImportFailed,
    from_clipboard,
    import_bytes,
    import_path,
    iter_import_paths,
)

TITLE = "كيم يلتقي بوتين في قاعدة فوستوشني"
PARAS = [
    "عرض كيم جونغ أون على فلاديمير بوتين دعمه للمعركة التي تخوضها روسيا ضد الغرب، خلال المحادثات"
    " التي تطرقت إلى المساعدة الروسية المحتملة في برنامج الفضاء الكوري الشمالي.",
    "والتقى زعيما كوريا الشمالية وروسيا يوم الأربعاء في قاعدة فضائية في أقصى شرق روسيا، وسط تحذيرات"
    " من أن كيم يستعد لتقديم قذائف مدفعية للكرملين وذخائر أخرى للحرب.",
    "وقال الخبراء إن بيونغ يانغ فشلت مرتين هذا العام في وضع قمر صناعي للتجسس في المدار، وإن المساعدة"
    " الروسية قد تغير ذلك في الأشهر المقبلة.",
]
ARTICLE = "\n".join([TITLE, *PARAS])


def failure(exc: pytest.ExceptionInfo[ImportFailed]) -> str:
    assert exc.value.reason == str(exc.value) and exc.value.reason.endswith(".")
    return exc.value.code


# -- plain text and encodings --------------------------------------------------------
ENCODINGS = {
    "utf-8": ARTICLE.encode("utf-8"),
    "utf-8 with BOM": ARTICLE.encode("utf-8-sig"),
    "utf-16 LE with BOM": b"\xff\xfe" + ARTICLE.encode("utf-16-le"),
    "utf-16 BE with BOM": b"\xfe\xff" + ARTICLE.encode("utf-16-be"),
    "utf-16 LE without BOM": ARTICLE.encode("utf-16-le"),
    "utf-16 BE without BOM": ARTICLE.encode("utf-16-be"),
    "windows-1256": ARTICLE.encode("cp1256"),
    "iso-8859-6": ARTICLE.encode("iso-8859-6"),
    "windows-1256, CRLF line ends": ARTICLE.replace("\n", "\r\n").encode("cp1256"),
}


@pytest.mark.parametrize("name", list(ENCODINGS))
def test_arabic_text_in_every_encoding_reads_back_exactly(name: str) -> None:
    article = import_bytes(ENCODINGS[name], "kim.txt")
    assert article.text == ARTICLE
    assert article.title == TITLE
    assert article.source == "kim.txt"


def test_short_legacy_arabic_lines_are_read_as_arabic() -> None:
    assert import_bytes("مرحبا بكم".encode("cp1256"), "a.txt").text == "مرحبا بكم"
    assert import_bytes("ظغفقكلمنهوي".encode("iso-8859-6"), "a.txt").text == "ظغفقكلمنهوي"


def test_bytes_no_encoding_explains_fail_with_encoding() -> None:
    rng = random.Random(7)
    noise = bytes(rng.randrange(0x80, 0x100) for _ in range(4000))
    with pytest.raises(ImportFailed) as exc:
        import_bytes(noise, "noise.txt")
    assert failure(exc) == "encoding"


def test_utf8_cut_inside_its_last_character_still_imports() -> None:
    data = ARTICLE.encode("utf-8")[:-1]
    assert import_bytes(data, "cut.txt").text == ARTICLE[:-1]


def test_hard_wrapped_text_keeps_its_paragraphs() -> None:
    wrapped = ["Kim meets Putin", ""]
    for i in range(3):
        wrapped += [
            f"Paragraph {i} starts here and the text goes on for a while so that",
            "it wraps at a fixed width like old email and plain text files do",
            "",
        ]
    article = import_bytes("\n".join(wrapped).encode(), "wrapped.txt")
    assert len(article.paragraphs) == 4
    assert article.paragraphs[1].text.startswith("Paragraph 0 starts") and article.paragraphs[1].text.endswith("do")


def test_a_poem_with_short_lines_is_not_joined() -> None:
    poem = "قصيدة\n\nعلى قدر أهل العزم\nتأتي العزائم\n\nوتأتي على قدر\nالكرام المكارم\n"
    assert len(import_bytes(poem.encode(), "poem.txt").paragraphs) == 5


# -- bad input -------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("data", "code"),
    [
        (b"", "empty"),
        (b"  \n\t\r\n  ", "empty"),
        ("   \u00a0 ".encode(), "empty"),
        (b"\x00\x01\x02\x03binary\x00data" * 10, "binary"),
        (bytes([1, 2, 3, 4, 5, 6, 7, 8, 14, 15, 16]) * 100, "binary"),
        (b"\x89PNG\r\n\x1a\n" + b"IHDR" * 10, "binary"),
        (b"%PDF-1.7\n" + b"stream" * 10, "binary"),
    ],
)
def test_bad_bytes_fail_with_their_code(data: bytes, code: str) -> None:
    with pytest.raises(ImportFailed) as exc:
        import_bytes(data, "bad.txt")
    assert failure(exc) == code


def test_unsupported_extension_fails(tmp_path: Path) -> None:
    pdf = tmp_path / "paper.pdf"
    pdf.write_bytes(b"%PDF-1.7")
    with pytest.raises(ImportFailed) as exc:
        import_path(pdf)
    assert failure(exc) == "unsupported"
    with pytest.raises(ImportFailed):
        import_bytes(b"hello", "report.docx")


def test_missing_file_and_folder_fail(tmp_path: Path) -> None:
    with pytest.raises(ImportFailed) as exc:
        import_path(tmp_path / "gone.txt")
    assert failure(exc) == "missing"
    folder = tmp_path / "folder.txt"
    folder.mkdir()
    with pytest.raises(ImportFailed) as exc:
        import_path(folder)
    assert failure(exc) == "is_dir"


def test_too_large_file_is_refused_before_it_is_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    big = tmp_path / "big.txt"
    with open(big, "wb") as f:
        f.truncate(MAX_BYTES + 1)  # sparse: costs no disk

    def no_reading(*_a: object, **_k: object) -> None:
        raise AssertionError("the file was opened")

    monkeypatch.setattr(importers, "open", no_reading, raising=False)
    with pytest.raises(ImportFailed) as exc:
        import_path(big)
    assert failure(exc) == "too_large"
    assert "20 MB" in exc.value.reason


def test_too_large_bytes_are_refused() -> None:
    with pytest.raises(ImportFailed) as exc:
        import_bytes(b"a" * (MAX_BYTES + 1), "big.txt")
    assert failure(exc) == "too_large"


def test_file_vanishing_after_listing_reports_missing(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b.txt").write_text(ARTICLE, encoding="utf-8")
    listed = list(iter_import_paths([tmp_path]))
    listed[0].unlink()
    with pytest.raises(ImportFailed) as exc:
        import_path(listed[0])
    assert failure(exc) == "missing"
    assert import_path(listed[1]).title == TITLE


def test_file_vanishing_between_stat_and_open_reports_missing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")

    def vanished(*_a: object, **_k: object) -> None:
        raise FileNotFoundError(2, "No such file or directory")

    monkeypatch.setattr(importers, "open", vanished, raising=False)
    with pytest.raises(ImportFailed) as exc:
        import_path(path)
    assert failure(exc) == "missing"


def test_every_code_has_a_sentence_and_failures_pickle() -> None:
    for code, reason in REASONS.items():
        err = pickle.loads(pickle.dumps(ImportFailed(code)))
        assert (err.code, err.reason) == (code, reason)
        assert reason[0].isupper() and reason.endswith(".")


# -- folders ---------------------------------------------------------------------------
def test_folders_expand_recursively_to_supported_files_in_a_stable_order(tmp_path: Path) -> None:
    for rel in ["b.txt", "a.md", "sub/c.html", "sub/deeper/d.HTM", "sub/e.pdf", "notes", ".hidden.txt",
                ".git/x.txt", "z.markdown", "y.xhtml"]:
        p = tmp_path / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text("x", encoding="utf-8")
    extra = tmp_path / "sub" / "e.pdf"
    got = list(iter_import_paths([tmp_path, tmp_path / "b.txt", extra]))
    rel = [p.relative_to(tmp_path).as_posix() for p in got]
    assert rel == ["a.md", "b.txt", "y.xhtml", "z.markdown", "sub/c.html", "sub/deeper/d.HTM", "sub/e.pdf"]
    assert list(iter_import_paths([tmp_path])) == got[:-1]


# -- HTML ------------------------------------------------------------------------------
HOSTILE = f"""<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8">
<title>{TITLE} - الجريدة</title>
<meta property="og:site_name" content="الجريدة"><meta name="author" content="سامي خليل">
<meta property="article:published_time" content="2023-09-13T10:00:00Z">
<link rel="canonical" href="https://example.com/news/kim-putin">
<link rel="stylesheet" href="https://evil.example/style.css">
<style>@import url(https://evil.example/x.css); body {{ background: url(https://evil.example/bg.png) }}</style>
<script src="https://evil.example/tracker.js"></script>
<script>fetch('https://evil.example/track'); document.write('<img src=https://evil.example/w>')</script>
</head><body>
<nav><ul><li><a href="/">الرئيسية</a></li><li><a href="/world">العالم</a></li>
<li><a href="/eco">اقتصاد</a></li></ul></nav>
<div class="ad"><a href="https://ads.example/"><img src="https://ads.example/banner.gif">إعلان ممول</a></div>
<article><h1>{TITLE}</h1><p class="byline">بقلم سامي خليل</p>
<p>{PARAS[0]}</p>
<div class="related"><h3>اقرأ أيضاً</h3><ul><li><a href="/a">روسيا تستقبل ضيفا آخر</a></li>
<li><a href="/b">خبر ثالث من موسكو</a></li></ul></div>
<img src="https://evil.example/photo.jpg" srcset="https://evil.example/p2.jpg 2x">
<p>{PARAS[1]}</p><p>اقرأ أيضا: <a href="/c">بوتين يستقبل ضيفه في الشرق الأقصى</a></p>
<iframe src="https://evil.example/frame"></iframe><video src="https://evil.example/v.mp4"></video>
<p style="background-image:url('https://evil.example/p.png')">{PARAS[2]}</p></article>
<aside><h3>الأكثر قراءة</h3><ul><li><a href="/x">خبر شائع</a></li></ul></aside>
<footer>جميع الحقوق محفوظة © الجريدة</footer></body></html>"""


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError(f"network access attempted: {args!r}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr(urllib.request, "urlopen", refuse)


@pytest.mark.usefixtures("no_network")
def test_hostile_page_imports_without_any_network_access() -> None:
    article = import_bytes(HOSTILE.encode("utf-8"), "page.html")
    assert article.title == TITLE
    assert [p.text for p in article.paragraphs[1:]] == PARAS
    for junk in ("اقرأ", "الرئيسية", "إعلان", "fetch", "evil", "url(", "الأكثر قراءة", "محفوظة", "سامي"):
        assert junk not in article.text


@pytest.mark.usefixtures("no_network")
def test_page_metadata_goes_into_fields_not_text() -> None:
    article = import_bytes(HOSTILE.encode("utf-8"), "page.html")
    assert article.author == "سامي خليل"
    assert article.published.startswith("2023-09-13")
    assert article.site == "الجريدة"
    assert article.source == "https://example.com/news/kim-putin"


def test_og_url_is_the_source_when_there_is_no_canonical_link() -> None:
    page = HOSTILE.replace('<link rel="canonical" href="https://example.com/news/kim-putin">',
                           '<meta property="og:url" content="https://example.org/og">')
    assert import_bytes(page.encode(), "page.html").source == "https://example.org/og"


def test_page_without_metadata_is_named_after_its_file() -> None:
    body = "".join(f"<p>{p}</p>" for p in PARAS)
    page = f"<html><body><article><h1>{TITLE}</h1>{body}</article></body></html>"
    article = import_bytes(page.encode(), "saved-page.htm")
    assert article.source == "saved-page.htm"
    assert article.title == TITLE and len(article.paragraphs) == 4


def test_page_declared_in_windows_1256_is_decoded() -> None:
    declared = '<meta http-equiv="Content-Type" content="text/html; charset=windows-1256">'
    page = HOSTILE.replace('<meta charset="utf-8">', declared)
    page = page.replace("©", "")
    assert import_bytes(page.encode("cp1256"), "old.html").title == TITLE


def test_page_with_no_article_fails() -> None:
    page = (
        "<html><head><title>الرئيسية</title></head><body><nav><a href='/'>الرئيسية</a>"
        " <a href='/x'>أخبار</a></nav><footer>حقوق</footer></body></html>"
    )
    with pytest.raises(ImportFailed) as exc:
        import_bytes(page.encode(), "home.html")
    assert failure(exc) == "no_article"


def test_extensionless_file_holding_html_is_read_as_html(tmp_path: Path) -> None:
    path = tmp_path / "download"
    path.write_text(HOSTILE, encoding="utf-8")
    assert import_path(path).source == "https://example.com/news/kim-putin"
    plain = tmp_path / "README"
    plain.write_text(ARTICLE, encoding="utf-8")
    assert import_path(plain).text == ARTICLE


# -- Markdown ----------------------------------------------------------------------------
MARKDOWN = f"""![شعار](https://example.com/logo.png)

# {TITLE}

{PARAS[0][:60]}
{PARAS[0][61:]}

> {PARAS[1]}

- **البند** الأول مع [رابط](https://example.com "عنوان")
- البند _الثاني_ مع `رمز`
1. البند المرقم

```
كود يبقى نصه
```

---
{PARAS[2]}

[ref]: https://example.com
"""


def test_markdown_syntax_is_stripped_and_the_first_heading_is_the_headline() -> None:
    article = import_bytes(MARKDOWN.encode(), "note.md")
    texts = [p.text for p in article.paragraphs]
    assert texts[0] == TITLE
    assert texts[1] == PARAS[0]
    assert PARAS[1] in texts and PARAS[2] in texts
    assert "• البند الأول مع رابط" in texts and "• البند الثاني مع رمز" in texts  # list items keep their mark
    assert "1. البند المرقم" in texts and "كود يبقى نصه" in texts
    for syntax in ("#", "**", "](", "![", "```", "> ", "[ref]", "logo"):
        assert syntax not in article.text


def test_markdown_front_matter_fills_the_fields() -> None:
    src = f"---\ntitle: {TITLE}\nauthor: سامي خليل\ndate: 2023-09-13\n---\n\n" + "\n\n".join(PARAS)
    article = import_bytes(src.encode(), "post.markdown")
    assert (article.title, article.author, article.published) == (TITLE, "سامي خليل", "2023-09-13")


# -- paragraphs survive every format ------------------------------------------------------
def three_paragraphs(fmt: str) -> tuple[bytes, str]:
    if fmt == "txt":
        return ("\n\n".join([TITLE, *PARAS])).encode(), "a.txt"
    if fmt == "md":
        return ("# " + TITLE + "\n\n" + "\n\n".join(PARAS)).encode(), "a.md"
    body = "".join(f"<p>{p}</p>" for p in PARAS)
    page = f"<html><head><title>{TITLE}</title></head><body><article><h1>{TITLE}</h1>{body}</article></body></html>"
    return page.encode(), "a.html"


@pytest.mark.parametrize("fmt", ["txt", "md", "html"])
def test_three_paragraph_article_keeps_its_paragraphs_in_every_format(fmt: str) -> None:
    article = import_bytes(*three_paragraphs(fmt))
    assert [p.text for p in article.paragraphs] == [TITLE, *PARAS]


# -- clipboard -----------------------------------------------------------------------------
def test_paste_prefers_the_html_article() -> None:
    article = from_clipboard("نص عادي فيه كل شيء " + ARTICLE, HOSTILE)
    assert article.title == TITLE and "اقرأ" not in article.text


def test_paste_falls_back_to_text_when_html_is_a_mere_fragment() -> None:
    assert from_clipboard(ARTICLE, "<b>كيم</b>").text == ARTICLE
    assert from_clipboard(ARTICLE, None).text == ARTICLE
    assert from_clipboard(ARTICLE, None).source == "clipboard"


def test_paste_of_html_only_snippet_keeps_its_paragraphs() -> None:
    article = from_clipboard(None, "<p>الفقرة الأولى</p><p>الفقرة الثانية</p><script>x()</script>")
    assert article.text == "الفقرة الأولى\nالفقرة الثانية"


def test_empty_paste_fails() -> None:
    with pytest.raises(ImportFailed) as exc:
        from_clipboard("  ", "")
    assert failure(exc) == "empty"
    with pytest.raises(ImportFailed):
        from_clipboard(None, None)


# -- start-up cost -----------------------------------------------------------------------
def test_importing_text_does_not_load_trafilatura_or_charset_normalizer(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    code = (
        "import sys; from pathlib import Path; from qari.core.importers import import_path;"
        f"import_path(Path({str(path)!r}));"
        "print(sorted(m for m in ('trafilatura', 'charset_normalizer', 'lxml') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env={**os.environ, "PYTHONWARNINGS": "error"})
    assert out.stdout.strip() == "[]"


def test_headline_comes_from_the_h1_not_the_title_with_the_site_name() -> None:
    body = "".join(f"<p>{p}</p>" for p in PARAS)
    page = f"<html><head><title>الجريدة: {TITLE}</title></head><body><article><h1>{TITLE}</h1>{body}</article>"
    assert [p.text for p in import_bytes(page.encode(), "a.html").paragraphs] == [TITLE, *PARAS]


@pytest.mark.parametrize(
    "box",
    [
        "<h3>اقرأ أيضاً</h3><ul><li><a href='/a'>روسيا تستقبل ضيفا</a></li><li><a href='/b'>خبر آخر</a></li></ul>",
        "<p><strong>إقرأ أيضا:</strong></p><ul><li><a href='/a'>روسيا تستقبل ضيفا</a></li></ul>",
        "<p><a href='/a'>اقرأ ايضا: روسيا تستقبل ضيفا</a></p>",
        "<div><span>مواضيع ذات صلة</span><a href='/a'>روسيا تستقبل ضيفا</a> <a href='/b'>خبر آخر</a></div>",
    ],
)
def test_read_also_boxes_are_removed_in_their_usual_shapes(box: str) -> None:
    page = f"<html><body><article><h1>{TITLE}</h1><p>{PARAS[0]}</p>{box}<p>{PARAS[1]}</p><p>{PARAS[2]}</p>"
    article = import_bytes(page.encode(), "a.html")
    assert [p.text for p in article.paragraphs] == [TITLE, *PARAS]


def test_article_body_inside_a_widget_named_wrapper_is_kept() -> None:
    body = "".join(f"<p>{p}</p>" for p in PARAS * 3)
    page = f"<html><body><header><h1>{TITLE}</h1></header><div class='text-widget'>{body}</div></body></html>"
    article = import_bytes(page.encode(), "a.html")
    assert article.title == TITLE and PARAS[2] in article.text
