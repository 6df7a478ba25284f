"""Attribution rules for Arabic news, each on invented sentences (none is from the dev set)."""

from __future__ import annotations

from qari.core.article import Article
from qari.core.extract import Extraction, extract


def run(text: str) -> Extraction:
    article = Article.from_text(text)
    ex = extract(article)
    for q in ex.quotes + ex.statements:
        assert article.text[q.start : q.end] == q.text
    return ex


def quote(ex: Extraction, starts: str):
    return next(q for q in ex.quotes if q.text.startswith(starts))


def stmt(ex: Extraction, starts: str):
    return next(s for s in ex.statements if s.text.lstrip("«\"“").startswith(starts))


def test_participles_of_saying_are_cues_and_take_the_clause_subject() -> None:
    ex = run(
        "عنوان الخبر\n"
        "وأشاد الوزير سمير حداد بالاتفاق الجديد، مشيرا إلى أن المرحلة المقبلة ستكون صعبة على الجميع.\n"
        "وتوجه المدرب كريم ناصر إلى اللاعبين بعد التدريب قائلا: «سنلعب من أجل الفوز ولا شيء غيره».\n"
        "واستغربت الكاتبة ليلى خوري من صمت الحكومة، معلقة: «لا أحد يشرح لنا ما يجري في هذا البلد»."
    )
    st = stmt(ex, "المرحلة المقبلة")
    assert st.cue == "مشيرا" and st.speaker == "سمير حداد"
    assert quote(ex, "سنلعب من أجل").speaker == "كريم ناصر"  # a verb outside the cue list gives قائلا its subject
    q = quote(ex, "لا أحد يشرح")
    assert q.speaker == "ليلى خوري" and q.cue == "معلقة"


def test_a_quoted_complement_is_a_quote_and_a_statement() -> None:
    ex = run("عنوان\nوقال السفير رامي الخطيب إن «العلاقات بين البلدين تمر بمرحلة ممتازة منذ سنوات».")
    assert [q.speaker for q in ex.quotes] == ["رامي الخطيب"]
    st = stmt(ex, "العلاقات بين البلدين")
    assert st.speaker == "رامي الخطيب" and st.cue == "قال" and st.kind == "reported"


def test_title_beside_the_name_in_either_order_resolves_later_titles() -> None:
    ex = run(
        "الموازنة الجديدة\n"
        "قال وزير المالية، الدكتور نبيل منصور، إن الموازنة ستقدم إلى البرلمان الشهر المقبل.\n"
        "وأكد سامر العلي، رئيس اتحاد الكرة، أن الدوري سيستأنف في موعده.\n"
        "وأضاف وزير المالية أن العجز سينخفض إلى النصف.\n"
        "وتابع رئيس الاتحاد: «لن نقبل بأي تأجيل مهما كانت الأسباب»."
    )
    assert stmt(ex, "الموازنة ستقدم").speaker == "نبيل منصور"  # the name, not the title
    assert stmt(ex, "العجز سينخفض").speaker == "نبيل منصور"
    assert stmt(ex, "الدوري سيستأنف").speaker == "سامر العلي"
    assert quote(ex, "لن نقبل").speaker == "سامر العلي"


def test_common_nouns_and_honorifics_resolve_to_the_body_or_person_named_before() -> None:
    ex = run(
        "خبر\n"
        "أعلنت شركة «نجمة» للاتصالات أن أسعار الباقات لن تتغير هذا العام.\n"
        "وأوضحت الشركة أن شبكة الجيل الخامس ستصل إلى كل المدن.\n"
        "وأكد معالي الدكتور فهد الراشد أن المستشفيات مستعدة لموسم الشتاء.\n"
        "وأشار معاليه إلى أن اللقاحات متوفرة في كل المراكز.\n"
        "وقال المكتب الإعلامي للحكومة في بيان، إن الاجتماع تناول ملف الكهرباء.\n"
        "وأضاف البيان أن الحلول ستعلن الأسبوع المقبل."
    )
    assert stmt(ex, "أسعار الباقات").speaker == "نجمة"  # «شركة «نجمة»»: the quoted name, not a quote
    assert not any(q.text == "نجمة" for q in ex.quotes)
    assert stmt(ex, "شبكة الجيل").speaker == "نجمة"
    assert stmt(ex, "اللقاحات متوفرة").speaker == "فهد الراشد"
    assert stmt(ex, "الحلول ستعلن").speaker == "المكتب الإعلامي للحكومة"


def test_subject_before_the_verb() -> None:
    ex = run(
        "خبر\n"
        "المتحدث باسم الجيش قال إن القوات انسحبت من المنطقة.\n"
        "وكان مصدر أمني قد قال إن الهجوم وقع فجرا.\n"
        "رئيس البلدية سمير حداد الذي زار الموقع أخبر السكان أن المياه ستعود غدا."
    )
    assert stmt(ex, "القوات انسحبت").speaker == "المتحدث باسم الجيش"
    assert stmt(ex, "الهجوم وقع").speaker == "مصدر أمني"
    assert stmt(ex, "المياه ستعود").speaker == "سمير حداد"


def test_relayed_speech_goes_to_the_one_quoted_after_an() -> None:
    ex = run(
        "خبر\n"
        "ونقلت وكالة الأنباء الرسمية عن مسؤول في وزارة الداخلية قوله إن الحدود ستفتح الأسبوع المقبل.\n"
        'ونقل بيان للشركة عن مديرها العام، سمير حداد، قوله "نحن فخورون بما حققه فريقنا هذا العام".'
    )
    st = stmt(ex, "الحدود ستفتح")
    assert st.cue == "قوله" and st.speaker == "مسؤول في وزارة الداخلية"
    assert quote(ex, "نحن فخورون").speaker == "سمير حداد"


def test_nouns_spelled_like_cue_verbs_are_not_cues() -> None:
    ex = run(
        "خبر\n"
        "وجاء رد فعل الحكومة سريعا على القرار الذي أثار الجدل.\n"
        "وفي رد على سؤال، قال الوزير سمير حداد إن القرار نهائي."
    )
    assert [(s.cue, s.speaker) for s in ex.statements] == [("قال", "سمير حداد")]


def test_a_short_quoted_name_between_verb_and_quote_does_not_stop_the_search() -> None:
    ex = run(
        "خبر\n"
        'وقال المحلل سمير حداد في حديث لقناة "الأفق" الإخبارية: "الوضع يزداد سوءا كل يوم في المدينة".'
    )
    assert [(q.text, q.speaker) for q in ex.quotes] == [("الوضع يزداد سوءا كل يوم في المدينة", "سمير حداد")]


def test_an_outlet_quoted_after_a_source_cue_is_the_source_not_a_quote() -> None:
    ex = run('خبر\nارتفع عدد المصابين إلى عشرين في الحادث، بحسب موقع "الخبر اليوم".\n'
             'ووفق صحيفة «المساء»، فإن المفاوضات ستستأنف قريبا.')
    assert ex.quotes == []
    assert [s.speaker for s in ex.statements] == ["الخبر اليوم", "المساء"]


def test_a_change_of_speaker_named_in_between_wins_over_the_last_speaker() -> None:
    ex = run(
        "خبر\n"
        "قال الوزير سمير حداد إن الخطة جاهزة للتنفيذ.\n"
        "من جهته، انتقد النائب كريم ناصر الخطة.\n"
        "وأضاف: «هذه الخطة لن تحل أزمة السكن بل ستزيدها»."
    )
    assert quote(ex, "هذه الخطة").speaker == "كريم ناصر"


def test_a_doubled_verb_reports_once_and_as_said_sources_report_the_rest() -> None:
    ex = run(
        "خبر\n"
        "وقال الوزير سمير حداد في كلمة ألقاها أمام البرلمان أمس، قال إن الموازنة جاهزة.\n"
        "وحسبما قال مسؤول مطلع لصحيفة محلية، فإن المفاوضات ستستأنف قريبا."
    )
    assert [(s.cue, s.speaker) for s in ex.statements] == [("قال", "سمير حداد"), ("قال", "مسؤول مطلع")]
    assert ex.statements[1].text.startswith("فإن المفاوضات")


def test_a_sentence_cannot_start_with_an_and_a_colon_makes_direct_speech() -> None:
    ex = run(
        "خبر\n"
        "أبلغ الوزير سمير حداد أعضاء البرلمان خلال الجلسة. أن الميزانية ستقر قريبا.\n"
        "وتابع: نحن مقتنعون بأن الحل قريب جدا."
    )
    assert [(s.cue, s.speaker, s.text) for s in ex.statements] == [("أبلغ", "سمير حداد", "الميزانية ستقر قريبا")]


def test_speakers_are_clean_noun_phrases() -> None:
    ex = run(
        "خبر\n"
        "وقال المتحدث باسم الوزارة لرويترز إن الاجتماع تأجل.\n"
        "وذكرت مصادر مطلعة للصحفيين أن الوفد غادر.\n"
        "وقالت الأمينة العامة للمنظمة في مؤتمر صحفي إن التمويل غير كاف."
    )
    assert [s.speaker for s in ex.statements] == ["المتحدث باسم الوزارة", "مصادر مطلعة", "الأمينة العامة للمنظمة"]


def test_gender_of_the_verb_chooses_between_candidates() -> None:
    ex = run(
        "خبر\n"
        "قالت الوزيرة ليلى خوري إن المدارس ستفتح. وقال النائب كريم ناصر إن القرار متسرع.\n"
        "وأضافت أن المعلمين سيتلقون رواتبهم كاملة."
    )
    assert stmt(ex, "المعلمين").speaker == "ليلى خوري"


def test_quote_marks_as_written_in_the_wild() -> None:
    from qari.core.extract.quotes import quote_spans

    def spans(text: str) -> list[str]:
        return [text[a:b] + ("" if closed else "…") for a, b, closed in quote_spans(text)]

    # the same kind nested inside a quotation stays inside it
    nested = "نرفض ما سماه «الحل المؤقت» ونطالب بالانسحاب"
    assert spans(f"وقال: «{nested}».") == [nested]
    # a closing-style ” written as the opener
    assert spans("وتابع الوزير ” سنعلن الأسماء غدا بعد الاجتماع”.") == ["سنعلن الأسماء غدا بعد الاجتماع"]
    # a closer with no opener: the quotation starts after the parenthesis or the colon
    assert spans("وأضاف (نحن مستعدون للحوار في أي وقت”.") == ["نحن مستعدون للحوار في أي وقت"]
    assert spans("وقال: المرحلة المقبلة صعبة على الجميع».") == ["المرحلة المقبلة صعبة على الجميع"]
    # an opener that never closes runs to the end of its paragraph …
    assert spans('وقال: "لن نتراجع عن قرارنا. الشعب معنا في كل خطوة') == ["لن نتراجع عن قرارنا. الشعب معنا في كل خطوة…"]
    # … unless the paragraph goes on with another attribution or quotation
    assert spans('وقال: "لن نتراجع. وأضاف الوزير أن القرار نهائي') == ["لن نتراجع.…"]


def test_a_closing_style_opener_with_its_complementizer_inside_is_quote_and_statement() -> None:
    ex = run("خبر\nوقال مدير الشركة المهندس سمير حداد، ” إنّ هذا المصنع هو الأول من نوعه في المنطقة”.")
    assert [q.speaker for q in ex.quotes] == ["سمير حداد"]
    assert [(s.cue, s.speaker) for s in ex.statements] == [("قال", "سمير حداد")]


def test_headline_quote_before_its_speaker() -> None:
    ex = run('"لن أترك الفريق في منتصف الموسم".. مدرب المنتخب يرد على الشائعات\n'
             "وقال المدير الفني للمنتخب، كريم ناصر، إن عقده ينتهي في الصيف.")
    q = quote(ex, "لن أترك الفريق")
    assert q.speaker == "كريم ناصر"  # «مدرب المنتخب» is the man named with that title below


def test_headline_speaker_colon_words_without_marks() -> None:
    ex = run("وزيرة الصحة: لا إغلاق للمدارس هذا الشتاء\n"
             "قالت وزيرة الصحة، الدكتورة ليلى خوري، إن الوضع الوبائي مستقر.")
    q = ex.quotes[0]
    assert q.text == "لا إغلاق للمدارس هذا الشتاء" and q.speaker == "ليلى خوري" and q.kind == "direct"
    # a headline with no speaker before its colon has no quote
    ex = run("عاجل: انقطاع الكهرباء في العاصمة\nانقطعت الكهرباء عن أحياء واسعة من العاصمة صباح اليوم.")
    assert ex.quotes == []


def test_relayed_sources_nationality_adjectives_and_shortened_titles() -> None:
    ex = run(
        "خبر\n"
        "وبحسب ما نقلته وكالة الأنباء عن دبلوماسيين غربيين، فإن اجتماعا طارئا سيعقد هذا الأسبوع.\n"
        "وشدد وزير الخارجية نبيل منصور على ضرورة حماية المدنيين.\n"
        "وتابع الوزير اللبناني: «سنعمل مع شركائنا على حزمة مساعدات عاجلة».\n"
        "وقالت المتحدثة باسم الوزارة إن الاتصالات مستمرة. وأضافت المتحدثة أن الوفد سيزور العاصمة."
    )
    assert stmt(ex, "فإن اجتماعا").speaker == "دبلوماسيين غربيين"  # relayed: not the agency
    assert quote(ex, "سنعمل مع").speaker == "نبيل منصور"  # الوزير اللبناني = وزير الخارجية نبيل منصور
    assert stmt(ex, "الوفد سيزور").speaker == "المتحدثة باسم الوزارة"
    # a title with another nationality is not resolved to him
    ex = run("خبر\nقال رئيس الوزراء الإسرائيلي نبيل منصور إن الخطة جيدة.\nوقال الرئيس الأمريكي إن الخطة سيئة.")
    assert stmt(ex, "الخطة سيئة").speaker != "نبيل منصور"


def test_unmarked_an_after_qala_and_a_sentence_opening_with_lakin() -> None:
    ex = run(
        "خبر\n"
        "وقالت مصادر في الشركة ان المفاوضات متوقفة منذ أسابيع.\n"
        "وقال بعد ان اجتمع بالوفد إن الاتفاق قريب.\n"
        "لكن أحد أعضاء الوفد أكد أن الخلافات ما زالت كبيرة.\n"
        "وشن الأمين العام لحزب العمال هجوما على الحكومة، وقال إن سياستها فاشلة."
    )
    assert stmt(ex, "المفاوضات متوقفة").speaker == "مصادر في الشركة"
    assert stmt(ex, "الاتفاق قريب").cue == "قال"  # «بعد ان اجتمع» is not what he said
    assert not any(s.text.startswith("اجتمع") for s in ex.statements)
    assert stmt(ex, "الخلافات").speaker == "أحد أعضاء الوفد"
    assert stmt(ex, "سياستها فاشلة").speaker == "الأمين العام لحزب العمال"


def test_a_turn_to_another_named_speaker_outside_the_cue_list_wins() -> None:
    ex = run(
        "خبر\n"
        "قال الوزير نبيل منصور إن الخطة جاهزة للتنفيذ. من جهته، رفض النائب كريم ناصر الخطة كلها.\n"
        "وأضاف: «هذه الخطة لن تحل أزمة السكن بل ستزيدها»."
    )
    assert quote(ex, "هذه الخطة").speaker == "كريم ناصر"
    # with nobody else named in between, the last speaker goes on
    ex = run("خبر\nقال الوزير نبيل منصور إن الخطة جاهزة. وتبدأ المرحلة الأولى في الربيع.\n"
             "وأضاف: «سنعلن التفاصيل الأسبوع المقبل»." )
    assert quote(ex, "سنعلن التفاصيل").speaker == "نبيل منصور"
