"""Organisation names built on an indefinite trigger noun, their complements and where they stop,
on invented sentences (the tagger replaced, as in test_entity_rules)."""

from __future__ import annotations

from tests.core.test_entity_rules import names


def test_an_indefinite_trigger_with_definite_genitives_and_adjectives_is_an_organisation() -> None:
    assert names("وقالت دائرة الأراضي العامة في الكويت إن المشروع سيبدأ.").get("دائرة الأراضي العامة") == "ORG"
    assert names("وأعلنت نقابة المعلمين التونسيين عن إضراب.").get("نقابة المعلمين التونسيين") == "ORG"
    assert names("وحذر برنامج الأغذية العالمي من مجاعة.").get("برنامج الأغذية العالمي") == "ORG"
    assert names("وتقدمت قوات الدعم السريع نحو المدينة.").get("قوات الدعم السريع") == "ORG"


def test_a_place_name_makes_the_construct_definite() -> None:
    assert names("وطالبت حكومة إقليم كردستان بزيادة الحصة.").get("حكومة إقليم كردستان") == "ORG"


def test_a_chain_of_genitives_and_a_clitic_on_the_head() -> None:
    assert names("وقال بيان جمعية حماية المستهلك إن الأسعار ارتفعت.").get("جمعية حماية المستهلك") == "ORG"
    assert names("وقدم الدعم لبرنامج الغذاء العالمي في النيجر.").get("برنامج الغذاء العالمي") == "ORG"


def test_an_everyday_head_without_a_name_shape_is_not_an_organisation() -> None:
    got = names("وانتقد برنامج الحكومة وقوات الأمن وبرنامج الفضاء الكوري الشمالي.")
    assert not [n for n in got if n.startswith(("برنامج", "قوات"))]


def test_a_definite_head_with_a_laam_complement() -> None:
    assert names("وأعلن الاتحاد الملكي المغربي لكرة القدم عن مدرب.").get("الاتحاد الملكي المغربي لكرة القدم") == "ORG"
    assert names("وقرر الاتحاد الآسيوي لكرة القدم نقل المباراة.").get("الاتحاد الآسيوي لكرة القدم") == "ORG"
    got = names("ودعت المفوضية السامية للأمم المتحدة لشؤون اللاجئين إلى وقف القتال.")
    assert got.get("المفوضية السامية للأمم المتحدة لشؤون اللاجئين") == "ORG"


def test_a_regional_nisba_alone_does_not_make_a_name() -> None:
    assert "الاستخبارات الأوروبية" not in names("وقالت الاستخبارات الأوروبية إن الخطر قائم.")


def test_an_organisation_stops_where_a_person_name_begins() -> None:
    got = names("وقال المتحدث باسم جمعية حماية المستهلك سعيد بوخريص إن الأسعار ارتفعت.")
    assert got.get("جمعية حماية المستهلك") == "ORG" and got.get("سعيد بوخريص") == "PER"


def test_a_clubs_nationality_is_not_part_of_its_name() -> None:
    got = names("وتعاقد نادي الوحدة الإماراتي مع مدرب جديد.", {"الوحدة الإماراتي": "ORG"})
    assert got.get("الوحدة") == "ORG" and "الوحدة الإماراتي" not in got
