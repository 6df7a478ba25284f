"""Three person-name rules of the Names tab on invented sentences: a frequent word before a listed
given name is not the name's start, ل/ب on a rare word is no name without other evidence, and
two rare words just before «as» + a title (كمدير، كنائب) are a name."""

from __future__ import annotations

from tests.core.test_entity_rules import names


def test_a_frequent_word_before_a_listed_given_name_is_not_part_of_the_name() -> None:
    got = names("وبحضور المحامي وأمانة سر خالد الراشد، نظرت المحكمة القضية.", {"سر خالد الراشد": "PERS"})
    assert got.get("خالد الراشد") == "PER" and "سر خالد الراشد" not in got


def test_a_rare_word_with_a_preposition_after_a_team_is_not_a_person() -> None:
    # «الفريق» here is a team, not the rank; لتلسكوب carries the preposition ل
    text = "وعمل سنوات ضمن الفريق الهندسي لتلسكوب كيبلار الجديد."
    assert "لتلسكوب كيبلار" not in names(text, {"لتلسكوب كيبلار": "PERS"})
    assert "لتلسكوب كيبلار" not in names(text)


def test_the_rank_right_before_a_name_is_still_evidence() -> None:
    assert names("وقال الفريق كوفيندا راماشاندرا إن القوات جاهزة.", {"كوفيندا راماشاندرا": "PERS"}).get(
        "كوفيندا راماشاندرا") == "PER"


def test_two_rare_words_before_as_and_a_title_are_a_name() -> None:
    got = names("أعلنت الشركة انضمام كوفيندا راماشاندرا كمدير للمبيعات في المنطقة.")
    assert got.get("كوفيندا راماشاندرا") == "PER"
    # not when one of them is a frequent word
    assert "العمل الجديد" not in names("وبدأ العمل الجديد كمدير للمبيعات.")


def test_a_later_name_word_shaped_like_a_verb_but_no_dictionary_verb_stays_in_the_name() -> None:
    # تيراشا begins with ت like a present verb, but it is neither frequent nor a verb of the dictionary
    assert names("وقال الوزير كوفيندا تيراشا إن الخطة جاهزة.").get("كوفيندا تيراشا") == "PER"
    # a real present verb after the name still ends it
    got = names("وقال الوزير كوفيندا يتحدث عن الخطة.")
    assert "كوفيندا يتحدث" not in got


def test_an_envoy_or_ambassador_in_a_construct_is_a_title() -> None:
    got = names("وقال سفير البرازيل لدى الأمم المتحدة كوفيندا راماشاندرا إن الحل قريب.")
    assert got.get("كوفيندا راماشاندرا") == "PER"
