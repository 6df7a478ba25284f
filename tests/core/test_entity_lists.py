"""Two rules of the Names tab on invented sentences: places listed with و after a place, and an
indefinite accusative noun after a name (the name's object, not its part)."""

from __future__ import annotations

from tests.core.test_entity_rules import names


def test_every_listed_place_after_a_place_is_a_place() -> None:
    got = names("وجال الوفد في مدن دمشق وحمص وحماة واللاذقية خلال أسبوع.", {"دمشق": "LOC"})
    assert {k: got.get(k) for k in ("دمشق", "حمص", "حماة", "اللاذقية")} == dict.fromkeys(
        ("دمشق", "حمص", "حماة", "اللاذقية"), "LOC")


def test_a_two_place_list_with_a_rare_place_name() -> None:
    assert names("وصل المبعوث إلى بيروت وطرطوس أمس.", {"بيروت": "LOC"}).get("طرطوس") == "LOC"


def test_a_frequent_word_after_a_place_is_not_made_a_place() -> None:
    got = names("قال إن حلب وحماة وحدها لا تكفي.", {"حلب": "LOC"})
    assert "وحدها" not in got and "حدها" not in got


def test_a_listed_place_that_is_a_frequent_word_needs_the_list_to_go_on() -> None:
    # أنصار is a village in the place lists and the word "supporters"
    assert "أنصار" not in names("احتشد في بيروت وأنصار الحزب أمام المقر.", {"بيروت": "LOC"})
    assert "أنصار" not in names("وصل سليم وأنصار الحزب إلى المقر.", {"سليم": "PERS"})


def test_an_indefinite_accusative_noun_after_a_name_is_not_part_of_it() -> None:
    got = names("استقبل الملك عبد الله وفدا من رجال الأعمال أمس.")
    assert got.get("عبد الله") == "PER" and "عبد الله وفدا" not in got


def test_a_name_ending_in_alif_after_a_title_stays_whole() -> None:
    got = names("وقال الرئيس باراك أوباما إن الاتفاق جيد.", {"باراك أوباما": "PERS"})
    assert got.get("باراك أوباما") == "PER"
