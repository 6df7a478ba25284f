"""`qari search`, `qari tags`, `qari searches` as a person runs them."""

import json
import subprocess
import sys
from pathlib import Path

TEXTS = {
    "a.txt": "قرار الحكومة\nقالت الحكومةُ إن الوزير سيزور لبنان، وللحكومة رأي آخر.",
    "b.txt": "خبر ثان\nوالحكومة قررت شيئا عن الأمم المتحدة.",
    "c.txt": "مقال ثالث\nحديث عن الطقس.",
}


def _qari(data: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "qari", *args, "--data-dir", str(data)],
                          capture_output=True, text=True, timeout=60)


def _library(tmp_path: Path) -> Path:
    src = tmp_path / "in"
    src.mkdir()
    for name, text in TEXTS.items():
        (src / name).write_text(text, encoding="utf-8")
    data = tmp_path / "data"
    assert _qari(data, "import", str(src)).returncode == 0
    return data


def test_search_json_has_code_point_matches(tmp_path: Path) -> None:
    data = _library(tmp_path)
    out = _qari(data, "search", "الحكومة", "--json", "--limit", "5")
    assert out.returncode == 0, out.stderr
    got = json.loads(out.stdout)
    assert got["query"] == "الحكومة" and got["total"] == 3  # the two articles and the seeded sample
    first = got["results"][0]
    assert set(first) >= {"article_id", "title", "score", "snippet", "matches"}
    assert first["title"] == "قرار الحكومة"  # in the headline: ranked first
    titles = {r["title"] for r in got["results"]}
    assert {"قرار الحكومة", "خبر ثان"} <= titles
    listed = json.loads(_qari(data, "list", "--json").stdout)
    by_id = {a["id"]: a for a in listed}
    assert all(r["article_id"] in by_id for r in got["results"])
    one = json.loads(_qari(data, "search", "الحكومة", "--json", "--limit", "1").stdout)
    assert one["total"] == 3 and len(one["results"]) == 1
    exact = json.loads(_qari(data, "search", "والحكومة", "--json", "--exact").stdout)
    assert [r["title"] for r in exact["results"]] == ["خبر ثان"]
    phrase = json.loads(_qari(data, "search", '"الأمم المتحدة" قررت', "--json").stdout)
    assert phrase["total"] == 1
    text = (tmp_path / "in" / "b.txt").read_text(encoding="utf-8")
    m = phrase["results"][0]["matches"][-1]
    assert text[m["start"] : m["end"]] == "الأمم المتحدة"


def test_tags_and_saved_searches(tmp_path: Path) -> None:
    data = _library(tmp_path)
    ids = [str(a["id"]) for a in json.loads(_qari(data, "list", "--json").stdout)
           if a["title"] in ("قرار الحكومة", "خبر ثان")]
    assert _qari(data, "tags", "add", "سياسة", *ids).returncode == 0
    assert json.loads(_qari(data, "tags", "--json").stdout) == [{"tag": "سياسة", "articles": len(ids)}]
    out = _qari(data, "search", "الحكومة", "--tag", "سياسة", "--save", "حكومة", "--json")
    assert json.loads(out.stdout)["total"] == 2
    saved = json.loads(_qari(data, "searches", "--json").stdout)
    assert [s["name"] for s in saved] == ["حكومة"] and saved[0]["options"]["tags"] == ["سياسة"]
    assert json.loads(_qari(data, "searches", "run", "حكومة", "--json").stdout)["total"] == 2
    assert _qari(data, "tags", "remove", "سياسة", *ids).returncode == 0
    assert json.loads(_qari(data, "searches", "run", "حكومة", "--json").stdout)["total"] == 0


def test_bad_search_input_gets_a_message(tmp_path: Path) -> None:
    data = _library(tmp_path)
    out = _qari(data, "search", "  ")
    assert out.returncode == 2 and "empty" in out.stderr and "Traceback" not in out.stderr
    out = _qari(data, "searches", "run", "nothing")
    assert out.returncode == 2 and "no saved search" in out.stderr
    out = _qari(data, "tags", "add", "x", "abc")
    assert out.returncode == 2 and "Traceback" not in out.stderr


DEV = Path(__file__).resolve().parents[2] / "shared" / "eval" / "dev"


def test_people_and_quotes_across_articles(tmp_path: Path) -> None:
    import pytest

    if not DEV.is_dir():
        pytest.skip("no ../shared/eval/dev")
    data = tmp_path / "data"
    assert _qari(data, "import", *(str(DEV / f"{n}.txt") for n in (17, 18, 19))).returncode == 0
    out = _qari(data, "people", "--type", "PER", "--json")
    assert out.returncode == 0, out.stderr
    people = json.loads(out.stdout)
    assert all(set(p) == {"id", "name", "type", "aliases", "articles", "mentions", "quotes", "statements"}
               for p in people)
    bibi = next(p for p in people if "نتنياهو" in p["aliases"])
    assert len(bibi["articles"]) == 3 and bibi["type"] == "PER"
    quotes = json.loads(_qari(data, "quotes", "--speaker", "نتنياهو", "--json").stdout)
    assert quotes and {q["person_id"] for q in quotes} == {bibi["id"]}
    assert all({"article_id", "title", "kind", "text", "speaker", "person_id", "start", "end"} <= set(q)
               for q in quotes)
    assert {q["kind"] for q in quotes} <= {"direct", "reported"}
    one = quotes[0]
    listed = {a["id"]: a for a in json.loads(_qari(data, "list", "--json").stdout)}
    assert one["title"] == listed[one["article_id"]]["title"]
    by_person = json.loads(_qari(data, "quotes", "--person", str(bibi["id"]), "--json").stdout)
    assert by_person == quotes
    md = _qari(data, "quotes", "--person", str(bibi["id"]), "--format", "md", "-o", str(tmp_path / "q.md"))
    assert md.returncode == 0 and (tmp_path / "q.md").read_text(encoding="utf-8").startswith("# ")
    bad = _qari(data, "quotes", "--person", "999999", "--json")
    assert bad.returncode == 2 and "no entry" in bad.stderr
