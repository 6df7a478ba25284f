from pathlib import Path

import pytest

from qari.core.extract.features import FeatureExtractor
from qari.core.extract.gazetteer import default_gazetteer
from qari.core.extract.ner import Tagger, person_starts, repair, tag_conll
from qari.core.extract.tokens import tokenize


def entities(words: list[str], tags: list[str]) -> set[tuple[str, str]]:
    out, cur, typ = set(), [], ""
    for w, t in [*zip(words, tags, strict=True), ("", "O")]:
        if cur and (t == "O" or t.startswith("B-") or t[2:] != typ):
            out.add((" ".join(cur), typ))
            cur = []
        if t != "O":
            if not cur:
                typ = t[2:]
            cur.append(w)
    return out


@pytest.fixture(scope="module")
def tagger() -> Tagger:
    return Tagger.default()


def test_shipped_model_finds_person_and_place(tagger: Tagger) -> None:
    words = [t.text for t in tokenize("وقال الرئيس الروسي فلاديمير بوتين في موسكو")]
    found = entities(words, tagger.tag(words))
    assert ("فلاديمير بوتين", "PERS") in found
    assert ("موسكو", "LOC") in found


def test_common_news_names(tagger: Tagger) -> None:
    text = "والتقى كيم جونغ أون الرئيس بوتين في روسيا وبحثا قرار مجلس الأمن الدولي حول كوريا الشمالية ."
    words = [t.text for t in tokenize(text)]
    found = entities(words, tagger.tag(words))
    assert ("كيم جونغ أون", "PERS") in found
    assert ("روسيا", "LOC") in found or ("وروسيا", "LOC") in found
    assert ("كوريا الشمالية", "LOC") in found
    assert ("مجلس الأمن الدولي", "ORG") in found


def test_name_seen_in_full_is_recognised_alone_later_in_the_document(tagger: Tagger) -> None:
    sents = [
        [t.text for t in tokenize("وصل الرئيس الروسي فلاديمير بوتين إلى المدينة أمس .")],
        [t.text for t in tokenize("وقال بوتين إن المحادثات كانت مثمرة .")],
    ]
    tags = tagger.tag_sentences(sents)
    assert [len(t) for t in tags] == [len(s) for s in sents]
    assert ("بوتين", "PERS") in entities(sents[1], tags[1])


def test_empty_input(tagger: Tagger) -> None:
    assert tagger.tag([]) == []
    assert tagger.tag_sentences([[], ["نعم"]])[0] == []


def test_tag_conll_keeps_tokens_and_order_and_ignores_a_tag_column() -> None:
    lines = ["وقال O", "الرئيس B-PERS", "بوتين I-PERS", "", "في", "موسكو", ".", ""]
    out = [ln for ln in tag_conll(lines) if ln]
    assert [ln.split("\t")[0] for ln in out] == ["وقال", "الرئيس", "بوتين", "في", "موسكو", "."]
    tags = [ln.split("\t")[1] for ln in out]
    assert all(t == "O" or t[:2] in ("B-", "I-") for t in tags)
    assert tags[4] == "B-LOC"


def test_a_place_in_the_gazetteer_is_not_turned_into_a_person_by_a_name_part_it_shares() -> None:
    # جونغ is part of كيم جونغ أون; بيونغ يانغ (a multiword city in the gazetteer) stays a place.
    words = ["وقال", "كيم", "جونغ", "أون", "إن", "بيونغ", "يانغ", "مستعدة"]
    tags = ["O", "B-PERS", "I-PERS", "I-PERS", "O", "B-PERS", "I-PERS", "O"]
    fx = FeatureExtractor(default_gazetteer())
    _, multi = fx.sentence_and_multi(words)
    repair(fx, words, tags, multi, person_starts(fx, [words], [tags]))
    assert ("بيونغ يانغ", "LOC") in entities(words, tags)
    assert ("كيم جونغ أون", "PERS") in entities(words, tags)


def test_two_people_joined_by_a_preposition_are_split() -> None:
    sents = [["التقى", "بوتين", "أمس"], ["وقال", "كيم", "لبوتين", "إن"]]
    tags = [["O", "B-PERS", "O"], ["O", "B-PERS", "I-PERS", "O"]]
    fx = FeatureExtractor(default_gazetteer())
    starts = person_starts(fx, sents, tags)
    repair(fx, sents[1], tags[1], fx.sentence_and_multi(sents[1])[1], starts)
    assert entities(sents[1], tags[1]) == {("كيم", "PERS"), ("لبوتين", "PERS")}


def test_sample_article_keeps_pyongyang_a_place(tagger: Tagger) -> None:
    from qari.core.extract.tokens import split_sentences

    text = (Path(__file__).resolve().parents[2] / "resources" / "samples" / "kim-putin-vostochny.txt").read_text(
        encoding="utf-8"
    )
    toks = tokenize(text)
    sents = [[t.text for t in s] for s in split_sentences(toks, text)]
    found = [e for s, t in zip(sents, tagger.tag_sentences(sents), strict=True) for e in entities(s, t)]
    assert ("بيونغ يانغ", "PERS") not in found
    assert ("بيونغ يانغ", "LOC") in found


def test_repair_copes_with_a_one_letter_word_inside_a_name() -> None:
    words, tags = ["قال", "جون", "و", "سميث"], ["O", "B-PERS", "I-PERS", "I-PERS"]
    fx = FeatureExtractor(default_gazetteer())
    repair(fx, words, tags, fx.sentence_and_multi(words)[1], {"جون"})
    assert tags == ["O", "B-PERS", "I-PERS", "I-PERS"]
