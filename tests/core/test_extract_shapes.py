"""Extraction on inputs of unusual shape (their cost is measured in bench/bench_shapes.py)."""

from __future__ import annotations

from qari.core.article import Article
from qari.core.extract import extract
from qari.core.extract.quotes import quote_spans


def test_runs_of_quote_marks_or_punctuation_are_not_quotations() -> None:
    assert quote_spans("«" * 3000) == []
    assert quote_spans('«»“”"‹›„' * 300) == []
    assert quote_spans("قال: «...!؟» ثم «" + "؛" * 50 + "»") == []
    ex = extract(Article.from_text("عنوان\n" + "«" * 2000 + "\n" + "،.؛!" * 500))
    assert ex.quotes == [] and ex.entities == []


def test_many_quotes_in_one_paragraph_are_each_paired() -> None:
    line = " ".join(f"«كلمة{i}»" for i in range(500))
    spans = quote_spans(line)
    assert len(spans) == 500 and all(closed for _, _, closed in spans)
    assert [line[a:b] for a, b, _ in spans[:2]] == ["كلمة0", "كلمة1"]


def test_a_long_text_without_sentence_ends_still_yields_names_and_quotes() -> None:
    filler = " ".join(["وتحدث الحضور عن الاقتصاد والسياسة"] * 200)  # ~1,000 tokens, no terminator
    text = f"عنوان\n{filler} وقال الرئيس الروسي فلاديمير بوتين في موسكو: «سنواصل العمل معا» {filler}"
    ex = extract(Article.from_text(text))
    assert any(e.name == "فلاديمير بوتين" for e in ex.entities)
    assert [q.text for q in ex.quotes] == ["سنواصل العمل معا"]


def test_extraction_stops_when_cancelled() -> None:
    import pytest

    from qari.core.extract import Cancelled

    text = "عنوان\n" + "وقال الرئيس إن المحادثات مثمرة. " * 200
    asked: list[int] = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) > 3

    with pytest.raises(Cancelled):
        extract(Article.from_text(text), cancelled)
    assert extract(Article.from_text(text), lambda: False).statements  # not cancelled: a full result


def test_english_sentences_in_an_article_are_not_read_as_names() -> None:
    """The tagger learnt Arabic news; on English it called runs of ordinary words names (in 5 MB
    of English words, 17,776 of them). Sentences mostly in Latin letters are not tagged; the
    Arabic sentences around them are."""
    text = ("عنوان\nوقال الرئيس الروسي فلاديمير بوتين في موسكو إن المحادثات مثمرة.\n"
            "The minister said that talks would resume next week, adding that Reuters reported it. "
            "Next week the talks are said to resume in earnest, the minister would add.\n")
    ex = extract(Article.from_text(text))
    assert sorted((e.name, e.type) for e in ex.entities) == [("فلاديمير بوتين", "PER"), ("موسكو", "LOC")]
