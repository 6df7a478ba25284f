"""The JSON the CLI prints and the store caches."""

from __future__ import annotations

import json
from pathlib import Path

from qari.core.article import Article
from qari.core.extract import EXTRACTOR_VERSION, Extraction, extract, to_json

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "samples" / "kim-putin-vostochny.txt"


def test_to_json_shape() -> None:
    article = Article.from_text(SAMPLE.read_text(encoding="utf-8"))
    out = to_json(article, extract(article))
    assert out["title"] == article.title
    assert set(out) == {"title", "quotes", "statements", "entities"}
    for q in out["quotes"]:
        assert set(q) == {"text", "start", "end", "speaker", "speaker_entity", "cue", "kind", "corrected", "confirmed"}
        assert q["corrected"] is False and q["confirmed"] is False  # nobody has corrected the sample
        assert q["kind"] == "direct" and article.text[q["start"] : q["end"]] == q["text"]
    assert all(s["kind"] == "reported" for s in out["statements"])
    ids = {e["id"] for e in out["entities"]}
    assert all(q["speaker_entity"] in ids for q in out["quotes"] if q["speaker_entity"])
    for e in out["entities"]:
        assert e["type"] in {"PER", "LOC", "ORG", "MISC"} and e["name"] and e["aliases"]
        assert all(set(m) == {"start", "end", "text"} for m in e["mentions"])
    json.dumps(out, ensure_ascii=False)


def test_round_trip_through_json() -> None:
    article = Article.from_text(SAMPLE.read_text(encoding="utf-8"))
    ex = extract(article)
    again = Extraction.from_dict(json.loads(json.dumps(ex.to_dict(), ensure_ascii=False)))
    assert again == ex
    assert isinstance(EXTRACTOR_VERSION, str) and EXTRACTOR_VERSION


def test_empty_and_quote_only_articles() -> None:
    ex = extract(Article.from_text("عنوان فقط"))
    assert ex.quotes == [] and ex.statements == []
    ex = extract(Article.from_text("«"))
    assert ex.quotes == []


def test_the_dicts_cached_are_those_of_dataclasses_asdict_key_for_key() -> None:
    """The hand-written to_dict (asdict deep-copied every value: 2.5 s for a 3 MB article, on the
    interface thread) gives the same dicts, keys in the same order, so cached JSON is unchanged."""
    from dataclasses import asdict, fields

    from qari.core.extract import Entity, Mention, Quote

    article = Article.from_text(SAMPLE.read_text(encoding="utf-8"))
    ex = extract(article)
    ex.quotes[0].corrected = True
    ex.entities.append(Entity("e-x", "اسم", "PER", ["اسم", "الاسم"], [Mention(3, 6, "اسم")]))
    for q in ex.quotes + ex.statements:
        assert list(q.to_dict().items()) == list(asdict(q).items())
    for e in ex.entities:
        assert json.dumps(e.to_dict(), ensure_ascii=False) == json.dumps(asdict(e), ensure_ascii=False)
    assert [f.name for f in fields(Quote)] == list(ex.quotes[0].to_dict())  # a new field must go in too
    assert [f.name for f in fields(Entity)] == list(ex.entities[0].to_dict())
    assert Extraction.from_dict(ex.to_dict()) == ex
