"""`qari import` and `qari list`: one result per file, the batch goes on past bad files."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

import qari.core.importing as importing
from qari.cli import main
from qari.core.importers import MAX_BYTES

TITLE = "وزير الخارجية يلتقي نظيره الروسي في موسكو"
BODY = [
    "قال وزير الخارجية إن المحادثات التي جرت اليوم في العاصمة الروسية كانت «بناءة وصريحة».",
    "وأضاف أن البلدين اتفقا على مواصلة الحوار بشأن الملفات الإقليمية في الأشهر المقبلة.",
    "وأشار إلى أن لقاءً آخر سيعقد قبل نهاية العام لمتابعة ما تم الاتفاق عليه.",
]
HOSTILE = (
    "<!doctype html><html><head><meta charset='utf-8'><title>x</title>"
    "<script>fetch('https://evil.example/t')</script><style>body{background:url(https://evil.example/b)}</style>"
    "</head><body><nav><a href='/'>الرئيسية</a></nav><article><h1>قمة المناخ تختتم أعمالها</h1>"
    "<p onclick=\"alert(1)\">اختتمت قمة المناخ أعمالها مساء الجمعة بعد مفاوضات طويلة بين الوفود المشاركة.</p>"
    "<img src='https://evil.example/x.png' onerror='alert(2)'><iframe src='https://evil.example/f'></iframe>"
    "<p>واتفقت الدول على صندوق جديد لتعويض الدول الفقيرة عن الخسائر والأضرار الناجمة عن تغير المناخ.</p>"
    "<p>وقال رئيس القمة إن الاتفاق خطوة أولى وإن العمل الحقيقي يبدأ الآن في العواصم.</p>"
    "</article><footer>جميع الحقوق محفوظة</footer></body></html>"
)
NO_ARTICLE = ("<html><head><title>الرئيسية</title></head><body><nav><a href='/'>الرئيسية</a>"
              " <a href='/x'>أخبار</a></nav><footer>حقوق</footer></body></html>")


def make_mixed_folder(root: Path) -> dict[str, str]:
    """A folder of good and bad files; returns file name -> expected status or failure code.

    ``vanish.txt`` must be made to disappear mid-import with :func:`vanish_mid_import`.
    """
    root.mkdir(parents=True, exist_ok=True)
    (root / "good.txt").write_text("\n".join([TITLE, *BODY]), encoding="utf-8")
    (root / "good.md").write_text("# غزة: هدنة جديدة\n\nأعلن الوسطاء عن هدنة جديدة.\n\nوتبدأ غدا.\n",
                                  encoding="utf-8")
    (root / "hostile.html").write_text(HOSTILE, encoding="utf-8")
    (root / "binary.txt").write_bytes(b"\x00\x01\x02\x03binary\x00data" * 10)
    (root / "empty.txt").write_bytes(b"")
    with open(root / "huge.txt", "wb") as f:  # sparse: no 20 MB written
        f.truncate(MAX_BYTES + 1)
    rng = random.Random(7)
    (root / "undecodable.txt").write_bytes(bytes(rng.randrange(0x80, 0x100) for _ in range(4000)))
    (root / "nothing.html").write_text(NO_ARTICLE, encoding="utf-8")
    (root / "vanish.txt").write_text("سيختفي هذا الملف\nقبل أن يقرأ.", encoding="utf-8")
    return {
        "good.txt": "imported", "good.md": "imported", "hostile.html": "imported",
        "binary.txt": "binary", "empty.txt": "empty", "huge.txt": "too_large",
        "undecodable.txt": "encoding", "nothing.html": "no_article", "vanish.txt": "missing",
    }


def vanish_mid_import(monkeypatch: pytest.MonkeyPatch, name: str = "vanish.txt") -> None:
    """The file called ``name`` is deleted after it was listed, right before it is read."""
    real = importing.import_path

    def reading(path: Path):  # -> Article
        if Path(path).name == name:
            Path(path).unlink(missing_ok=True)
        return real(path)

    monkeypatch.setattr(importing, "import_path", reading)


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    code = main(list(argv))
    return code, capsys.readouterr().out


def test_mixed_folder_gives_one_result_per_file_and_imports_the_good_ones(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tmp_path / "data"
    expected = make_mixed_folder(tmp_path / "in")
    vanish_mid_import(monkeypatch)
    code, out = _run(capsys, "import", str(tmp_path / "in"), "--json", "--data-dir", str(data))
    assert code == 2  # some files failed
    results = {Path(r["path"]).name: r for r in json.loads(out)}
    assert set(results) == set(expected)
    for name, want in expected.items():
        got = results[name]
        if want == "imported":
            assert got["status"] == "imported" and got["id"] and got["title"], name
        else:
            assert got["status"] == "failed" and got["code"] == want and got["reason"].endswith("."), name
    code, out = _run(capsys, "list", "--json", "--data-dir", str(data))
    listed = {a["title"]: a for a in json.loads(out)}
    assert {TITLE, "غزة: هدنة جديدة", "قمة المناخ تختتم أعمالها"} <= set(listed)
    assert listed[TITLE]["words"] > 20 and listed[TITLE]["progress"] == 0


def test_hostile_page_keeps_the_article_and_drops_the_scripts(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    page = tmp_path / "page.html"
    page.write_text(HOSTILE, encoding="utf-8")
    code, out = _run(capsys, "import", str(page), "--json", "--data-dir", str(data))
    assert code == 0
    from qari.core.session import Session

    session = Session.open(data)
    try:
        article = session.library.get(json.loads(out)[0]["id"])
    finally:
        session.close()
    assert article is not None and article.title == "قمة المناخ تختتم أعمالها"
    for junk in ("fetch", "evil", "alert", "الرئيسية", "محفوظة"):
        assert junk not in article.text


def test_the_same_text_twice_is_one_article(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "data"
    a, b = tmp_path / "a.txt", tmp_path / "copy.txt"
    a.write_text("\n".join([TITLE, *BODY]), encoding="utf-8")
    # the same article with diacritics and other line ends: still the same article
    b.write_bytes("\r\n\r\n".join(["وَزيرُ الخارجية يلتقي نظيره الروسي في موسكو", *BODY]).encode("utf-8"))
    code, out = _run(capsys, "import", str(a), str(b), "--data-dir", str(data))
    lines = [ln.split("\t") for ln in out.splitlines()]
    assert code == 0
    assert [ln[0] for ln in lines] == ["imported", "already in library"]
    assert lines[0][2] == TITLE
    _code, out = _run(capsys, "list", "--data-dir", str(data))
    rows = [ln.split("\t") for ln in out.splitlines()]
    assert sum(r[-1] == TITLE for r in rows) == 1
    assert len(rows) == 2  # the article and the sample


def test_plain_output_says_why_a_file_failed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "blob.txt"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + b"IHDR" * 10)
    code, out = _run(capsys, "import", str(bad), "--data-dir", str(tmp_path / "data"))
    status, path, reason = out.strip().split("\t")
    assert code == 2 and status == "failed" and path == str(bad) and "binary" in reason


def test_import_says_nothing_to_import_only_when_nothing_was_found(tmp_path: Path, capsys) -> None:
    data = tmp_path / "data"
    article = tmp_path / "a.txt"
    article.write_text(TITLE + "\n" + "\n".join(BODY), encoding="utf-8")
    assert main(["--data-dir", str(data), "import", str(article)]) == 0
    first = capsys.readouterr()
    assert "imported" in first.out and "nothing to import" not in first.err
    assert main(["--data-dir", str(data), "import", str(article)]) == 0  # already there: still not "nothing"
    assert "nothing to import" not in capsys.readouterr().err
    empty = tmp_path / "empty"
    empty.mkdir()
    main(["--data-dir", str(data), "import", str(empty)])
    assert "nothing to import" in capsys.readouterr().err
