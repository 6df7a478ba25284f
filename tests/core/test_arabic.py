"""Folding for search: what it merges, and that its offset map is exact."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from qari.core.arabic import fold, fold_text, normalize_for_identity, strip_tashkeel

MIXED = st.text(
    alphabet=st.sampled_from(
        [
            *"بوتينكرياأإآٱةىـ ٠١٢٣۴۵ abcXYZİßé\n\t  ",
            *["\u064e", "\u0650", "\u0651", "\u0652", "\u0670", "\u06d6", "\u0654", "\u0301", "\u200c"],
            *["\u200f", "ﻻ", "ﷲ", "ﺓ", "ﬁ", "Ａ", "👍", "🏽", "😀", "\u200d", "\ufe0f", "𝐀", "한"],
        ]
    ),
    max_size=60,
)
ANY = st.text(max_size=60)
TEXTS = st.one_of(MIXED, ANY)


def test_diacritics_tatweel_and_letter_forms_fold_away() -> None:
    assert fold_text("بُوتِين") == fold_text("بوتين") == "بوتين"
    assert fold_text("الـــكرملين") == "الكرملين"
    assert fold_text("أإآٱا") == "ااااا"
    assert fold_text("مدرسة مستشفى") == "مدرسه مستشفي"
    assert fold_text("قُرْآنٰ") == "قران"


def test_digits_case_compatibility_forms_and_spaces() -> None:
    assert fold_text("٢٠٢٣ ۱۴۰۲") == "2023 1402"
    assert fold_text("Putin PUTIN") == "putin putin"
    assert fold_text("ﻻ ﺓ Ｑ ﬁ") == "لا ه q fi"
    assert fold_text("  كيم \n\t جونغ  ") == "كيم جونغ"


def test_hamza_on_waw_and_yeh_stays_distinct() -> None:
    assert fold_text("مسؤول") != fold_text("مسئول")


def test_offsets_point_back_at_whole_original_characters() -> None:
    text = "قالَ بُوتِينُ"
    f = fold(text)
    assert f.text == "قال بوتين"
    i = f.text.index("بوتين")
    start, end = f.span(i, i + 5)
    assert text[start:end] == "بُوتِينُ"  # includes the last letter's damma


def test_collapsed_whitespace_maps_to_the_whole_run() -> None:
    f = fold("a \n\t b")
    assert f.text == "a b"
    assert (f.starts[1], f.ends[1]) == (1, 5)


def test_ligature_folds_to_two_letters_sharing_one_span() -> None:
    f = fold("xﻻy")
    assert f.text == "xلاy"
    assert f.starts[1:3] == [1, 1] and f.ends[1:3] == [2, 2]


def test_identity_normalization_still_ignores_diacritics_and_spacing() -> None:
    assert normalize_for_identity("أَحْمَد  قال") == normalize_for_identity("احمد قال")
    assert strip_tashkeel("بُوتِين") == "بوتين"


@settings(max_examples=300)
@given(TEXTS)
def test_map_is_monotonic_and_inside_the_original(text: str) -> None:
    f = fold(text)
    assert len(f.starts) == len(f.ends) == len(f.text)
    for i, (s, e) in enumerate(zip(f.starts, f.ends, strict=True)):
        assert 0 <= s < e <= len(text)
        if i:
            assert f.starts[i - 1] <= s and f.ends[i - 1] <= e


@settings(max_examples=300)
@given(TEXTS)
def test_every_original_character_is_covered_or_ignored(text: str) -> None:
    f = fold(text)
    covered = set()
    for s, e in zip(f.starts, f.ends, strict=True):
        covered.update(range(s, e))
    for i, ch in enumerate(text):
        if i not in covered:
            assert fold_text(ch) == ""  # only ignorable characters (before any letter) are dropped


@settings(max_examples=300)
@given(TEXTS, st.data())
def test_folding_the_mapped_original_reproduces_the_match(text: str, data: st.DataObject) -> None:
    f = fold(text)
    if not f.text:
        return
    a = data.draw(st.integers(0, len(f.text) - 1))
    b = data.draw(st.integers(a + 1, len(f.text)))
    start, end = f.span(a, b)
    again = fold(text[start:end]).text
    assert f.text[a:b] in again
    whole_chars = (a == 0 or f.starts[a - 1] != f.starts[a]) and (
        b == len(f.text) or f.starts[b] != f.starts[b - 1]
    )
    if whole_chars:
        assert again == f.text[a:b]


@settings(max_examples=200)
@given(TEXTS)
def test_folding_is_idempotent_and_fold_text_agrees(text: str) -> None:
    folded = fold(text).text
    assert fold(folded).text == folded
    assert fold_text(text) == " ".join(folded.split())


@given(MIXED, MIXED)
def test_folding_distributes_over_concatenation(a: str, b: str) -> None:
    # no whitespace or ignorable at the seam: then fold(a + b) == fold(a) + fold(b)
    if a and b and fold_text(a[-1]) not in ("", " ") and fold_text(b[0]) not in ("", " "):
        assert fold(a + b).text == fold(a).text + fold(b).text


def test_long_text_is_folded_with_the_same_result_as_short_pieces() -> None:
    para = "وَقالَ بوتين إن روسيا ستساعد ٢٠٢٣ 👍  "
    text = para * 50  # long enough to take the cached path
    f = fold(text)
    assert f.text == fold(para).text * 50
    assert f.text.count("بوتين") == 50
