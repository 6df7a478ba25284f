"""Attribution rules for news the rules were not written for: each on invented sentences (new
names, new topics; none is from the dev set)."""

from __future__ import annotations

from tests.core.test_attribution import quote, run, stmt


def test_a_speech_verb_outside_the_cue_list_gives_a_following_participle_its_subject() -> None:
    ex = run(
        "خبر رياضي\n"
        "قال المدرب سامي بن عيسى إن الفريق جاهز للمباراة.\n"
        "عبّر لاعب الوسط ياسين بوعلام عن سعادته بالهدف، قائلاً: «كان هدفا مهما لي وللجماهير التي ساندتنا».\n"
        "من جهته، علّق رئيس النادي كمال الدريدي على النتيجة مؤكداً: «سنعود أقوى في المباراة المقبلة».\n"
        "وخاطب القائد مهدي الصغير الجماهير قائلا: «شكرا لكم على الدعم الكبير طوال الموسم».\n"
        "وعبر الحارس عن حزنه، وأشاد بالجمهور، مضيفا: «الجمهور كان رائعا معنا طوال المباراة»."
    )
    # not the previous paragraph's speaker (سامي بن عيسى)
    assert quote(ex, "كان هدفا مهما").speaker == "ياسين بوعلام"
    assert quote(ex, "سنعود أقوى").speaker == "كمال الدريدي"  # the verb opens a clause after «من جهته،»
    assert quote(ex, "شكرا لكم").speaker == "مهدي الصغير"
    # «وأشاد بالجمهور» has no subject of its own: the clause's first verb gives it
    assert quote(ex, "الجمهور كان رائعا").speaker == "الحارس"


def test_a_title_with_a_place_or_body_then_a_name_the_speaker_is_the_name() -> None:
    ex = run(
        "خبر\n"
        "قالت ممثلة المنظمة في الأراضي الفلسطينية ريما الخالدي إن المساعدات لا تكفي.\n"
        "وقال سفير اليابان لدى الأمم المتحدة كينجي تاناكا إن بلاده تدعم الحل.\n"
        "وحذر الخبير الاقتصادي فادي النمر من أن الأسعار سترتفع.\n"
        "وقال الحارس كريم العلوي إن الدفاع كان ممتازا.\n"
        "وقالت الوزيرة في الجلسة الطارئة إن الميزانية ستقر."
    )
    assert stmt(ex, "المساعدات لا تكفي").speaker == "ريما الخالدي"
    assert stmt(ex, "بلاده تدعم").speaker == "كينجي تاناكا"
    assert stmt(ex, "الأسعار سترتفع").speaker == "فادي النمر"  # a name no list knows, beside its title
    assert stmt(ex, "الدفاع كان").speaker == "كريم العلوي"
    assert stmt(ex, "الميزانية ستقر").speaker == "الوزيرة"  # a title and a place, no name: the title


def test_participles_with_a_preposition_and_an_complement_are_statement_cues() -> None:
    ex = run(
        "خبر\n"
        "وقالت الوزيرة سعاد الهاشمي إن الخطة جاهزة، محذرة من أن التأخير سيكلف الكثير.\n"
        "وتحدث المهندس وليد القاسم عن المشروع، مشددا على أن العمل سينتهي في الموعد.\n"
        "وأشاد النائب رامي العطار بالقرار، معربا عن أمله في أن تتحسن الخدمات قريبا.\n"
        "وأضاف الوزير، محذراً من أن الوضع خطير، أن الحكومة ستتدخل."
    )
    st = stmt(ex, "التأخير سيكلف")
    assert (st.cue, st.speaker) == ("محذرة", "سعاد الهاشمي")
    assert stmt(ex, "الخطة جاهزة").text == "الخطة جاهزة"  # the participle ends the first statement
    assert (stmt(ex, "العمل سينتهي").cue, stmt(ex, "العمل سينتهي").speaker) == ("مشددا", "وليد القاسم")
    assert (stmt(ex, "تتحسن الخدمات").cue, stmt(ex, "تتحسن الخدمات").speaker) == ("معربا", "رامي العطار")
    assert stmt(ex, "الوضع خطير").text == "الوضع خطير"  # the insertion ends at its comma


def test_verbs_with_a_preposition_before_their_complement() -> None:
    ex = run(
        "خبر\n"
        "حذر رئيس الجمعية عادل الفارس من أن المياه الجوفية تتناقص.\n"
        "ولفت إلى أن الأمطار قليلة هذا العام.\n"
        "وأعربت الطبيبة نادية السالم عن أملها في أن ينتهي الوباء.\n"
        "ونوه المدير إلى أن المستشفى يحتاج إلى دعم. وشدد النائب على أن القانون سيمر."
    )
    assert [(s.cue, s.speaker) for s in ex.statements][:3] == [
        ("حذر", "عادل الفارس"), ("لفت", "عادل الفارس"), ("أعربت", "نادية السالم")]
    assert [s.cue for s in ex.statements][3:] == ["نوه", "شدد"]


def test_a_quoted_channel_after_a_medium_noun_is_a_name_and_the_real_quote_follows() -> None:
    ex = run(
        "خبر رياضي\n"
        "قال المدرب سامي بن عيسى إن الفريق جاهز للمباراة.\n"
        'وكان قائد المنتخب عمر الحسناوي قد صرّح لقناة "بي إن سبورتس" بأن اللاعبين "قدموا كل ما لديهم في البطولة".\n'
        'وقال الحارس كريم العلوي لـ"أون تايم سبورتس" إن الدفاع "كان ممتازا طوال المباراة أمام الخصم".\n'
        'وأكد المدافع جمال الرايس لشبكة "إم بي سي" أن الفوز "سيمنح الفريق دفعة معنوية كبيرة".'
    )
    assert [(q.text, q.speaker) for q in ex.quotes] == [
        ("قدموا كل ما لديهم في البطولة", "عمر الحسناوي"),
        ("كان ممتازا طوال المباراة أمام الخصم", "كريم العلوي"),
        ("سيمنح الفريق دفعة معنوية كبيرة", "جمال الرايس"),
    ]
    assert stmt(ex, "اللاعبين").speaker == "عمر الحسناوي"


def test_speakers_drop_an_acronym_in_brackets_and_a_full_name_is_not_a_back_reference() -> None:
    ex = run(
        "خبر\n"
        "أعلن الاتحاد القاري للسباحة (CSF) أن البطولة ستقام في الصيف.\n"
        "ونقلت وكالة الأنباء عن المركز الوطني للأرصاد (NMC) قوله إن الحرارة سترتفع.\n"
        "وأكد الاتحاد الدولي للسباحة (فينا) أن القرار نهائي."
    )
    speakers = [s.speaker for s in ex.statements]
    assert speakers[0].startswith("الاتحاد القاري للسباحة") and "(" not in speakers[0]
    assert all("(" not in s and ")" not in s for s in speakers)
    assert speakers[2].startswith("الاتحاد الدولي")  # not the body named before with the same head noun


def test_relayed_speech_the_speaker_is_the_source_after_an() -> None:
    ex = run("خبر\nونقلت وكالة الأنباء الوطنية عن مصادر حكومية أن الوفد سيصل غدا إلى العاصمة.")
    assert [(s.cue, s.speaker) for s in ex.statements] == [("نقلت", "مصادر حكومية")]


def test_subject_first_gender_and_a_change_of_speaker_named_in_between() -> None:
    ex = run(
        "خبر\n"
        "الوزير نادر السباعي قال من جهته إن الاتفاق سيوقع الأسبوع المقبل.\n"
        "وقال النائب حسام الدباغ إن البرلمان سيناقش الاتفاق. وقالت النائبة سلوى الحداد إن المعارضة ترفضه.\n"
        "وأضافت أن التصويت سيجري في الخريف.\n"
        "وأضاف أن الحكومة لم تستشر البرلمان.\n"
        "قال الوزير السباعي إن الأمر محسوم. ومن جهته، رفض رئيس الكتلة يونس القيسي الاتفاق. "
        "وأضاف: «لن نصوت عليه أبدا مهما حصل».\n"
        "من جهتها، انتقدت الناشطة سارة منصور الاتفاق.\n"
        "وأضافت: «هذا الاتفاق يتجاهل حقوق الصيادين تماما»."
    )
    assert stmt(ex, "الاتفاق سيوقع").speaker == "نادر السباعي"
    assert stmt(ex, "التصويت سيجري").speaker == "سلوى الحداد"  # وأضافت: the woman
    assert stmt(ex, "الحكومة لم تستشر").speaker == "حسام الدباغ"  # وأضاف: the man
    assert quote(ex, "لن نصوت").speaker == "يونس القيسي"  # named between, in a paragraph of its own
    assert quote(ex, "هذا الاتفاق يتجاهل").speaker == "سارة منصور"  # and in the paragraph before


def test_nested_quotes_of_the_same_or_another_kind_stay_one_quote() -> None:
    ex = run(
        "خبر\n"
        "وقال المعلق: «إن ما سماه الوزير «الحل النهائي» ليس إلا خطوة أولى، كما قال \"الشعب يريد\" في الساحات».\n"
        "وقالت الكاتبة: “نرفض ما سمته الحكومة “الإصلاح” لأنه يضر بالفقراء”."
    )
    assert [q.text for q in ex.quotes] == [
        'إن ما سماه الوزير «الحل النهائي» ليس إلا خطوة أولى، كما قال "الشعب يريد" في الساحات',
        "نرفض ما سمته الحكومة “الإصلاح” لأنه يضر بالفقراء",
    ]
