"""Find in an article: the hits a reader sees highlighted."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from qari.core.arabic import fold_text
from qari.core.article import Article
from qari.core.find import count, find_all, next_hit

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "samples" / "kim-putin-vostochny.txt"


@pytest.fixture(scope="module")
def article() -> Article:
    return Article.from_text(SAMPLE.read_text(encoding="utf-8"))


def test_sample_has_ten_putins_and_six_koreas(article: Article) -> None:
    hits = find_all(article.text, "بوتين")
    assert len(hits) == 10
    assert all(article.text[s:e] == "بوتين" for s, e in hits)
    assert len(find_all(article.text, "كوريا")) == 6
    assert count(article.text, "بوتين") == 10


def test_substring_match_finds_the_name_inside_a_prefixed_word(article: Article) -> None:
    words = {article.text[s - 1 : e] for s, e in find_all(article.text, "بوتين") if s}
    assert "لبوتين" in words


def test_vocalised_query_finds_plain_text(article: Article) -> None:
    assert find_all(article.text, "بُوتِين") == find_all(article.text, "بوتين")


def test_plain_query_finds_vocalised_text_and_covers_its_diacritics() -> None:
    text = "قالَ الرئيسُ بُوتِينُ اليومَ"
    [(start, end)] = find_all(text, "بوتين")
    assert text[start:end] == "بُوتِينُ"


def test_hamza_and_teh_marbuta_variants_match() -> None:
    text = "أعلنت إدارة الولايات المتحدة"
    assert len(find_all(text, "اعلنت")) == 1
    assert len(find_all(text, "ادارة")) == 1
    assert len(find_all(text, "اداره")) == 1


def test_arabic_indic_digits_find_western_digits_and_back() -> None:
    text = "في عام 2023 ثم في ٢٠٢٤"
    [(s, e)] = find_all(text, "٢٠٢٣")
    assert text[s:e] == "2023"
    [(s, e)] = find_all(text, "2024")
    assert text[s:e] == "٢٠٢٤"


def test_query_spanning_a_tatweel_and_case_and_spaces() -> None:
    text = "الكـــرملين  Moscow\nKremlin"
    assert [text[s:e] for s, e in find_all(text, "الكرملين")] == ["الكـــرملين"]
    assert [text[s:e] for s, e in find_all(text, "moscow kremlin")] == ["Moscow\nKremlin"]


def test_empty_query_and_no_match_find_nothing(article: Article) -> None:
    assert find_all(article.text, "") == []
    assert find_all(article.text, "   ") == []
    assert find_all(article.text, "\u064e") == []
    assert find_all(article.text, "واشنطنيات") == []


def test_hits_are_ordered_non_overlapping_and_limit_stops_early() -> None:
    hits = find_all("ااااا", "اا")
    assert hits == [(0, 2), (2, 4)]
    assert find_all("ب ب ب", "ب", limit=2) == [(0, 1), (2, 3)]


def test_offsets_survive_emoji_before_the_match() -> None:
    text = "😀😀 بوتين"
    [(s, e)] = find_all(text, "بوتين")
    assert text[s:e] == "بوتين"


def test_next_hit_wraps_around() -> None:
    hits = [(2, 4), (10, 12), (20, 22)]
    assert next_hit(hits, 0) == 0
    assert next_hit(hits, 11) == 2
    assert next_hit(hits, 21) == 0
    assert next_hit(hits, 10, backwards=True) == 0
    assert next_hit(hits, 2, backwards=True) == 2
    assert next_hit([], 5) is None


WORDS = st.sampled_from(["بُوتِين", "كوريا", "الكَرْمَلين", "٢٠٢٣", "Kim", "😀", "ﻻ", "  ", "\n", "،"])


@given(st.lists(WORDS, max_size=20), st.sampled_from(["بوتين", "كوريا", "2023", "kim", "لا", "الكرملين"]))
def test_every_hit_is_a_match_of_the_folded_query(parts: list[str], query: str) -> None:
    text = " ".join(parts)
    hits = find_all(text, query)
    assert len(hits) == sum(fold_text(p).count(query) for p in parts)  # the query holds no space
    for s, e in hits:
        assert find_all(text[s:e], query) == [(0, e - s)]


def test_a_long_texts_hits_map_back_exactly_through_the_runs_of_its_offset_map() -> None:
    """A long text's folded map is kept as runs (arabic.OffsetMap); its hits are mapped back all at
    once (OffsetMap.at), and land where mapping each one alone does."""
    from qari.core.arabic import OffsetMap, fold

    body = SAMPLE.read_text(encoding="utf-8").split("\n", 1)[1]
    text = "\n".join(f"{i} 😀 {body}" for i in range(30))  # (emoji and diacritics: many runs)
    folded = fold(text)
    assert isinstance(folded.starts, OffsetMap) and isinstance(folded.ends, OffsetMap)
    needle = fold_text("بوتين")
    alone, i = [], folded.text.find(needle)
    while i >= 0:
        alone.append((folded.starts[i], folded.ends[i + len(needle) - 1]))
        i = folded.text.find(needle, i + len(needle))
    assert find_all(text, "بوتين") == alone and len(alone) == 30 * len(find_all(body, "بوتين")) > 0
    assert all(fold_text(text[a:b]) == needle for a, b in alone)


def test_find_near_gives_the_hits_around_a_place_and_the_next_one_after_it() -> None:
    from qari.core.find import find_near

    body = SAMPLE.read_text(encoding="utf-8").split("\n", 1)[1]
    text = "\n".join(f"{i} {body}" for i in range(40))
    every = find_all(text, "بوتين")
    middle = len(text) // 2
    near = find_near(text, "بوتين", middle, reach=5_000)
    assert near and set(near) <= set(every) and len(near) < len(every) // 4
    assert near == [h for h in every if near[0][0] <= h[0] <= near[-1][0]]  # a run of the whole list
    assert any(a >= middle for a, _b in near) and any(a < middle for a, _b in near)
    only_after = find_near(text, "بوتين", middle, reach=10)  # nothing within reach: the next one after
    assert only_after == [next(h for h in every if h[0] >= middle)]
    assert find_near(text, "بوتين", len(text), reach=10) == [every[0]]  # (wrapping around)
    assert find_near(text, "زيمبابوي", middle) == [] and find_near(text, "  ", middle) == []
