"""DisplayText: what Qt shows, and the exact map between Qt positions and canonical offsets."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from qari.core.arabic import strip_tashkeel
from qari.core.display import DisplayText, is_hidden_mark, utf16_len


def qt_slice(text: str, start: int, end: int) -> str:
    """What Qt shows between UTF-16 positions start and end."""
    return text.encode("utf-16-le")[2 * start : 2 * end].decode("utf-16-le")


def reference(text: str, hide: bool, insertions: dict[int, str]) -> tuple[str, list[int], list[int]]:
    """Character-by-character model: shown text, slot starts and to_qt for every offset."""
    out: list[str] = []
    slots: list[int] = []
    to_qt: list[int] = []
    q = 0
    for k in range(len(text) + 1):
        slots.append(q)
        if k in insertions:
            out.append(insertions[k])
            q += utf16_len(insertions[k])
        to_qt.append(q)
        if k < len(text) and not (hide and is_hidden_mark(text[k])):
            out.append(text[k])
            q += utf16_len(text[k])
    return "".join(out), slots, to_qt


ALPHABET = st.sampled_from(
    [
        *"بوتينكرياـ abc\n،",
        *["\u064e", "\u0650", "\u0651", "\u0652", "\u0670", "\u06d6", "\u0301", "\u200d", "\ufe0f"],
        *["😀", "👍", "🏽", "𝐀", "ﻻ"],
    ]
)
TEXTS = st.text(alphabet=ALPHABET, max_size=40)


@st.composite
def cases(draw: st.DrawFn) -> tuple[str, bool, dict[int, str]]:
    text = draw(TEXTS)
    hide = draw(st.booleans())
    # insertions on shown slots (a kashida is placed before a letter, never before a hidden mark)
    slots = [k for k in range(len(text) + 1) if k == len(text) or not (hide and is_hidden_mark(text[k]))]
    keys = draw(st.lists(st.sampled_from(slots), max_size=4, unique=True))
    ins = {k: draw(st.sampled_from(["ـ", "ــ", "😀", "x"])) for k in keys}
    return text, hide, ins


@settings(max_examples=400)
@given(cases())
def test_maps_agree_with_a_character_by_character_model(case: tuple[str, bool, dict[int, str]]) -> None:
    text, hide, ins = case
    d = DisplayText.build(text, hide_tashkeel=hide, insertions=ins)
    shown, slots, to_qt = reference(text, hide, ins)
    assert d.text == shown
    assert d.qt_length == utf16_len(shown)
    assert [d.to_qt(k) for k in range(len(text) + 1)] == to_qt
    for pos in range(d.qt_length + 2):
        assert d.from_qt(pos) == max(k for k, s in enumerate(slots) if s <= pos)


@settings(max_examples=300)
@given(cases())
def test_maps_are_monotonic_and_round_trip_on_shown_characters(case: tuple[str, bool, dict[int, str]]) -> None:
    text, hide, ins = case
    d = DisplayText.build(text, hide_tashkeel=hide, insertions=ins)
    qts = [d.to_qt(k) for k in range(len(text) + 1)]
    assert qts == sorted(qts) and qts[-1] <= d.qt_length
    backs = [d.from_qt(p) for p in range(d.qt_length + 1)]
    assert backs == sorted(backs)
    for k, ch in enumerate(text):
        if not (hide and is_hidden_mark(ch)):
            assert d.from_qt(d.to_qt(k)) == k


@settings(max_examples=300)
@given(st.lists(st.sampled_from(["بُوتِينُ", "كوريا", "😀", "الشَّمَالِيَّةِ", "Kim", "👍🏽"]), min_size=1, max_size=12))
def test_a_word_span_shows_the_same_word_with_or_without_tashkeel(words: list[str]) -> None:
    text = " ".join(words)
    shown = DisplayText.build(text)
    hidden = DisplayText.build(text, hide_tashkeel=True)
    for m in re.finditer(r"\S+", text):
        for d in (shown, hidden):
            qs, qe = d.span_to_qt(*m.span())
            assert strip_tashkeel(qt_slice(d.text, qs, qe)) == strip_tashkeel(m.group())
            assert d.span_from_qt(qs, qe) == m.span()


def test_emoji_counts_two_utf16_units() -> None:
    d = DisplayText.build("😀 بوتين")
    assert d.to_qt(2) == 3
    assert d.span_to_qt(2, 7) == (3, 8)
    assert d.from_qt(1) == 0  # the middle of the surrogate pair snaps to the emoji's start
    assert d.from_qt(3) == 2


def test_hiding_tashkeel_removes_marks_but_keeps_tatweel_and_letters() -> None:
    d = DisplayText.build("قالَ بُوتِينُ الكـرملين", hide_tashkeel=True)
    assert d.text == "قال بوتين الكـرملين"
    assert d.to_qt(3) == 3 and d.to_qt(4) == 3  # a hidden mark sits at the end of its letter
    assert d.from_qt(3) == 4  # a click after the letter lands after its marks


def test_insertions_are_display_only_and_belong_to_the_letter_before() -> None:
    text = "بوتين"
    d = DisplayText.build(text, insertions={3: "ــ"})
    assert d.text == "بوتــين"
    assert d.to_qt(3) == 5 and d.to_qt(4) == 6
    assert d.span_to_qt(0, 5) == (0, 7)  # the whole word, kashida included
    assert d.span_to_qt(0, 3) == (0, 3)  # a span ending at the kashida leaves it out
    assert d.from_qt(4) == 3  # inside the kashida


def test_insertion_on_a_hidden_mark_moves_to_the_next_shown_letter() -> None:
    d = DisplayText.build("بَت", hide_tashkeel=True, insertions={1: "ـ"})
    assert d.text == "بـت"
    assert d.to_qt(2) == 2 and d.from_qt(2) == 2


def test_offsets_outside_the_text_are_clamped() -> None:
    d = DisplayText.build("كيم")
    assert d.to_qt(-5) == 0 and d.to_qt(99) == 3
    assert d.from_qt(-1) == 0 and d.from_qt(99) == 3
    assert DisplayText.build("").to_qt(0) == 0


def test_insertion_outside_the_text_is_refused() -> None:
    with pytest.raises(ValueError):
        DisplayText.build("كيم", insertions={4: "ـ"})
