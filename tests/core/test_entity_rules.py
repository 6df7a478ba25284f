"""The Names tab's rules, each on invented sentences: what the tagger's spans keep, what evidence a
name needs, media, descriptive organisations, clubs and events, and what is never a name."""

from __future__ import annotations

from qari.core.extract.entities import Doc, find_entities
from qari.core.extract.model import Entity
from qari.core.extract.tokens import tokenize


def found(text: str, spans: dict[str, str] | None = None) -> list[Entity]:
    """Entities of ``text`` (a title line is added) with the tagger replaced: ``spans`` maps a
    phrase to the type the tagger gives it wherever it is written; every other token is O."""
    text = "عنوان\n" + text
    toks = tokenize(text)
    words = [t.text for t in toks]
    tags = ["O"] * len(words)
    for phrase, typ in (spans or {}).items():
        parts = phrase.split()
        for a in range(len(words) - len(parts) + 1):
            if words[a : a + len(parts)] == parts and set(tags[a : a + len(parts)]) == {"O"}:
                tags[a : a + len(parts)] = [f"B-{typ}"] + [f"I-{typ}"] * (len(parts) - 1)
    return find_entities(Doc.build(text, toks), tags).entities


def names(text: str, spans: dict[str, str] | None = None) -> dict[str, str]:
    return {e.name: e.type for e in found(text, spans)}


# -- recall: the tagger is trusted inside its spans ---------------------------------------------


def test_family_names_with_al_or_a_nisba_stay_in_the_taggers_span() -> None:
    got = names("وقال الوزير سليم الحارثي إن الخطة جاهزة، وأكد نادر المطيري أنها ستنجح.",
                {"سليم الحارثي": "PERS", "نادر المطيري": "PERS"})
    assert got["سليم الحارثي"] == "PER" and got["نادر المطيري"] == "PER"


def test_a_definite_family_name_after_a_title_without_the_tagger() -> None:
    assert names("قال النائب مبارك الدويلة إن الجلسة انتهت.").get("مبارك الدويلة") == "PER"


def test_compound_names_with_allah_or_al_din_are_whole() -> None:
    got = names("وقال رئيس المجلس المهندس فؤاد عطا الله، إن العمل مستمر.")
    assert got.get("فؤاد عطا الله") == "PER"
    got = names("وصرح كمال نور الدين بأن الموسم صعب.", {"كمال نور الدين": "PERS"})
    assert got.get("كمال نور الدين") == "PER"


def test_female_names_in_ta_marbuta_and_foreign_names_that_look_like_verbs() -> None:
    got = names("والتقت الوزيرة نعيمة بوعلام بالسفير يوهان تيرنر، ثم تحدثت إلى تيد يانسن.",
                {"نعيمة بوعلام": "PERS", "يوهان تيرنر": "PERS", "تيد يانسن": "PERS"})
    assert {"نعيمة بوعلام", "يوهان تيرنر", "تيد يانسن"} <= {n for n, t in got.items() if t == "PER"}


def test_a_person_span_stops_at_a_conjunction_or_preposition_on_an_ordinary_word() -> None:
    got = names("وحضر القاضي سامي عزت وبحضور المحامي العام.", {"سامي عزت وبحضور": "PERS"})
    assert "سامي عزت" in got and not [n for n in got if "وبحضور" in n]


# -- media, organisations, clubs, events ---------------------------------------------------------


def test_media_names_after_channel_paper_site_or_agency() -> None:
    got = names('وقالت صحيفة "ذا هيل" إن الاتفاق قريب، ونقلت قناة « إن بي سي » الأمريكية الخبر، '
                "وذكر لموقع بوليتيكو الإخباري مصدر مطلع.")
    assert got.get("ذا هيل") == "ORG" and got.get("إن بي سي") == "ORG" and got.get("بوليتيكو") == "ORG"
    assert "بوليتيكو الإخباري" not in got


def test_datelines_and_credit_lines_name_the_outlet() -> None:
    got = names("الرباط - هسبريس\nأعلنت الحكومة خطة جديدة.\nعمان ( بترا ) - قال المسؤول إن الطريق مفتوح.")
    assert got.get("هسبريس") == "ORG" and got.get("بترا") == "ORG"


def test_quoted_names_after_a_programme_or_platform_are_misc_and_after_an_alliance_org() -> None:
    got = names('وكتب على منصة "ثريدز" أن تحالف "من أجل الوطن" فاز في برنامج "صباح الخير".')
    assert got.get("ثريدز") == "MISC" and got.get("من أجل الوطن") == "ORG" and got.get("صباح الخير") == "MISC"


def test_descriptive_organisations_are_names_and_described_companies_are_not() -> None:
    got = names("أعلنت الهيئة الوطنية للانتخابات النتائج، وقال الجيش الأردني إن الحدود آمنة، "
                "وردت النيابة العامة، فيما قالت الشركة الفرنسية العملاقة إنها ستنسحب.")
    assert got.get("الهيئة الوطنية للانتخابات") == "ORG"
    assert got.get("الجيش الأردني") == "ORG" and got.get("النيابة العامة") == "ORG"
    assert not [n for n in got if "الشركة" in n]


def test_an_organisation_name_stops_before_a_purpose_clause_and_a_describing_adjective() -> None:
    got = names("وقالت وزارة الصحة لتعزيز الرقابة إن الوضع مستقر، وفاز حزب الأمل الإسلامي بمقعدين.")
    assert "وزارة الصحة" in got and not [n for n in got if "لتعزيز" in n]
    assert got.get("حزب الأمل") == "ORG"


def test_clubs_are_named_without_the_word_club_and_a_person_after_against_is_a_club() -> None:
    got = names("انتقل اللاعب إلى نادي بورتو البرتغالي، ويلعب غدا ضد بيراميدز.", {"بيراميدز": "PERS"})
    assert got.get("بورتو") == "ORG" and got.get("بيراميدز") == "ORG"
    assert "نادي بورتو" not in got


def test_named_events_need_a_name_in_them() -> None:
    got = names("وفاز الفريق بكأس تونس، وتحدث في مؤتمر دافوس للاقتصاد، ثم عقد مؤتمر صحفي.")
    assert got.get("كأس تونس") == "MISC" and got.get("مؤتمر دافوس للاقتصاد") == "MISC"
    assert not [n for n in got if "صحفي" in n]


# -- precision -----------------------------------------------------------------------------------


def test_no_person_from_a_title_verb_function_word_or_dialect_phrase() -> None:
    got = names("وقال الوزير إنه سيغادر منصبه. وأضاف: مش فاهم شو صار، وسمو ولي العهد بخير.",
                {"الوزير": "PERS", "سيغادر": "PERS", "فاهم شو": "PERS", "وسمو ولي": "PERS", "إنه": "PERS"})
    assert not [n for n, t in got.items() if t == "PER"]


def test_a_frequent_word_after_a_title_is_not_a_name_without_the_tagger() -> None:
    assert not [n for n, t in names("وقال إن خيار اللاعب أمر متوقع بشكل كبير.").items() if t == "PER"]


def test_a_nisba_adjective_after_a_noun_is_not_a_country() -> None:
    got = names("أغلقت الحدود السورية أمس، وقالت سوريا إنها ستفتحها.", {"السورية": "LOC", "سوريا": "LOC"})
    assert "سوريا" in got and "السورية" not in got


def test_a_name_stops_before_according_to() -> None:
    got = names("وقال الرئيس ماكرون بحسب البيان إن الحوار ضروري.", {"ماكرون بحسب": "PERS"})
    assert "ماكرون" in got and not [n for n in got if "بحسب" in n]


def test_an_acronym_in_brackets_merges_with_the_name_before_it() -> None:
    ents = found("أعلن الاتحاد الدولي للصحفيين ( IFJ ) أن الصحفيين في خطر، وطالب IFJ بحمايتهم.",
                 {"الاتحاد الدولي للصحفيين": "ORG"})
    (ifj,) = [e for e in ents if "IFJ" in e.aliases]
    assert ifj.name == "الاتحاد الدولي للصحفيين" and len(ifj.mentions) == 3


def test_a_shorter_name_merges_with_a_longer_one_that_contains_its_words() -> None:
    ents = found("تقدم الجيش العربي السوري في الريف، وقال الجيش السوري إنه سيطر على البلدة.",
                 {"الجيش العربي السوري": "ORG", "الجيش السوري": "ORG"})
    (army,) = [e for e in ents if e.type == "ORG"]
    assert army.name == "الجيش العربي السوري" and "الجيش السوري" in army.aliases


def test_a_tagger_fragment_of_a_persons_name_is_that_person() -> None:
    ents = found("قال الأمير خالد بن فيصل إن الموسم ناجح، وأضاف « بن فيصل » أن العمل مستمر.",
                 {"خالد بن فيصل": "PERS", "بن فيصل": "ORG"})
    (prince,) = [e for e in ents if e.name == "خالد بن فيصل"]
    assert prince.type == "PER" and len(prince.mentions) == 2
    assert not [e for e in ents if e.type == "ORG"]


def test_clitics_never_stay_on_a_name() -> None:
    ents = found("قصفت الطائرات دارفور وكردفان، وعادت إلى كردستان وللسليمانية.",
                 {"دارفور": "LOC", "وكردفان": "LOC", "وللسليمانية": "LOC"})
    aliases = {a for e in ents for a in e.aliases}
    assert "كردفان" in aliases and "السليمانية" in aliases
    assert not [a for a in aliases if a.startswith(("و", "لل"))]


def test_currencies_are_not_names() -> None:
    assert names("بلغت الصفقة 60 مليار دولار و200 مليون جنيه.", {"دولار": "MISC", "جنيه": "MISC"}) == {}


def test_an_adjective_that_agrees_with_the_title_is_not_part_of_an_organisation() -> None:
    got = names("وقال وزير الداخلية الأردني إن الحدود آمنة، ثم عقد مؤتمر صحفي بعمان.")
    assert not [n for n in got if n.startswith("الداخلية") or n.startswith("مؤتمر")]


def test_tokens_without_letters_do_not_break_the_rules() -> None:
    text = "ـــ - ـــ\nقال الرئيس ـــ إن مدينة ـــ ووزارة ـــ ومؤتمر ـــ ، ـــ ـــ ."
    assert isinstance(found(text, {"ـــ": "PERS"}), list)


def test_an_organisation_stops_at_a_prepositional_phrase_or_the_next_name() -> None:
    got = names("وصوت مجلس النواب الأمريكي بالإجماع، وتضم الهيئة مجلس الأمن المجلس الاقتصادي.")
    assert "مجلس النواب الأمريكي" in got and "مجلس الأمن" in got
    assert not [n for n in got if "بالإجماع" in n or "الأمن المجلس" in n]


def test_an_event_takes_the_whole_name_in_it_and_a_place_trigger_no_adjective() -> None:
    got = names("وعقد مؤتمر الأمم المتحدة للتجارة في مدينة طوكر أكبر المدن.")
    assert got.get("مؤتمر الأمم المتحدة للتجارة") == "MISC" and got.get("طوكر") == "LOC"


def test_a_rank_word_or_a_back_reference_does_not_start_a_name() -> None:
    got = names("وفي 25 تشرين الأول صادقت الجمعية على القرار، وتلقى جلالته اتصالا هاتفيا من الرئيس.")
    assert not [n for n, t in got.items() if t == "PER"]


def test_future_and_negated_verbs_and_ali_for_ala_are_not_names() -> None:
    got = names("وقال المحامي إن الفريق سيقاطع الجلسة، وإن المتهم لايؤمن بالمحكمة، وحصل علي التعويض.",
                {"سيقاطع": "PERS", "لايؤمن": "PERS"})
    assert not [n for n, t in got.items() if t == "PER"]


def test_traffic_is_not_a_movement() -> None:
    assert not names("وتوقفت حركة المرور في المدينة بسبب الأمطار.")


def test_a_paper_named_after_a_city_and_an_agency_acronym_in_brackets() -> None:
    ents = found("ذكرت صحيفة نيويورك تايمز أن الاتفاق قريب، وأفادت وكالة الأنباء السعودية ( واس ) بأن "
                 "القمة انعقدت، وأكدت واس نجاحها.", {"واس": "PERS"})
    got = {e.name: e for e in ents}
    assert got["نيويورك تايمز"].type == "ORG"
    agency = got["وكالة الأنباء السعودية"]
    assert agency.type == "ORG" and "واس" in agency.aliases and len(agency.mentions) == 3


def test_a_spokesperson_for_a_body_and_a_verb_after_a_name() -> None:
    got = names("وقالت الناطقة باسم الخارجية الأميركية هيذر ناورت إن الحوار مستمر.\nأردوغان يلتقي بوتين غدا",
                {"أردوغان يلتقي": "PERS", "بوتين": "PERS"})
    assert got.get("هيذر ناورت") == "PER" and "أردوغان" in got and "أردوغان يلتقي" not in got


def test_ali_for_ala_and_a_generic_network_are_not_names() -> None:
    got = names("وحصل علي جهازي أمس، وكشف عن شبكة مجرمين مأجورين ترتبط بنزل في المدينة.")
    assert not got
    assert names("والتقى علي بن سلمان الوفد.").get("علي بن سلمان") == "PER"


def test_a_name_after_a_title_may_begin_with_abd_or_abu() -> None:
    got = names("وقال الشيخ عبد الكريم المطوع إن الموسم انتهى، وأضاف الدكتور أبو بكر الصافي أن العمل مستمر.")
    assert got.get("عبد الكريم المطوع") == "PER" and got.get("أبو بكر الصافي") == "PER"


def test_a_name_listed_with_organisations_is_one() -> None:
    got = names('وتنافس شركات مثل "غوغل" و "أمازون" و "ديب مايند" في هذا المجال.',
                {"غوغل": "ORG", "أمازون": "ORG", "ديب مايند": "MISC"})
    assert got.get("ديب مايند") == "ORG"


def test_definite_club_names_after_nadi_and_no_club_from_a_working_group() -> None:
    got = names("وقال رئيس فريق العمل إن نادي الزمالك ونادي الأهلي فازا، وانضم اللاعب إلى الفريق الأول.")
    assert got == {"الزمالك": "ORG", "الأهلي": "ORG"}
