from hypothesis import given
from hypothesis import strategies as st

from qari.core.extract.tokens import Token, Tokens, sentence_bounds, split_sentences, tokenize

TEXT = "قال الرئيس: «سنلتقي في موسكو، غداً».  هل تأتي؟ نعم 👍🏽 مُحَمَّـــد دفع 3.5 مليون\nفقرة ثانية"


def test_offsets_round_trip_on_arabic_with_punctuation_and_emoji() -> None:
    toks = tokenize(TEXT)
    assert all(TEXT[t.start : t.end] == t.text for t in toks)
    assert [t.text for t in toks][:12] == [
        "قال", "الرئيس", ":", "«", "سنلتقي", "في", "موسكو", "،", "غداً", "»", ".", "هل",
    ]  # fmt: skip
    texts = [t.text for t in toks]
    assert "👍🏽" in texts  # the emoji keeps its skin-tone modifier
    assert "مُحَمَّـــد" in texts  # diacritics and tatweel stay inside the word
    assert "3.5" in texts
    assert "؟" in texts


def test_every_punctuation_mark_is_its_own_token() -> None:
    text = 'قال: "نعم"؛ ‹لا› „ربما“ ».'
    assert [t.text for t in tokenize(text)] == [
        "قال", ":", '"', "نعم", '"', "؛", "‹", "لا", "›", "„", "ربما", "“", "»", ".",
    ]  # fmt: skip


@given(st.text(alphabet=st.sampled_from(list("ابتس مُّـ،.؟«»\n\"'1٢😀 "))))
def test_tokens_cover_all_non_space_text(text: str) -> None:
    toks = tokenize(text)
    assert all(text[t.start : t.end] == t.text for t in toks)
    assert "".join(t.text for t in toks) == "".join(text.split())


def test_sentences_split_at_terminators_and_paragraphs_keeping_closing_quotes() -> None:
    sents = split_sentences(tokenize(TEXT), TEXT)
    joined = [" ".join(t.text for t in s) for s in sents]
    assert joined[0].endswith("» .")
    assert joined[1] == "هل تأتي ؟"
    assert joined[-1] == "فقرة ثانية"
    assert sum(map(len, sents)) == len(tokenize(TEXT))


def test_token_is_frozen_value() -> None:
    assert Token("x", 0, 1) == Token("x", 0, 1)


@given(st.text(alphabet=st.sampled_from(list("ابتس مُّـ،.؟«»\n\"'1٢😀 "))))
def test_compact_tokens_and_sentence_bounds_agree_with_the_lists(text: str) -> None:
    toks = Tokens(text)
    assert list(toks) == tokenize(text)
    assert [(s[0].start, s[-1].end) for s in split_sentences(tokenize(text), text)] == [
        (toks[a].start, toks[b - 1].end) for a, b in sentence_bounds(toks)
    ]


def test_a_sentence_with_no_end_is_cut_at_the_limit_for_the_tagger() -> None:
    text = " ".join(["كلمة"] * 25)  # one line, no terminator: one "sentence" of 25 tokens
    assert sentence_bounds(Tokens(text)) == [(0, 25)]
    assert sentence_bounds(Tokens(text), limit=10) == [(0, 10), (10, 20), (20, 25)]
    assert Tokens(text).words(0, 2) == ["كلمة", "كلمة"]
